import { describe, expect, it } from 'vitest';
import { formatAppointment, groupByDay } from './appointments';

describe('groupByDay', () => {
  it('groups by the day in Potsdam, not in UTC', () => {
    expect(
      groupByDay(['2026-12-09T22:30:00Z', '2026-12-10T07:00:00Z', '2026-12-10T23:30:00Z', 'kaputt', '2026-07-01T22:00:00Z']),
    ).toEqual([
      { day: '2026-12-09', times: ['2026-12-09T22:30:00Z'] },
      { day: '2026-12-10', times: ['2026-12-10T07:00:00Z'] },
      { day: '2026-12-11', times: ['2026-12-10T23:30:00Z'] },
      { day: '2026-07-02', times: ['2026-07-01T22:00:00Z'] },
    ]);
  });

  it('gives nothing for no times', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('formatAppointment', () => {
  it('writes the day and time in Potsdam', () => {
    expect(formatAppointment('2026-12-04T07:30:00Z', 'de')).toBe('Freitag, 4. Dezember um 08:30');
    expect(formatAppointment('2026-07-03T07:30:00Z', 'de')).toBe('Freitag, 3. Juli um 09:30');
  });
});
