import { describe, expect, it } from 'vitest';
import type { CommandError } from './errors';
import {
  INITIAL_STATE,
  expectedDigits,
  heldSecrets,
  isBusy,
  readerView,
  transition,
  type CardStatus,
  type CheckedView,
  type EidEvent,
  type EidState,
  type ReaderState,
} from './eidFlow';

const reader = (card: ReaderState['card'], readers = ['Reader 0']): EidEvent => ({
  type: 'reader',
  reader: { readers, reader: readers[0] ?? null, card, busy: false, padPrompt: null },
});
const noReader = reader('none', []);
const status = (pinState: CardStatus['pinState'], pinTriesLeft: number | null = 3, pukUsedUp = false): EidEvent => ({
  type: 'card-status',
  status: { pinState, pinTriesLeft, pukUsedUp, pinPad: false },
});
const failed = (code: string, details: CommandError['details'] = {}): EidEvent => ({
  type: 'failed',
  error: { code, message: 'für Mitarbeitende', details },
});
const run = (state: EidState, ...events: EidEvent[]) => events.reduce(transition, state);

const choosePin = { page: 'choose-pin', withCan: false, triesLeft: null, pinPad: false } as const satisfies EidState;
const enterPin: EidState = { page: 'enter-pin', pin: 'pin', withCan: false, triesLeft: null, wrong: false };
const enterTransport: EidState = { ...enterPin, pin: 'transport' };
const newPin: EidState = { page: 'new-pin', pin: 'pin', withCan: false, repeat: false, problem: null };
const repeatPin: EidState = { ...newPin, repeat: true };
const changing: EidState = { page: 'changing', pin: 'pin', withCan: false };
const canPage: EidState = { page: 'can', pin: null, wrong: false, afterWrongPin: false };
const pukPage: EidState = { page: 'puk', wrong: false };

describe('waiting for the card', () => {
  it('starts waiting, before the first reader poll', () => {
    expect(INITIAL_STATE).toEqual({ page: 'insert', reason: 'start', reader: 'searching' });
  });

  it('shows no reader, no card and a card that is no eID', () => {
    expect(transition(INITIAL_STATE, noReader)).toEqual({ page: 'insert', reason: 'start', reader: 'no_reader' });
    expect(transition(INITIAL_STATE, reader('none'))).toMatchObject({ reader: 'no_card' });
    expect(transition(INITIAL_STATE, reader('other'))).toMatchObject({ reader: 'other_card' });
  });

  it('keeps the same state object when a poll changes nothing (no re-render)', () => {
    const waiting = transition(INITIAL_STATE, reader('none'));
    expect(transition(waiting, reader('none'))).toBe(waiting);
  });

  it('reads the card status as soon as an eID card lies on the reader, unless an outcome is to be checked', () => {
    for (const reason of ['start', 'not_changed', 'reader_gone'] as const) {
      expect(transition({ page: 'insert', reason, reader: 'no_card' }, reader('eid'))).toEqual({ page: 'checking' });
    }
    expect(transition({ page: 'insert', reason: 'unknown', reader: 'no_card' }, reader('eid'))).toEqual({ page: 'verifying' });
  });

  it('maps reader states to views', () => {
    expect(readerView({ readers: [], reader: null, card: 'eid', busy: false, padPrompt: null })).toBe('no_reader');
    expect(readerView({ readers: ['r'], reader: 'r', card: 'eid', busy: true, padPrompt: null })).toBe('eid');
  });
});

describe('card status', () => {
  const checking: EidState = { page: 'checking' };

  it('ok → which PIN; two tries left → which PIN with the tries', () => {
    expect(transition(checking, status('ok'))).toEqual(choosePin);
    expect(transition(checking, status('two_left', 2))).toEqual({ ...choosePin, triesLeft: 2 });
    expect(transition(checking, status('two_left', null))).toEqual({ ...choosePin, triesLeft: 2 });
  });

  it('suspended → CAN; blocked → PUK; PUK used up or deactivated → staff', () => {
    expect(transition(checking, status('suspended', 1))).toEqual(canPage);
    expect(transition(checking, status('blocked', 0))).toEqual(pukPage);
    expect(transition(checking, status('blocked', 0, true))).toEqual({ page: 'help', reason: 'puk_used_up' });
    expect(transition(checking, status('deactivated', null))).toEqual({ page: 'help', reason: 'deactivated' });
  });

  it('ignores a card status on any other page', () => {
    expect(transition(enterPin, status('blocked'))).toBe(enterPin);
  });
});

describe('changing the PIN', () => {
  it('walks choose → enter → new → repeat → changing → changed', () => {
    const states = [
      choosePin,
      { type: 'choose', choice: 'transport' },
      { type: 'pin-entered' },
      { type: 'new-pin-ok' },
      { type: 'new-pin-repeated', same: true },
      { type: 'changed' },
    ] as const;
    let state: EidState = states[0];
    const pages: string[] = [];
    for (const event of states.slice(1) as readonly EidEvent[]) {
      state = transition(state, event);
      pages.push(state.page);
    }
    expect(pages).toEqual(['enter-pin', 'new-pin', 'new-pin', 'changing', 'changed']);
    expect(transition({ ...repeatPin, pin: 'transport' }, { type: 'new-pin-repeated', same: true })).toEqual({
      page: 'changing',
      pin: 'transport',
      withCan: false,
    });
    expect(state).toEqual({ page: 'changed' });
  });

  it('keeps the chosen PIN kind and the tries left', () => {
    expect(transition({ ...choosePin, triesLeft: 2 }, { type: 'choose', choice: 'pin' })).toEqual({
      ...enterPin,
      triesLeft: 2,
    });
    expect(transition(enterTransport, { type: 'pin-entered' })).toEqual({ ...newPin, pin: 'transport' });
  });

  it('PIN forgotten → staff', () => {
    expect(transition(choosePin, { type: 'choose', choice: 'forgotten' })).toEqual({ page: 'help', reason: 'pin_forgotten' });
  });

  it('two different new PINs → first entry again with the mismatch shown', () => {
    expect(transition(repeatPin, { type: 'new-pin-repeated', same: false })).toEqual({ ...newPin, problem: 'mismatch' });
  });

  it('a new PIN against the rules → first entry again with the rule shown', () => {
    for (const rule of ['length', 'digits', 'all_same', 'sequence'] as const) {
      expect(transition(newPin, failed('eid_new_pin_rule', { rule }))).toEqual({ ...newPin, problem: rule });
    }
    expect(transition(newPin, failed('eid_new_pin_rule', { rule: 'unheard_of' }))).toMatchObject({ problem: 'length' });
  });

  it('clears the shown problem once the first entry passes', () => {
    expect(transition({ ...newPin, problem: 'sequence' }, { type: 'new-pin-ok' })).toEqual(repeatPin);
  });

  it('ignores events that do not belong to the page', () => {
    expect(transition(newPin, { type: 'new-pin-repeated', same: true })).toBe(newPin);
    expect(transition(repeatPin, { type: 'new-pin-ok' })).toBe(repeatPin);
    expect(transition(choosePin, { type: 'pin-entered' })).toBe(choosePin);
    expect(transition(enterPin, { type: 'changed' })).toBe(enterPin);
    expect(transition(changing, { type: 'unblocked' })).toBe(changing);
    expect(transition({ page: 'changed' }, { type: 'retry' })).toEqual({ page: 'changed' });
  });

  it('goes back one step: repeat → new → current PIN → which PIN', () => {
    expect(run(repeatPin, { type: 'back' })).toEqual(newPin);
    expect(run(repeatPin, { type: 'back' }, { type: 'back' })).toEqual(enterPin);
    expect(run(repeatPin, { type: 'back' }, { type: 'back' }, { type: 'back' })).toEqual(choosePin);
    expect(transition(choosePin, { type: 'back' })).toBe(choosePin);
  });
});

describe('wrong PIN, CAN and PUK', () => {
  it('wrong PIN with 2 tries left → enter it again, with the tries shown', () => {
    expect(transition(changing, failed('eid_pin_wrong', { triesLeft: 2 }))).toEqual({ ...enterPin, triesLeft: 2, wrong: true });
    const transport: EidState = { ...changing, pin: 'transport' };
    expect(transition(transport, failed('eid_pin_wrong', { triesLeft: 2 }))).toMatchObject({ pin: 'transport' });
  });

  it('wrong PIN where the kind is not known (card status page) → which PIN, with the tries', () => {
    expect(transition({ page: 'checking' }, failed('eid_pin_wrong', { triesLeft: 2 }))).toEqual({ ...choosePin, triesLeft: 2 });
  });

  it('wrong PIN with 1 try left → CAN, then the PIN of the same kind with the CAN', () => {
    const can = transition(changing, failed('eid_pin_wrong', { triesLeft: 1 }));
    expect(can).toEqual({ page: 'can', pin: 'pin', wrong: false, afterWrongPin: true });
    expect(transition(can, { type: 'can-entered' })).toEqual({ ...enterPin, withCan: true, triesLeft: 1 });
  });

  it('wrong PIN with no try left → PUK', () => {
    expect(transition(repeatPin, failed('eid_pin_wrong', { triesLeft: 0 }))).toEqual(pukPage);
  });

  it('suspended card: CAN first, then which PIN (with the CAN kept)', () => {
    expect(transition(canPage, { type: 'can-entered' })).toEqual({ page: 'choose-pin', withCan: true, triesLeft: 1, pinPad: false });
    expect(run(canPage, { type: 'can-entered' }, { type: 'choose', choice: 'transport' })).toEqual({
      ...enterTransport,
      withCan: true,
      triesLeft: 1,
    });
  });

  it('CAN needed or wrong → the CAN page, keeping the PIN kind', () => {
    expect(transition({ page: 'checking' }, failed('eid_can_needed'))).toEqual(canPage);
    expect(transition(changing, failed('eid_can_needed'))).toEqual({ ...canPage, pin: 'pin' });
    expect(transition({ ...changing, withCan: true }, failed('eid_can_wrong'))).toEqual({ ...canPage, pin: 'pin', wrong: true });
  });

  it('PUK needed → PUK page → unblocking → unblocked → change now re-reads the card', () => {
    expect(transition(changing, failed('eid_puk_needed'))).toEqual(pukPage);
    const states = run(pukPage, { type: 'puk-entered' });
    expect(states).toEqual({ page: 'unblocking' });
    expect(transition(states, { type: 'unblocked' })).toEqual({ page: 'unblocked' });
    expect(transition({ page: 'unblocked' }, { type: 'change-now' })).toEqual({ page: 'checking' });
  });

  it('wrong PUK → PUK page with the message; PUK used up → staff', () => {
    expect(transition({ page: 'unblocking' }, failed('eid_puk_wrong'))).toEqual({ page: 'puk', wrong: true });
    expect(transition({ page: 'unblocking' }, failed('eid_puk_used_up'))).toEqual({ page: 'help', reason: 'puk_used_up' });
  });

  it('deactivated online function → staff', () => {
    expect(transition(changing, failed('eid_deactivated'))).toEqual({ page: 'help', reason: 'deactivated' });
  });
});

describe('card and reader trouble', () => {
  it('card removed during the change: nothing changed, or unknown', () => {
    expect(transition(changing, failed('eid_card_removed', { outcome: 'not_changed' }))).toEqual({
      page: 'insert',
      reason: 'not_changed',
      reader: 'no_card',
    });
    expect(transition(changing, failed('eid_card_removed', { outcome: 'unknown' }))).toMatchObject({ reason: 'unknown' });
  });

  it('after an unknown outcome the kiosk checks it when the card is back and tells the true result', () => {
    const waiting = transition(changing, failed('eid_card_removed', { outcome: 'unknown' }));
    const verifying = run(waiting, reader('none'), reader('eid'));
    expect(verifying).toEqual({ page: 'verifying' });
    expect(isBusy(verifying)).toBe(true);
    const verified = (checked: CheckedView): EidEvent => ({ type: 'verified', checked });
    expect(transition(verifying, verified({ checked: 'done', outcome: 'changed' }))).toEqual({ page: 'changed' });
    expect(transition(verifying, verified({ checked: 'done', outcome: 'unblocked' }))).toEqual({ page: 'unblocked' });
    expect(transition(verifying, verified({ checked: 'not_done' }))).toEqual({ page: 'failed', code: 'eid_not_changed' });
    expect(transition(verifying, verified({ checked: 'nothing_pending' }))).toEqual({ page: 'checking' });
    // Taken away again before the check: still unknown, checked on the next return.
    expect(transition(verifying, failed('eid_no_card'))).toEqual({ page: 'insert', reason: 'unknown', reader: 'no_card' });
    // A garbled last answer or a lost reader leave the outcome unknown too.
    expect(transition(changing, failed('eid_card_error', { outcome: 'unknown' }))).toMatchObject({ reason: 'unknown' });
    expect(transition(changing, failed('eid_reader_gone', { outcome: 'unknown' }))).toEqual({
      page: 'insert',
      reason: 'unknown',
      reader: 'no_reader',
    });
    // A card put back after a known outcome is simply read.
    const notChanged = transition(changing, failed('eid_card_removed', { outcome: 'not_changed' }));
    expect(run(notChanged, reader('eid'))).toEqual({ page: 'checking' });
  });

  it('reader gone or missing → waiting for the reader', () => {
    for (const code of ['eid_reader_gone', 'eid_no_reader']) {
      expect(transition(changing, failed(code))).toEqual({ page: 'insert', reason: 'reader_gone', reader: 'no_reader' });
    }
  });

  it('no card or not an eID card → waiting page with that message', () => {
    expect(transition({ page: 'checking' }, failed('eid_no_card'))).toMatchObject({ reason: 'not_changed', reader: 'no_card' });
    expect(transition({ page: 'checking' }, failed('eid_not_eid_card'))).toMatchObject({ reason: 'start', reader: 'other_card' });
  });

  it('card taken away or reader unplugged while typing → waiting page', () => {
    for (const page of [choosePin, enterPin, newPin, repeatPin, canPage, pukPage]) {
      expect(transition(page, reader('none'))).toEqual({ page: 'insert', reason: 'not_changed', reader: 'no_card' });
      expect(transition(page, noReader)).toEqual({ page: 'insert', reason: 'reader_gone', reader: 'no_reader' });
      expect(transition(page, reader('eid'))).toBe(page);
    }
  });

  it('busy and final pages ignore reader polls', () => {
    for (const page of [
      { page: 'checking' },
      changing,
      { page: 'unblocking' },
      { page: 'changed' },
      { page: 'unblocked' },
      { page: 'help', reason: 'other' },
      { page: 'failed', code: 'x' },
    ] as EidState[]) {
      expect(transition(page, noReader)).toBe(page);
    }
  });

  it('any other error → failure page; retry waits for the card again', () => {
    const failure = transition(changing, failed('eid_card_error'));
    expect(failure).toEqual({ page: 'failed', code: 'eid_card_error' });
    expect(transition(failure, { type: 'retry' })).toEqual({ page: 'insert', reason: 'start', reader: 'searching' });
    expect(transition(enterPin, failed('eid_new_pin_rule', { rule: 'length' }))).toEqual({
      page: 'failed',
      code: 'eid_new_pin_rule',
    });
  });

  it('asking for staff works from any page that is not busy', () => {
    expect(transition({ page: 'failed', code: 'x' }, { type: 'ask-help' })).toEqual({ page: 'help', reason: 'other' });
    expect(transition(INITIAL_STATE, { type: 'ask-help' })).toEqual({ page: 'help', reason: 'other' });
    expect(transition(changing, { type: 'ask-help' })).toBe(changing);
  });
});

describe('a reader with a PIN pad', () => {
  const onPad = (pinState: CardStatus['pinState'], pinTriesLeft: number | null = 3, pukUsedUp = false): EidEvent => ({
    type: 'card-status',
    status: { pinState, pinTriesLeft, pukUsedUp, pinPad: true },
  });
  const padChoose = { ...choosePin, pinPad: true } as const satisfies EidState;
  const padChange: EidState = { page: 'on-reader', task: 'change', pin: 'transport' };
  const padUnblock: EidState = { page: 'on-reader', task: 'unblock', pin: null };

  it('asks which PIN, then waits on the reader while one command changes it: no keypad, no secret held', () => {
    expect(transition({ page: 'checking' }, onPad('ok'))).toEqual(padChoose);
    const waiting = transition(padChoose, { type: 'choose', choice: 'transport' });
    expect(waiting).toEqual(padChange);
    expect(isBusy(waiting)).toBe(true);
    expect(expectedDigits(waiting)).toBeNull();
    expect(heldSecrets(waiting)).toEqual([]);
    expect(transition(waiting, reader('none'))).toBe(waiting);
    expect(transition(waiting, { type: 'changed' })).toEqual({ page: 'changed' });
    expect(transition(padChoose, { type: 'choose', choice: 'forgotten' })).toEqual({ page: 'help', reason: 'pin_forgotten' });
  });

  it('a suspended PIN needs no CAN page (the reader asks for it); a blocked one is unblocked on the reader', () => {
    expect(transition({ page: 'checking' }, onPad('suspended', 1))).toEqual({ ...padChoose, triesLeft: 1 });
    expect(transition({ page: 'checking' }, onPad('blocked', 0))).toEqual(padUnblock);
    expect(transition(padUnblock, { type: 'unblocked' })).toEqual({ page: 'unblocked' });
    expect(transition(padUnblock, { type: 'changed' })).toBe(padUnblock);
    expect(transition({ page: 'checking' }, onPad('blocked', 0, true))).toEqual({ page: 'help', reason: 'puk_used_up' });
  });

  it('a wrong PIN or CAN typed on the reader leads back to the choice; at none left, or a wrong PUK, it says so', () => {
    expect(transition(padChange, failed('eid_pin_wrong', { triesLeft: 2 }))).toEqual({ ...padChoose, triesLeft: 2 });
    expect(transition(padChange, failed('eid_pin_wrong', { triesLeft: 1 }))).toEqual({ ...padChoose, triesLeft: 1 });
    expect(transition(padChange, failed('eid_can_wrong'))).toEqual({ ...padChoose, triesLeft: 1 });
    expect(transition(padChange, failed('eid_pin_wrong', { triesLeft: 0 }))).toEqual({ page: 'failed', code: 'eid_puk_needed' });
    expect(transition(padUnblock, failed('eid_puk_wrong'))).toEqual({ page: 'failed', code: 'eid_puk_wrong' });
  });

  it('Cancel, a timeout or two different new PINs on the reader: the failure page, nothing changed', () => {
    for (const code of ['eid_pin_pad_cancelled', 'eid_pin_pad_timed_out', 'eid_pin_pad_mismatch', 'eid_pin_pad_wrong_length']) {
      expect(transition(padChange, failed(code))).toEqual({ page: 'failed', code });
    }
    expect(transition(padChange, failed('eid_card_removed', { outcome: 'unknown' }))).toEqual({
      page: 'insert',
      reason: 'unknown',
      reader: 'no_card',
    });
  });
});

describe('page facts', () => {
  it('expects 5 digits for the Transport PIN, 6 for PIN, new PIN and CAN, 10 for the PUK', () => {
    expect(expectedDigits(enterTransport)).toBe(5);
    expect(expectedDigits(enterPin)).toBe(6);
    expect(expectedDigits(newPin)).toBe(6);
    expect(expectedDigits(canPage)).toBe(6);
    expect(expectedDigits(pukPage)).toBe(10);
    expect(expectedDigits(choosePin)).toBeNull();
  });

  it('holds only the secrets the next command needs', () => {
    expect(heldSecrets(enterPin)).toEqual([]);
    expect(heldSecrets({ ...enterPin, withCan: true })).toEqual(['can']);
    expect(heldSecrets({ ...choosePin, withCan: true })).toEqual(['can']);
    expect(heldSecrets(newPin)).toEqual(['current']);
    expect(heldSecrets(repeatPin)).toEqual(['current', 'new']);
    expect(heldSecrets({ ...changing, withCan: true })).toEqual(['current', 'new', 'can']);
    expect(heldSecrets({ page: 'unblocking' })).toEqual(['puk']);
    for (const page of [INITIAL_STATE, canPage, pukPage, { page: 'changed' }, { page: 'help', reason: 'other' }] as EidState[]) {
      expect(heldSecrets(page)).toEqual([]);
    }
  });

  it('is busy while a command runs', () => {
    expect([{ page: 'checking' }, changing, { page: 'unblocking' }].every((s) => isBusy(s as EidState))).toBe(true);
    expect(isBusy(enterPin)).toBe(false);
  });
});
