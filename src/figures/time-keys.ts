/**
 * Meaning keys of time words, shared by extraction and comparison. A weekday or a relative time
 * (`yesterday`, `lo scorso anno`, `two years ago`) is a `date` figure whose key names what it
 * means, so `ieri` meets `yesterday` and `last year` against `due anni fa` is a changed date.
 */

/** The calendar unit a relative time counts in. */
/** `present`: `now`, `currently`, `attualmente` — the present at no particular grain. */
export type RelativeUnit = 'present' | 'day' | 'week' | 'weekend' | 'month' | 'year';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `date:wd:4` is Thursday (1 = Monday … 7 = Sunday). */
export function weekdayKey(day: number): string {
  return `date:wd:${day}`;
}

/** `date:rel:year:-2` is two years ago; `date:rel:day:0` is today. */
export function relativeKey(unit: RelativeUnit, offset: number): string {
  return `date:rel:${unit}:${offset}`;
}

/**
 * What a date key can be compared with: `date` for calendar dates (`21 November`, `November`),
 * `date:wd` for weekdays, `date:rel` for relative times (`last year` against `il mese scorso` is
 * a change). Only keys of one family are ever paired as a changed date: `yesterday` against
 * `lunedì` may be the same day.
 */
export function dateFamily(key: string): string {
  if (key.startsWith('date:wd:')) return 'date:wd';
  if (key.startsWith('date:rel:')) return 'date:rel';
  return 'date';
}

/** A weekday or relative-time key in words (`Thursday`, `2 years ago`, `next week`); null for calendar dates. */
export function describeTimeKey(key: string): string | null {
  const parts = key.split(':');
  if (parts[1] === 'wd') return WEEKDAY_NAMES[Number(parts[2]) - 1] ?? key;
  if (parts[1] !== 'rel') return null;
  const unit = parts[2] ?? '';
  const offset = Number(parts[3]);
  if (unit === 'present') return 'now';
  if (unit === 'day' && offset === -1) return 'yesterday';
  if (unit === 'day' && offset === 0) return 'today';
  if (unit === 'day' && offset === 1) return 'tomorrow';
  if (offset === 0) return `this ${unit}`;
  if (offset === -1) return `last ${unit}`;
  if (offset === 1) return `next ${unit}`;
  return offset < 0 ? `${-offset} ${unit}s ago` : `in ${offset} ${unit}s`;
}
