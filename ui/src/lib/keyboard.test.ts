import { describe, expect, it } from 'vitest';
import {
  DATE_LAYOUT,
  EMAIL_LAYOUT,
  GERMAN_LAYOUT,
  PHONE_LAYOUT,
  PIN_PAD_ORDER,
  hasOwnLetters,
  keyChar,
  pressKey,
  scriptSample,
  secureIndex,
  shuffledDigits,
  textLayout,
  type Key,
  type KeyboardLayout,
} from './keyboard';

const charsOf = (layout: KeyboardLayout) => layout.flat().flatMap((key) => (key.kind === 'char' ? [key.value] : []));
const kindsOf = (layout: KeyboardLayout) =>
  layout
    .flat()
    .map((key) => key.kind)
    .filter((kind) => kind !== 'char')
    .sort();
const charValues = charsOf(GERMAN_LAYOUT);
const type = (text: string, keys: Key[], max?: number) =>
  keys.reduce((state, key) => pressKey(state, key, max), { text, shifted: false });
const char = (value: string): Key => ({ kind: 'char', value });

describe('German layout', () => {
  it('has all letters, digits and umlauts exactly once', () => {
    for (const c of 'abcdefghijklmnopqrstuvwxyzäöüß0123456789') {
      expect(charValues.filter((v) => v === c)).toHaveLength(1);
    }
  });

  it('is QWERTZ: z beside t, y bottom left', () => {
    const letters = GERMAN_LAYOUT[1].map((key) => (key.kind === 'char' ? key.value : ''));
    expect(letters.slice(4, 6)).toEqual(['t', 'z']);
    expect(GERMAN_LAYOUT[3][1]).toEqual(char('y'));
  });

  it('has shift, space, backspace and clear once each', () => {
    const kinds = GERMAN_LAYOUT.flat().map((key) => key.kind).filter((kind) => kind !== 'char').sort();
    expect(kinds).toEqual(['backspace', 'clear', 'shift', 'space']);
  });

  it('has no row longer than eleven keys (fits 1280 px at touch size)', () => {
    for (const row of GERMAN_LAYOUT) expect(row.length).toBeLessThanOrEqual(11);
  });

  it('has a PIN pad with the digits 1 to 9, then 0', () => {
    expect(PIN_PAD_ORDER.join('')).toBe('1234567890');
  });
});

describe('e-mail, phone and date layouts', () => {
  it('e-mail: every lower-case letter and digit once, with @ . - _ and no space', () => {
    const values = charsOf(EMAIL_LAYOUT);
    for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789@.-_') expect(values.filter((v) => v === c)).toHaveLength(1);
    expect(kindsOf(EMAIL_LAYOUT)).toEqual(['backspace', 'clear']);
  });

  it('phone: the digits, + and space, in phone order', () => {
    expect(charsOf(PHONE_LAYOUT).join('')).toBe('123456789+0');
    expect(kindsOf(PHONE_LAYOUT)).toEqual(['backspace', 'clear', 'space']);
  });

  it('date: the digits and the dot only', () => {
    expect(charsOf(DATE_LAYOUT).sort().join('')).toBe('.0123456789');
    expect(type('', [char('0'), char('1'), char('.')]).text).toBe('01.');
  });
});

describe('shuffledDigits', () => {
  it('keeps each digit exactly once', () => {
    for (let run = 0; run < 50; run++) expect(shuffledDigits().sort().join('')).toBe('0123456789');
  });

  it('gives another order each time from the secure source', () => {
    // Two equal orders out of 10! have a chance of 1 in 3 628 800.
    expect(shuffledDigits().join('')).not.toBe(shuffledDigits().join(''));
    expect(shuffledDigits().join('')).not.toBe(PIN_PAD_ORDER.join(''));
  });

  it('uses the random source: another source gives another order', () => {
    expect(shuffledDigits((bound) => bound - 1).join('')).toBe('1234567890');
    expect(shuffledDigits(() => 0).join('')).toBe('2345678901');
    expect(shuffledDigits(() => 0)).not.toEqual(shuffledDigits((bound) => Math.floor(bound / 2)));
  });

  it('never leaves the array, even for a source out of range', () => {
    expect(shuffledDigits((bound) => bound).sort().join('')).toBe('0123456789');
    expect(shuffledDigits(() => -3).sort().join('')).toBe('0123456789');
  });
});

describe('secureIndex', () => {
  it('stays in range and reaches every value', () => {
    const seen = new Set<number>();
    for (let run = 0; run < 2000; run++) {
      const index = secureIndex(10);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(10);
      seen.add(index);
    }
    expect(seen.size).toBe(10);
  });

  it('refuses a bound that is not a whole number from 1 to 2^32', () => {
    expect(() => secureIndex(0)).toThrow(RangeError);
    expect(() => secureIndex(2.5)).toThrow(RangeError);
  });
});

describe('pressKey', () => {
  it('types characters, spaces and umlauts', () => {
    expect(type('', [char('m'), char('ü'), { kind: 'space' }, char('ß')]).text).toBe('mü ß');
  });

  it('shifts one character only, and ß stays ß', () => {
    expect(type('', [{ kind: 'shift' }, char('ä'), char('b')]).text).toBe('Äb');
    expect(keyChar('ß', true)).toBe('ß');
    expect(type('', [{ kind: 'shift' }, { kind: 'shift' }, char('a')]).text).toBe('a');
  });

  it('removes whole characters with backspace and everything with clear', () => {
    expect(type('Straße', [{ kind: 'backspace' }]).text).toBe('Straß');
    expect(type('', [{ kind: 'backspace' }]).text).toBe('');
    expect(type('Hund', [{ kind: 'shift' }, { kind: 'clear' }])).toEqual({ text: '', shifted: false });
  });

  it('stops at the maximum length', () => {
    expect(type('abc', [char('d'), { kind: 'space' }], 3).text).toBe('abc');
  });
});

describe('keyboards of the kiosk languages', () => {
  const letters = (layout: KeyboardLayout) => charsOf(layout).join('');

  it('offer each language its own letters and a key to German letters and back', () => {
    expect(letters(textLayout('uk', false))).toContain('ї');
    expect(letters(textLayout('ru', false))).toContain('ы');
    expect(letters(textLayout('ar', false))).toContain('ض');
    expect(letters(textLayout('tr', false))).toContain('ğ');
    for (const lang of ['uk', 'ru', 'ar', 'tr'] as const) {
      expect(hasOwnLetters(lang)).toBe(true);
      expect(textLayout(lang, false).flat().some((key) => key.kind === 'script')).toBe(true);
      expect(letters(textLayout(lang, true))).toContain('ß');
      expect(scriptSample(lang, false)).toBe('ABC');
    }
  });

  it('give German, Leichte Sprache and English the German letters without a switch key', () => {
    for (const lang of ['de', 'de-x-ls', 'en'] as const) {
      expect(hasOwnLetters(lang)).toBe(false);
      expect(textLayout(lang, false)).toBe(GERMAN_LAYOUT);
    }
  });

  it('write capitals by the rules of the language and keep the text on a switch', () => {
    expect(keyChar('i', true, 'tr')).toBe('İ');
    expect(keyChar('i', true)).toBe('I');
    expect(pressKey({ text: 'а', shifted: true }, { kind: 'char', value: 'ї' }, Infinity, 'uk')).toEqual({
      text: 'аЇ',
      shifted: false,
    });
    const state = { text: 'Ali', shifted: false };
    expect(pressKey(state, { kind: 'script' })).toBe(state);
  });
});
