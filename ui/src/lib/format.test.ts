import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDate,
  formatDateTime,
  formatDay,
  formatEuros,
  formatShortDay,
  formatTime,
  formatWeekdayDate,
} from './format';

describe('formatEuros', () => {
  it("writes cents as euros the way the reader's language does", () => {
    expect(formatEuros(1000)).toBe('10,00\u00a0€');
    expect(formatEuros(123456)).toBe('1.234,56\u00a0€');
    expect(formatEuros(1000, 'en')).toBe('€10.00');
  });
});

describe('formatDay', () => {
  it('writes the full German date', () => {
    expect(formatDay('2026-03-01')).toBe('Sonntag, 1. März 2026');
    expect(formatDay('2026-03-01', 'en-GB')).toMatch(/^Sunday,? 1 March 2026$/);
  });

  it('keeps text that is not a date', () => {
    expect(formatDay('bald')).toBe('bald');
  });
});

describe('formatTime', () => {
  it('shows hours and minutes in the given zone', () => {
    expect(formatTime('2026-03-01T08:41:00Z', 'de-DE', 'Europe/Berlin')).toBe('09:41');
  });

  it('keeps an unparsable timestamp', () => {
    expect(formatTime('gestern')).toBe('gestern');
  });
});

describe('formatWeekdayDate', () => {
  it('writes the weekday and the day in the given zone', () => {
    expect(formatWeekdayDate('2026-12-17T23:30:00Z', 'de', 'Europe/Berlin')).toBe('Freitag, 18. Dezember');
    expect(formatWeekdayDate('2026-12-17T23:30:00Z', 'en', 'Europe/Berlin')).toBe('Friday, December 18');
    expect(formatWeekdayDate('later', 'de')).toBe('later');
  });
});

describe('formatDateTime', () => {
  it('shows day and time in the given zone', () => {
    expect(formatDateTime('2026-03-01T23:41:00Z', 'de-DE', 'Europe/Berlin')).toBe('02.03.2026, 00:41');
  });

  it('keeps an unparsable timestamp', () => {
    expect(formatDateTime('nie')).toBe('nie');
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-29', -6)).toBe('2026-03-23');
  });
});

describe('formatShortDay', () => {
  it('writes day and month', () => {
    expect(formatShortDay('2026-02-25')).toBe('25.02.');
    expect(formatDate('2026-02-25')).toBe('25.02.2026');
    expect(formatShortDay('nie')).toBe('nie');
  });
});
