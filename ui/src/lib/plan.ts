/**
 * The staff view of the station schedule: today's stations first, then the
 * others by their next day of service.
 */
import type { PlannedStation } from './ipc';

export interface PlanEntry {
  station: PlannedStation;
  /** The station is planned for today. */
  today: boolean;
  /** The first planned day from today on, or null when all its days are past. */
  nextDay: string | null;
}

/** Orders the plan for the station choice; `today` is "YYYY-MM-DD" (compared as text). */
export function orderPlan(plan: readonly PlannedStation[], today: string): PlanEntry[] {
  const entries = plan.map((station) => {
    const upcoming = station.days.filter((day) => day >= today).sort();
    return { station, today: station.days.includes(today), nextDay: upcoming[0] ?? null };
  });
  const rank = (entry: PlanEntry) => (entry.today ? 0 : entry.nextDay ? 1 : 2);
  return entries.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.nextDay ?? '').localeCompare(b.nextDay ?? '') ||
      a.station.name.localeCompare(b.station.name, 'de'),
  );
}
