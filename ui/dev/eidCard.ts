/**
 * DEV PREVIEW ONLY — a sample reader and ID card behind the eID commands of
 * docs/ipc.md, so the kiosk flow and the staff panel can be walked through in
 * a browser. Retry counter as on the card (3 tries, CAN at 1, PUK at 0, PUK
 * used up after 10 uses), Transport PIN 12345, PIN 975312, CAN 628491,
 * PUK 1234567890. With `pinpad=1` the reader has a PIN pad: the change and the
 * unblocking run as one command each, the reader "asks" for one secret after the
 * other (`padPrompt`) and the sample citizen types the right ones. Not a model of
 * the protocol: crates/testcard and crates/comfortreader are.
 */
import { delay, fail } from './sample';

const TRANSPORT_PIN = '12345';
const SAMPLE_PIN = '975312';
const CAN = '628491';
const PUK = '1234567890';
const PUK_USES = 10;
const CARD_MS = 1_200;

type CardKind = 'none' | 'eid' | 'other';
type HelpReason = 'puk_used_up' | 'pin_forgotten' | 'deactivated' | 'other';

const TRIES_BY_STATE: Record<string, number> = { two_left: 2, suspended: 1, blocked: 0, puk_used_up: 0 };

export class SampleCard {
  private readerPresent: boolean;
  private kind: CardKind;
  private pin: string;
  private tries: number;
  private pukUses: number;
  private readonly deactivated: boolean;
  private nextChangeFailure: string | null;
  /** A change whose answer never came (`eidfail=unknown`): it did take effect; eid_check_outcome tells. */
  private unknownChange = false;
  private busy = false;
  private readonly pinPad: boolean;
  private padPrompt: string | null = null;
  private helpRequests: { id: string; at: string; reason: HelpReason }[] = [];
  private readonly today = { changed: 0, failed: 0, referred: 0 };

  constructor(params: URLSearchParams) {
    const state = params.get('eidcard') ?? 'ok';
    this.readerPresent = params.get('reader') !== 'none';
    this.kind = (params.get('card') as CardKind | null) ?? 'eid';
    this.pin = params.get('eidpin') === 'transport' ? TRANSPORT_PIN : SAMPLE_PIN;
    this.tries = TRIES_BY_STATE[state] ?? 3;
    this.pukUses = state === 'puk_used_up' ? PUK_USES : 0;
    this.deactivated = state === 'deactivated';
    this.nextChangeFailure = params.get('eidfail');
    this.pinPad = params.get('pinpad') === '1';
  }

  /** Lays a card on the reader (`eid` or `other`) or takes it away (`none`). */
  card(kind: CardKind): void {
    this.kind = kind;
  }

  /** Plugs the reader in or out. */
  reader(present: boolean): void {
    this.readerPresent = present;
  }

  /** A help request as if a citizen asked at the kiosk (for the staff page). */
  askHelp(reason: HelpReason): void {
    this.helpRequests.push({ id: `h${this.helpRequests.length + 1}`, at: new Date().toISOString(), reason });
    this.today.referred += 1;
  }

  private readerState() {
    const name = this.pinPad ? 'REINER SCT cyberJack RFID komfort 00 00' : 'REINER SCT cyberJack RFID basis 00 00';
    const readers = this.readerPresent ? [name] : [];
    const card = this.readerPresent ? this.kind : 'none';
    return { readers, reader: readers[0] ?? null, card, busy: this.busy, padPrompt: this.padPrompt };
  }

  private cardProblem(): Promise<never> | null {
    if (!this.readerPresent) return fail('eid_no_reader', 'Kein Lesegerät');
    if (this.kind === 'none') return fail('eid_no_card', 'Keine Karte');
    if (this.kind === 'other') return fail('eid_not_eid_card', 'Keine eID-Karte');
    return null;
  }

  private status() {
    const pinPad = this.pinPad;
    if (this.deactivated) return { pinState: 'deactivated', pinTriesLeft: null, pukUsedUp: false, pinPad };
    const pinState = ['blocked', 'suspended', 'two_left', 'ok'][this.tries];
    return { pinState, pinTriesLeft: this.tries, pukUsedUp: this.pukUses >= PUK_USES, pinPad };
  }

  private async change(args: Record<string, unknown>): Promise<unknown> {
    const problem = this.cardProblem();
    if (problem) return problem;
    if (this.deactivated) return fail('eid_deactivated', 'Online-Ausweisfunktion ausgeschaltet');
    if (this.tries === 0) return fail('eid_puk_needed', 'PIN gesperrt');
    if (this.tries === 1 && args.can === null) return fail('eid_can_needed', 'PIN ausgesetzt');
    this.busy = true;
    await delay(CARD_MS);
    this.busy = false;
    if (this.nextChangeFailure) {
      const failure = this.nextChangeFailure;
      this.nextChangeFailure = null;
      this.today.failed += 1;
      if (failure === 'not_changed' || failure === 'unknown') {
        this.kind = 'none';
        if (failure === 'unknown') {
          this.pin = String(args.newPin);
          this.unknownChange = true;
        }
        return fail('eid_card_removed', 'Karte entfernt', { outcome: failure });
      }
      if (failure === 'reader_gone') {
        this.readerPresent = false;
        return fail('eid_reader_gone', 'Lesegerät weg');
      }
      return fail('eid_card_error', 'Karte antwortete 6F00');
    }
    if (args.can !== null && args.can !== CAN) return fail('eid_can_wrong', 'CAN falsch');
    if (args.currentPin !== this.pin) {
      this.tries -= 1;
      this.today.failed += 1;
      return fail('eid_pin_wrong', 'PIN falsch', { triesLeft: this.tries });
    }
    this.pin = String(args.newPin);
    this.tries = 3;
    this.today.changed += 1;
    return { outcome: 'changed' };
  }

  private async unblock(puk: unknown): Promise<unknown> {
    const problem = this.cardProblem();
    if (problem) return problem;
    if (this.pukUses >= PUK_USES) return fail('eid_puk_used_up', 'PUK verbraucht');
    await delay(CARD_MS);
    if (puk !== PUK) return fail('eid_puk_wrong', 'PUK falsch');
    this.pukUses += 1;
    this.tries = 3;
    return { outcome: 'unblocked' };
  }

  /** The sample citizen types `prompts` on the reader's pad, one after the other. */
  private async typedOnPad(prompts: string[]): Promise<void> {
    this.busy = true;
    for (const prompt of prompts) {
      this.padPrompt = prompt;
      await delay(CARD_MS * 2);
    }
    this.padPrompt = null;
    this.busy = false;
  }

  private async changeOnPad(transport: boolean): Promise<unknown> {
    const problem = this.cardProblem();
    if (problem) return problem;
    await this.typedOnPad([...(this.tries === 1 ? ['can'] : []), transport ? 'transport_pin' : 'pin', 'new_pin']);
    this.tries = 3;
    this.today.changed += 1;
    return { outcome: 'changed' };
  }

  private async unblockOnPad(): Promise<unknown> {
    const problem = this.cardProblem();
    if (problem) return problem;
    if (this.pukUses >= PUK_USES) return fail('eid_puk_used_up', 'PUK verbraucht');
    await this.typedOnPad(['puk']);
    this.pukUses += 1;
    this.tries = 3;
    return { outcome: 'unblocked' };
  }

  /** The answer to an eID command (docs/ipc.md). */
  handle(cmd: string, args: Record<string, unknown>): unknown {
    switch (cmd) {
      case 'eid_reader_state':
        return this.readerState();
      case 'eid_card_status':
        return this.cardProblem() ?? delay(300).then(() => this.status());
      case 'eid_check_new_pin':
        return checkNewPin(String(args.pin));
      case 'eid_change_pin':
        return this.change(args);
      case 'eid_unblock':
        return this.unblock(args.puk);
      case 'eid_change_pin_on_pin_pad':
        return this.changeOnPad(args.transport === true);
      case 'eid_unblock_on_pin_pad':
        return this.unblockOnPad();
      case 'eid_check_outcome': {
        const problem = this.cardProblem();
        if (problem) return problem;
        const checked = this.unknownChange ? { checked: 'done', outcome: 'changed' } : { checked: 'nothing_pending' };
        this.unknownChange = false;
        return checked;
      }
      case 'eid_help_request':
        this.askHelp(args.reason as HelpReason);
        return null;
      case 'eid_staff_overview':
        return { reader: this.readerState(), today: { ...this.today }, helpRequests: [...this.helpRequests] };
      case 'eid_help_done':
        this.helpRequests = this.helpRequests.filter((help) => help.id !== args.id);
        return null;
      default:
        return fail('unknown_command', `Befehl ${cmd} gibt es nicht`);
    }
  }
}

/** The rules of a new PIN, as eid_check_new_pin reports them. */
function checkNewPin(pin: string): Promise<never> | null {
  const rule = (name: string) => fail('eid_new_pin_rule', `Regel ${name}`, { rule: name });
  if (!/^[0-9]*$/.test(pin)) return rule('digits');
  if (pin.length !== 6) return rule('length');
  if (/^(.)\1*$/.test(pin)) return rule('all_same');
  if ('0123456789'.includes(pin) || '9876543210'.includes(pin)) return rule('sequence');
  return null;
}
