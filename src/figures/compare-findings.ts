/** Turning paired and unpaired figures into findings with readable messages. */
import type { Figure, FigureAspect, FigureFinding, FigureQualifier, FigureRef } from '../types.js';
import { kindOfUnit, type Item, type Reading, type Side } from './compare-items.js';
import { formatValue } from './numbers.js';
import { describeTimeKey } from './time-keys.js';
import { convert, isCurrency, unitSymbol } from './units.js';

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

export function normalized(r: Reading): string {
  if (r.kind === 'identifier') return r.key.replace(/^id:/, '');
  if (r.kind === 'date' && describeTimeKey(r.key) !== null) return describeTimeKey(r.key) ?? r.key;
  if (r.kind === 'date' && /^date:\?{4}-\d\d-\?\?$/.test(r.key)) return describeReading(r);
  if (r.kind === 'date') return r.key.replace(/^date:/, '').replace(/\?{4}-/, '').replace(/-\?\?$/, '');
  if (r.kind === 'time') return r.key.replace(/^time:/, '');
  const unit = r.unit === null ? '' : r.unit === '%' ? '%' : ` ${r.unit === 'year' && r.kind === 'range' ? '' : unitSymbol(r.unit)}`;
  if (r.kind === 'range' && r.low !== null && r.high !== null) return `${formatValue(r.low)}–${formatValue(r.high)}${unit}`.trim();
  if (r.value === null) return r.key;
  if (r.kind === 'ordinal') return `#${formatValue(r.value)}${r.unit === 'century' ? ' century' : ''}`;
  return `${formatValue(r.value)}${unit}`.trim();
}

export function describeReading(r: Reading): string {
  if (r.kind === 'date' && describeTimeKey(r.key) === null) {
    const [y, m, d] = r.key.replace(/^date:/, '').split('-');
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const month = months[Number(m) - 1] ?? m;
    return [d && !d.includes('?') ? String(Number(d)) : '', month, y && !y.includes('?') ? y : ''].filter(Boolean).join(' ');
  }
  return normalized(r);
}

export function describeUnit(unit: string): string {
  if (unit === '%') return 'percent sign';
  if (unit === 'pp') return 'percentage points';
  if (unit.startsWith('deg')) return 'degree sign';
  return isCurrency(unit) ? `currency (${unit})` : `unit (${unitSymbol(unit)})`;
}

export function describeQualifier(q: FigureQualifier | undefined): string {
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

export function refs(s: Item | null, t: Item | null): { source?: FigureRef; target?: FigureRef } {
  return { ...(s ? { source: toFigureRef(s.figure) } : {}), ...(t ? { target: toFigureRef(t.figure) } : {}) };
}

export function cap(side: Side): string {
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

export function mismatch(s: Item, t: Item, aspect: FigureAspect): FigureFinding {
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
  // Calendar words (`Thursday`, `yesterday`, `November` on its own) shift with time zones and
  // publication dates: a changed one is worth a look, not a failed build.
  const calendarWords = s.figure.kind === 'date' && t.figure.kind === 'date' && s.figure.weak === true && t.figure.weak === true;
  return {
    kind: 'figure-mismatch',
    severity: calendarWords ? 'warning' : 'error',
    aspect,
    message: `${ASPECT_WORDS[aspect]}: source \`${s.figure.surface}\` (${ns}) but target \`${t.figure.surface}\` (${nt})${where}${conversion}.`,
    ...refs(s, t),
  };
}

export function round3(n: number): number {
  return Number(n.toPrecision(3));
}

function endReading(item: Item, r: Reading): Reading {
  return item.end ? { ...r, kind: r.kind === 'range' ? kindOfUnit(r.unit) : r.kind } : r;
}

export function missing(item: Item): FigureFinding {
  const r = item.readings[0];
  return {
    kind: 'figure-missing',
    severity: 'warning',
    message: `Source figure \`${item.figure.surface}\` (${r ? normalized(r) : '?'}) has no counterpart in the target.`,
    ...refs(item, null),
  };
}

export function added(item: Item): FigureFinding {
  const r = item.readings[0];
  return {
    kind: 'figure-added',
    severity: 'warning',
    message: `Target figure \`${item.figure.surface}\` (${r ? normalized(r) : '?'}) has no counterpart in the source.`,
    ...refs(null, item),
  };
}

export function formatFinding(item: Item, reading: Reading, other: Item | null, lang: string): FigureFinding {
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

/**
 * Group and decimal separators of the languages whose format `formatGrouped` writes itself, as
 * ICU writes them with grouping on (test/figures/compare-findings.test.ts holds them to
 * Intl.NumberFormat): the first Intl.NumberFormat of a run costs ~9 ms of ICU start-up.
 */
const SEPARATORS: Readonly<Record<string, readonly [group: string, decimal: string]>> = {
  en: [',', '.'],
  it: ['.', ','],
  fr: ['\u202f', ','],
  de: ['.', ','],
  es: ['.', ','],
  pt: ['.', ','],
};

/**
 * `value` (not negative) with grouped thousands and `decimals` fraction digits, as
 * `Intl.NumberFormat(lang, { maximumFractionDigits: 10, minimumFractionDigits: decimals, useGrouping: true })`
 * writes it. Exact where the shortest decimal form of `value` has exactly `decimals` digits after
 * the point, at most 10, and no exponent; other values go to ICU.
 */
export function formatGrouped(value: number, decimals: number, lang: string): string {
  const separators = SEPARATORS[lang];
  const plain = String(value);
  const point = plain.indexOf('.');
  const fraction = point < 0 ? '' : plain.slice(point + 1);
  if (separators === undefined || !/^\d+(?:\.\d+)?$/.test(plain) || fraction.length !== decimals || decimals > 10) {
    return numberFormat(lang, decimals).format(value);
  }
  const whole = point < 0 ? plain : plain.slice(0, point);
  let grouped = whole.slice(0, ((whole.length - 1) % 3) + 1);
  for (let at = grouped.length; at < whole.length; at += 3) grouped += separators[0] + whole.slice(at, at + 3);
  return fraction === '' ? grouped : grouped + separators[1] + fraction;
}

/** Number formats by language and decimals: building one costs far more than using it. */
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, decimals: number): Intl.NumberFormat {
  const key = `${lang}\u0000${decimals}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    // Throws on an invalid tag: the caller falls back to no suggestion.
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 10, minimumFractionDigits: decimals, useGrouping: true });
    if (numberFormats.size >= 64) numberFormats.clear();
    numberFormats.set(key, format);
  }
  return format;
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
    const formatted = formatGrouped(Math.abs(value), decimals, lang);
    return `\`${formatted}\``;
  } catch {
    return null;
  }
}

export function valueMisread(item: Item, native: Reading, other: Item, used: Reading): FigureFinding {
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

export function dedupe(findings: FigureFinding[]): FigureFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.kind}|${f.aspect ?? ''}|${f.side ?? ''}|${f.source?.start ?? ''}|${f.target?.start ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Findings in document order: by source span, then target span (sides without a figure last). */
export function byPosition(a: FigureFinding, b: FigureFinding): number {
  const sa = a.source?.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.source?.start ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  return (a.target?.start ?? Number.MAX_SAFE_INTEGER) - (b.target?.start ?? Number.MAX_SAFE_INTEGER);
}
