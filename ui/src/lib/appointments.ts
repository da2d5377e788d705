/**
 * Free appointment times as the kiosk shows them: grouped by the local day in
 * Potsdam (the office's time zone, whatever the laptop's clock says), a few days
 * per page.
 */

/** Where the Bürgerservicecenter is. */
export const OFFICE_TIME_ZONE = 'Europe/Berlin';

/** How many days the kiosk shows side by side. */
export const DAYS_PER_PAGE = 3;

/** The free times of one local day. */
export interface FreeDay {
  /** `YYYY-MM-DD` in the office's time zone. */
  day: string;
  /** RFC 3339 instants, in the order given. */
  times: string[];
}

const dayOf = new Intl.DateTimeFormat('en-CA', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `times` (RFC 3339, earliest first) grouped by local day; unparsable entries are left out. */
export function groupByDay(times: readonly string[]): FreeDay[] {
  const days: FreeDay[] = [];
  for (const time of times) {
    const date = new Date(time);
    if (Number.isNaN(date.getTime())) continue;
    const day = dayOf.format(date);
    const last = days.at(-1);
    if (last?.day === day) last.times.push(time);
    else days.push({ day, times: [time] });
  }
  return days;
}
