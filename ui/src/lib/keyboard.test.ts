import { describe, expect, it } from 'vitest';
import { GERMAN_LAYOUT, PIN_PAD_DIGITS, keyChar, pressKey, type Key } from './keyboard';

const charValues = GERMAN_LAYOUT.flat().flatMap((key) => (key.kind === 'char' ? [key.value] : []));
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

  it('has a PIN pad with the digits 1 to 9 (0 sits in the last row)', () => {
    expect(PIN_PAD_DIGITS.flat().join('')).toBe('123456789');
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
