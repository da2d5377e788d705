/**
 * Recognises the hidden staff gesture: a number of taps within a time window
 * (five taps within three seconds on the kiosk's top-left corner).
 */
export class TapSequence {
  private taps: number[] = [];

  constructor(
    private readonly requiredTaps = 5,
    private readonly windowMs = 3_000,
  ) {}

  /** Records a tap at `nowMs`; true when it completes the gesture (which then starts anew). */
  tap(nowMs: number): boolean {
    this.taps = this.taps.filter((at) => nowMs - at < this.windowMs);
    this.taps.push(nowMs);
    if (this.taps.length >= this.requiredTaps) {
      this.taps = [];
      return true;
    }
    return false;
  }

  reset(): void {
    this.taps = [];
  }
}
