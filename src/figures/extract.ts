/**
 * Figure extraction: a left-to-right pass over tokens that assembles each figure from its parts
 * (sign, currency, number, scale, percent, unit, qualifier, range) with exact character spans.
 * Every matcher looks at a bounded window of tokens, so the whole pass is linear.
 */
import type { Figure, FigureKind, FigureReading, LanguageCode } from '../types.js';
import { formatValue, parseDigits, sameValue, type NumberParse, type NumberReading } from './numbers.js';
import { figureProfile, type FigureProfile } from './profile.js';
import { tokenize, type Token } from './scan.js';
import {
  CJK_SCALES, CURRENCY_ALIASES, CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_CURRENCY_PREFIXES, UNIT_SYMBOLS,
  isCurrency,
} from './units.js';
import { readWrittenNumber } from './written.js';

interface Ctx {
  text: string;
  tokens: Token[];
  p: FigureProfile;
  /** Readings of number tokens, computed once per token. */
  parses: Map<number, NumberParse>;
}

function parseAt(ctx: Ctx, i: number): NumberParse {
  let parse = ctx.parses.get(i);
  if (!parse) {
    const t = ctx.tokens[i];
    parse = parseDigits(t?.groups ?? [], t?.seps ?? [], ctx.p);
    ctx.parses.set(i, parse);
  }
  return parse;
}

/** A figure under construction, spanning tokens [startTok, endTok). */
interface Built {
  figure: Figure;
  startTok: number;
  endTok: number;
}

/** Longest hyphenated digit chain looked at (phone numbers, scores); keeps the scan linear. */
const MAX_CHAIN = 8;
/** Compound imperial measures: `6 feet 2 inches`, `5 lb 3 oz`, `11 st 4 lb`. */
const SMALLER_UNIT: Readonly<Record<string, { unit: string; per: number }>> = {
  ft: { unit: 'in', per: 12 }, lb: { unit: 'oz', per: 16 }, st: { unit: 'lb', per: 14 }, yd: { unit: 'ft', per: 3 },
};
const COMMON_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);
const GLUE_ONLY_SYMBOLS = new Set(['in', 'min', 'sec', 'h', 's', 't', 'l', 'g', 'kn', 'st', 'oz', 'L', 'ha']);
/** Capital letters a Roman numeral may start with (`I`, `V`, `X`, `L`, `C`, `M`). */
const ROMAN_LETTERS = new Set([73, 86, 88, 76, 67, 77]);
const LATIN_WORD = /^[A-Za-z\u00c0-\u024f]/;
const ROMAN = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Extracts every figure in `text`, in document order, with spans into `text`. */
export function extractFigures(text: string, lang: LanguageCode): Figure[] {
  const ctx: Ctx = { text, tokens: tokenize(text), p: figureProfile(lang), parses: new Map() };
  const built: Built[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    const found = matchAt(ctx, i);
    if (found) {
      built.push(found);
      i = Math.max(found.endTok, i + 1);
    } else {
      i += 1;
    }
  }
  const withRanges = joinRanges(ctx, built);
  for (const item of withRanges) attachQualifier(ctx, item);
  return withRanges.map((b) => b.figure);
}

function tok(ctx: Ctx, i: number): Token | undefined {
  return ctx.tokens[i];
}

function isWord(t: Token | undefined, lower?: string): t is Token {
  return t !== undefined && t.type === 'word' && (lower === undefined || t.lower === lower);
}

function isPunct(t: Token | undefined, lower?: string): t is Token {
  return t !== undefined && t.type === 'punct' && (lower === undefined || t.lower === lower);
}

function isNum(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'num';
}

function glued(t: Token | undefined): boolean {
  return t !== undefined && !t.space;
}

function plainInt(t: Token | undefined): number | null {
  if (!isNum(t) || t.enclosed || (t.seps?.length ?? 0) > 0) return null;
  return Number(t.groups?.[0] ?? 'x');
}

function surface(ctx: Ctx, startTok: number, endTok: number): { surface: string; start: number; end: number } {
  const start = ctx.tokens[startTok]?.start ?? 0;
  const end = ctx.tokens[endTok - 1]?.end ?? start;
  return { surface: ctx.text.slice(start, end), start, end };
}

function kindOfUnit(unit: string | null, fallback: FigureKind): FigureKind {
  if (unit === null) return fallback;
  if (unit === '%') return 'percent';
  if (unit === 'pp') return 'percentage-point';
  if (isCurrency(unit)) return 'currency';
  return 'quantity';
}

export function figureKey(kind: FigureKind, value: number | null, unit: string | null): string {
  const v = value === null ? '' : formatValue(value);
  switch (kind) {
    case 'year':
      return `year:${v}`;
    case 'ordinal':
      return `ord:${v}`;
    case 'number':
      return `num:${v}`;
    default:
      return `${unit ?? kind}:${v}`;
  }
}

function matchAt(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'num') {
    return matchDate(ctx, i) ?? matchIdentifier(ctx, i) ?? matchTime(ctx, i) ?? matchDecade(ctx, i) ?? matchAmount(ctx, i);
  }
  if (t.type === 'word') {
    if (!mayStartFigure(ctx, i, t)) return null;
    return (
      matchMonthFirstDate(ctx, i) ??
      matchDecadeWords(ctx, i) ??
      matchTime(ctx, i) ??
      matchRomanCentury(ctx, i) ??
      matchCurrencyCodeFirst(ctx, i) ??
      matchGluedAlnum(ctx, i) ??
      matchOrdinalWord(ctx, i) ??
      matchTimeWord(ctx, i) ??
      matchCompoundOrdinal(ctx, i) ??
      matchAge(ctx, i) ??
      matchWritten(ctx, i)
    );
  }
  // Punctuation opens a figure only as a currency symbol or a sign.
  if (CURRENCY_SYMBOLS[t.text] === undefined && CURRENCY_SYMBOLS[t.lower] === undefined && t.lower !== '-' && t.lower !== '+') return null;
  return matchAmount(ctx, i);
}

/** A cheap test that rules out most words before the matchers run (most words are no figure). */
function mayStartFigure(ctx: Ctx, i: number, t: Token): boolean {
  const next = tok(ctx, i + 1);
  // `VT500`, `US$3`, `Covid-19`
  if (next && !next.space && (next.type === 'num' || next.lower === '-' || CURRENCY_SYMBOLS[t.text + next.text] !== undefined)) return true;
  const p = ctx.p;
  const w = t.lower;
  if (p.numberWords.has(w) || p.ordinalWords.has(w) || p.months.has(w) || p.decadeWords.has(w) || p.articles.has(w)) return true;
  if (p.data.fractionWords[w] !== undefined || CURRENCY_CODES.has(t.text) || p.startWords.has(w)) return true;
  if (ROMAN_LETTERS.has(t.text.charCodeAt(0)) && /^[IVXLCM]+$/.test(t.text)) return true;
  if (CJK_DIGITS[t.text] !== undefined || CJK_SCALES[t.text] !== undefined) return true;
  if (p.data.ageSuffix && w.endsWith(p.data.ageSuffix)) return true;
  if (p.timeWords.has(w)) return true;
  for (const suffix of p.ordinalWordSuffixes) if (w.endsWith(suffix)) return true;
  return p.data.compoundNumbers === true && p.morphemePrefixes.has(w.slice(0, 3)) && w.length <= 60;
}

// ---------------------------------------------------------------------------------------------
// Identifiers: IDs, versions, IP addresses, phone numbers, alphanumeric names.

function identifierFigure(ctx: Ctx, startTok: number, endTok: number, weak = false): Built {
  const s = surface(ctx, startTok, endTok);
  let key = '';
  for (let k = startTok; k < endTok; k += 1) {
    const t = ctx.tokens[k];
    if (!t) continue;
    if (t.type === 'num') key += t.lower;
    else if (t.type === 'word') key += t.text.toUpperCase();
    else if (t.lower !== '-' && t.lower !== '–') key += t.lower;
  }
  return {
    figure: { ...s, kind: 'identifier', value: null, unit: null, key: `id:${key}`, ...(weak ? { weak: true } : {}) },
    startTok,
    endTok,
  };
}

function matchIdentifier(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isNum(t)) return null;
  // Phone numbers and other long digit chains: `+39 06 1234 5678`, `555-123-4567`, `5-0-0`.
  let j = i;
  let parts = 1;
  while (parts < MAX_CHAIN && isPunct(tok(ctx, j + 1), '-') && glued(tok(ctx, j + 1)) && isNum(tok(ctx, j + 2)) && glued(tok(ctx, j + 2)) &&
    (tok(ctx, j + 2)?.seps?.length ?? 0) === 0 && (t.seps?.length ?? 0) === 0) {
    j += 2;
    parts += 1;
  }
  if (parts >= 3) {
    const first = t.groups?.[0] ?? '';
    const second = tok(ctx, i + 2)?.groups?.[0] ?? '';
    const third = tok(ctx, i + 4)?.groups?.[0] ?? '';
    if (parts === 3 && first.length === 4 && second.length <= 2 && third.length <= 2) return null; // ISO date
    let allShort = true;
    for (let k = i; k <= j; k += 2) if ((tok(ctx, k)?.groups?.[0]?.length ?? 0) > 2) allShort = false;
    if (allShort) return null; // a score or a record (`13-21-3`): its numbers count one by one
    return identifierFigure(ctx, i, j + 1);
  }
  const prev = tok(ctx, i - 1);
  // `(555) 123-4567`: a North American phone number
  const close = tok(ctx, i + 1);
  const exchange = tok(ctx, i + 2);
  const line = tok(ctx, i + 4);
  if (isPunct(prev, '(') && isPunct(close, ')') && (t.groups?.[0]?.length ?? 0) === 3 && (exchange?.groups?.[0]?.length ?? 0) === 3 &&
    isPunct(tok(ctx, i + 3), '-') && (line?.groups?.[0]?.length ?? 0) === 4 && (line?.seps?.length ?? 0) === 0) {
    return identifierFigure(ctx, i - 1, i + 5);
  }
  // `+39 06 …`: a plus followed by digit groups with spaces
  if (isPunct(prev, '+') && glued(t) && (t.groups?.[0]?.length ?? 0) <= 3) {
    let k = i;
    let digits = (t.groups ?? []).join('').length;
    while (isNum(tok(ctx, k + 1)) && (tok(ctx, k + 1)?.seps?.length ?? 0) === 0 && !isPunct(tok(ctx, k + 1))) {
      k += 1;
      digits += (tok(ctx, k)?.groups ?? []).join('').length;
    }
    if (digits >= 8 && k > i) return identifierFigure(ctx, i - 1, k + 1);
  }
  // Leading zero: `007`, `06 1234` are codes, not quantities.
  const g0 = t.groups?.[0] ?? '';
  if (g0.length >= 2 && g0.startsWith('0') && (t.seps?.length ?? 0) === 0 && !isPunct(tok(ctx, i + 1), ':')) {
    // `0800 555 111`: the groups after a leading zero belong to the same number
    let k = i;
    while (k - i < MAX_CHAIN && isNum(tok(ctx, k + 1)) && tok(ctx, k + 1)?.space && /^\d+( \d+)*$/.test(tok(ctx, k + 1)?.lower ?? '') &&
      ctx.text.slice(tok(ctx, k)?.end ?? 0, tok(ctx, k + 1)?.start ?? 0) === ' ') k += 1;
    return identifierFigure(ctx, i, k + 1);
  }
  // Word glued before digits: `VT500`, `G7`, `Covid-19`, `SS19`.
  if (glued(t) && isWord(prev) && LATIN_WORD.test(prev.text) && !GLUED_CURRENCY_PREFIXES[prev.text]) {
    return null; // handled from the word (matchGluedAlnum)
  }
  const parse = parseAt(ctx, i);
  if (parse.kind === 'identifier') {
    return identifierFigure(ctx, i, i + 1);
  }
  // `version 2.0`, `capitolo 3.2`, `n. 5`: a reference, written the same in every language
  if ((t.seps?.length ?? 0) > 0 && t.seps?.every((sep) => sep === '.') && identifierContextBefore(ctx, i) && !isAmountFollower(ctx, i + 1)) {
    return identifierFigure(ctx, i, i + 1);
  }
  return null;
}

function identifierContextBefore(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  if (isPunct(tok(ctx, k), '.') || isPunct(tok(ctx, k), ':')) k -= 1;
  const word = tok(ctx, k);
  return isWord(word) && ctx.p.identifierWords.has(word.lower);
}

/** A Latin word glued to digits (`VT500`, `G7`, `SS19`, `Covid-19`, `iPhone15`). */
function matchGluedAlnum(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t) || !LATIN_WORD.test(t.text) || GLUED_CURRENCY_PREFIXES[t.text]) return null;
  let j = i + 1;
  let next = tok(ctx, j);
  // `Covid-19`, `F-35`, `SARS-CoV-2`: a capitalised word, a hyphen, digits.
  if (isPunct(next, '-') && glued(next) && isNum(tok(ctx, j + 1)) && glued(tok(ctx, j + 1)) && /[A-Z]/.test(t.text)) {
    j += 1;
    next = tok(ctx, j);
  } else if (!(isNum(next) && glued(next))) {
    return null;
  }
  j += 1;
  // absorb further glued letters/digits (`A320neo`, `MP3`)
  while (j < ctx.tokens.length) {
    const k = tok(ctx, j);
    if (!k || !glued(k) || (k.type !== 'word' && k.type !== 'num')) break;
    j += 1;
  }
  return identifierFigure(ctx, i, j);
}

// ---------------------------------------------------------------------------------------------
// Dates and times.

function dateFigure(ctx: Ctx, startTok: number, endTok: number, y: number | null, m: number | null, d: number | null,
  alternatives?: FigureReading[]): Built {
  const s = surface(ctx, startTok, endTok);
  const value = (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
  const key = dateKey(y, m, d);
  return {
    figure: { ...s, kind: 'date', value, unit: null, key, ...(alternatives && alternatives.length > 0 ? { alternatives } : {}) },
    startTok,
    endTok,
  };
}

export function dateKey(y: number | null, m: number | null, d: number | null): string {
  const pad = (n: number | null, w: number): string => (n === null ? '?'.repeat(w) : String(n).padStart(w, '0'));
  return `date:${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function expandYear(n: number, digits: number): number {
  if (digits >= 3) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

/**
 * A month name at `tokens[i]`. English and German months are capitalised; elsewhere abbreviations
 * that are also common words (it `mar`, `set`, `ago`) count only right after a day number.
 */
function monthAt(ctx: Ctx, i: number, afterDay = false): { month: number; end: number } | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  const month = ctx.p.months.get(t.lower);
  if (month === undefined) return null;
  if ((t.lower.length <= 4 && !afterDay) || ctx.p.code === 'en' || ctx.p.code === 'de') {
    if (t.text[0] !== t.text[0]?.toUpperCase()) return null;
  }
  let end = i + 1;
  if (t.lower.length <= 4 && isPunct(tok(ctx, end), '.') && glued(tok(ctx, end))) end += 1;
  return { month, end };
}

function yearAt(ctx: Ctx, i: number): number | null {
  const t = tok(ctx, i);
  const n = plainInt(t);
  if (n === null || (t?.groups?.[0]?.length ?? 0) !== 4) return null;
  return n;
}

/** `21 November 2026`, `1° aprile`, `1st April`, `11/12/2026`, `2026-11-21`, `2019/20`. */
function matchDate(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  // `21.11.2026`, `1.4.21`: one token with two dots
  if (t && t.type === 'num' && t.seps?.length === 2 && t.seps[0] === '.' && t.seps[1] === '.') {
    const [a, b, c] = t.groups ?? [];
    if (a && b && c && a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
      return numericDate(ctx, i, i + 1, Number(a), Number(b), expandYear(Number(c), c.length));
    }
  }
  const n = plainInt(t);
  if (n === null || !t) return null;
  const len = t.groups?.[0]?.length ?? 0;
  // numeric: d/m/y, m/d/y, y-m-d
  const s1 = tok(ctx, i + 1);
  const n2t = tok(ctx, i + 2);
  const s2 = tok(ctx, i + 3);
  const n3t = tok(ctx, i + 4);
  const sepOk = (s: Token | undefined, n2: Token | undefined): boolean =>
    s !== undefined && glued(s) && n2 !== undefined && glued(n2) && (s.lower === '/' || s.lower === '-' || s.lower === '.');
  if (sepOk(s1, n2t) && sepOk(s2, n3t) && s1?.lower === s2?.lower) {
    const b = plainInt(n2t);
    const c = plainInt(n3t);
    if (b !== null && c !== null) {
      const cLen = n3t?.groups?.[0]?.length ?? 0;
      if (len === 4 && b >= 1 && b <= 12 && c >= 1 && c <= 31) return dateFigure(ctx, i, i + 5, n, b, c);
      if (len <= 2 && (cLen === 4 || cLen === 2)) {
        const year = expandYear(c, cLen);
        return numericDate(ctx, i, i + 5, n, b, year);
      }
    }
  }
  // `2019/20`, `2019-20`, `2019/2020`: a season or financial year.
  if (len === 4 && n >= 1000 && n <= 2100 && s1 && (s1.lower === '/' || s1.lower === '-' || s1.lower === '–') && glued(s1) && glued(n2t)) {
    const b = plainInt(n2t);
    const bLen = n2t?.groups?.[0]?.length ?? 0;
    if (b !== null && (bLen === 2 || bLen === 4)) {
      const end = bLen === 2 ? Math.floor(n / 100) * 100 + b : b;
      if (end === n + 1 || (bLen === 2 && end > n && end - n <= 10)) {
        const s = surface(ctx, i, i + 3);
        return {
          figure: { ...s, kind: 'range', value: n, unit: 'year', key: `range:year:${n}-${end}`, range: { low: n, high: end } },
          startTok: i,
          endTok: i + 3,
        };
      }
    }
  }
  // day month [year]
  if (n >= 1 && n <= 31 && len <= 2) {
    let j = i + 1;
    const suffix = tok(ctx, j);
    if (suffix && glued(suffix) && ((suffix.type === 'punct' && (suffix.lower === '°' || suffix.text === 'ª' || (suffix.text === '.' && monthAt(ctx, j + 1, true)))) ||
      (suffix.type === 'word' && ctx.p.data.ordinalSuffixes.includes(suffix.lower)))) j += 1;
    if (isWord(tok(ctx, j), 'of')) j += 1;
    const month = monthAt(ctx, j, true);
    if (month) {
      let end = month.end;
      if (isPunct(tok(ctx, end), ',') || (isWord(tok(ctx, end)) && ctx.p.yearContext.has(tok(ctx, end)?.lower ?? '') && yearAt(ctx, end + 1) !== null)) end += 1;
      const year = yearAt(ctx, end);
      if (year !== null) return dateFigure(ctx, i, end + 1, year, month.month, n);
      return dateFigure(ctx, i, month.end, null, month.month, n);
    }
  }
  return null;
}

function numericDate(ctx: Ctx, startTok: number, endTok: number, a: number, b: number, year: number): Built | null {
  const dmyOk = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  const mdyOk = a >= 1 && a <= 12 && b >= 1 && b <= 31;
  if (!dmyOk && !mdyOk) return null;
  const order = ctx.p.dateOrder;
  if (dmyOk && mdyOk && a !== b) {
    const mdy = dateKey(year, a, b);
    if (order === 'mdy') {
      return dateFigure(ctx, startTok, endTok, year, a, b);
    }
    if (order === 'dmy') return dateFigure(ctx, startTok, endTok, year, b, a);
    // Ambiguous: day-first as the primary reading, month-first as an alternative; never silently.
    return dateFigure(ctx, startTok, endTok, year, b, a, [
      { value: year * 10000 + a * 100 + b, unit: null, key: mdy, kind: 'date', note: 'month/day order (US)' },
    ]);
  }
  if (dmyOk && (!mdyOk || a === b)) return dateFigure(ctx, startTok, endTok, year, b, a);
  return dateFigure(ctx, startTok, endTok, year, a, b);
}

/** `November 21, 2026`, `April 1`, `November 2026`. */
function matchMonthFirstDate(ctx: Ctx, i: number): Built | null {
  const month = monthAt(ctx, i);
  if (!month) return null;
  let j = month.end;
  const day = plainInt(tok(ctx, j));
  const dayLen = tok(ctx, j)?.groups?.[0]?.length ?? 0;
  if (day !== null && dayLen <= 2 && day >= 1 && day <= 31) {
    j += 1;
    const suffix = tok(ctx, j);
    if (isWord(suffix) && glued(suffix) && ctx.p.data.ordinalSuffixes.includes(suffix.lower)) j += 1;
    let end = j;
    if (isPunct(tok(ctx, end), ',')) end += 1;
    const year = yearAt(ctx, end);
    if (year !== null) return dateFigure(ctx, i, end + 1, year, month.month, day);
    return dateFigure(ctx, i, j, null, month.month, day);
  }
  let k = j;
  if (isWord(tok(ctx, k)) && ctx.p.yearContext.has(tok(ctx, k)?.lower ?? '') && yearAt(ctx, k + 1) !== null) k += 1;
  const year = yearAt(ctx, k);
  if (year !== null) return dateFigure(ctx, i, k + 1, year, month.month, null);
  return null;
}

function timeFigure(ctx: Ctx, startTok: number, endTok: number, h: number, m: number, meridiem: 'am' | 'pm' | null, bareHour = false): Built {
  let hour = h;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const s = surface(ctx, startTok, endTok);
  const key = (hh: number): string => `time:${String(hh).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const figure: Figure = { ...s, kind: 'time', value: hour * 60 + m, unit: null, key: key(hour) };
  // Without a meridiem, `alle 6` may be 6:00 or 18:00.
  if (meridiem === null && hour >= 1 && hour <= 12) {
    const other = hour === 12 ? 0 : hour + 12;
    figure.alternatives = [{ value: other * 60 + m, unit: null, key: key(other), kind: 'time', note: 'twelve-hour reading' }];
  }
  // `alle 12` read from context alone may still be a plain number (`dalle 12 partite`).
  if (bareHour) {
    figure.alternatives = [
      ...(figure.alternatives ?? []),
      { value: h, unit: null, key: figureKey('number', h, null), kind: 'number', note: 'a plain number' },
    ];
  }
  return { figure, startTok, endTok };
}

function timeContextBefore(ctx: Ctx, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k += 1) {
    const match = ctx.p.timeContext.match(ctx.tokens, k);
    if (match && match.end === i) return true;
  }
  return false;
}

function meridiemAt(ctx: Ctx, i: number): { value: 'am' | 'pm'; end: number } | null {
  const match = ctx.p.meridiem.match(ctx.tokens, i);
  if (match) return match;
  // `3pm`, `5.30pm` in any language
  const t = tok(ctx, i);
  if (isWord(t) && (t.lower === 'am' || t.lower === 'pm') && glued(t)) return { value: t.lower, end: i + 1 };
  return null;
}

/** `alle sei del mattino`, `six o'clock`: a written hour after a time word or before a meridiem. */
function matchWrittenTime(ctx: Ctx, i: number): Built | null {
  const written = readWrittenNumber(ctx.tokens, i, ctx.p);
  if (!written || written.scale !== 1 || written.value < 1 || written.value > 24 || !Number.isInteger(written.value)) return null;
  const meridiem = meridiemAt(ctx, written.end);
  if (meridiem && written.value <= 12 && (timeContextBefore(ctx, i) || ctx.p.code !== 'it')) {
    return timeFigure(ctx, i, meridiem.end, written.value, 0, meridiem.value);
  }
  const oclock = ctx.p.oclock.match(ctx.tokens, written.end);
  if (oclock && written.value <= 12) {
    const after = meridiemAt(ctx, oclock.end);
    return timeFigure(ctx, i, after ? after.end : oclock.end, written.value, 0, after ? after.value : null);
  }
  return null;
}

/** `3 p.m.`, `5.30pm`, `15:00`, `alle 15.00`, `ore 15`. */
function matchTime(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (t?.type === 'word') return matchWrittenTime(ctx, i);
  if (!isNum(t) || t.enclosed) return null;
  const groups = t.groups ?? [];
  const seps = t.seps ?? [];
  let h: number | null = null;
  let m = 0;
  let end = i + 1;
  let strong = false;
  if (seps.length === 0) {
    h = Number(groups[0]);
    if ((groups[0]?.length ?? 0) > 2) return null;
    const colon = tok(ctx, i + 1);
    const mins = tok(ctx, i + 2);
    if (isPunct(colon, ':') && glued(colon) && isNum(mins) && glued(mins) && (mins.groups?.[0]?.length ?? 0) === 2 && (mins.seps?.length ?? 0) === 0) {
      m = Number(mins.groups?.[0]);
      end = i + 3;
      strong = true;
    }
  } else if (seps.length === 1 && seps[0] === '.' && (groups[1]?.length ?? 0) === 2 && (groups[0]?.length ?? 0) <= 2) {
    h = Number(groups[0]);
    m = Number(groups[1]);
  } else {
    return null;
  }
  if (h === null || h > 24 || m > 59) return null;
  const hMark = tok(ctx, end);
  const hMinutes = tok(ctx, end + 1);
  if (seps.length === 0 && isWord(hMark, 'h') && isNum(hMinutes) && glued(hMinutes) === glued(hMark) && (hMinutes.groups?.[0]?.length ?? 0) === 2 &&
    (hMinutes.seps?.length ?? 0) === 0 && Number(hMinutes.groups?.[0]) < 60) {
    return timeFigure(ctx, i, end + 2, h, Number(hMinutes.groups?.[0]), null);
  }
  const meridiem = meridiemAt(ctx, end);
  if (meridiem && h >= 1 && h <= 12) return timeFigure(ctx, i, meridiem.end, h, m, meridiem.value);
  const oclock = seps.length === 0 && !strong ? ctx.p.oclock.match(ctx.tokens, end) : null;
  if (oclock) {
    const after = meridiemAt(ctx, oclock.end);
    return timeFigure(ctx, i, after ? after.end : oclock.end, h, m, after ? after.value : null);
  }
  const context = timeContextBefore(ctx, i);
  if (strong && (context || h >= 13 || (tok(ctx, end)?.type !== 'num'))) return timeFigure(ctx, i, end, h, m, null);
  if (context && (seps.length === 1 || h <= 24)) {
    // `alle 15`, `ore 5`: only with the language's time words
    if (seps.length === 0 && !isAmountFollower(ctx, end)) return timeFigure(ctx, i, end, h, m, null, true);
    if (seps.length === 1) return timeFigure(ctx, i, end, h, m, null);
  }
  return null;
}

/** A number followed by a unit, a scale or a currency is a quantity, not an hour. */
function isAmountFollower(ctx: Ctx, i: number): boolean {
  const t = tok(ctx, i);
  if (!t) return false;
  if (t.type === 'punct') return t.lower === '%' || CURRENCY_SYMBOLS[t.text] !== undefined || t.lower === '°';
  if (t.type !== 'word') return false;
  return ctx.p.scaleWords.has(t.lower) || ctx.p.units.match(ctx.tokens, i) !== null ||
    ctx.p.currencies.match(ctx.tokens, i) !== null || ctx.p.percent.match(ctx.tokens, i) !== null;
}

/** `1930s`, `80s`, `'80s`. */
function matchDecade(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const n = plainInt(t);
  const s = tok(ctx, i + 1);
  if (n === null || !t || !isWord(s, 's') || !glued(s)) return null;
  const len = t.groups?.[0]?.length ?? 0;
  if (len === 4 && n % 10 === 0) return decadeFigure(ctx, i, i + 2, n, false);
  if (len === 2 && n % 10 === 0) {
    const prev = tok(ctx, i - 1);
    const start = isPunct(prev, "'") && glued(t) ? i - 1 : i;
    return decadeFigure(ctx, start, i + 2, n >= 30 ? 1900 + n : 2000 + n, true);
  }
  return null;
}

function decadeFigure(ctx: Ctx, startTok: number, endTok: number, decade: number, weak: boolean): Built {
  const s = surface(ctx, startTok, endTok);
  return {
    figure: {
      ...s, kind: 'year', value: decade, unit: 'decade', key: `decade:${decade}`, ...(weak ? { weak: true } : {}),
      range: { low: decade, high: decade + 9 },
      ...(weak ? { alternatives: [{ value: decade % 100, unit: 'year', key: figureKey('quantity', decade % 100, 'year'), kind: 'quantity' as const, note: 'an age (in their 40s)' }] } : {}),
    },
    startTok,
    endTok,
  };
}

/** `anni '80`, `anni Ottanta`, `années 80`. */
function matchDecadeWords(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t) || !ctx.p.decadeWords.has(t.lower)) return null;
  let j = i + 1;
  if (isPunct(tok(ctx, j), "'")) j += 1;
  const next = tok(ctx, j);
  const n = plainInt(next);
  if (n !== null && next && (next.groups?.[0]?.length === 2 || next.groups?.[0]?.length === 4) && n % 10 === 0) {
    const decade = n >= 100 ? n : n >= 20 ? 1900 + n : 2000 + n;
    return decadeFigure(ctx, i, j + 1, decade, false);
  }
  if (isWord(next)) {
    const value = ctx.p.numberWords.get(next.lower);
    if (value !== undefined && value >= 20 && value <= 90 && value % 10 === 0) return decadeFigure(ctx, i, j + 1, 1900 + value, false);
  }
  return null;
}

/** `XIX secolo`, `the XIXth century` → ordinal. */
function matchRomanCentury(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t) || !/^[IVXLCM]+$/.test(t.text) || !ROMAN.test(t.text)) return null;
  const next = tok(ctx, i + 1);
  if (!isWord(next) || !ctx.p.centuryWords.has(next.lower)) return null;
  const value = romanValue(t.text);
  const s = surface(ctx, i, i + 1);
  return { figure: { ...s, kind: 'ordinal', value, unit: 'century', key: `century:${value}` }, startTok: i, endTok: i + 1 };
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let k = 0; k < roman.length; k += 1) {
    const v = values[roman[k] ?? ''] ?? 0;
    const next = values[roman[k + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// Amounts: [sign] [currency] number [scale] [percent | currency | unit].

interface Core {
  readings: NumberReading[];
  endTok: number;
  /** Character end when the last token is only partly used (`150万人`). */
  endChar?: number;
  written: boolean;
  weak: boolean;
  scale: number;
  mantissaScale: number;
  ordinal: boolean;
  grouped: boolean;
  identifier?: Built;
  /** A unit read with the number itself (`6'2"` in feet). */
  unit?: string;
}

function matchCurrencyCodeFirst(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  if (CURRENCY_CODES.has(t.text) || (GLUED_CURRENCY_PREFIXES[t.text] && isNum(tok(ctx, i + 1)) && glued(tok(ctx, i + 1))) ||
    (isPunct(tok(ctx, i + 1)) && glued(tok(ctx, i + 1)) && CURRENCY_SYMBOLS[t.text + (tok(ctx, i + 1)?.text ?? '')])) {
    return matchAmount(ctx, i);
  }
  return null;
}

function currencyPrefix(ctx: Ctx, i: number): { code: string; end: number } | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'word') {
    const next = tok(ctx, i + 1);
    if (isPunct(next) && glued(next)) {
      const code = CURRENCY_SYMBOLS[t.text + next.text];
      if (code && isNum(tok(ctx, i + 2))) return { code, end: i + 2 };
    }
    if (CURRENCY_CODES.has(t.text) && (isNum(next) || (isPunct(next, '-') && glued(next) && isNum(tok(ctx, i + 2)) && glued(tok(ctx, i + 2))))) {
      return { code: CURRENCY_ALIASES[t.text] ?? t.text, end: i + 1 };
    }
    const glue = GLUED_CURRENCY_PREFIXES[t.text];
    if (glue && isNum(next) && glued(next)) return { code: glue, end: i + 1 };
    return null;
  }
  if (t.type === 'punct') {
    const code = CURRENCY_SYMBOLS[t.text] ?? CURRENCY_SYMBOLS[t.lower];
    if (code) {
      const next = tok(ctx, i + 1);
      if (isNum(next)) return { code, end: i + 1 };
      if (isPunct(next, '-') && glued(next) && isNum(tok(ctx, i + 2))) return { code, end: i + 1 };
      if (isWord(next) && readWrittenNumber(ctx.tokens, i + 1, ctx.p)) return { code, end: i + 1 };
    }
  }
  return null;
}

function readCore(ctx: Ctx, i: number): Core | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'num') {
    const parse = parseAt(ctx, i);
    if (parse.kind === 'identifier') return null;
    const prime = tok(ctx, i + 1);
    if (t.seps?.length === 1 && t.seps[0] === "'" && (t.groups?.[0]?.length ?? 0) === 1 && (t.groups?.[1]?.length ?? 0) <= 2 &&
      isPunct(prime) && glued(prime) && (prime.text === '"' || prime.text === '″' || prime.text === '”')) {
      const feet = Number(t.groups?.[0]) + Number(t.groups?.[1]) / 12;
      return {
        readings: [{ value: feet, cost: 0, grouped: false, decimals: 0 }], endTok: i + 2, written: false, weak: false, scale: 1,
        mantissaScale: 1, ordinal: false, grouped: false, unit: 'ft',
      };
    }
    if (t.brokenSeparator) {
      const value = Number((t.groups ?? []).join(''));
      return {
        readings: [{ value, cost: 1, issue: 'a space follows the thousands separator', grouped: true, decimals: 0 }],
        endTok: i + 1, written: false, weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: true,
      };
    }
    // `1/4`, `3/4 mile`: a common fraction
    const slash = tok(ctx, i + 1);
    const den = tok(ctx, i + 2);
    if (isPunct(slash, '/') && glued(slash) && glued(den) && plainInt(t) !== null && plainInt(den) !== null && !isPunct(tok(ctx, i + 3), '/')) {
      const a = plainInt(t) ?? 0;
      const b = plainInt(den) ?? 1;
      if (a < b && COMMON_DENOMINATORS.has(b)) {
        return {
          readings: [{ value: a / b, cost: 0, grouped: false, decimals: 0 }], endTok: i + 3, written: false, weak: false,
          scale: 1, mantissaScale: 1, ordinal: false, grouped: false,
        };
      }
    }
    // `2 1/4`: a whole number and a common fraction
    const fracNum = tok(ctx, i + 1);
    const fracSlash = tok(ctx, i + 2);
    const fracDen = tok(ctx, i + 3);
    if ((t.seps?.length ?? 0) === 0 && isNum(fracNum) && fracNum.space && isPunct(fracSlash, '/') && glued(fracSlash) && glued(fracDen) &&
      plainInt(fracNum) !== null && plainInt(fracDen) !== null && !isPunct(tok(ctx, i + 4), '/')) {
      const a = plainInt(fracNum) ?? 0;
      const b = plainInt(fracDen) ?? 1;
      if (a < b && COMMON_DENOMINATORS.has(b)) {
        return {
          readings: [{ value: Number(t.groups?.[0] ?? 0) + a / b, cost: 0, grouped: false, decimals: 0 }], endTok: i + 4, written: false,
          weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: false,
        };
      }
    }
    return {
      readings: parse.readings, endTok: i + 1, written: false, weak: false, scale: 1, mantissaScale: 1, ordinal: false,
      grouped: (t.seps?.length ?? 0) > 0,
    };
  }
  if (t.type === 'word') {
    const cjk = readCjkNumber(ctx, i);
    if (cjk) return cjk;
    const written = readWrittenNumber(ctx.tokens, i, ctx.p);
    if (!written) return null;
    return {
      readings: [{ value: written.mantissa, cost: 0, grouped: false, decimals: 0 }], endTok: written.end, written: true,
      weak: written.weak, scale: written.scale, mantissaScale: written.scale, ordinal: written.ordinal === true, grouped: false,
    };
  }
  return null;
}

const CJK_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Chinese and Japanese numerals (`三`, `二十五`, `三千五百`, `一万`), one Han character per token. */
function readCjkNumber(ctx: Ctx, i: number): Core | null {
  let j = i;
  const values: number[] = [];
  while (j < ctx.tokens.length && j - i < 20) {
    const t = tok(ctx, j);
    if (!t || t.type !== 'word' || (j > i && !glued(t))) break;
    const digit = CJK_DIGITS[t.text];
    const scale = CJK_SCALES[t.text];
    if (digit === undefined && scale === undefined) break;
    values.push(digit ?? scale ?? 0);
    j += 1;
  }
  if (values.length === 0 || (values.length === 1 && (values[0] ?? 0) >= 10)) return null;
  let total = 0;
  let section = 0;
  let current = 0;
  for (const v of values) {
    if (v < 10) current = current * 10 + v;
    else if (v < 1e4) {
      section += (current === 0 ? 1 : current) * v;
      current = 0;
    } else {
      total += (section + current === 0 ? 1 : section + current) * v;
      section = 0;
      current = 0;
    }
  }
  const value = total + section + current;
  return { readings: [{ value, cost: 0, grouped: false, decimals: 0 }], endTok: j, written: true, weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: false };
}

/** Scale words after the core: `3 milioni`, `4 milioni e 325 mila`, `3 milioni e mezzo`, `$3m`, `150万`. */
function readScale(ctx: Ctx, core: Core, hasCurrency: boolean): { scale: number; extra: number; end: number; endChar?: number } {
  let j = core.endTok;
  let scale = 1;
  let extra = 0;
  let endChar: number | undefined;
  const t = tok(ctx, j);
  if (isWord(t) && glued(t) && !core.written) {
    const word = ctx.p.scaleWords.get(t.lower);
    const suffix = ctx.p.scaleSuffixes[t.text] ?? ctx.p.scaleSuffixes[t.lower] ?? (word !== undefined && t.lower.length > 2 ? word : undefined);
    const cjk = CJK_SCALES[t.text[0] ?? ''];
    if (suffix !== undefined) {
      return { scale: suffix, extra: 0, end: j + 1 };
    }
    if (cjk !== undefined) {
      endChar = t.start + 1;
      return { scale: cjk, extra: 0, end: j + 1, endChar };
    }
    return { scale: 1, extra: 0, end: j };
  }
  if (isWord(t)) {
    const s = ctx.p.scaleWords.get(t.lower);
    if (s !== undefined && (t.lower.length > 1 || hasCurrency) && !(core.written && core.scale > 1)) {
      scale = s;
      j += 1;
      if (t.lower.length <= 4 && isPunct(tok(ctx, j), '.') && glued(tok(ctx, j)) && !ctx.p.numberWords.has(t.lower)) j += 1;
      // `mila miliardi` (10^12), `thousand million`: a larger scale right after multiplies
      const bigger = tok(ctx, j);
      const next = isWord(bigger) ? ctx.p.scaleWords.get(bigger.lower) : undefined;
      if (next !== undefined && next > scale && bigger && bigger.lower.length > 1) {
        scale *= next;
        j += 1;
      }
      // `4 milioni e 325 mila`, `3 milioni e mezzo`
      const link = tok(ctx, j);
      if (isWord(link) && ctx.p.connectors.has(link.lower)) {
        const half = tok(ctx, j + 1);
        const frac = half ? ctx.p.data.fractionWords[half.lower] : undefined;
        if (frac !== undefined && isWord(half)) {
          extra = frac * scale;
          j += 2;
        } else {
          const part = readCore(ctx, j + 1);
          const partScaleTok = part ? tok(ctx, part.endTok) : undefined;
          const partScale = partScaleTok ? ctx.p.scaleWords.get(partScaleTok.lower) : undefined;
          const partValue = part?.readings[0]?.value;
          if (part && partValue !== undefined && partScale !== undefined && partScale < scale && isWord(partScaleTok)) {
            extra = partValue * partScale;
            j = part.endTok + 1;
          } else if (part && partValue !== undefined && part.written && part.scale > 1 && part.scale < scale) {
            extra = partValue * part.scale;
            j = part.endTok;
          }
        }
      }
    }
  }
  return { scale, extra, end: j, ...(endChar !== undefined ? { endChar } : {}) };
}

interface Suffix {
  unit: string | null;
  unitAlternatives: string[];
  end: number;
  ordinal: boolean;
  degreeOrdinal?: boolean;
}

function readSuffix(ctx: Ctx, j: number, core: Core, hasCurrency: boolean): Suffix {
  const none: Suffix = { unit: null, unitAlternatives: [], end: j, ordinal: false };
  const t = tok(ctx, j);
  if (!t) return none;
  // glued ordinal suffix: `44th`, `1st`, `47esimo`
  if (isWord(t) && glued(t) && !core.written && ctx.p.data.ordinalSuffixes.includes(t.lower)) {
    return { ...none, end: j + 1, ordinal: true };
  }
  // glued age suffix: `56enne`
  if (isWord(t) && glued(t) && !core.written && ctx.p.data.ageSuffix === t.lower) return { ...none, unit: 'year', end: j + 1 };
  if (t.type === 'punct') {
    if (t.lower === '%') return { ...none, unit: '%', end: j + 1 };
    if (t.lower === '‰') return { ...none, unit: '‰', end: j + 1 };
    if (t.text === 'ª' && glued(t)) return { ...none, end: j + 1, ordinal: true };
    if (t.lower === '°') {
      const next = tok(ctx, j + 1);
      const afterUnit = tok(ctx, j + 2);
      if (isWord(next) && (next.text === 'C' || next.text === 'F') && !(isWord(afterUnit) && glued(afterUnit))) {
        return { ...none, unit: next.text === 'C' ? 'degC' : 'degF', end: j + 2 };
      }
      if (ctx.p.data.degreeSignOrdinal && isWord(next) && core.readings[0] && Number.isInteger(core.readings[0].value)) {
        const unitMatch = ctx.p.units.match(ctx.tokens, j + 1);
        if (!unitMatch) return { ...none, end: j + 1, ordinal: true, degreeOrdinal: true };
      }
      return { ...none, unit: 'deg', end: j + 1 };
    }
    // `13-year-old`, `6-foot-6`, `two-foot`: a glued hyphen before the unit name
    if (t.lower === '-' && !t.space && isWord(tok(ctx, j + 1)) && glued(tok(ctx, j + 1))) {
      const age = ctx.p.ageWords.match(ctx.tokens, j + 1);
      if (age) return { ...none, unit: 'year', end: age.end };
      const unit = ctx.p.units.match(ctx.tokens, j + 1);
      if (unit && !hasCurrency) {
        const value = unit.value;
        const first = typeof value === 'string' ? value : value.find((u) => !isCurrency(u)) ?? null;
        if (first) return { ...none, unit: first, end: unit.end };
      }
      return none;
    }
    if (!hasCurrency) {
      const code = CURRENCY_SYMBOLS[t.text] ?? CURRENCY_SYMBOLS[t.lower];
      if (code) return { ...none, unit: code, end: j + 1 };
    }
    return none;
  }
  if (t.type !== 'word') return none;
  // `19th century`, `XIX secolo`
  if (ctx.p.centuryWords.has(t.lower)) return none;
  // percent and percentage points
  const points = ctx.p.points.match(ctx.tokens, j);
  if (points) return { ...none, unit: 'pp', end: points.end };
  const percent = ctx.p.percent.match(ctx.tokens, j);
  if (percent && !hasCurrency) return { ...none, unit: '%', end: percent.end };
  // currency codes and symbols written as letters after the number
  if (!hasCurrency) {
    if (CURRENCY_CODES.has(t.text)) return { ...none, unit: CURRENCY_ALIASES[t.text] ?? t.text, end: j + 1 };
    const symbol = CURRENCY_SYMBOLS[t.text];
    if (symbol && (t.text.length > 1 || !LATIN_WORD.test(t.text))) {
      let end = j + 1;
      if (isPunct(tok(ctx, end), '.') && glued(tok(ctx, end)) && CURRENCY_SYMBOLS[`${t.text}.`]) end += 1;
      return { ...none, unit: symbol, end };
    }
    const withDot = CURRENCY_SYMBOLS[`${t.text}.`];
    if (withDot && isPunct(tok(ctx, j + 1), '.') && glued(tok(ctx, j + 1))) return { ...none, unit: withDot, end: j + 2 };
  }
  // unit symbols: `km`, `kg`, `km/h`, `m²` (unless a longer unit name starts here: `km/ora`)
  const symbolUnit = unitSymbolAt(ctx, j);
  const namedUnit = ctx.p.units.match(ctx.tokens, j);
  if (symbolUnit && !(namedUnit && namedUnit.end > symbolUnit.end)) return { ...none, unit: symbolUnit.unit, end: symbolUnit.end };
  // names, optionally after a connector: `3 milioni di dollari`, `1/4 di miglio`
  for (const skip of [0, 1, 2]) {
    const k = j + skip;
    if (skip > 0) {
      const connector = tok(ctx, k - 1);
      if (!isWord(connector) && !(skip === 2 && isPunct(connector, "'"))) break;
      if (skip === 1 && !ctx.p.unitConnectors.has(connector?.lower ?? '')) break;
      if (skip === 2 && !(isPunct(connector, "'") && ctx.p.unitConnectors.has(tok(ctx, k - 2)?.lower ?? ''))) break;
    }
    if (!hasCurrency) {
      const currency = ctx.p.currencies.match(ctx.tokens, k);
      if (currency) return { ...none, unit: currency.value, end: currency.end };
      const symbol = tok(ctx, k);
      const code = skip > 0 && symbol?.type === 'punct' ? CURRENCY_SYMBOLS[symbol.text] : undefined;
      if (code) return { ...none, unit: code, end: k + 1 };
    }
    const age = ctx.p.ageWords.match(ctx.tokens, k);
    if (age && age.end > k + 1) return { ...none, unit: 'year', end: age.end };
    const unit = ctx.p.units.match(ctx.tokens, k);
    if (unit) {
      const value = unit.value;
      if (typeof value === 'string') return { ...none, unit: value, end: unit.end };
      const options = hasCurrency ? value.filter((u) => !isCurrency(u)) : [...value];
      if (options.length > 0) return { ...none, unit: options[0] ?? null, unitAlternatives: options.slice(1), end: unit.end };
    }
  }
  return none;
}

function unitSymbolAt(ctx: Ctx, j: number): { unit: string; end: number } | null {
  const t = tok(ctx, j);
  if (!isWord(t)) return null;
  // compound symbols: km/h, m/s, km²
  const slash = tok(ctx, j + 1);
  const denominator = tok(ctx, j + 2);
  if (isPunct(slash, '/') && glued(slash) && isWord(denominator) && glued(denominator)) {
    const compound = UNIT_SYMBOLS[`${t.text}/${denominator.text}`];
    if (compound) return { unit: compound, end: j + 3 };
  }
  const sup = tok(ctx, j + 1);
  if (isPunct(sup) && glued(sup) && (sup.text === '²' || sup.text === '³')) {
    const withPower = UNIT_SYMBOLS[t.text + sup.text];
    if (withPower) return { unit: withPower, end: j + 2 };
  }
  const unit = UNIT_SYMBOLS[t.text];
  if (!unit) return null;
  // Symbols that are also common words (`in`, `min`) count only glued to the digits.
  if (t.space && GLUE_ONLY_SYMBOLS.has(t.text)) return null;
  // One-letter symbols only when glued or clearly standing alone (`5 m.`, `1.100 V`).
  if (t.text.length === 1 && t.space) {
    const next = tok(ctx, j + 1);
    if (t.text === t.text.toLowerCase() && isWord(next) && !next.space) return null;
    if (t.text === 'm' || t.text === 's' || t.text === 't' || t.text === 'l' || t.text === 'h' || t.text === 'g') {
      if (isWord(next)) return null;
    }
  }
  return { unit, end: j + 1 };
}

function signBefore(ctx: Ctx, i: number): -1 | 1 | 0 {
  const t = tok(ctx, i - 1);
  if (!isPunct(t) || (t.lower !== '-' && t.lower !== '+' && t.lower !== '–')) return 0;
  if (!glued(tok(ctx, i))) return 0;
  const before = tok(ctx, i - 2);
  if (before && !t.space && (before.type === 'word' || before.type === 'num')) return 0;
  if (t.lower === '–' && t.space === false && before) return 0;
  return t.lower === '+' ? 1 : -1;
}

/** `$`, `US$`, `EUR`, a sign: what may precede the number of an amount. */
function readAmountPrefix(ctx: Ctx, i: number): { currency: string | null; sign: -1 | 1 | 0; startTok: number; coreTok: number } | null {
  const first = tok(ctx, i);
  if (!first) return null;
  const prefix = currencyPrefix(ctx, i);
  if (!prefix) {
    if (first.type === 'punct') return null;
    const sign = signBefore(ctx, i);
    return { currency: null, sign, startTok: sign !== 0 ? i - 1 : i, coreTok: i };
  }
  let coreTok = prefix.end;
  let sign: -1 | 1 | 0 = 0;
  if (isPunct(tok(ctx, coreTok), '-') && isNum(tok(ctx, coreTok + 1)) && glued(tok(ctx, coreTok + 1))) {
    sign = -1; // `€-0.25`, `USD-0.25`
    coreTok += 1;
  }
  const before = signBefore(ctx, i); // `-$0.25`
  return { currency: prefix.code, sign: sign || before, startTok: before !== 0 ? i - 1 : i, coreTok };
}

/** Letters glued to digits that are no scale, unit, ordinal or currency we know (`3D`, `4K`, `5G`). */
function unknownGluedSuffix(ctx: Ctx, at: number): boolean {
  const after = tok(ctx, at);
  if (!isWord(after) || !glued(after) || !LATIN_WORD.test(after.text)) return false;
  const p = ctx.p;
  const known = p.scaleSuffixes[after.text] !== undefined || p.scaleSuffixes[after.lower] !== undefined ||
    CJK_SCALES[after.text[0] ?? ''] !== undefined || p.data.ordinalSuffixes.includes(after.lower) || p.data.ageSuffix === after.lower ||
    unitSymbolAt(ctx, at) !== null || CURRENCY_CODES.has(after.text) || after.lower === 'am' || after.lower === 'pm' ||
    p.units.match(ctx.tokens, at) !== null || p.currencies.match(ctx.tokens, at) !== null || p.percent.match(ctx.tokens, at) !== null;
  return !known;
}

/** `6 feet 2 inches`, `5 lb 3 oz`, `6-foot-6`: the smaller unit's share, in the larger unit, and where it ends. */
function readCompoundImperial(ctx: Ctx, unit: string | null, end: number): { extra: number; end: number } {
  const smaller = unit ? SMALLER_UNIT[unit] : undefined;
  if (!smaller) return { extra: 0, end };
  const count = plainInt(tok(ctx, end));
  if (count !== null) {
    const part = tok(ctx, end + 1);
    const named = ctx.p.units.match(ctx.tokens, end + 1);
    const partUnit = part ? (UNIT_SYMBOLS[part.text] ?? named?.value) : undefined;
    if (partUnit === smaller.unit) return { extra: count / smaller.per, end: named?.end ?? end + 2 };
  }
  const hyphen = tok(ctx, end);
  const inches = plainInt(tok(ctx, end + 1));
  if (isPunct(hyphen, '-') && glued(hyphen) && inches !== null && glued(tok(ctx, end + 1))) return { extra: inches / smaller.per, end: end + 2 };
  return { extra: 0, end };
}

/** A bare four-digit number after `in`, `nel`, a month … is a year; grouped, it is a format error. */
function yearKind(ctx: Ctx, startTok: number, primary: NumberReading, digits: number): { year: boolean; issue?: string } {
  if (digits !== 4 || primary.value < 1000 || primary.value > 2100 || !yearContextBefore(ctx, startTok)) return { year: false };
  return primary.grouped ? { year: true, issue: 'years are never written with a thousands separator' } : { year: true };
}

function alternativeReadings(figure: Figure, readings: readonly NumberReading[], unitAlternatives: readonly string[],
  valueOf: (r: NumberReading) => number): FigureReading[] {
  const alternatives: FigureReading[] = [];
  for (const r of readings.slice(1)) {
    const value = valueOf(r);
    alternatives.push({
      value, unit: figure.unit, key: figureKey(figure.kind, value, figure.unit), kind: figure.kind,
      ...(r.issue && r.cost === 1 ? { formatIssue: r.issue } : {}),
      ...(r.cost === 2 ? { implausible: true } : {}),
      note: r.cost === 1 ? "read with another locale's separators" : r.cost === 2 ? 'unlikely reading' : 'alternative reading',
    });
  }
  for (const altUnit of unitAlternatives) {
    const altKind = kindOfUnit(altUnit, 'number');
    alternatives.push({ value: figure.value, unit: altUnit, key: figureKey(altKind, figure.value, altUnit), kind: altKind, note: `read as ${altUnit}` });
  }
  // it `arrivò 3°`: a bare degree sign after a small integer may be an ordinal
  if (figure.unit === 'deg' && Number.isInteger(figure.value) && (figure.value ?? 0) > 0 && (figure.value ?? 0) <= 100) {
    alternatives.push({ value: figure.value, unit: null, key: `ord:${formatValue(figure.value ?? 0)}`, kind: 'ordinal', note: 'an ordinal' });
  }
  return alternatives;
}

/** An amount: [sign] [currency] number [scale] [percent | currency | unit], e.g. `-$3.5bn`, `3 milioni di dollari`. */
function matchAmount(ctx: Ctx, i: number): Built | null {
  const prefix = readAmountPrefix(ctx, i);
  if (!prefix) return null;
  const { currency, sign, startTok, coreTok: j } = prefix;
  const core = readCore(ctx, j);
  if (!core) return null;
  if (!core.written && !currency && unknownGluedSuffix(ctx, core.endTok)) {
    let k = core.endTok + 1;
    while (k < ctx.tokens.length && glued(tok(ctx, k)) && (tok(ctx, k)?.type === 'word' || tok(ctx, k)?.type === 'num')) k += 1;
    return identifierFigure(ctx, startTok, k, true);
  }
  const scaled = readScale(ctx, core, currency !== null);
  const suffix = readSuffix(ctx, scaled.end, core, currency !== null);
  let unit = currency ?? core.unit ?? suffix.unit;
  const unitAlternatives = currency ? [] : suffix.unitAlternatives;
  // `C$ … dollars`: a currency name after the number is more specific than the symbol before it
  if (currency && suffix.unit && isCurrency(suffix.unit)) unit = suffix.unit;
  const compound = readCompoundImperial(ctx, unit, Math.max(scaled.end, suffix.end));
  const end = compound.end;
  const endChar = suffix.end > scaled.end ? undefined : scaled.endChar;
  const permille = unit === '‰';
  if (permille) unit = '%';
  const totalScale = scaled.scale * core.scale * (permille ? 0.1 : 1);
  const ordinal = suffix.ordinal || core.ordinal;
  // `un secondo incontro`: the article belongs to the ordinal, not to a unit `secondo`
  const coreWord = tok(ctx, j);
  const articleCore = core.written && totalScale === 1 && coreWord !== undefined && ctx.p.articles.has(coreWord.lower) && core.endTok === j + 1;
  if (articleCore && unit !== null && ctx.p.ordinalWords.has(tok(ctx, core.endTok)?.lower ?? '')) return null;
  // `19th century`, `19th-century`
  if (ordinal) {
    const k = isPunct(tok(ctx, end), '-') && glued(tok(ctx, end)) ? end + 1 : end;
    const word = tok(ctx, k);
    if (isWord(word) && ctx.p.centuryWords.has(word.lower)) unit = 'century';
  }
  const primary = core.readings[0];
  if (!primary) return null;
  const s = surface(ctx, startTok, end);
  if (endChar !== undefined) {
    s.end = endChar;
    s.surface = ctx.text.slice(s.start, s.end);
  }
  const signValue = sign === -1 ? -1 : 1;
  const valueOf = (r: NumberReading): number => signValue * (r.value * totalScale + scaled.extra + compound.extra);
  const figure: Figure = {
    ...s,
    kind: ordinal ? 'ordinal' : kindOfUnit(unit, 'number'),
    value: valueOf(primary),
    unit: ordinal && unit !== 'century' ? null : unit,
    key: '',
    ...(totalScale !== 1 ? { mantissa: signValue * primary.value, scale: totalScale } : {}),
  };
  let issue = primary.cost === 1 ? primary.issue : undefined;
  if (figure.kind === 'number' && totalScale === 1 && sign === 0 && !core.written && primary.decimals === 0) {
    const year = yearKind(ctx, startTok, primary, (tok(ctx, j)?.groups ?? []).join('').length);
    if (year.year) figure.kind = 'year';
    issue = year.issue ?? issue;
  }
  figure.key = figure.unit === 'century' ? `century:${formatValue(figure.value ?? 0)}`
    : suffix.degreeOrdinal ? `ord:${formatValue(figure.value ?? 0)}` : figureKey(figure.kind, figure.value, figure.unit);
  if (issue) figure.formatIssue = issue;
  const alternatives = alternativeReadings(figure, core.readings, unitAlternatives, valueOf)
    .filter((r) => r.kind !== 'ordinal' || ctx.p.data.degreeSignOrdinal === true);
  if (alternatives.length > 0) figure.alternatives = alternatives;
  // Article-like words (`un`, `one`) and small written numbers (`two` → `i due`, `twice` → `due volte`) are often rephrased.
  const smallWritten = core.written && Math.abs(figure.value ?? 0) <= 12 && figure.kind !== 'currency' && figure.kind !== 'percent';
  if ((core.weak || articleCore || smallWritten) && totalScale === 1) figure.weak = true;
  return { figure, startTok, endTok: end };
}

function yearContextBefore(ctx: Ctx, i: number): boolean {
  const prev = tok(ctx, i - 1);
  if (isWord(prev) && (ctx.p.yearContext.has(prev.lower) || ctx.p.months.has(prev.lower))) return true;
  if (isPunct(prev, "'")) {
    const word = tok(ctx, i - 2);
    return isWord(word) && ctx.p.yearContext.has(word.lower);
  }
  return false;
}

/** Ordinal words: `third`, `terzo`; `secondo` only after a determiner (it is also "according to"). */
function matchOrdinalWord(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  const value = ctx.p.ordinalWords.get(t.lower);
  if (value === undefined) return null;
  if (ctx.p.ordinalNeedsDeterminer.has(t.lower)) {
    const prev = tok(ctx, i - 1);
    const prevWord = isPunct(prev, "'") ? tok(ctx, i - 2) : prev;
    if (!isWord(prevWord) || !ctx.p.determiners.has(prevWord.lower)) return null;
  }
  if (value <= 31) {
    const month = monthAt(ctx, i + 1, true);
    if (month) {
      let end = month.end;
      if (isWord(tok(ctx, end)) && ctx.p.yearContext.has(tok(ctx, end)?.lower ?? '') && yearAt(ctx, end + 1) !== null) end += 1;
      const year = yearAt(ctx, end);
      return year !== null ? dateFigure(ctx, i, end + 1, year, month.month, value) : dateFigure(ctx, i, month.end, null, month.month, value);
    }
  }
  const s = surface(ctx, i, i + 1);
  let unit: string | null = null;
  let end = i + 1;
  const next = tok(ctx, i + 1);
  if (isWord(next) && ctx.p.centuryWords.has(next.lower)) {
    unit = 'century';
    end = i + 2;
  }
  return {
    figure: { ...s, kind: 'ordinal', value, unit, key: unit ? `century:${value}` : `ord:${value}`, weak: true },
    startTok: i,
    endTok: unit ? i + 1 : end,
  };
}

/** `noon`, `mezzanotte`. */
function matchTimeWord(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const minutes = t ? ctx.p.timeWords.get(t.lower) : undefined;
  if (minutes === undefined) return null;
  return timeFigure(ctx, i, i + 1, Math.floor(minutes / 60), minutes % 60, minutes >= 720 ? 'pm' : 'am');
}

/** it `ventunesimo` = 21st: a cardinal with an ordinal ending. */
function matchCompoundOrdinal(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  for (const suffix of ctx.p.data.ordinalWordSuffixes ?? []) {
    if (!t.lower.endsWith(suffix) || t.lower.length <= suffix.length + 2) continue;
    const stem = t.lower.slice(0, -suffix.length);
    for (const ending of ['', 'o', 'e', 'i', 'a', 'é']) {
      const word = stem + ending;
      const written = readWrittenNumber([{ ...t, lower: word, text: word }], 0, ctx.p);
      if (written && written.value >= 1 && Number.isInteger(written.value)) {
        const s = surface(ctx, i, i + 1);
        return {
          figure: { ...s, kind: 'ordinal', value: written.value, unit: null, key: `ord:${written.value}`, ...(written.value <= 10 ? { weak: true } : {}) },
          startTok: i,
          endTok: i + 1,
        };
      }
    }
  }
  return null;
}

/** Italian age words: `tredicenne` = 13 years old. */
function matchAge(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const suffix = ctx.p.data.ageSuffix;
  if (!isWord(t) || !suffix || !t.lower.endsWith(suffix) || t.lower.length <= suffix.length + 2) return null;
  const stem = t.lower.slice(0, -suffix.length);
  for (const ending of ['', 'i', 'e', 'a', 'o']) {
    const word = stem + ending;
    const written = readWrittenNumber([{ ...t, lower: word, text: word }], 0, ctx.p);
    if (written && written.value >= 2 && written.value <= 120) {
      const s = surface(ctx, i, i + 1);
      return { figure: { ...s, kind: 'quantity', value: written.value, unit: 'year', key: figureKey('quantity', written.value, 'year') }, startTok: i, endTok: i + 1 };
    }
  }
  return null;
}

function matchWritten(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  // words glued to digits are part of identifiers/amounts, not written numbers
  if (isNum(tok(ctx, i - 1)) && glued(t)) return null;
  const built = matchAmount(ctx, i);
  // `Four Corners`, `Formula Uno`: inside a sentence, a capitalised number word is part of a name
  if (built && t.text[0] !== t.lower[0] && !sentenceStart(ctx, i)) built.figure.weak = true;
  return built;
}

/** The token opens a sentence, a quote or a bracket. */
function sentenceStart(ctx: Ctx, i: number): boolean {
  const prev = tok(ctx, i - 1);
  if (!prev) return true;
  if (prev.type !== 'punct') return false;
  return '.!?:;"“”«»(\'‘’[—–-…'.includes(prev.text) || prev.lower === "'";
}

// ---------------------------------------------------------------------------------------------
// Ranges and qualifiers.

function joinRanges(ctx: Ctx, items: Built[]): Built[] {
  const out: Built[] = [];
  for (let k = 0; k < items.length; k += 1) {
    const a = items[k];
    const b = items[k + 1];
    if (a && b && rangeable(a.figure) && rangeable(b.figure)) {
      const joined = tryRange(ctx, a, b);
      if (joined) {
        out.push(joined);
        k += 1;
        continue;
      }
    }
    if (a) out.push(a);
  }
  return out;
}

function rangeable(f: Figure): boolean {
  return !f.weak && (f.kind === 'number' || f.kind === 'currency' || f.kind === 'percent' || f.kind === 'quantity' ||
    f.kind === 'percentage-point' || f.kind === 'year') && f.value !== null && f.unit !== 'decade';
}

function tryRange(ctx: Ctx, a: Built, b: Built): Built | null {
  const gap = b.startTok - a.endTok;
  if (gap < 1 || gap > 2) return null;
  const joiner = tok(ctx, a.endTok);
  let opened = false;
  for (let k = Math.max(0, a.startTok - 3); k < a.startTok; k += 1) {
    const m = ctx.p.rangeOpeners.match(ctx.tokens, k);
    if (m && m.end === a.startTok) opened = true;
  }
  let ok = false;
  if (gap === 1 && isPunct(joiner) && (joiner.lower === '-' || joiner.lower === '–' || joiner.lower === '/')) {
    ok = joiner.lower !== '/' && a.figure.kind !== 'year';
    if (a.figure.kind === 'year' && b.figure.kind === 'year') ok = true;
  } else {
    const m = ctx.p.rangeJoiners.match(ctx.tokens, a.endTok);
    if (m && m.end === b.startTok) {
      const word = joiner?.lower ?? '';
      ok = opened || (word !== 'and' && word !== 'e' && word !== 'et' && word !== 'und' && word !== 'y' && word !== 'a');
      if (word === 'a' && opened) ok = true;
    }
  }
  if (!ok) return null;
  const fa = a.figure;
  const fb = b.figure;
  if (fa.unit !== null && fb.unit !== null && fa.unit !== fb.unit) return null;
  const unit = fb.unit ?? fa.unit;
  let low = fa.value ?? 0;
  const high = fb.value ?? 0;
  // `10-20 million`: the first end shares the scale of the second
  if ((fa.scale ?? 1) === 1 && (fb.scale ?? 1) > 1 && low < (fb.mantissa ?? high) * 1.0001 && low < high) {
    low *= fb.scale ?? 1;
  }
  const kind: FigureKind = 'range';
  const start = fa.start;
  const end = fb.end;
  const figure: Figure = {
    surface: ctx.text.slice(start, end), start, end, kind, value: low, unit,
    key: `range:${unit ?? 'num'}:${formatValue(low)}-${formatValue(high)}`,
    range: { low, high },
  };
  const issue = fa.formatIssue ?? fb.formatIssue;
  if (issue) figure.formatIssue = issue;
  if (fa.alternatives || fb.alternatives) {
    const alts: FigureReading[] = [];
    const aOptions = [{ value: low, formatIssue: undefined as string | undefined }, ...(fa.alternatives ?? []).map((r) => ({ value: r.value ?? 0, formatIssue: r.formatIssue }))];
    const bOptions = [{ value: high, formatIssue: undefined as string | undefined }, ...(fb.alternatives ?? []).map((r) => ({ value: r.value ?? 0, formatIssue: r.formatIssue }))];
    for (const x of aOptions) {
      for (const y of bOptions) {
        if (sameValue(x.value, low) && sameValue(y.value, high)) continue;
        const formatIssue = x.formatIssue ?? y.formatIssue;
        alts.push({
          value: x.value, unit, kind, range: { low: x.value, high: y.value },
          key: `range:${unit ?? 'num'}:${formatValue(x.value)}-${formatValue(y.value)}`,
          ...(formatIssue ? { formatIssue } : {}),
        });
      }
    }
    if (alts.length > 0) figure.alternatives = alts;
  }
  const qualifierSource = fa.qualifier;
  if (qualifierSource) figure.qualifier = qualifierSource;
  return { figure, startTok: a.startTok, endTok: b.endTok };
}

function attachQualifier(ctx: Ctx, item: Built): void {
  if (item.figure.kind === 'identifier' || item.figure.kind === 'date' || item.figure.kind === 'time') return;
  const after = ctx.p.postQualifiers.match(ctx.tokens, item.endTok);
  if (after) {
    item.figure.qualifier = after.value;
    return;
  }
  // `oltre il 50%`, `circa i 300`: a determiner may sit between the qualifier and the figure
  const before = tok(ctx, item.startTok - 1);
  const determiner = isWord(before) && ctx.p.determiners.has(before.lower) ? 1 : isPunct(before, "'") && isWord(tok(ctx, item.startTok - 2)) ? 2 : 0;
  for (const end of determiner > 0 ? [item.startTok, item.startTok - determiner] : [item.startTok]) {
    for (let k = Math.max(0, end - 4); k < end; k += 1) {
      const m = ctx.p.qualifiers.match(ctx.tokens, k);
      if (m && m.end === end) {
        item.figure.qualifier = m.value;
        return;
      }
    }
  }
}
