import { afterEach, describe, expect, it, vi } from 'vitest';
import { poll } from './poll';

describe('poll', () => {
  afterEach(() => vi.useRealTimers());

  it('refreshes at once, then every interval, until stopped', () => {
    vi.useFakeTimers();
    const refresh = vi.fn(() => Promise.resolve());
    const stop = poll(refresh, 5_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(10_000);
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
