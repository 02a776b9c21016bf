/** The comparison's working view of a figure: its readings, its position, whether it is paired yet. */
import type { Figure, FigureKind } from '../types.js';
import { formatValue } from './numbers.js';
import { isCurrency, unitInfo } from './units.js';

export type Side = 'source' | 'target';

export interface Reading {
  value: number | null;
  unit: string | null;
  kind: FigureKind;
  key: string;
  low: number | null;
  high: number | null;
  /** 0 native, 1 needs another locale's conventions, 2 native but unlikely. */
  cost: number;
  formatIssue?: string;
  note?: string;
  primary: boolean;
}

export interface Item {
  figure: Figure;
  side: Side;
  /** Position among the side's items, scaled to [0, 1], for tie-breaking by order. */
  position: number;
  readings: Reading[];
  /** For range ends: which end. */
  end?: 'low' | 'high';
  matched: boolean;
  /** Covered by an equivalent figure next to it (`5 miles (8 km)`). */
  covered?: boolean;
  partnerOf?: Item;
}

/** The units each side writes out anywhere in the compared text. */
export type UnitsBySide = Record<Side, ReadonlySet<string>>;

export interface Pair {
  s: Item;
  t: Item;
  rs: Reading;
  rt: Reading;
  cost: number;
}

export function toItem(figure: Figure, side: Side, index: number, count: number): Item {
  const readings: Reading[] = [primaryReading(figure)];
  for (const alt of figure.alternatives ?? []) {
    readings.push({
      value: alt.value, unit: alt.unit, kind: alt.kind, key: alt.key,
      low: alt.range?.low ?? alt.value, high: alt.range?.high ?? alt.value,
      cost: alt.formatIssue ? 1 : alt.implausible ? 2 : 0,
      ...(alt.formatIssue ? { formatIssue: alt.formatIssue } : {}),
      ...(alt.note ? { note: alt.note } : {}),
      primary: false,
    });
  }
  return { figure, side, position: count <= 1 ? 0 : index / (count - 1), readings, matched: false };
}

function primaryReading(figure: Figure): Reading {
  return {
    value: figure.value, unit: figure.unit, kind: figure.kind, key: figure.key,
    low: figure.range?.low ?? figure.value, high: figure.range?.high ?? figure.value,
    cost: figure.formatIssue ? 1 : 0,
    ...(figure.formatIssue ? { formatIssue: figure.formatIssue } : {}),
    primary: true,
  };
}

export function isRange(r: Reading): boolean {
  return r.kind === 'range';
}

export function splitRanges(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.matched || item.figure.kind !== 'range' || !item.figure.range) {
      out.push(item);
      continue;
    }
    for (const end of ['low', 'high'] as const) {
      const readings: Reading[] = [];
      for (const r of item.readings) {
        const value = end === 'low' ? r.low : r.high;
        const kind: FigureKind = r.unit === 'year' && item.figure.key.startsWith('range:year') ? 'year' : kindOfUnit(r.unit);
        readings.push({
          ...r, value, low: value, high: value, kind,
          key: `${r.unit ?? 'num'}:${value === null ? '' : formatValue(value)}`,
          unit: r.unit === 'year' && kind === 'year' ? null : r.unit,
        });
      }
      out.push({ ...item, readings, end, matched: false });
    }
  }
  return out;
}

export function kindOfUnit(unit: string | null): FigureKind {
  if (unit === null) return 'number';
  if (unit === '%') return 'percent';
  if (unit === 'pp') return 'percentage-point';
  if (isCurrency(unit)) return 'currency';
  return 'quantity';
}

/** `5 miles (8 km)`, `$200 billion (£150 billion)`: the bracketed figure restates the one before. */
export function linkEquivalents(items: Item[]): void {
  for (let k = 0; k + 1 < items.length; k += 1) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b) continue;
    const gap = b.figure.start - a.figure.end;
    if (gap < 0 || gap > 3) continue;
    const ra = a.readings[0];
    const rb = b.readings[0];
    if (!ra || !rb || ra.unit === null || rb.unit === null || ra.unit === rb.unit) continue;
    // A restatement in another unit has digits (`six meters (18 feet)`); two spelled-out counts
    // next to each other are alternatives (`tre anni o dodici mesi`), each with its own partner.
    if (!/\d/.test(a.figure.surface) && !/\d/.test(b.figure.surface)) continue;
    const bothCurrency = isCurrency(ra.unit) && isCurrency(rb.unit);
    const sameDimension = unitInfo(ra.unit)?.dimension !== undefined && unitInfo(ra.unit)?.dimension === unitInfo(rb.unit)?.dimension;
    if (bothCurrency || sameDimension) {
      a.partnerOf = b;
      b.partnerOf = a;
    }
  }
}

export function propagateCover(items: Item[]): void {
  for (const item of items) {
    if (!item.matched && item.partnerOf?.matched) item.covered = true;
  }
}

/** A spelled-out cardinal of two or more (`two`, `tre`), not an article-like `one`/`un` or an ordinal. */
export function isSpelledCardinal(figure: Figure): boolean {
  return figure.kind !== 'ordinal' && figure.value !== null && Math.abs(figure.value) >= 2 && !/\d/.test(figure.surface) &&
    figure.surface[0] === figure.surface[0]?.toLowerCase();
}

/** The first index in `list` (sorted by position) at or after `position`. */
export function lowerBound(list: readonly Item[], position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.position ?? 0) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A weak figure that still counts against a *different* figure of its family: a spelled-out
 * number of two or more (`two` → `cinque`), a whole hundred per cent, or a time word (`Thursday` → `martedì`, `noon` → `mezzanotte`). Its absence
 * alone is never reported.
 */
export function comparableWhenWeak(figure: Figure): boolean {
  // `100%` is weak as a manner of speaking (`100 percent sure`), but `100%` → `90%` is a change.
  if (figure.kind === 'date' || figure.kind === 'time' || figure.kind === 'percent') return true;
  // A one-digit count after a demonstrative (`these 2 paths`) is weak like `two`, and as comparable.
  if (figure.kind === 'number' && /^[2-9]$/.test(figure.surface)) return true;
  // A fraction spelled with its denominator (`two-thirds`, `tre quarti`) is as much a number as `tre`.
  if (isSpelledFraction(figure)) return true;
  // Capitalised too: a sentence may open with it (`Tre uomini` → `Two men`).
  return figure.kind !== 'ordinal' && figure.value !== null && Math.abs(figure.value) >= 2 && !/\d/.test(figure.surface);
}

/** `two-thirds`, `tre quarti`, `un terzo`: a spelled-out number that is not whole, in two words or more. */
function isSpelledFraction(figure: Figure): boolean {
  return figure.kind === 'number' && figure.value !== null && !Number.isInteger(figure.value) && !/\d/.test(figure.surface) && /[\s-]/u.test(figure.surface.trim());
}

/**
 * A figure written again on its own side (`nel 2003 … a metà del 2003` for `in mid-2003`): once one
 * mention has its partner, a repeated one is no addition. Runs after changed figures are paired.
 */
export function coverRepeats(items: Item[]): void {
  const matchedKeys = new Set<string>();
  for (const item of items) if (item.matched && item.readings[0]) matchedKeys.add(item.readings[0].key);
  for (const item of items) {
    const key = item.readings[0]?.key;
    if (!item.matched && key !== undefined && matchedKeys.has(key)) item.covered = true;
  }
}

/** `date:wd:6` (a weekday) or `date:rel:day:-1` (yesterday, tomorrow): a day named without its date. */
const DAY_WITHOUT_DATE = /^date:(?:wd:\d|rel:day:-?\d+)$/;
/** `date:2018-09-29`, `date:????-09-29`: a date with its day of the month. */
const DAY_OF_MONTH = /^date:(?:\d{4}|\?{4})-\d\d-\d\d$/;

/**
 * A weekday or `yesterday` rendered as its date (`on Saturday` → `le 29 septembre`, `ieri` →
 * `il 28 settembre`) is a translator's choice, not an added figure: a leftover dated day on one side
 * is covered by a leftover undated day on the other, one for one. Runs on leftovers only, so a
 * changed date or a changed weekday is still paired and reported first.
 */
export function coverDaysRenderedAsDates(sItems: Item[], tItems: Item[]): void {
  const leftover = (items: Item[], key: RegExp): Item[] =>
    items.filter((item) => !item.matched && !item.covered && key.test(item.readings[0]?.key ?? ''));
  for (const [days, dates] of [[sItems, tItems], [tItems, sItems]] as const) {
    const undated = leftover(days, DAY_WITHOUT_DATE);
    const dated = leftover(dates, DAY_OF_MONTH);
    for (let k = 0; k < Math.min(undated.length, dated.length); k += 1) dated[k]!.covered = true;
  }
}
