import { describe, expect, it } from 'vitest';
import { TapSequence } from './tapSequence';

describe('TapSequence', () => {
  it('completes on the fifth tap within three seconds', () => {
    const taps = new TapSequence();
    expect([0, 500, 1000, 1500].map((at) => taps.tap(at))).toEqual([false, false, false, false]);
    expect(taps.tap(2_999)).toBe(true);
  });

  it('forgets taps older than the window', () => {
    const taps = new TapSequence();
    for (const at of [0, 1000, 2000, 2500]) taps.tap(at);
    expect(taps.tap(3_000)).toBe(false); // the tap at 0 is too old: only 4 in the window
    expect(taps.tap(3_100)).toBe(true);
  });

  it('starts anew after a completed gesture and after reset', () => {
    const taps = new TapSequence(2, 1_000);
    expect(taps.tap(0)).toBe(false);
    expect(taps.tap(10)).toBe(true);
    expect(taps.tap(20)).toBe(false);
    taps.reset();
    expect(taps.tap(30)).toBe(false);
    expect(taps.tap(40)).toBe(true);
  });
});
