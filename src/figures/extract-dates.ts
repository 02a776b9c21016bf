/** Dates, decades and centuries: `21 November 2026`, `11/12/2026`, `2019/20`, `1930s`, `anni Ottanta`, `XIX secolo`. */
import type { FigureReading } from '../types.js';
import { figureKey, glued, isPunct, isWord, plainInt, spanFigure, tok, type Built, type Ctx, writtenAt } from './extract-context.js';
import type { Token } from './scan.js';

const ROMAN = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

export function dateFigure(ctx: Ctx, startTok: number, endTok: number, y: number | null, m: number | null, d: number | null,
  alternatives?: FigureReading[]): Built {
  const value = (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
  const figure = spanFigure(ctx, startTok, endTok, 'date', value, null, dateKey(y, m, d));
  if (alternatives && alternatives.length > 0) figure.alternatives = alternatives;
  return { figure, startTok, endTok };
}

export function dateKey(y: number | null, m: number | null, d: number | null): string {
  const pad = (n: number | null, w: number): string => (n === null ? '?'.repeat(w) : String(n).padStart(w, '0'));
  return `date:${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

function expandYear(n: number, digits: number): number {
  if (digits >= 3) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

/** Months are capitalised in English and German; elsewhere they are written in lower case. */
export function capitalisedMonths(ctx: Ctx): boolean {
  return ctx.p.code === 'en' || ctx.p.code === 'de';
}

/** The month's full name is its longest spelling (`settembre`, not `set`/`sett`). */
export function isFullMonthName(ctx: Ctx, word: string): boolean {
  const month = ctx.p.months.get(word);
  if (month === undefined) return false;
  for (const [other, m] of ctx.p.months) if (m === month && other.length > word.length) return false;
  return true;
}

/**
 * A month name at `tokens[i]`. English and German months are capitalised. Elsewhere an
 * abbreviation may be a common word (it `mar` sea, `set` in tennis, `ago` needle): it counts only
 * between a day number and a year (`3 set 2019`, `3 set. 2019`), never after a day written as a
 * word (`primo set`) nor alone (`in 3 set.` ends a sentence).
 */
export function monthAt(ctx: Ctx, i: number, afterDay = false, dayInWords = false): { month: number; end: number } | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  const month = ctx.p.months.get(t.lower);
  if (month === undefined) return null;
  // Abbreviations that are also common words (it `mar`, `set`) need a capital unless a day precedes
  // them; full names of four letters or fewer (fr `juin`, `mai`, es `mayo`) do not.
  if ((!isFullMonthName(ctx, t.lower) && !afterDay) || capitalisedMonths(ctx)) {
    if (t.text[0] !== t.text[0]?.toUpperCase()) return null;
  }
  let end = i + 1;
  const dotted = t.lower.length <= 4 && isPunct(tok(ctx, end), '.') && glued(tok(ctx, end));
  if (dotted) end += 1;
  if (!capitalisedMonths(ctx) && !isFullMonthName(ctx, t.lower)) {
    if (dayInWords) return null;
    const yearNext = yearAt(ctx, end) !== null || (isPunct(tok(ctx, end), ',') && yearAt(ctx, end + 1) !== null);
    if (!yearNext) return null;
  }
  return { month, end };
}

export function yearAt(ctx: Ctx, i: number): number | null {
  const t = tok(ctx, i);
  const n = plainInt(t);
  if (n === null || (t?.groups?.[0]?.length ?? 0) !== 4) return null;
  return n;
}

export function yearContextBefore(ctx: Ctx, i: number): boolean {
  const prev = tok(ctx, i - 1);
  if (isWord(prev) && (ctx.p.yearContext.has(prev.lower) || ctx.p.months.has(prev.lower))) return true;
  if (isPunct(prev, "'")) {
    const word = tok(ctx, i - 2);
    return isWord(word) && ctx.p.yearContext.has(word.lower);
  }
  return false;
}

/** `21 November 2026`, `1° aprile`, `1st April`, `11/12/2026`, `2026-11-21`, `2019/20`. */
export function matchDate(ctx: Ctx, i: number): Built | null {
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
        const figure = spanFigure(ctx, i, i + 3, 'range', n, 'year', `range:year:${n}-${end}`);
        figure.range = { low: n, high: end };
        return { figure, startTok: i, endTok: i + 3 };
      }
    }
  }
  // day month [year]; es `el triunfo 4-1 de febrero`: the second number of a score is no day
  const hyphen = tok(ctx, i - 1);
  const scoreTail = isPunct(hyphen, '-') && glued(hyphen) && glued(t) && tok(ctx, i - 2)?.type === 'num';
  if (n >= 1 && n <= 31 && len <= 2 && !scoreTail) {
    let j = i + 1;
    const suffix = tok(ctx, j);
    if (suffix && glued(suffix) && ((suffix.type === 'punct' && (suffix.lower === '°' || suffix.text === 'ª' || (suffix.text === '.' && monthAt(ctx, j + 1, true)))) ||
      (suffix.type === 'word' && ctx.p.data.ordinalSuffixes.includes(suffix.lower)))) j += 1;
    if (dayMonthConnectorAt(ctx, i, j) || isDateConnector(ctx, j)) j += 1;
    const month = monthAt(ctx, j, true);
    if (month) {
      let end = month.end;
      if (
        isPunct(tok(ctx, end), ',') ||
        ((isDateConnector(ctx, end) || (isWord(tok(ctx, end)) && ctx.p.yearContext.has(tok(ctx, end)?.lower ?? ''))) && yearAt(ctx, end + 1) !== null)
      ) end += 1;
      const year = yearAt(ctx, end);
      if (year !== null) return dateFigure(ctx, i, end + 1, year, month.month, n);
      return dateFigure(ctx, i, month.end, null, month.month, n);
    }
  }
  return null;
}

/** es/pt `de`, `del` between the parts of a date (a locale hook: see `dateConnectors`). */
function isDateConnector(ctx: Ctx, i: number): boolean {
  const t = tok(ctx, i);
  return isWord(t) && (ctx.p.data.dateConnectors?.includes(t.lower) ?? false);
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
export function matchMonthFirstDate(ctx: Ctx, i: number): Built | null {
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
  if ((isDateConnector(ctx, k) || (isWord(tok(ctx, k)) && ctx.p.yearContext.has(tok(ctx, k)?.lower ?? ''))) && yearAt(ctx, k + 1) !== null) k += 1;
  const year = yearAt(ctx, k);
  if (year !== null) return dateFigure(ctx, i, k + 1, year, month.month, null);
  return null;
}

/** `1930s`, `80s`, `'80s`. */
export function matchDecade(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const n = plainInt(t);
  const s = tok(ctx, i + 1);
  const suffixes = ctx.p.data.decadeSuffixes ?? ['s'];
  if (n === null || !t || !isWord(s) || !suffixes.includes(s.lower) || !glued(s)) return null;
  const len = t.groups?.[0]?.length ?? 0;
  if (len === 4 && n % 100 === 0 && n >= 1100) {
    // `the 1800s` is as often the whole century (l'Ottocento, the 19th century) as its first decade
    const built = decadeFigure(ctx, i, i + 2, n, false);
    const century = n / 100 + 1;
    built.figure.alternatives = [{ value: century, unit: 'century', key: `century:${century}`, kind: 'ordinal', note: 'the century' }];
    return built;
  }
  if (len === 4 && n % 10 === 0) return decadeFigure(ctx, i, i + 2, n, false);
  if (len === 2 && n % 10 === 0) {
    const prev = tok(ctx, i - 1);
    const start = isPunct(prev, "'") && glued(t) ? i - 1 : i;
    return decadeFigure(ctx, start, i + 2, n >= 30 ? 1900 + n : 2000 + n, true);
  }
  return null;
}

function decadeFigure(ctx: Ctx, startTok: number, endTok: number, decade: number, weak: boolean): Built {
  const figure = spanFigure(ctx, startTok, endTok, 'year', decade, 'decade', `decade:${decade}`);
  if (weak) figure.weak = true;
  figure.range = { low: decade, high: decade + 9 };
  if (weak) {
    figure.alternatives = [{ value: decade % 100, unit: 'year', key: figureKey('quantity', decade % 100, 'year'), kind: 'quantity', note: 'an age (in their 40s)' }];
  }
  return { figure, startTok, endTok };
}

/** `anni '80`, `anni Ottanta`, `années 80`. */
export function matchDecadeWords(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t) || !ctx.p.decadeWords.has(t.lower)) return null;
  let j = i + 1;
  if (isDateConnector(ctx, j)) j += 1; // `década de 1980`
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

/** `XIX secolo`, `the XIXth century`, the `XI` of `XI e XII secolo` → ordinal. */
export function matchRomanCentury(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  // `siglo XIX`, `século XIX`: the numeral after the century word.
  const after = tok(ctx, i + 1);
  if (isWord(t) && ctx.p.centuryWords.has(t.lower) && isWord(after) && /^[IVXLCM]+$/.test(after.text) && ROMAN.test(after.text)) {
    const value = romanValue(after.text);
    return { figure: spanFigure(ctx, i, i + 2, 'ordinal', value, 'century', `century:${value}`), startTok: i, endTok: i + 2 };
  }
  if (!isWord(t)) return null;
  const numeral = romanNumeralIn(t.text, ctx.p.data.ordinalSuffixes);
  if (numeral === null || !centuryFollows(ctx, i + 1)) return null;
  const value = romanValue(numeral);
  return { figure: spanFigure(ctx, i, i + 1, 'ordinal', value, 'century', `century:${value}`), startTok: i, endTok: i + 1 };
}

/** The Roman numeral a word is, with an ordinal suffix glued to it or not (fr `XIXe`), or null. */
export function romanNumeralIn(text: string, ordinalSuffixes: readonly string[]): string | null {
  const suffix = ordinalSuffixes.find((end) => text.length > end.length && text.endsWith(end) && /^[IVXLCM]+$/.test(text.slice(0, -end.length)));
  const numeral = suffix === undefined ? text : text.slice(0, -suffix.length);
  return /^[IVXLCM]+$/.test(numeral) && ROMAN.test(numeral) ? numeral : null;
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

/** A day written as a word before its month: `il due di febbraio`, `il sette febbraio`, `the third of May` (ordinals elsewhere). */
export function matchWrittenDate(ctx: Ctx, i: number): Built | null {
  const written = writtenAt(ctx, i);
  if (!written || written.scale !== 1 || written.ordinal || !Number.isInteger(written.value) || written.value < 1 || written.value > 31) return null;
  let j = written.end;
  if (dayMonthConnectorAt(ctx, i, j)) j += 1;
  const month = monthAt(ctx, j, true, true);
  if (!month) return null;
  let end = month.end;
  if (isPunct(tok(ctx, end), ',')) end += 1;
  const year = yearAt(ctx, end);
  return year !== null ? dateFigure(ctx, i, end + 1, year, month.month, written.value) : dateFigure(ctx, i, month.end, null, month.month, written.value);
}

/**
 * `19th of January`, `il 19 di gennaio`: a connector between day and month, only after an ordinal
 * suffix or a determiner (`4-1 di febbraio` is a score in February, not the first of February).
 */
function dayMonthConnectorAt(ctx: Ctx, dayTok: number, j: number): boolean {
  const word = tok(ctx, j);
  if (!isWord(word) || !ctx.p.dayMonthConnectors.has(word.lower)) return false;
  if (j > dayTok + 1 && tok(ctx, dayTok)?.type === 'num') return true;
  const before = tok(ctx, dayTok - 1);
  return isWord(before) && ctx.p.determiners.has(before.lower);
}

/** Words joining two centuries that share one century word (`11th and 12th centuries`, `XI e XII secolo`). */
const CENTURY_JOINERS = new Set(['-', '–', 'and', 'or', 'to', 'e', 'ed', 'o', 'a', 'al', 'et', 'ou', 'und', 'oder', 'y', 'bis']);

/**
 * A century word at `j`, or one after a joined second century (`and 12th centuries`,
 * `e il XII secolo`, `-XII secolo`): a bounded look of at most five tokens.
 */
export function centuryFollows(ctx: Ctx, j: number): boolean {
  const isCentury = (k: number): boolean => isWord(tok(ctx, k)) && ctx.p.centuryWords.has(tok(ctx, k)?.lower ?? '');
  if (isCentury(j)) return true;
  if (!CENTURY_JOINERS.has(tok(ctx, j)?.lower ?? '')) return false;
  let k = j + 1;
  if (isWord(tok(ctx, k)) && ctx.p.determiners.has(tok(ctx, k)?.lower ?? '')) k += 1;
  const second = tok(ctx, k);
  if (isWord(second) && /^[IVXLCM]+$/.test(second.text)) return isCentury(k + 1);
  if (isWord(second) && ctx.p.ordinalWords.has(second.lower)) return isCentury(k + 1);
  const suffix = tok(ctx, k + 1);
  if (second?.type === 'num' && isWord(suffix) && glued(suffix) && ctx.p.data.ordinalSuffixes.includes(suffix.lower)) return isCentury(k + 2);
  return false;
}
