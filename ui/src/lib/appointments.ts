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

const dayParts = new Intl.DateTimeFormat('en', {
  timeZone: OFFICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `YYYY-MM-DD` of `date` in the office's time zone, from the parts (a locale's own order may differ). */
function dayOf(date: Date): string {
  const parts = Object.fromEntries(dayParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** "Freitag, 4. Dezember um 08:30": an appointment's day and time in the office's time zone. */
export function formatAppointment(time: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: OFFICE_TIME_ZONE,
  }).format(new Date(time));
}

/** `times` (RFC 3339, earliest first) grouped by local day; unparsable entries are left out. */
export function groupByDay(times: readonly string[]): FreeDay[] {
  const days: FreeDay[] = [];
  for (const time of times) {
    const date = new Date(time);
    if (Number.isNaN(date.getTime())) continue;
    const day = dayOf(date);
    const last = days.at(-1);
    if (last?.day === day) last.times.push(time);
    else days.push({ day, times: [time] });
  }
  return days;
}
