import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_IDLE_SECONDS, IdleTimer, idleSecondsFrom } from './idle';

describe('IdleTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires once after the timeout without activity', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(90_000, onIdle);
    timer.poke();
    vi.advanceTimersByTime(89_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(timer.running).toBe(false);
    vi.advanceTimersByTime(500_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('restarts the countdown on every activity', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(1_000, onIdle);
    timer.poke();
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(900);
      timer.poke();
    }
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing after stop', () => {
    const onIdle = vi.fn();
    const timer = new IdleTimer(1_000, onIdle);
    timer.poke();
    timer.stop();
    expect(timer.running).toBe(false);
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
  });
});

describe('idleSecondsFrom', () => {
  it('accepts positive seconds and defaults otherwise', () => {
    expect(idleSecondsFrom(5)).toBe(5);
    expect(idleSecondsFrom(undefined)).toBe(DEFAULT_IDLE_SECONDS);
    expect(idleSecondsFrom(0)).toBe(DEFAULT_IDLE_SECONDS);
    expect(idleSecondsFrom(-3)).toBe(DEFAULT_IDLE_SECONDS);
    expect(idleSecondsFrom('90')).toBe(DEFAULT_IDLE_SECONDS);
    expect(idleSecondsFrom(Number.NaN)).toBe(DEFAULT_IDLE_SECONDS);
  });
});
