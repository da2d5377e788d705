/**
 * Dates and times for display in the staff window (German conventions).
 */

/** "Sonntag, 1. März 2026" for "2026-03-01"; the raw text when it is no date. */
export function formatDay(isoDay: string, locale = 'de-DE'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
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
