/**
 * Dates and times for display in the staff window (German conventions), and
 * amounts of money in the reader's language.
 */

/** "10,00 €" for 1000 cents ("€10.00" in English). */
export function formatEuros(cents: number, locale = 'de-DE'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "Sonntag, 1. März 2026" for "2026-03-01"; the raw text when it is no date. */
export function formatDay(isoDay: string, locale = 'de-DE'): string {
  return formatIsoDay(isoDay, locale, { dateStyle: 'full' });
}

/** "09:41" for an RFC 3339 timestamp, in the station's local time; the raw text when unparsable. */
export function formatTime(timestamp: string, locale = 'de-DE', timeZone?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/** "01.03.2026, 09:41" for an RFC 3339 timestamp, in the station's local time; the raw text when unparsable. */
export function formatDateTime(timestamp: string, locale = 'de-DE', timeZone?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** "Donnerstag, 17. Dezember" for an RFC 3339 timestamp, in `timeZone`; the raw text when unparsable. */
export function formatWeekdayDate(timestamp: string, locale = 'de-DE', timeZone?: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(date);
}

/** "25.02." for "2026-02-25" (a day on a chart's axis); the raw text when it is no date. */
export function formatShortDay(isoDay: string, locale = 'de-DE'): string {
  return formatIsoDay(isoDay, locale, { day: '2-digit', month: '2-digit' });
}

/** "25.02.2026" for "2026-02-25"; the raw text when it is no date. */
export function formatDate(isoDay: string, locale = 'de-DE'): string {
  return formatIsoDay(isoDay, locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
}

function formatIsoDay(isoDay: string, locale: string, parts: Intl.DateTimeFormatOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(date);
}

/** The ISO day `days` after (or before, when negative) `isoDay`. */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
