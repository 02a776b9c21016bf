/** Pass 1: pairing figures that mean the same under some reading, and what a pairing still reveals. */
import type { FigureCompareOptions, FigureFinding, FigureKind, FigureQualifier } from '../types.js';
import {
  cap, describeQualifier, describeReading, describeUnit, formatFinding, normalized, refs, valueMisread,
} from './compare-findings.js';
import { isRange, kindOfUnit, lowerBound, type Item, type Pair, type Reading, type UnitsBySide } from './compare-items.js';
import { formatValue, sameValue } from './numbers.js';
import { dateFamily } from './time-keys.js';

function unitsCompatible(a: Reading, b: Reading): number | null {
  if (a.unit === b.unit) return 0;
  if (a.unit === null || b.unit === null) {
    const other = a.unit ?? b.unit;
    if (other === 'decade' || other === 'century') return null;
    return 0.3;
  }
  // `cent` is a sub-unit of any currency
  if ((a.unit === 'cent' && b.unit === 'GBX') || (a.unit === 'GBX' && b.unit === 'cent')) return 0.2;
  return null;
}

const LOOSE_KINDS = new Set<FigureKind>(['number', 'year', 'ordinal', 'currency', 'percent', 'quantity', 'percentage-point']);

function kindsCompatible(a: Reading, b: Reading): number | null {
  if (a.kind === b.kind) return 0;
  if (LOOSE_KINDS.has(a.kind) && LOOSE_KINDS.has(b.kind)) return a.kind === 'ordinal' || b.kind === 'ordinal' ? 0.4 : 0.1;
  return null;
}

function sameMeaning(a: Reading, b: Reading): number | null {
  if (isRange(a) !== isRange(b)) return null;
  if (a.kind === 'identifier' || b.kind === 'identifier') {
    return a.kind === b.kind && a.key === b.key ? 0 : null;
  }
  if (a.kind === 'date' || b.kind === 'date' || a.kind === 'time' || b.kind === 'time') {
    if (a.kind !== b.kind || a.value === null || b.value === null) return null;
    if (a.kind === 'time') return a.value === b.value ? 0 : null;
    return datesAgree(a.key, b.key) ? 0 : null;
  }
  const unitCost = unitsCompatible(a, b);
  const kindCost = kindsCompatible(a, b);
  if (unitCost === null || kindCost === null) return null;
  if (isRange(a)) {
    if (a.low === null || b.low === null || a.high === null || b.high === null) return null;
    return sameValue(a.low, b.low) && sameValue(a.high, b.high) ? unitCost + kindCost : null;
  }
  if (a.value === null || b.value === null || !sameValue(a.value, b.value)) return null;
  return unitCost + kindCost;
}

/** `date:2026-11-21` agrees with `date:????-11-21` (a year one side leaves out). */
/** `today`, `this year`: a relative time at offset 0. */
const PRESENT = /^date:rel:[a-z]+:0$/;
/** `now`, `currently`, `attualmente`: the present at no grain meets any offset-0 time (`Now in its seventh year` ↔ `dieses Jahr`). */
const NOW = 'date:rel:present:0';

function datesAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if ((a === NOW || b === NOW) && PRESENT.test(a) && PRESENT.test(b)) return true;
  const pa = a.slice(5).split('-');
  const pb = b.slice(5).split('-');
  if (pa.length !== 3 || pb.length !== 3) return false;
  for (let k = 0; k < 3; k += 1) {
    const x = pa[k] ?? '';
    const y = pb[k] ?? '';
    if (x.includes('?') || y.includes('?')) continue;
    if (x !== y) return false;
  }
  // at least month and day must both be known
  return !(pa[1] ?? '').includes('?') && !(pb[1] ?? '').includes('?');
}

/** Readings that may mean the same thing share a bucket (a value, a date's month and day, a key). */
function bucketOf(r: Reading): string {
  if (r.kind === 'identifier') return r.key;
  if (r.kind === 'date') return dateFamily(r.key) === 'date' ? `d:${r.key.slice(10)}` : PRESENT.test(r.key) ? 'rel:present' : r.key;
  if (r.kind === 'time') return `t:${r.value ?? ''}`;
  if (r.kind === 'range') return `r:${r.low === null ? '' : formatValue(r.low)}-${r.high === null ? '' : formatValue(r.high)}`;
  return `v:${r.value === null ? '' : formatValue(r.value)}`;
}

/** Candidates considered per bucket on each side of a figure's position; keeps long texts near-linear. */
const WINDOW = 8;

function unitsBySide(sItems: readonly Item[], tItems: readonly Item[]): UnitsBySide {
  const collect = (items: readonly Item[]): Set<string> => new Set(items.map((i) => i.figure.unit).filter((u): u is string => u !== null));
  return { source: collect(sItems), target: collect(tItems) };
}

export function exactPass(sItems: Item[], tItems: Item[], findings: FigureFinding[], options: FigureCompareOptions): void {
  const units = unitsBySide(sItems, tItems);
  for (let round = 0; round < 3; round += 1) {
    const buckets = new Map<string, Item[]>();
    for (const t of tItems) {
      if (t.matched) continue;
      const seen = new Set<string>();
      for (const r of t.readings) {
        const key = bucketOf(r);
        if (seen.has(key)) continue;
        seen.add(key);
        let list = buckets.get(key);
        if (!list) {
          list = [];
          buckets.set(key, list);
        }
        list.push(t);
      }
    }
    const pairs: Pair[] = [];
    for (const s of sItems) {
      if (s.matched) continue;
      const best = new Map<Item, Pair>();
      for (const rs of s.readings) {
        const list = buckets.get(bucketOf(rs));
        if (!list) continue;
        const at = lowerBound(list, s.position);
        for (let k = Math.max(0, at - WINDOW); k < Math.min(list.length, at + WINDOW); k += 1) {
          const t = list[k];
          if (!t) continue;
          for (const rt of t.readings) {
            const c = sameMeaning(rs, rt);
            if (c === null) continue;
            // Prefer strong partners: `un` (weak) should not take the `1` that another `1` wants.
            const weakness = (s.figure.weak ? 0.2 : 0) + (t.figure.weak ? 0.2 : 0);
            const cost = rs.cost + rt.cost + c + weakness + Math.abs(s.position - t.position) * 0.05;
            const current = best.get(t);
            if (!current || cost < current.cost) best.set(t, { s, t, rs, rt, cost });
          }
        }
      }
      pairs.push(...best.values());
    }
    if (pairs.length === 0) return;
    pairs.sort((x, y) => x.cost - y.cost);
    let progress = false;
    for (const pair of pairs) {
      if (pair.s.matched || pair.t.matched) continue;
      pair.s.matched = true;
      pair.t.matched = true;
      progress = true;
      reportMatched(pair, findings, options, units);
    }
    if (!progress) return;
  }
}


function reportMatched(pair: Pair, findings: FigureFinding[], options: FigureCompareOptions, units: UnitsBySide): void {
  const { s, t, rs, rt } = pair;
  for (const [item, reading, other] of [[s, rs, t], [t, rt, s]] as const) {
    if (!reading.formatIssue) continue;
    // A plausible native reading that differs means the reader of this language sees another value.
    const native = item.readings.find((r) => r.cost === 0);
    if (native && native.value !== null && reading.value !== null && !sameValue(native.value, reading.value)) {
      findings.push(valueMisread(item, native, other, reading));
    } else {
      findings.push(formatFinding(item, reading, other, item.side === 'source' ? options.from : options.to));
    }
  }
  // A currency, percent or degree sign that one side drops changes what the number means.
  const dropped = rs.unit === null ? rt.unit : rt.unit === null ? rs.unit : null;
  if (dropped !== null && (SIGNIFICANT_UNITS.has(kindOfUnit(dropped)) || dropped.startsWith('deg'))) {
    const keeper = rs.unit === null ? t : s;
    const loser = rs.unit === null ? s : t;
    // `$1,000 … only $250` → `1.000 dollari … solo 250`: the unit is carried by a neighbour
    const carried = units[loser.side].has(dropped);
    if (!carried && !keeper.figure.weak && !loser.figure.weak && loser.figure.kind !== 'ordinal' && loser.figure.kind !== 'year') {
      findings.push({
        kind: 'figure-mismatch',
        severity: 'warning',
        aspect: 'unit',
        message: `Unit dropped: ${keeper.side} \`${keeper.figure.surface}\` (${normalized(keeper === s ? rs : rt)}) but ${loser.side} \`${loser.figure.surface}\` has no ${describeUnit(dropped ?? '')}.`,
        ...refs(s, t),
      });
    }
  }
  // Ambiguous dates resolved by the other side: say so.
  for (const [item, reading, other] of [[s, rs, t], [t, rt, s]] as const) {
    const ambiguous = item.figure.kind === 'date' && (item.figure.alternatives?.some((a) => a.kind === 'date') ?? false);
    if (ambiguous) {
      // Copied digit for digit, the date means one thing to one reader and another to the other.
      const copied = item.figure.surface.replace(/\D+/g, '/') === other.figure.surface.replace(/\D+/g, '/');
      const readings = [item.readings[0], ...item.readings.slice(1).filter((r) => r.kind === 'date')].filter((r): r is Reading => r !== undefined);
      const both = readings.map(describeReading).join(' or ');
      findings.push({
        kind: 'figure-mismatch',
        severity: copied ? 'warning' : 'info',
        aspect: 'date',
        message: copied
          ? `${cap(item.side)} date \`${item.figure.surface}\` is ambiguous (${both}) and was copied unchanged to the ${other.side}, where it reads as ${describeReading(reading)}; write the month out.`
          : `${cap(item.side)} date \`${item.figure.surface}\` is ambiguous (${both}); read as ${describeReading(reading)} to match ${other.side} \`${other.figure.surface}\`.`,
        ...refs(s, t),
        ambiguity: `${item.side} read as ${describeReading(reading)}`,
      });
    }
  }
  const conflict = qualifierConflict(s.figure.qualifier, t.figure.qualifier);
  if (conflict) {
    findings.push({
      kind: 'figure-mismatch',
      severity: 'warning',
      aspect: 'qualifier',
      message: `Qualifier changed: source \`${s.figure.surface}\` is ${describeQualifier(s.figure.qualifier)} but target \`${t.figure.surface}\` is ${describeQualifier(t.figure.qualifier)}.`,
      ...refs(s, t),
    });
  }
}

/** Units whose loss changes the meaning of the bare number (`$5` → `5`, `5%` → `5`). */
const SIGNIFICANT_UNITS = new Set<FigureKind>(['currency', 'percent', 'percentage-point']);

const UPWARD = new Set<FigureQualifier>(['gt', 'ge']);

const DOWNWARD = new Set<FigureQualifier>(['lt', 'le', 'nearly']);

function qualifierConflict(a: FigureQualifier | undefined, b: FigureQualifier | undefined): boolean {
  if (!a || !b) return false;
  return (UPWARD.has(a) && DOWNWARD.has(b)) || (DOWNWARD.has(a) && UPWARD.has(b));
}
