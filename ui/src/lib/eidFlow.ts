/**
 * The "Online-Ausweis & PIN" flow of the kiosk as a pure state machine that
 * mirrors the ID card: wait for a card, read its PIN state, ask which PIN the
 * citizen has, take the current PIN, the new PIN twice, change it; with the
 * branches for tries left, CAN, PUK, removed card (with the check of an unknown
 * outcome when it is back), lost reader and the deactivated online function. On a
 * reader with a PIN pad (`pinPad` in the card's status) the citizen types every
 * secret on the reader: after "which PIN" the flow waits on `on-reader` while one
 * command runs the whole change (or the unblocking), and the screen shows what to
 * type there (`padPrompt` of the reader polls); it never shows its own keypad then.
 * The Svelte screens render its state; the
 * commands of docs/ipc.md report back as events. No secret ever enters a state:
 * `heldSecrets` only says which of the screen's PIN buffers must survive a step.
 */
import type { CommandError } from './errors';

/** Which PIN the citizen says they have: the 5-digit Transport PIN or a 6-digit PIN. */
export type PinKind = 'transport' | 'pin';

import type {
  CardStatusView as CardStatus,
  CheckedView,
  HelpReason,
  PinStateView as PinState,
  ReaderState,
} from './bindings';

export type { CardStatus, CheckedView, HelpReason, PinState, ReaderState };

/** Why the flow waits for a card (the heading of the waiting page). */
export type WaitReason = 'start' | 'not_changed' | 'unknown' | 'reader_gone';

/** What the reader shows while the flow waits. */
export type ReaderView = 'searching' | 'no_reader' | 'no_card' | 'other_card';

/** Why a new PIN was turned down: a rule of eid_check_new_pin, or the two entries differ. */
export type NewPinProblem = 'length' | 'digits' | 'all_same' | 'sequence' | 'mismatch';

/** The rules eid_check_new_pin reports (`eid_new_pin_rule { rule }`). */
const NEW_PIN_RULES = ['length', 'digits', 'all_same', 'sequence'] as const satisfies readonly NewPinProblem[];

/** The citizen's secrets the kiosk holds between pages (in PinBuffers, never in the state). */
export type Secret = 'current' | 'new' | 'can' | 'puk';


export type EidState =
  | { page: 'insert'; reason: WaitReason; reader: ReaderView }
  | { page: 'checking' }
  | { page: 'verifying' }
  | { page: 'choose-pin'; withCan: boolean; triesLeft: number | null; pinPad: boolean }
  | { page: 'on-reader'; task: 'change' | 'unblock'; pin: PinKind | null }
  | { page: 'enter-pin'; pin: PinKind; withCan: boolean; triesLeft: number | null; wrong: boolean }
  | { page: 'new-pin'; pin: PinKind; withCan: boolean; repeat: boolean; problem: NewPinProblem | null }
  | { page: 'changing'; pin: PinKind; withCan: boolean }
  | { page: 'changed' }
  | { page: 'can'; pin: PinKind | null; wrong: boolean; afterWrongPin: boolean }
  | { page: 'puk'; wrong: boolean }
  | { page: 'unblocking' }
  | { page: 'unblocked' }
  | { page: 'help'; reason: HelpReason }
  | { page: 'failed'; code: string };

export type EidPage = EidState['page'];

export type EidEvent =
  /** A poll of eid_reader_state. */
  | { type: 'reader'; reader: ReaderState }
  /** eid_card_status answered. */
  | { type: 'card-status'; status: CardStatus }
  /** eid_check_outcome answered: what became of the change whose outcome was unknown. */
  | { type: 'verified'; checked: CheckedView }
  /** The answer to "Welche PIN haben Sie?". */
  | { type: 'choose'; choice: PinKind | 'forgotten' }
  /** The current PIN is complete. */
  | { type: 'pin-entered' }
  /** The first entry of the new PIN passed eid_check_new_pin. */
  | { type: 'new-pin-ok' }
  /** The new PIN was typed a second time; `same` when both entries are equal. */
  | { type: 'new-pin-repeated'; same: boolean }
  | { type: 'can-entered' }
  | { type: 'puk-entered' }
  /** eid_change_pin answered `changed`. */
  | { type: 'changed' }
  /** eid_unblock answered `unblocked`. */
  | { type: 'unblocked' }
  /** After unblocking: change the PIN now. */
  | { type: 'change-now' }
  /** Start again with the card on the reader (after a failure). */
  | { type: 'retry' }
  /** One step back within the PIN entry. */
  | { type: 'back' }
  /** The citizen asks for staff (from a page that offers it). */
  | { type: 'ask-help' }
  /** Any command failed. */
  | { type: 'failed'; error: CommandError };

/** Where the flow begins: waiting for a card, before the first reader poll. */
export const INITIAL_STATE: EidState = { page: 'insert', reason: 'start', reader: 'searching' };

/** Pages that wait for a command and take no input (no buttons, reader polls ignored). */
const BUSY_PAGES: readonly EidPage[] = ['checking', 'verifying', 'changing', 'unblocking', 'on-reader'];
/** Pages where the citizen types or chooses with the card on the reader. */
const CARD_PAGES: readonly EidPage[] = ['choose-pin', 'enter-pin', 'new-pin', 'can', 'puk'];

export function isBusy(state: EidState): boolean {
  return BUSY_PAGES.includes(state.page);
}

/** How the waiting page describes the reader. */
export function readerView(reader: ReaderState): ReaderView | 'eid' {
  if (reader.readers.length === 0) return 'no_reader';
  if (reader.card === 'eid') return 'eid';
  return reader.card === 'other' ? 'other_card' : 'no_card';
}

/** Digits the keypad expects on a page (null where there is no keypad). */
export function expectedDigits(state: EidState): number | null {
  switch (state.page) {
    case 'enter-pin':
      return state.pin === 'transport' ? 5 : 6;
    case 'new-pin':
    case 'can':
      return 6;
    case 'puk':
      return 10;
    default:
      return null;
  }
}

/** The secrets that must survive the step into `state`; every other buffer is cleared. */
export function heldSecrets(state: EidState): Secret[] {
  const can: Secret[] = 'withCan' in state && state.withCan ? ['can'] : [];
  switch (state.page) {
    case 'choose-pin':
    case 'enter-pin':
      return can;
    case 'new-pin':
      return state.repeat ? ['current', 'new', ...can] : ['current', ...can];
    case 'changing':
      return ['current', 'new', ...can];
    case 'unblocking':
      return ['puk'];
    default:
      return [];
  }
}

function fromCardStatus(status: CardStatus): EidState {
  switch (status.pinState) {
    case 'deactivated':
      return { page: 'help', reason: 'deactivated' };
    case 'blocked':
      if (status.pukUsedUp) return { page: 'help', reason: 'puk_used_up' };
      return status.pinPad ? { page: 'on-reader', task: 'unblock', pin: null } : { page: 'puk', wrong: false };
    case 'suspended':
      // On a PIN pad the change asks for the CAN on the reader first.
      return status.pinPad
        ? { page: 'choose-pin', withCan: false, triesLeft: 1, pinPad: true }
        : { page: 'can', pin: null, wrong: false, afterWrongPin: false };
    case 'two_left':
      return { page: 'choose-pin', withCan: false, triesLeft: status.pinTriesLeft ?? 2, pinPad: status.pinPad };
    case 'ok':
      return { page: 'choose-pin', withCan: false, triesLeft: null, pinPad: status.pinPad };
  }
}

/** The PIN kind the citizen chose, where the state knows it. */
function chosenPin(state: EidState): PinKind | null {
  return 'pin' in state ? state.pin : null;
}

function numberDetail(error: CommandError, key: string): number | null {
  const value = error.details[key];
  return typeof value === 'number' ? value : null;
}

/** Where the check of an unknown outcome leads. */
function fromChecked(checked: CheckedView): EidState {
  switch (checked.checked) {
    case 'done':
      return checked.outcome === 'unblocked' ? { page: 'unblocked' } : { page: 'changed' };
    case 'not_done':
      return { page: 'failed', code: 'eid_not_changed' };
    case 'nothing_pending':
      return { page: 'checking' };
  }
}

/** A wrong or missing secret typed on a reader's PIN pad: choose again, or say what happened. */
function fromPadError(error: CommandError): EidState | null {
  switch (error.code) {
    case 'eid_pin_wrong': {
      const triesLeft = numberDetail(error, 'triesLeft');
      if (triesLeft === 0) return { page: 'failed', code: 'eid_puk_needed' };
      return { page: 'choose-pin', withCan: false, triesLeft, pinPad: true };
    }
    case 'eid_can_wrong':
      return { page: 'choose-pin', withCan: false, triesLeft: 1, pinPad: true };
    case 'eid_puk_wrong':
    case 'eid_puk_needed':
    case 'eid_can_needed':
      return { page: 'failed', code: error.code };
    default:
      return null;
  }
}

function fromError(state: EidState, error: CommandError): EidState {
  // The last command went out and its answer never came (card taken, reader gone, a
  // garbled answer): wait for the card, then check (eid_check_outcome). Also when the
  // card left again before the check: the shell keeps the outcome to be checked.
  const unknown =
    error.details.outcome === 'unknown' ||
    (state.page === 'verifying' && (error.code === 'eid_no_card' || error.code === 'eid_card_removed'));
  if (unknown) {
    return { page: 'insert', reason: 'unknown', reader: error.code === 'eid_reader_gone' ? 'no_reader' : 'no_card' };
  }
  const onPad = state.page === 'on-reader' ? fromPadError(error) : null;
  if (onPad) return onPad;
  const pin = chosenPin(state);
  switch (error.code) {
    case 'eid_pin_wrong': {
      const triesLeft = numberDetail(error, 'triesLeft');
      if (triesLeft === 0) return { page: 'puk', wrong: false };
      if (triesLeft === 1) return { page: 'can', pin, wrong: false, afterWrongPin: true };
      if (pin === null) return { page: 'choose-pin', withCan: false, triesLeft, pinPad: false };
      return { page: 'enter-pin', pin, withCan: false, triesLeft, wrong: true };
    }
    case 'eid_can_needed':
      return { page: 'can', pin, wrong: false, afterWrongPin: false };
    case 'eid_can_wrong':
      return { page: 'can', pin, wrong: true, afterWrongPin: false };
    case 'eid_puk_needed':
      return { page: 'puk', wrong: false };
    case 'eid_puk_wrong':
      return { page: 'puk', wrong: true };
    case 'eid_puk_used_up':
      return { page: 'help', reason: 'puk_used_up' };
    case 'eid_deactivated':
      return { page: 'help', reason: 'deactivated' };
    case 'eid_card_removed':
      return { page: 'insert', reason: error.details.outcome === 'unknown' ? 'unknown' : 'not_changed', reader: 'no_card' };
    case 'eid_no_reader':
    case 'eid_reader_gone':
      return { page: 'insert', reason: 'reader_gone', reader: 'no_reader' };
    case 'eid_no_card':
      return { page: 'insert', reason: 'not_changed', reader: 'no_card' };
    case 'eid_not_eid_card':
      return { page: 'insert', reason: 'start', reader: 'other_card' };
    case 'eid_new_pin_rule': {
      const problem = NEW_PIN_RULES.find((rule) => rule === error.details.rule) ?? 'length';
      if (state.page === 'new-pin') return { ...state, repeat: false, problem };
      return { page: 'failed', code: error.code };
    }
    default:
      return { page: 'failed', code: error.code };
  }
}

function onReader(state: EidState, reader: ReaderState): EidState {
  const view = readerView(reader);
  if (state.page === 'insert') {
    // After an unknown outcome the card's return is when the kiosk finds out (eid_check_outcome).
    if (view === 'eid') return state.reason === 'unknown' ? { page: 'verifying' } : { page: 'checking' };
    return view === state.reader ? state : { ...state, reader: view };
  }
  if (!CARD_PAGES.includes(state.page) || view === 'eid') return state;
  // The card or the reader went away while the citizen was typing: nothing was sent to the card.
  if (view === 'no_reader') return { page: 'insert', reason: 'reader_gone', reader: view };
  return { page: 'insert', reason: 'not_changed', reader: view };
}

function onBack(state: EidState): EidState {
  switch (state.page) {
    case 'enter-pin':
      return { page: 'choose-pin', withCan: state.withCan, triesLeft: state.triesLeft, pinPad: false };
    case 'new-pin':
      return state.repeat
        ? { ...state, repeat: false, problem: null }
        : { page: 'enter-pin', pin: state.pin, withCan: state.withCan, triesLeft: null, wrong: false };
    default:
      return state;
  }
}

/** The next state after `event`; events that do not fit the current page leave it unchanged. */
export function transition(state: EidState, event: EidEvent): EidState {
  switch (event.type) {
    case 'reader':
      return onReader(state, event.reader);
    case 'failed':
      return fromError(state, event.error);
    case 'back':
      return onBack(state);
    case 'ask-help':
      return isBusy(state) ? state : { page: 'help', reason: 'other' };
  }
  switch (state.page) {
    case 'checking':
      return event.type === 'card-status' ? fromCardStatus(event.status) : state;
    case 'verifying':
      return event.type === 'verified' ? fromChecked(event.checked) : state;
    case 'choose-pin':
      if (event.type !== 'choose') return state;
      if (event.choice === 'forgotten') return { page: 'help', reason: 'pin_forgotten' };
      if (state.pinPad) return { page: 'on-reader', task: 'change', pin: event.choice };
      return { page: 'enter-pin', pin: event.choice, withCan: state.withCan, triesLeft: state.triesLeft, wrong: false };
    case 'enter-pin':
      return event.type === 'pin-entered'
        ? { page: 'new-pin', pin: state.pin, withCan: state.withCan, repeat: false, problem: null }
        : state;
    case 'new-pin':
      if (event.type === 'new-pin-ok' && !state.repeat) return { ...state, repeat: true, problem: null };
      if (event.type === 'new-pin-repeated' && state.repeat) {
        return event.same ? { page: 'changing', pin: state.pin, withCan: state.withCan } : { ...state, repeat: false, problem: 'mismatch' };
      }
      return state;
    case 'changing':
      return event.type === 'changed' ? { page: 'changed' } : state;
    case 'on-reader':
      if (event.type === 'changed' && state.task === 'change') return { page: 'changed' };
      if (event.type === 'unblocked' && state.task === 'unblock') return { page: 'unblocked' };
      return state;
    case 'can':
      if (event.type !== 'can-entered') return state;
      return state.pin
        ? { page: 'enter-pin', pin: state.pin, withCan: true, triesLeft: 1, wrong: false }
        : { page: 'choose-pin', withCan: true, triesLeft: 1, pinPad: false };
    case 'puk':
      return event.type === 'puk-entered' ? { page: 'unblocking' } : state;
    case 'unblocking':
      return event.type === 'unblocked' ? { page: 'unblocked' } : state;
    case 'unblocked':
      return event.type === 'change-now' ? { page: 'checking' } : state;
    case 'failed':
      return event.type === 'retry' ? { page: 'insert', reason: 'start', reader: 'searching' } : state;
    default:
      return state;
  }
}
