/**
 * Comparing the figures of a source and a target by meaning. Figures are paired in passes of
 * decreasing certainty:
 *   1. same meaning under some reading (ambiguous forms pick the reading the other side supports;
 *      a reading that needs another locale's separators costs more and yields `number-format`);
 *   2. the same quantity after a unit conversion (`30 yards` → `25 metri`, reported as info);
 *   3. ranges that found no partner are split into their two ends and tried again;
 *   4. what is left is paired slot by slot to say *what* changed (value, scale, currency, unit,
 *      sign, date), and anything still unpaired is missing or added.
 */
import type {
  CompareFiguresResult, Figure, FigureAspect, FigureCompareOptions, FigureFinding, FigureKind, FigureQualifier,
  FigureRef, Severity,
} from '../types.js';
import { formatValue, sameValue } from './numbers.js';
import { convert, isCurrency, unitInfo, unitSymbol, UNITS } from './units.js';

type Side = 'source' | 'target';

interface Reading {
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

interface Item {
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
type UnitsBySide = Record<Side, ReadonlySet<string>>;

interface Pair {
  s: Item;
  t: Item;
  rs: Reading;
  rt: Reading;
  cost: number;
}

/** Compares already-extracted figures (spans are kept as given). */
export function compareFigureSets(source: readonly Figure[], target: readonly Figure[], options: FigureCompareOptions): FigureFinding[] {
  const findings: FigureFinding[] = [];
  let sItems = source.map((f, k) => toItem(f, 'source', k, source.length));
  let tItems = target.map((f, k) => toItem(f, 'target', k, target.length));
  linkEquivalents(sItems);
  linkEquivalents(tItems);

  exactPass(sItems, tItems, findings, options);
  conversionPass(sItems, tItems, findings);
  // Unpaired ranges: try their ends one by one.
  sItems = splitRanges(sItems);
  tItems = splitRanges(tItems);
  exactPass(sItems, tItems, findings, options);
  conversionPass(sItems, tItems, findings);
  identifierDigitsPass(sItems, tItems);
  propagateCover(sItems);
  propagateCover(tItems);
  mismatchPass(sItems, tItems, findings);
  // A spelled-out source number still counts when the target has no figure at all (`two votes` → `voti`);
  // translations add `i due`, `entrambi` freely, so the reverse is not reported.
  const reportable = (item: Item, otherSide: readonly Item[]): boolean =>
    !item.matched && !item.covered && (!item.figure.weak || (otherSide.length === 0 && isSpelledCardinal(item.figure)));
  for (const item of sItems) if (reportable(item, tItems)) findings.push(missing(item));
  for (const item of tItems) if (!item.matched && !item.covered && !item.figure.weak) findings.push(added(item));
  // Format problems that need no partner to be seen (`nel 2.019`, `12,5%` in English).
  for (const item of [...sItems, ...tItems]) {
    if (item.matched || item.end === 'high') continue;
    const primary = item.readings[0];
    if (primary?.formatIssue && !item.readings.some((r) => r.cost === 0)) {
      findings.push(formatFinding(item, primary, null, item.side === 'source' ? options.from : options.to));
    }
  }
  return dedupe(findings).sort(byPosition);
}

/** A spelled-out cardinal of two or more (`two`, `tre`), not an article-like `one`/`un` or an ordinal. */
function isSpelledCardinal(figure: Figure): boolean {
  return figure.kind !== 'ordinal' && figure.value !== null && Math.abs(figure.value) >= 2 && !/\d/.test(figure.surface) &&
    figure.surface[0] === figure.surface[0]?.toLowerCase();
}

/** Findings in document order: by source span, then target span (sides without a figure last). */
function byPosition(a: FigureFinding, b: FigureFinding): number {
  const sa = a.source?.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.source?.start ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  return (a.target?.start ?? Number.MAX_SAFE_INTEGER) - (b.target?.start ?? Number.MAX_SAFE_INTEGER);
}

/** Extracts and compares the figures of two texts. */
export function compareFiguresWith(
  extract: (text: string, lang: string) => Figure[],
  sourceText: string,
  targetText: string,
  options: FigureCompareOptions,
): CompareFiguresResult {
  const findings = compareFigureSets(extract(sourceText, options.from), extract(targetText, options.to), options);
  return { ok: !findings.some((f) => f.severity !== 'info'), findings };
}

// ---------------------------------------------------------------------------------------------

function toItem(figure: Figure, side: Side, index: number, count: number): Item {
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

function isRange(r: Reading): boolean {
  return r.kind === 'range';
}

function splitRanges(items: Item[]): Item[] {
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

function kindOfUnit(unit: string | null): FigureKind {
  if (unit === null) return 'number';
  if (unit === '%') return 'percent';
  if (unit === 'pp') return 'percentage-point';
  if (isCurrency(unit)) return 'currency';
  return 'quantity';
}

/** `5 miles (8 km)`, `$200 billion (£150 billion)`: the bracketed figure restates the one before. */
function linkEquivalents(items: Item[]): void {
  for (let k = 0; k + 1 < items.length; k += 1) {
    const a = items[k];
    const b = items[k + 1];
    if (!a || !b) continue;
    const gap = b.figure.start - a.figure.end;
    if (gap < 0 || gap > 3) continue;
    const ra = a.readings[0];
    const rb = b.readings[0];
    if (!ra || !rb || ra.unit === null || rb.unit === null || ra.unit === rb.unit) continue;
    const bothCurrency = isCurrency(ra.unit) && isCurrency(rb.unit);
    const sameDimension = unitInfo(ra.unit)?.dimension !== undefined && unitInfo(ra.unit)?.dimension === unitInfo(rb.unit)?.dimension;
    if (bothCurrency || sameDimension) {
      a.partnerOf = b;
      b.partnerOf = a;
    }
  }
}

function propagateCover(items: Item[]): void {
  for (const item of items) {
    if (!item.matched && item.partnerOf?.matched) item.covered = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 1: same meaning.

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
function datesAgree(a: string, b: string): boolean {
  if (a === b) return true;
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
  if (r.kind === 'date') return `d:${r.key.slice(10)}`;
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

function exactPass(sItems: Item[], tItems: Item[], findings: FigureFinding[], options: FigureCompareOptions): void {
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

function lowerBound(list: readonly Item[], position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.position ?? 0) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

function describeUnit(unit: string): string {
  if (unit === '%') return 'percent sign';
  if (unit === 'pp') return 'percentage points';
  if (unit.startsWith('deg')) return 'degree sign';
  return isCurrency(unit) ? `currency (${unit})` : `unit (${unitSymbol(unit)})`;
}

const UPWARD = new Set<FigureQualifier>(['gt', 'ge']);
const DOWNWARD = new Set<FigureQualifier>(['lt', 'le', 'nearly']);

function qualifierConflict(a: FigureQualifier | undefined, b: FigureQualifier | undefined): boolean {
  if (!a || !b) return false;
  return (UPWARD.has(a) && DOWNWARD.has(b)) || (DOWNWARD.has(a) && UPWARD.has(b));
}

function describeQualifier(q: FigureQualifier | undefined): string {
  switch (q) {
    case 'gt': return 'a lower bound ("more than")';
    case 'ge': return 'a lower bound ("at least")';
    case 'lt': return 'an upper bound ("less than")';
    case 'le': return 'an upper bound ("up to")';
    case 'nearly': return 'just below ("nearly")';
    case 'approx': return 'approximate';
    default: return 'exact';
  }
}

// ---------------------------------------------------------------------------------------------
// Pass 2: conversions.

/** A conversion within this relative error is a rounded one. */
const CONVERSION_TOLERANCE = 0.12;
/** Candidates on each side of a figure's position considered for a conversion. */
const CONVERSION_WINDOW = 16;
/** Beyond this relative error no rounding excuses a conversion. */
const MAX_LOOSE_ERROR = 0.35;

/**
 * The precision a written value implies: `25` → 5, `30` → 10, `2` → 1, `2.5` → 0.1. A converted value
 * off by less than one such step is a loose but legitimate conversion (`30 yards` → `25 metri`).
 */
export function roundingStep(value: number): number {
  const v = Math.abs(value);
  if (v === 0) return 1;
  if (!Number.isInteger(v)) {
    const decimals = (formatValue(v).split('.')[1] ?? '').length;
    return 10 ** -decimals;
  }
  let step = 1;
  let n = v;
  while (n % 10 === 0 && n > 0) {
    n /= 10;
    step *= 10;
  }
  return n % 10 === 5 && v >= 10 ? step * 5 : step;
}

interface Conversion {
  /** Worst relative error over the compared values (both ends of a range). */
  ratio: number;
  /** Every value is within the target's rounding step. */
  withinRounding: boolean;
  converted: number;
  assumed?: string;
  review: boolean;
}

function conversionOf(a: Reading, b: Reading): Conversion | null {
  if (a.unit === null || b.unit === null || a.unit === b.unit && a.unit !== 'deg') return null;
  if (a.value === null || b.value === null) return null;
  const candidates: Array<[string, string, string | undefined]> = [];
  if (a.unit === 'deg' || b.unit === 'deg') {
    // Unspecified degrees may be a weather temperature: Fahrenheit up to 130, Celsius up to 55.
    const scales = (unit: string, value: number): string[] =>
      unit !== 'deg' ? [unit] : [...(value >= -60 && value <= 130 ? ['degF'] : []), ...(value >= -50 && value <= 55 ? ['degC'] : [])];
    for (const f of scales(a.unit, a.value)) {
      for (const t of scales(b.unit, b.value)) if (f !== t) candidates.push([f, t, 'degrees read as temperatures']);
    }
  } else {
    candidates.push([a.unit, b.unit, undefined]);
  }
  let best: Conversion | null = null;
  for (const [from, to, assumed] of candidates) {
    if (!UNITS[from] || !UNITS[to]) continue;
    const sourceValues = isRange(a) ? [a.low ?? 0, a.high ?? 0] : [a.value];
    const targetValues = isRange(b) ? [b.low ?? 0, b.high ?? 0] : [b.value];
    let worst = 0;
    let withinRounding = true;
    let converted = 0;
    for (let k = 0; k < sourceValues.length; k += 1) {
      const c = convert(sourceValues[k] ?? 0, from, to);
      if (c === null) return null;
      const target = targetValues[k] ?? 0;
      const denom = Math.max(Math.abs(c), Math.abs(target), 1e-12);
      worst = Math.max(worst, Math.abs(c - target) / denom);
      if (Math.abs(c - target) > roundingStep(target) + 1e-9) withinRounding = false;
      if (k === 0) converted = c;
    }
    const review = Boolean(UNITS[from]?.reviewConversions) && !assumed;
    if (!best || worst < best.ratio) best = { ratio: worst, withinRounding, converted, ...(assumed ? { assumed } : {}), review };
  }
  return best;
}

function conversionPass(sItems: Item[], tItems: Item[], findings: FigureFinding[]): void {
  const pairs: Array<Conversion & { s: Item; t: Item; rs: Reading; rt: Reading }> = [];
  const convertible = (item: Item): boolean => !item.matched && item.readings.some((r) => r.unit !== null && UNITS[r.unit] !== undefined);
  const sources = sItems.filter(convertible);
  const targets = tItems.filter(convertible);
  for (const s of sources) {
    // Conversions sit near each other in a translation; looking at the nearest candidates keeps long texts fast.
    const at = lowerBound(targets, s.position);
    for (let k = Math.max(0, at - CONVERSION_WINDOW); k < Math.min(targets.length, at + CONVERSION_WINDOW); k += 1) {
      const t = targets[k];
      if (!t) continue;
      for (const rs of s.readings) {
        for (const rt of t.readings) {
          if (isRange(rs) !== isRange(rt)) continue;
          const conv = conversionOf(rs, rt);
          if (conv && (conv.ratio <= CONVERSION_TOLERANCE || (conv.withinRounding && conv.ratio <= MAX_LOOSE_ERROR))) pairs.push({ s, t, ...conv, rs, rt });
        }
      }
    }
  }
  pairs.sort((a, b) => a.ratio - b.ratio || Math.abs(a.s.position - a.t.position) - Math.abs(b.s.position - b.t.position));
  for (const p of pairs) {
    if (p.s.matched || p.t.matched) continue;
    p.s.matched = true;
    p.t.matched = true;
    const from = unitSymbol(p.rs.unit ?? '');
    const to = unitSymbol(p.rt.unit ?? '');
    const percent = Math.round(p.ratio * 100);
    const conversion = `${formatValue(p.rs.value ?? 0)} ${from} ≈ ${formatValue(round3(p.converted))} ${to}`;
    const severity: Severity = p.review ? 'warning' : 'info';
    findings.push({
      kind: 'figure-mismatch',
      severity,
      aspect: 'unit',
      message: `Converted: source \`${p.s.figure.surface}\` (${normalized(p.rs)}) became \`${p.t.figure.surface}\` (${normalized(p.rt)}); ${conversion}${percent > 0 ? `, ${p.ratio > CONVERSION_TOLERANCE ? 'a loose conversion, within the rounding of the target' : 'rounded'} (${percent}% off)` : ''}${p.assumed ? `, with ${p.assumed}` : ''}${p.review ? '; check the conversion' : ''}.`,
      ...refs(p.s, p.t),
      conversion,
    });
  }
}

function round3(n: number): number {
  return Number(n.toPrecision(3));
}

/** An identifier whose digits equal a plain number on the other side (`Livi 11` → `11`): no drift. */
function identifierDigitsPass(sItems: Item[], tItems: Item[]): void {
  const tryPair = (ids: Item[], others: Item[]): void => {
    const byValue = new Map<string, Item[]>();
    for (const o of others) {
      if (o.matched || o.figure.kind === 'identifier' || o.figure.value === null) continue;
      const key = String(o.figure.value);
      byValue.set(key, [...(byValue.get(key) ?? []), o]);
      if (o.figure.kind === 'year' || (o.figure.kind === 'number' && Number.isInteger(o.figure.value) && o.figure.value >= 1900 && o.figure.value <= 2099)) {
        const short = `yy:${o.figure.value % 100}`;
        byValue.set(short, [...(byValue.get(short) ?? []), o]);
      }
    }
    for (const item of ids) {
      if (item.matched || item.figure.kind !== 'identifier') continue;
      const digits = item.figure.key.replace(/\D+/g, '');
      if (digits.length === 0) continue;
      // `SS19`, `FY19`: letters and a two-digit year
      const keys = [digits.replace(/^0+(?=\d)/, ''), ...(/^id:[A-Z]+\d\d$/.test(item.figure.key) ? [`yy:${Number(digits)}`] : [])];
      for (const key of keys) {
        const partner = byValue.get(key)?.find((o) => !o.matched);
        if (partner) {
          item.matched = true;
          partner.matched = true;
          break;
        }
      }
    }
  };
  tryPair(sItems, tItems);
  tryPair(tItems, sItems);
}

// ---------------------------------------------------------------------------------------------
// Pass 4: what changed.

type Family = string;

function familyOf(item: Item): Family {
  const r = item.readings[0];
  if (!r) return 'none';
  if (r.kind === 'identifier') return 'identifier';
  if (r.kind === 'date' || r.kind === 'time') return r.kind;
  if (r.unit === null) return item.figure.kind === 'ordinal' ? 'ordinal' : 'number';
  if (isCurrency(r.unit)) return 'currency';
  if (r.unit === '%' || r.unit === 'pp') return 'percent';
  return `dim:${unitInfo(r.unit)?.dimension ?? r.unit}`;
}

function mismatchPass(sItems: Item[], tItems: Item[], findings: FigureFinding[]): void {
  const left = (items: Item[]): Item[] => items.filter((i) => !i.matched && !i.covered);
  const sLeft = left(sItems);
  const tLeft = left(tItems);
  // Pair within a family when both sides have the same number of unpaired figures of it.
  const families = new Set([...sLeft.map(familyOf), ...tLeft.map(familyOf)]);
  // Weak figures (`two`, `terzo`) are paired only when each side has nothing else: in longer
  // sentences they are too often rephrased (`the opener` → `il primo gol`).
  const single = sItems.length === 1 && tItems.length === 1;
  for (const family of families) {
    const pa = sLeft.filter((i) => familyOf(i) === family && (single || !i.figure.weak));
    const pb = tLeft.filter((i) => familyOf(i) === family && (single || !i.figure.weak));
    if (pa.length !== pb.length) continue;
    // One strong and one weak figure: pair them only if the weak one is a real number word (`tre`, `terzo`), not `un`.
    const weakOne = pa[0]?.figure.weak ? pa[0] : pb[0]?.figure.weak ? pb[0] : undefined;
    if (single && Boolean(pa[0]?.figure.weak) !== Boolean(pb[0]?.figure.weak) && weakOne &&
      weakOne.figure.kind !== 'ordinal' && !isSpelledCardinal(weakOne.figure)) continue;
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
  // Same value, different unit families (`325 kilometers` → `325 miglia` across dimensions, `$5` → `5%`).
  for (const s of sLeft) {
    if (s.matched) continue;
    for (const t of tLeft) {
      if (t.matched) continue;
      const rs = s.readings[0];
      const rt = t.readings[0];
      if (!rs || !rt || rs.value === null || rt.value === null || !sameValue(rs.value, rt.value)) continue;
      if (rs.unit === rt.unit || rs.unit === null || rt.unit === null) continue;
      s.matched = true;
      t.matched = true;
      findings.push(mismatch(s, t, isCurrency(rs.unit) && isCurrency(rt.unit) ? 'currency' : 'unit'));
      break;
    }
  }
  // One figure left on each side and nothing else: it was changed (`180° turn` → `360 turn`).
  const restS = sLeft.filter((i) => !i.matched && !i.figure.weak);
  const restT = tLeft.filter((i) => !i.matched && !i.figure.weak);
  const onlyS = restS[0];
  const onlyT = restT[0];
  if (restS.length === 1 && restT.length === 1 && onlyS && onlyT && familyOf(onlyS) !== 'identifier' && familyOf(onlyT) !== 'identifier' &&
    !['date', 'time'].includes(familyOf(onlyS)) === !['date', 'time'].includes(familyOf(onlyT))) {
    onlyS.matched = true;
    onlyT.matched = true;
    findings.push(mismatch(onlyS, onlyT, aspectOf(onlyS, onlyT)));
  }
  // Unpaired high ends follow their low ends.
  followLowEnds(sItems);
  followLowEnds(tItems);
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

// ---------------------------------------------------------------------------------------------
// Findings.

export function toFigureRef(figure: Figure): FigureRef {
  return {
    surface: figure.surface,
    start: figure.start,
    end: figure.end,
    kind: figure.kind,
    value: figure.value,
    unit: figure.unit,
    normalized: normalizedFigure(figure),
  };
}

function normalizedFigure(figure: Figure): string {
  return normalized({
    value: figure.value, unit: figure.unit, kind: figure.kind, key: figure.key,
    low: figure.range?.low ?? figure.value, high: figure.range?.high ?? figure.value, cost: 0, primary: true,
  });
}

function normalized(r: Reading): string {
  if (r.kind === 'identifier') return r.key.replace(/^id:/, '');
  if (r.kind === 'date') return r.key.replace(/^date:/, '').replace(/\?{4}-/, '').replace(/-\?\?$/, '');
  if (r.kind === 'time') return r.key.replace(/^time:/, '');
  const unit = r.unit === null ? '' : r.unit === '%' ? '%' : ` ${r.unit === 'year' && r.kind === 'range' ? '' : unitSymbol(r.unit)}`;
  if (r.kind === 'range' && r.low !== null && r.high !== null) return `${formatValue(r.low)}–${formatValue(r.high)}${unit}`.trim();
  if (r.value === null) return r.key;
  if (r.kind === 'ordinal') return `#${formatValue(r.value)}${r.unit === 'century' ? ' century' : ''}`;
  return `${formatValue(r.value)}${unit}`.trim();
}

function describeReading(r: Reading): string {
  if (r.kind === 'date') {
    const [y, m, d] = r.key.replace(/^date:/, '').split('-');
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const month = months[Number(m) - 1] ?? m;
    return [d && !d.includes('?') ? String(Number(d)) : '', month, y && !y.includes('?') ? y : ''].filter(Boolean).join(' ');
  }
  return normalized(r);
}

function refs(s: Item | null, t: Item | null): { source?: FigureRef; target?: FigureRef } {
  return { ...(s ? { source: toFigureRef(s.figure) } : {}), ...(t ? { target: toFigureRef(t.figure) } : {}) };
}

function cap(side: Side): string {
  return side === 'source' ? 'Source' : 'Target';
}

const ASPECT_WORDS: Record<FigureAspect, string> = {
  value: 'Value changed',
  scale: 'Scale changed',
  currency: 'Currency changed',
  unit: 'Unit changed',
  sign: 'Sign changed',
  date: 'Date changed',
  qualifier: 'Qualifier changed',
};

function mismatch(s: Item, t: Item, aspect: FigureAspect): FigureFinding {
  const rs = s.readings[0];
  const rt = t.readings[0];
  const ns = rs ? normalized(endReading(s, rs)) : '';
  const nt = rt ? normalized(endReading(t, rt)) : '';
  const where = s.end ? ` (${s.end === 'low' ? 'lower' : 'upper'} end of the range)` : '';
  const converted = rs && rt && rs.value !== null && rs.unit !== null && rt.unit !== null && rs.unit !== rt.unit
    ? convert(rs.value, rs.unit, rt.unit) : null;
  const conversion = converted !== null && rs && rt
    ? `; ${formatValue(rs.value ?? 0)} ${unitSymbol(rs.unit ?? '')} ≈ ${formatValue(round3(converted))} ${unitSymbol(rt.unit ?? '')}`
    : '';
  return {
    kind: 'figure-mismatch',
    severity: 'error',
    aspect,
    message: `${ASPECT_WORDS[aspect]}: source \`${s.figure.surface}\` (${ns}) but target \`${t.figure.surface}\` (${nt})${where}${conversion}.`,
    ...refs(s, t),
  };
}

function endReading(item: Item, r: Reading): Reading {
  return item.end ? { ...r, kind: r.kind === 'range' ? kindOfUnit(r.unit) : r.kind } : r;
}

function missing(item: Item): FigureFinding {
  const r = item.readings[0];
  return {
    kind: 'figure-missing',
    severity: 'warning',
    message: `Source figure \`${item.figure.surface}\` (${r ? normalized(r) : '?'}) has no counterpart in the target.`,
    ...refs(item, null),
  };
}

function added(item: Item): FigureFinding {
  const r = item.readings[0];
  return {
    kind: 'figure-added',
    severity: 'warning',
    message: `Target figure \`${item.figure.surface}\` (${r ? normalized(r) : '?'}) has no counterpart in the source.`,
    ...refs(null, item),
  };
}

function formatFinding(item: Item, reading: Reading, other: Item | null, lang: string): FigureFinding {
  const issue = reading.formatIssue ?? 'the number is not written the way this language writes numbers';
  const match = other ? ` It matches ${other.side} \`${other.figure.surface}\` only when read as ${normalized(reading)}.` : '';
  const advice = suggestion(item, reading, lang);
  return {
    kind: 'number-format',
    severity: 'warning',
    side: item.side,
    message: `${cap(item.side)} number \`${item.figure.surface}\` is badly formatted: ${issue}.${match}${advice ? ` Write the number as ${advice}.` : ''}`,
    ...(item.side === 'source' ? refs(item, other) : refs(other, item)),
  };
}

/** The number as the text's language writes it (`10,000` in English, `10.000` in Italian). */
function suggestion(item: Item, reading: Reading, lang: string): string | null {
  const value = item.figure.mantissa ?? reading.value;
  if (value === null || reading.kind === 'range' || reading.kind === 'date' || reading.kind === 'time') return null;
  const digits = item.figure.surface.match(/\d[\d\s.,'’\u00a0\u202f]*\d|\d/)?.[0];
  if (!digits) return null;
  if (reading.kind === 'year') return `\`${String(value)}\``;
  try {
    const decimals = (String(value).split('.')[1] ?? '').length;
    const formatted = new Intl.NumberFormat(lang, { maximumFractionDigits: 10, minimumFractionDigits: decimals, useGrouping: true }).format(Math.abs(value));
    return `\`${formatted}\``;
  } catch {
    return null;
  }
}

function valueMisread(item: Item, native: Reading, other: Item, used: Reading): FigureFinding {
  const s = item.side === 'source' ? item : other;
  const t = item.side === 'source' ? other : item;
  return {
    kind: 'figure-mismatch',
    severity: 'error',
    aspect: 'value',
    message: `Value changed: ${item.side} \`${item.figure.surface}\` reads as ${normalized(native)} in its language, but ${other.side} \`${other.figure.surface}\` means ${normalized(used)} (the separators were not localised).`,
    ...refs(s, t),
  };
}

function dedupe(findings: FigureFinding[]): FigureFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}|${f.aspect ?? ''}|${f.side ?? ''}|${f.source?.start ?? ''}|${f.target?.start ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
