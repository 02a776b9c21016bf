/** Pass 4: what is left is paired slot by slot to say *what* changed (value, scale, currency, unit, sign, date). */
import type { Figure, FigureAspect, FigureFinding } from '../types.js';
import { mismatch } from './compare-findings.js';
import { comparableWhenWeak, isSpelledCardinal, type Item } from './compare-items.js';
import { sameValue } from './numbers.js';
import { dateFamily } from './time-keys.js';
import { convert, isCurrency, unitInfo } from './units.js';

type Family = string;

/**
 * What a leftover figure may be paired with. A figure whose bracketed equivalent found its partner
 * (`300 km` of `300 km (180 miles)`) pairs only with another such figure in the same unit, so a
 * changed figure beside a kept conversion is reported, while a dropped conversion
 * (`5 miles (8 km)` → `8 km`) or one redone in the reader's currency (`(£150 billion)` →
 * `(175 miliardi di euro)`) is not paired with an unrelated figure.
 */
function familyOf(item: Item): Family {
  const family = baseFamily(item);
  return item.partnerOf?.matched ? `${family}|bracketed:${item.readings[0]?.unit ?? ''}` : family;
}

function baseFamily(item: Item): Family {
  const r = item.readings[0];
  if (!r) return 'none';
  if (r.kind === 'identifier') return 'identifier';
  if (r.kind === 'date') return dateFamily(r.key);
  if (r.kind === 'time') return r.kind;
  if (r.unit === null) return item.figure.kind === 'ordinal' ? 'ordinal' : 'number';
  if (isCurrency(r.unit)) return 'currency';
  if (r.unit === '%' || r.unit === 'pp') return 'percent';
  return `dim:${unitInfo(r.unit)?.dimension ?? r.unit}`;
}

export function mismatchPass(sItems: Item[], tItems: Item[], findings: FigureFinding[]): void {
  const left = (items: Item[]): Item[] => items.filter((i) => !i.matched && !i.covered);
  const sLeft = left(sItems);
  const tLeft = left(tItems);
  // Pair within a family when both sides have the same number of unpaired figures of it.

  // Weak figures are paired only when each side has nothing else: in longer sentences articles and
  // ordinals are too often rephrased (`the opener` → `il primo gol`). Spelled-out numbers and time
  // words are weak only against absence: `two` → `cinque`, `Thursday` → `martedì` are changes.
  const single = sItems.length === 1 && tItems.length === 1;
  const pairable = (i: Item): boolean => single || !i.figure.weak || comparableWhenWeak(i.figure);
  // Grouped in one pass (not one filter per family): a bead may hold thousands of leftovers.
  const groupByFamily = (items: Item[]): Map<Family, Item[]> => {
    const groups = new Map<Family, Item[]>();
    for (const item of items) {
      if (!pairable(item)) continue;
      const family = familyOf(item);
      const group = groups.get(family);
      if (group === undefined) groups.set(family, [item]);
      else group.push(item);
    }
    return groups;
  };
  const sFamilies = groupByFamily(sLeft);
  const tFamilies = groupByFamily(tLeft);
  for (const family of new Set([...sFamilies.keys(), ...tFamilies.keys()])) {
    const pa = sFamilies.get(family) ?? [];
    const pb = tFamilies.get(family) ?? [];
    if (pa.length !== pb.length) {
      pairOneWithNearest(pa, pb, findings);
      continue;
    }
    // Alone on each side, a weak figure is paired only if it is a real number word (`tre`, `terzo`),
    // not an article (`un`) or a line-up (`the Livi 11`).
    const meaningful = (i: Item | undefined): boolean =>
      !i?.figure.weak || i.figure.kind === 'ordinal' || isSpelledCardinal(i.figure) || comparableWhenWeak(i.figure);
    if (single && (!meaningful(pa[0]) || !meaningful(pb[0]))) continue;
    for (let k = 0; k < pa.length; k += 1) {
      const s = pa[k];
      const t = pb[k];
      if (!s || !t) continue;
      const aspect = aspectOf(s, t);
      s.matched = true;
      t.matched = true;
      findings.push(mismatch(s, t, aspect));
    }
  }
  pairLoneCounts(sLeft, tLeft, findings);
  // Same value, different unit families (`325 kilometers` → `325 miglia` across dimensions, `$5` → `5%`).
  const byValue = new SameValueIndex(tLeft);
  for (const s of sLeft) {
    if (s.matched) continue;
    const rs = s.readings[0];
    if (!rs || rs.value === null || rs.unit === null) continue;
    const t = byValue.takeFirst(rs.value, rs.unit);
    const rt = t?.readings[0];
    if (!t || !rt || rt.unit === null) continue;
    s.matched = true;
    t.matched = true;
    findings.push(mismatch(s, t, isCurrency(rs.unit) && isCurrency(rt.unit) ? 'currency' : 'unit'));
  }
  // One figure left on each side and nothing else: it was changed (`180° turn` → `360 turn`).
  const restS = sLeft.filter((i) => !i.matched && !i.figure.weak);
  const restT = tLeft.filter((i) => !i.matched && !i.figure.weak);
  const onlyS = restS[0];
  const onlyT = restT[0];
  if (restS.length === 1 && restT.length === 1 && onlyS && onlyT && baseFamily(onlyS) !== 'identifier' && baseFamily(onlyT) !== 'identifier' &&
    ((!onlyS.partnerOf?.matched && !onlyT.partnerOf?.matched) || familyOf(onlyS) === familyOf(onlyT)) &&
    isDateOrTime(familyOf(onlyS)) === isDateOrTime(familyOf(onlyT))) {
    onlyS.matched = true;
    onlyT.matched = true;
    findings.push(mismatch(onlyS, onlyT, aspectOf(onlyS, onlyT)));
  }
  // Unpaired high ends follow their low ends.
  followLowEnds(sItems);
  followLowEnds(tItems);
}

/**
 * One spelled-out number left on one side and several of its family on the other
 * (`the previous three matches` → `le due squadre … le prime cinque partite`): none of them is the
 * same number, so the one changed; it is paired with the number standing nearest its place.
 */
function pairOneWithNearest(pa: readonly Item[], pb: readonly Item[], findings: FigureFinding[]): void {
  const [one, many] = pa.length === 1 ? [pa, pb] : pb.length === 1 ? [pb, pa] : [[], []];
  const lone = one[0];
  const spelled = (item: Item): boolean => item.figure.weak === true && comparableWhenWeak(item.figure) && !/\d/.test(item.figure.surface);
  if (lone === undefined || many.length < 2 || !spelled(lone) || !many.every(spelled)) return;
  let nearest = many[0]!;
  for (const item of many) if (Math.abs(item.position - lone.position) < Math.abs(nearest.position - lone.position)) nearest = item;
  const [s, t] = lone.side === 'source' ? [lone, nearest] : [nearest, lone];
  s.matched = true;
  t.matched = true;
  findings.push(mismatch(s, t, aspectOf(s, t)));
}

/** A count of time units: how many, and of which unit. */
interface Count {
  count: number;
  unit: string;
}

const COUNTED_TIME_UNITS = new Set(['year', 'month', 'week', 'day']);

/** `tre anni` (3 years) and `due anni fa` (2 years back) are counts of years; null for anything else. */
function countOf(item: Item): Count | null {
  const r = item.readings[0];
  if (!r || r.value === null || !Number.isInteger(r.value)) return null;
  if (r.kind === 'date') {
    const rel = /^date:rel:(year|month|week|day):(-?\d+)$/.exec(r.key);
    return rel ? { count: Math.abs(Number(rel[2])), unit: rel[1]! } : null;
  }
  return r.unit !== null && COUNTED_TIME_UNITS.has(r.unit) ? { count: r.value, unit: r.unit } : null;
}

/**
 * A length of time the translation says as a time back (`three years into his career` → `risale a
 * tre anni fa`) sits in another family than its partner. When each side has exactly one count of
 * two or more of a time unit left, one a length and one a time back, they are one figure: the same
 * count is fine, another count is a changed value. (A bare number is not paired with a count of
 * days: `i due leader` beside a dropped `three months` would read as a change.)
 */
function pairLoneCounts(sLeft: readonly Item[], tLeft: readonly Item[], findings: FigureFinding[]): void {
  const lone = (items: readonly Item[]): { item: Item; count: Count } | null => {
    const counts = items
      .filter((item) => !item.matched && !item.covered)
      .map((item) => ({ item, count: countOf(item) }))
      .filter((c): c is { item: Item; count: Count } => c.count !== null && c.count.count >= 2);
    return counts.length === 1 ? counts[0]! : null;
  };
  const s = lone(sLeft);
  const t = lone(tLeft);
  // Two lengths, or two times back, were the family pass's to pair.
  if (s === null || t === null || s.count.unit !== t.count.unit || baseFamily(s.item) === baseFamily(t.item)) return;
  s.item.matched = true;
  t.item.matched = true;
  if (s.count.count !== t.count.count) findings.push(mismatch(s.item, t.item, 'value'));
}

/**
 * Unpaired target figures with a value and a unit, by value then unit, each list in text order:
 * `takeFirst` finds the first unmatched figure of the same value in another unit without scanning
 * every figure (the all-pairs scan was quadratic in a bead's figures).
 */
class SameValueIndex {
  private readonly byValue = new Map<string, Map<string, { items: Item[]; order: number[]; next: number }>>();

  constructor(items: readonly Item[]) {
    items.forEach((item, order) => {
      const r = item.readings[0];
      if (item.matched || !r || r.value === null || r.unit === null) return;
      const key = valueKey(r.value);
      let units = this.byValue.get(key);
      if (units === undefined) this.byValue.set(key, (units = new Map()));
      const list = units.get(r.unit);
      if (list === undefined) units.set(r.unit, { items: [item], order: [order], next: 0 });
      else {
        list.items.push(item);
        list.order.push(order);
      }
    });
  }

  /** The earliest unmatched figure whose value equals `value` and whose unit is not `unit`. */
  takeFirst(value: number, unit: string): Item | undefined {
    let best: Item | undefined;
    let bestIndex = Infinity;
    for (const [otherUnit, list] of this.byValue.get(valueKey(value)) ?? []) {
      if (otherUnit === unit) continue;
      // Matched figures never become unmatched again: skip past them for good.
      while (list.next < list.items.length && list.items[list.next]!.matched) list.next += 1;
      const candidate = list.items[list.next];
      const index = list.order[list.next] ?? Infinity;
      if (candidate !== undefined && index < bestIndex && sameValue(candidate.readings[0]!.value!, value)) {
        best = candidate;
        bestIndex = index;
      }
    }
    return best;
  }
}

/** Values equal under `sameValue` (a relative 1e-9) share a key. */
function valueKey(value: number): string {
  return value === 0 ? '0' : value.toPrecision(9);
}

function isDateOrTime(family: Family): boolean {
  return family.startsWith('time') || family.startsWith('date');
}

/** A range's high end is settled when its low end is, and reported once when neither is paired. */
function followLowEnds(items: Item[]): void {
  const lowMatched = new Map<Figure, boolean>();
  for (const item of items) if (item.end === 'low') lowMatched.set(item.figure, item.matched);
  for (const item of items) {
    if (item.end !== 'high' || item.matched) continue;
    const low = lowMatched.get(item.figure);
    if (low === true) item.matched = true;
    else if (low === false) item.covered = true;
  }
}

function aspectOf(s: Item, t: Item): FigureAspect {
  const rs = s.readings[0];
  const rt = t.readings[0];
  if (!rs || !rt) return 'value';
  if (rs.kind === 'date' || rs.kind === 'time') return 'date';
  if (rs.unit !== rt.unit && rs.unit !== null && rt.unit !== null) {
    if (isCurrency(rs.unit) && isCurrency(rt.unit)) return 'currency';
    // Convertible units with a different value: the conversion is wrong, i.e. the value changed.
    if (rs.value !== null && rt.value !== null && !sameValue(rs.value, rt.value) && convert(rs.value, rs.unit, rt.unit) !== null) return 'value';
    return 'unit';
  }
  if (rs.value !== null && rt.value !== null) {
    if (rs.value !== 0 && sameValue(rs.value, -rt.value)) return 'sign';
    const ms = s.figure.mantissa;
    const mt = t.figure.mantissa;
    const ss = s.figure.scale ?? 1;
    const st = t.figure.scale ?? 1;
    if (ms !== undefined && mt !== undefined && sameValue(ms, mt) && ss !== st) return 'scale';
    if (rs.value !== 0 && rt.value !== 0) {
      const ratio = Math.log10(Math.abs(rt.value / rs.value));
      if (Math.abs(ratio - Math.round(ratio)) < 1e-9 && Math.round(ratio) % 3 === 0 && Math.round(ratio) !== 0 && (ss !== 1 || st !== 1)) return 'scale';
    }
  }
  return 'value';
}
