import { describe, expect, it } from 'vitest';
import type { PlannedStation } from './ipc';
import { orderPlan } from './plan';

const station = (id: string, name: string, days: string[]): PlannedStation => ({
  id,
  name,
  address: '',
  days,
  hours: { open: '09:00', close: '15:00' },
  defaultServiceMinutes: 7,
});

describe('orderPlan', () => {
  const plan = [
    station('past', 'Bornstedt', ['2026-01-05']),
    station('later', 'Drewitz', ['2026-03-10', '2026-03-02']),
    station('today-b', 'Waldstadt', ['2026-03-01']),
    station('soon', 'Fahrland', ['2026-03-03']),
    station('today-a', 'Am Schlaatz', ['2026-02-20', '2026-03-01']),
  ];

  it("puts today's stations first, then by next day, past ones last", () => {
    const ordered = orderPlan(plan, '2026-03-01');
    expect(ordered.map((entry) => entry.station.id)).toEqual(['today-a', 'today-b', 'later', 'soon', 'past']);
    expect(ordered.map((entry) => entry.today)).toEqual([true, true, false, false, false]);
    expect(ordered[2].nextDay).toBe('2026-03-02');
    expect(ordered[4].nextDay).toBeNull();
  });

  it('handles an empty plan', () => {
    expect(orderPlan([], '2026-03-01')).toEqual([]);
  });
});
