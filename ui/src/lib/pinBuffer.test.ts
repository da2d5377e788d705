import { describe, expect, it } from 'vitest';
import { PinBuffer } from './pinBuffer';

function filled(pin: string, max = 12): PinBuffer {
  const buffer = new PinBuffer(max);
  for (const digit of pin) buffer.push(digit);
  return buffer;
}

describe('PinBuffer', () => {
  it('accepts digits up to the maximum length only', () => {
    const buffer = new PinBuffer(4);
    expect(buffer.push('a')).toBe(false);
    expect(['1', '2', '3', '4', '5'].map((d) => buffer.push(d))).toEqual([true, true, true, true, false]);
    expect(buffer.length).toBe(4);
  });

  it('removes the last digit', () => {
    const buffer = filled('123');
    buffer.pop();
    expect(buffer.equals(filled('12'))).toBe(true);
    buffer.clear();
    buffer.pop();
    expect(buffer.length).toBe(0);
  });

  it('compares two entries (PIN and its repetition)', () => {
    expect(filled('123456').equals(filled('123456'))).toBe(true);
    expect(filled('123456').equals(filled('123457'))).toBe(false);
    expect(filled('12345').equals(filled('123456'))).toBe(false);
  });

  it('moves the first entry aside for the repetition', () => {
    const first = filled('999999');
    const entry = filled('123456');
    first.takeFrom(entry);
    expect(entry.length).toBe(0);
    expect(first.equals(filled('123456'))).toBe(true);
  });

  it('hands the PIN to the call once and is empty afterwards, also on failure', async () => {
    const buffer = filled('246810');
    let seen = '';
    await buffer.consume(async (pin) => {
      seen = pin;
    });
    expect(seen).toBe('246810');
    expect(buffer.length).toBe(0);

    const failing = filled('1357');
    await expect(failing.consume(() => Promise.reject(new Error('wrong')))).rejects.toThrow('wrong');
    expect(failing.length).toBe(0);
  });

  it('lends the PIN to a check and keeps it', async () => {
    const buffer = filled('314159');
    expect(await buffer.lend(async (pin) => pin)).toBe('314159');
    expect(buffer.equals(filled('314159'))).toBe(true);
  });
});
