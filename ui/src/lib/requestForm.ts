/**
 * The form of a citizen request ("Anliegen hinterlassen"): the topics and fields
 * that `request_topics` declares, what the UI checks before the privacy step
 * (only what the topic declares: required, length, one-of groups — the station
 * checks everything again and decides), the values as `request_submit` takes
 * them, and which field to focus after a rejection.
 */
import type { Field as RequestField, FieldKind, TopicOffer as RequestTopic } from './bindings';
import type { LayoutName } from './keyboard';

export type { FieldKind, RequestField, RequestTopic };

/** Field name → reason (`required`, `too_long`, `one_of_required`, or a reason of the station). */
export type FieldErrors = Record<string, string>;

export type FieldValues = Record<string, string>;

/** The on-screen keyboard a field needs (choice fields need none). */
export function layoutFor(kind: FieldKind): LayoutName | null {
  switch (kind) {
    case 'text':
    case 'textarea':
      return 'text';
    case 'choice':
      return null;
    default:
      return kind;
  }
}

/** `TT.MM.JJJJ` (day and month with one or two digits) as `YYYY-MM-DD`, or null when it is no calendar date. */
export function toIsoDate(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const filled = (values: FieldValues, name: string) => (values[name] ?? '').trim() !== '';

/** What the topic itself declares is missing or too long; empty when the form may go on. */
export function precheck(topic: RequestTopic, values: FieldValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const group of topic.oneOf ?? []) {
    if (!group.some((name) => filled(values, name))) for (const name of group) errors[name] = 'one_of_required';
  }
  for (const field of topic.fields) {
    const value = (values[field.name] ?? '').trim();
    if (field.required && value === '') errors[field.name] = 'required';
    else if ([...value].length > field.maxLength) errors[field.name] = 'too_long';
  }
  return errors;
}

/** The values for `request_submit`: trimmed, empty ones left out, dates as `YYYY-MM-DD` where they convert. */
export function submittedFields(topic: RequestTopic, values: FieldValues): FieldValues {
  const fields: FieldValues = {};
  for (const field of topic.fields) {
    const value = (values[field.name] ?? '').trim();
    if (value === '') continue;
    fields[field.name] = field.kind === 'date' ? (toIsoDate(value) ?? value) : value;
  }
  return fields;
}

/** The first field of the form (in its order) that has an error, or null. */
export function firstInvalid(topic: RequestTopic, errors: FieldErrors): string | null {
  return topic.fields.find((field) => field.name in errors)?.name ?? null;
}

/** The reasons of a rejection that belong to fields of this topic (unknown names are dropped). */
export function errorsForTopic(topic: RequestTopic, reasons: Record<string, string>): FieldErrors {
  const names = new Set(topic.fields.map((field) => field.name));
  return Object.fromEntries(Object.entries(reasons).filter(([name]) => names.has(name)));
}

/**
 * The errors without the one of `name` (the citizen is correcting that field),
 * and without `one_of_required` on the other fields of its one-of group.
 */
export function withoutError(topic: RequestTopic, errors: FieldErrors, name: string): FieldErrors {
  const group = topic.oneOf?.find((names) => names.includes(name)) ?? [];
  return Object.fromEntries(
    Object.entries(errors).filter(([field, reason]) => field !== name && !(reason === 'one_of_required' && group.includes(field))),
  );
}
