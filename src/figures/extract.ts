/**
 * Figure extraction: a left-to-right pass over tokens that assembles each figure from its parts
 * (sign, currency, number, scale, percent, unit, qualifier, range) with exact character spans.
 * Every matcher looks at a bounded window of tokens, so the whole pass is linear.
 */
import type { Figure, LanguageCode } from '../types.js';
import { matchAmount, matchCurrencyCodeFirst } from './extract-amounts.js';
import { type Built, type Ctx, tok } from './extract-context.js';
import { matchAgo, matchCalendarWord, matchMultiplier } from './extract-calendar.js';
import { matchDate, matchDecade, matchDecadeWords, matchMonthFirstDate, matchRomanCentury, matchWrittenDate } from './extract-dates.js';
import { matchGluedAlnum, matchIdentifier } from './extract-identifiers.js';
import { attachQualifier, joinRanges } from './extract-ranges.js';
import { matchMilitaryTime, matchTime, matchTimeWord } from './extract-times.js';
import { matchAge, matchCompoundOrdinal, matchOrdinalWord, matchWritten } from './extract-words.js';
import { figureProfile } from './profile.js';
import { tokenize, type Token } from './scan.js';
import { CURRENCY_SYMBOLS } from './units.js';
import {
  W_AGE, W_CALENDAR, W_CJK, W_COMPOUND_ORDINAL, W_CURRENCY, W_DECADE, W_GLUE, W_MONTH, W_MULTIPLIER, W_ORDINAL, W_PASS, W_ROMAN,
  W_SYMBOL_PREFIX, W_TIME_WORD, W_WRITTEN, wordClassifier,
} from './word-class.js';

export { figureKey } from './extract-context.js';
export { dateKey } from './extract-dates.js';

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
  const p = figureProfile(lang);
  const ctx: Ctx = { text, tokens: tokenize(text, wordClassifier(p)), p, parses: new Map() };
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
  for (const item of withRanges) {
    attachQualifier(ctx, item);
    if (isAnaphoricCount(ctx, item)) item.figure.weak = true;
  }
  return withRanges.map((b) => b.figure);
}

function matchAt(ctx: Ctx, i: number): Built | null {
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
    const cls = t.cls ?? 0;
    if (!mayStartFigure(ctx, i, t, cls)) return null;
    for (const [bits, matcher] of WORD_MATCHERS) {
      if ((cls & bits) === 0) continue;
      const found = matcher(ctx, i);
      if (found) return found;
    }
    return null;
  }
  // Punctuation opens a figure only as a currency symbol or a sign.
  if (CURRENCY_SYMBOLS[t.text] === undefined && CURRENCY_SYMBOLS[t.lower] === undefined && t.lower !== '-' && t.lower !== '+') return null;
  return matchAmount(ctx, i);
}

/**
 * The matchers a word may open, in the order they are tried, each with the word classes it can
 * start at (at any other word it returns null, so skipping it changes nothing).
 */
const WORD_MATCHERS: ReadonlyArray<readonly [number, (ctx: Ctx, i: number) => Built | null]> = [
  [W_MONTH, matchMonthFirstDate],
  [W_WRITTEN, matchWrittenDate],
  [W_WRITTEN, matchAgo],
  [W_CALENDAR, matchCalendarWord],
  [W_MULTIPLIER, matchMultiplier],
  [W_DECADE, matchDecadeWords],
  [W_WRITTEN, matchTime],
  [W_ROMAN, matchRomanCentury],
  [W_CURRENCY, matchCurrencyCodeFirst],
  [W_GLUE, matchGluedAlnum],
  [W_ORDINAL, matchOrdinalWord],
  [W_TIME_WORD, matchTimeWord],
  [W_COMPOUND_ORDINAL, matchCompoundOrdinal],
  [W_AGE, matchAge],
  [W_WRITTEN | W_CURRENCY | W_CJK, matchWritten],
];

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
function mayStartFigure(ctx: Ctx, i: number, t: Token, cls: number): boolean {
  if ((cls & W_PASS) !== 0) return true;
  const next = tok(ctx, i + 1);
  // `VT500`, `US$3`, `Covid-19`
  return next !== undefined && !next.space &&
    (next.type === 'num' || next.lower === '-' || ((cls & W_SYMBOL_PREFIX) !== 0 && CURRENCY_SYMBOLS[t.text + next.text] !== undefined));
}
