/**
 * Figure extraction: a left-to-right pass over tokens that assembles each figure from its parts
 * (sign, currency, number, scale, percent, unit, qualifier, range) with exact character spans.
 * Every matcher looks at a bounded window of tokens, so the whole pass is linear.
 */
import type { Figure, LanguageCode } from '../types.js';
import { matchAmount, matchCurrencyCodeFirst, CJK_DIGITS } from './extract-amounts.js';
import { type Built, type Ctx, tok } from './extract-context.js';
import { matchAgo, matchCalendarWord, matchMultiplier } from './extract-calendar.js';
import { matchDate, matchDecade, matchDecadeWords, matchMonthFirstDate, matchRomanCentury, matchWrittenDate } from './extract-dates.js';
import { matchGluedAlnum, matchIdentifier } from './extract-identifiers.js';
import { attachQualifier, joinRanges } from './extract-ranges.js';
import { matchMilitaryTime, matchTime, matchTimeWord } from './extract-times.js';
import { matchAge, matchCompoundOrdinal, matchOrdinalWord, matchWritten } from './extract-words.js';
import { figureProfile, type FigureProfile } from './profile.js';
import { tokenize, type Token } from './scan.js';
import { CJK_SCALES, CURRENCY_CODES, CURRENCY_SYMBOLS } from './units.js';

export { figureKey } from './extract-context.js';
export { dateKey } from './extract-dates.js';

/** Capital letters a Roman numeral may start with (`I`, `V`, `X`, `L`, `C`, `M`). */
const ROMAN_LETTERS = new Set([73, 86, 88, 76, 67, 77]);

/**
 * Texts longer than this are read a group of paragraphs at a time: a figure never spans a blank
 * line, and a piece's tokens die young (a whole 5 MB text's tokens would all reach the old
 * generation and make garbage collection the larger cost).
 */
const PIECE_CHARS = 64 * 1024;

/** Extracts every figure in `text`, in document order, with spans into `text`. */
export function extractFigures(text: string, lang: LanguageCode): Figure[] {
  if (text.length <= PIECE_CHARS) return extractPiece(text, lang);
  const figures: Figure[] = [];
  let start = 0;
  while (start < text.length) {
    const end = pieceEnd(text, start);
    appendShifted(figures, extractPiece(text.slice(start, end), lang), start);
    start = end;
  }
  return figures;
}

/** Appends figures found in a slice of a text that starts at `offset`, with spans moved into the text. */
export function appendShifted(figures: Figure[], found: readonly Figure[], offset: number): void {
  for (const figure of found) {
    figure.start += offset;
    figure.end += offset;
    figures.push(figure);
  }
}

/** Just past the first blank line at least half a piece after `start`, or the text's end. */
function pieceEnd(text: string, start: number): number {
  let newline = text.indexOf('\n', start + PIECE_CHARS / 2);
  while (newline >= 0) {
    let k = newline + 1;
    while (k < text.length && isBlankLineChar(text.charCodeAt(k))) k += 1;
    if (k < text.length && text.charCodeAt(k) === 0x0a) return k + 1;
    newline = text.indexOf('\n', k);
  }
  return text.length;
}

/** Space, tab, carriage return, no-break space: what a blank line may hold besides its newline. */
function isBlankLineChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === 0xa0;
}

function extractPiece(text: string, lang: LanguageCode): Figure[] {
  const ctx: Ctx = { text, tokens: tokenize(text), p: figureProfile(lang), parses: new Map() };
  const verdicts = verdictsOf(ctx.p);
  const built: Built[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    const found = matchAt(ctx, i, verdicts);
    if (found) {
      built.push(found);
      i = Math.max(found.endTok, i + 1);
    } else {
      i += 1;
    }
  }
  const withRanges = joinRanges(ctx, built);
  for (const item of withRanges) {
    attachQualifier(ctx, item);
    if (isAnaphoricCount(ctx, item)) item.figure.weak = true;
  }
  return withRanges.map((b) => b.figure);
}

function matchAt(ctx: Ctx, i: number, verdicts: Map<string, boolean>): Built | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'num') {
    // `07h55`: a time, not the identifier `07`.
    const hourMark = tok(ctx, i + 1);
    const clock = hourMark?.lower === 'h' && !hourMark.space ? matchTime(ctx, i) : null;
    return clock ?? matchDate(ctx, i) ?? matchMilitaryTime(ctx, i) ?? matchIdentifier(ctx, i) ?? matchTime(ctx, i) ?? matchDecade(ctx, i) ??
      matchAgo(ctx, i) ?? matchAmount(ctx, i);
  }
  if (t.type === 'word') {
    if (!mayStartFigure(ctx, i, t, verdicts)) return null;
    return (
      matchMonthFirstDate(ctx, i) ??
      matchWrittenDate(ctx, i) ??
      matchAgo(ctx, i) ??
      matchCalendarWord(ctx, i) ??
      matchMultiplier(ctx, i) ??
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

/** Demonstratives of the supported languages (`these 2 paths`, `questi 3 paesi`, `ces 2 voies`). */
const DEMONSTRATIVES = new Set([
  'these', 'those', 'questi', 'queste', 'quei', 'quegli', 'quelle', 'ces', 'diese', 'dieser', 'diesen', 'jene',
  'estos', 'estas', 'esos', 'esas', 'aquellos', 'aquellas', 'estes', 'esses', 'essas', 'aqueles', 'aquelas',
]);

/**
 * `these 2 paths`: a one-digit count after a demonstrative points back at things already named,
 * so a translation may fold it into the phrasing (`questo incrocio`); like a number word, it is
 * weak (reported when changed, not when absent).
 */
function isAnaphoricCount(ctx: Ctx, item: Built): boolean {
  const { figure } = item;
  if (figure.kind !== 'number' || figure.unit !== null || figure.range !== undefined || !/^[1-9]$/.test(figure.surface)) return false;
  const before = tok(ctx, item.startTok - 1);
  return before?.type === 'word' && DEMONSTRATIVES.has(before.lower);
}

/** A cheap test that rules out most words before the matchers run (most words are no figure). */
function mayStartFigure(ctx: Ctx, i: number, t: Token, verdicts: Map<string, boolean>): boolean {
  const next = tok(ctx, i + 1);
  // `VT500`, `US$3`, `Covid-19`
  if (next && !next.space && (next.type === 'num' || next.lower === '-' || (CURRENCY_SYMBOL_PREFIXES.has(t.text) && CURRENCY_SYMBOLS[t.text + next.text] !== undefined))) {
    return true;
  }
  return wordMayStartFigure(ctx.p, t, verdicts);
}

/** The letters a currency symbol starts with (`US` of `US$`, `Fr` of `Fr.`): only these words glue to a symbol. */
const CURRENCY_SYMBOL_PREFIXES = new Set(
  Object.keys(CURRENCY_SYMBOLS)
    .map((symbol) => /^\p{L}+/u.exec(symbol)?.[0])
    .filter((prefix): prefix is string => prefix !== undefined),
);

/** The word's own verdicts, per profile: a text repeats its words, and one Map lookup beats a dozen. */
const wordVerdicts = new WeakMap<FigureProfile, Map<string, boolean>>();
/** Verdict caches are cleared past this size, so memory stays bounded on any input. */
const MAX_CACHED_VERDICTS = 100_000;

function verdictsOf(p: FigureProfile): Map<string, boolean> {
  let verdicts = wordVerdicts.get(p);
  if (verdicts === undefined) {
    verdicts = new Map();
    wordVerdicts.set(p, verdicts);
  }
  return verdicts;
}

function wordMayStartFigure(p: FigureProfile, t: Token, verdicts: Map<string, boolean>): boolean {
  let verdict = verdicts.get(t.text);
  if (verdict === undefined) {
    verdict = wordMayStartFigureUncached(p, t);
    if (verdicts.size >= MAX_CACHED_VERDICTS) verdicts.clear();
    verdicts.set(t.text, verdict);
  }
  return verdict;
}

/** Depends on the token's text only (`lower` is derived from it). */
function wordMayStartFigureUncached(p: FigureProfile, t: Token): boolean {
  const w = t.lower;
  if (p.numberWords.has(w) || p.ordinalWords.has(w) || p.months.has(w) || p.decadeWords.has(w) || p.articles.has(w)) return true;
  if (p.data.fractionWords[w] !== undefined || CURRENCY_CODES.has(t.text) || p.startWords.has(w)) return true;
  if (ROMAN_LETTERS.has(t.text.charCodeAt(0)) && /^[IVXLCM]+(?:e|er|ème)?$/.test(t.text)) return true;
  if (CJK_DIGITS[t.text] !== undefined || CJK_SCALES[t.text] !== undefined) return true;
  if (p.data.ageSuffix && w.endsWith(p.data.ageSuffix)) return true;
  if (p.timeWords.has(w) || p.weekdays.has(w) || p.calendarStarts.has(w) || p.multiplierWords.has(w) || p.centuryNames.has(w)) return true;
  if (p.centuryWords.has(w)) return true;
  for (const suffix of p.ordinalWordSuffixes) if (w.endsWith(suffix)) return true;
  return p.data.compoundNumbers === true && p.morphemePrefixes.has(w.slice(0, 3)) && w.length <= 60;
}
