/** Pass 2: the same quantity after a unit conversion (`30 yards` → `25 metri`); identifiers' digits. */
import type { FigureFinding, Severity } from '../types.js';
import { normalized, refs, round3 } from './compare-findings.js';
import { isRange, lowerBound, type Item, type Reading } from './compare-items.js';
import { formatValue } from './numbers.js';
import { convert, unitSymbol, UNITS } from './units.js';

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

const TEMPERATURE_GAP = 'degrees read as a temperature difference';

function conversionOf(a: Reading, b: Reading): Conversion | null {
  if (a.unit === null || b.unit === null || a.unit === b.unit && a.unit !== 'deg') return null;
  if (a.value === null || b.value === null) return null;
  const candidates: Array<[string, string, string | undefined]> = [];
  if (a.unit === 'deg' || b.unit === 'deg') {
    // Unspecified degrees may be a weather temperature: Fahrenheit up to 130, Celsius up to 55.
    const scales = (unit: string, value: number): string[] =>
      unit !== 'deg' ? [unit] : [...(value >= -60 && value <= 130 ? ['degF'] : []), ...(value >= -50 && value <= 55 ? ['degC'] : [])];
    for (const f of scales(a.unit, a.value)) {
      for (const t of scales(b.unit, b.value)) {
        if (f === t) continue;
        candidates.push([f, t, 'degrees read as temperatures']);
        // `a 20-degree difference` ↔ `11 graus`: a gap between temperatures converts without the offset
        if (a.unit === 'deg' && b.unit === 'deg') candidates.push([f, t, TEMPERATURE_GAP]);
      }
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
      const c = assumed === TEMPERATURE_GAP ? (sourceValues[k] ?? 0) * (UNITS[from]!.factor / UNITS[to]!.factor) : convert(sourceValues[k] ?? 0, from, to);
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

export function conversionPass(sItems: Item[], tItems: Item[], findings: FigureFinding[]): void {
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

const LETTERED_CODE = /^id:([A-Z]{1,3})(\d{1,2})$/;

/**
 * `SS19` ↔ `PE19`, `Q3` ↔ `T3`, `H1` ↔ `S1`: a short letter code before the same one or two digits is a
 * season, quarter or half whose abbreviation was translated, not a changed figure.
 */
function translatedCodePass(sItems: Item[], tItems: Item[]): void {
  const byDigits = new Map<string, Item[]>();
  for (const t of tItems) {
    const code = t.matched || t.figure.kind !== 'identifier' ? null : LETTERED_CODE.exec(t.figure.key);
    if (!code) continue;
    const list = byDigits.get(code[2]!);
    if (list) list.push(t);
    else byDigits.set(code[2]!, [t]);
  }
  for (const s of sItems) {
    const code = s.matched || s.figure.kind !== 'identifier' ? null : LETTERED_CODE.exec(s.figure.key);
    if (!code) continue;
    const partner = byDigits.get(code[2]!)?.find((t) => !t.matched && t.figure.key.length - code[0].length <= 1 && code[0].length - t.figure.key.length <= 1);
    if (partner) {
      s.matched = true;
      partner.matched = true;
    }
  }
}

/** An identifier whose digits equal a plain number on the other side (`Livi 11` → `11`): no drift. */
export function identifierDigitsPass(sItems: Item[], tItems: Item[]): void {
  translatedCodePass(sItems, tItems);
  const tryPair = (ids: Item[], others: Item[]): void => {
    const byValue = new Map<string, Item[]>();
    // Lists grow in place: copying them on every add was quadratic in figures of one value.
    const add = (key: string, item: Item): void => {
      const list = byValue.get(key);
      if (list) list.push(item);
      else byValue.set(key, [item]);
    };
    for (const o of others) {
      if (o.matched || o.figure.kind === 'identifier' || o.figure.value === null) continue;
      add(String(o.figure.value), o);
      if (o.figure.kind === 'year' || (o.figure.kind === 'number' && Number.isInteger(o.figure.value) && o.figure.value >= 1900 && o.figure.value <= 2099)) {
        add(`yy:${o.figure.value % 100}`, o);
      }
    }
    // Partners are taken in order and never released, so each list is read from a moving start.
    const firstFree = new Map<string, number>();
    const partnerFor = (key: string): Item | undefined => {
      const list = byValue.get(key);
      if (!list) return undefined;
      let k = firstFree.get(key) ?? 0;
      while (k < list.length && list[k]!.matched) k++;
      firstFree.set(key, k);
      return list[k];
    };
    for (const item of ids) {
      if (item.matched || item.figure.kind !== 'identifier') continue;
      const digits = item.figure.key.replace(/\D+/g, '');
      if (digits.length === 0) continue;
      // `SS19`, `FY19`: letters and a two-digit year
      // `Article 3.2` ↔ `art. 3.2`: a section number read as a decimal on the other side
      const dotted = /^id:(\d+\.\d+)$/.exec(item.figure.key);
      const keys = [digits.replace(/^0+(?=\d)/, ''), ...(/^id:[A-Z]+\d\d$/.test(item.figure.key) ? [`yy:${Number(digits)}`] : []), ...(dotted ? [String(Number(dotted[1]))] : [])];
      for (const key of keys) {
        const partner = partnerFor(key);
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
