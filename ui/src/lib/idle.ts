/**
 * Idle timeout of the kiosk: after a set time without any touch, key or input
 * the callback runs once (the kiosk returns to the start screen).
 */

/** Default seconds without activity, used when kiosk_info carries no idleSeconds. */
export const DEFAULT_IDLE_SECONDS = 90;

/** The timer functions the idle timer uses; injectable for tests. */
export interface TimerApi {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: TimerApi = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** Seconds from kiosk_info, or the default for a missing or nonsensical value. */
export function idleSecondsFrom(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : DEFAULT_IDLE_SECONDS;
}

export class IdleTimer {
  private handle: unknown = null;

  constructor(
    readonly timeoutMs: number,
    private readonly onIdle: () => void,
    private readonly timers: TimerApi = browserTimers,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  /** (Re)starts the countdown: call on every activity. */
  poke(): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.onIdle();
    }, this.timeoutMs);
  }

  stop(): void {
    if (this.handle !== null) {
      this.timers.clearTimeout(this.handle);
      this.handle = null;
    }
  }
}
