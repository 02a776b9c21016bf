/**
 * What a word may open, decided once per distinct word and profile. Extraction then tries only
 * the matchers this word can be the first word of, instead of all fifteen in turn: a matcher whose
 * bit is clear would return null at this word whatever follows it.
 */
import { CJK_DIGITS } from './extract-amounts.js';
import { LATIN_WORD, type Ctx } from './extract-context.js';
import { romanNumeralIn } from './extract-dates.js';
import { matchAge, matchCompoundOrdinal } from './extract-words.js';
import type { FigureProfile } from './profile.js';
import type { Token } from './scan.js';
import { CJK_SCALES, CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_CURRENCY_PREFIXES } from './units.js';
import { decompose } from './written.js';

/** The cheap filter extraction has always applied: no matcher runs at a word without it (or glued digits after). */
export const W_PASS = 1 << 0;
/** A month name (`matchMonthFirstDate`). */
export const W_MONTH = 1 << 1;
/** A written number may start here: number word, compound, article, fraction (`writtenAt`, `matchAgo`'s count). */
export const W_WRITTEN = 1 << 2;
/** Opens a calendar word: event, relative time, `ago` prefix, weekday, century name, month. */
export const W_CALENDAR = 1 << 3;
export const W_MULTIPLIER = 1 << 4;
export const W_DECADE = 1 << 5;
/** A century word before a numeral (`siglo XIX`) or a Roman numeral itself. */
export const W_ROMAN = 1 << 6;
/** A currency code, a glued currency prefix (`R`, `Rs`) or the letters of a symbol (`US` of `US$`). */
export const W_CURRENCY = 1 << 7;
/** A Latin word that may glue to digits (`VT500`, `Covid-19`). */
export const W_GLUE = 1 << 8;
export const W_ORDINAL = 1 << 9;
export const W_TIME_WORD = 1 << 10;
/** it `ventunesimo`: read as a whole from the word alone. */
export const W_COMPOUND_ORDINAL = 1 << 11;
/** it `tredicenne`: read as a whole from the word alone. */
export const W_AGE = 1 << 12;
/** A Chinese or Japanese numeral character. */
export const W_CJK = 1 << 13;
/** The letters of a currency symbol (`US` of `US$`): the only words the pass filter glues to a symbol. */
export const W_SYMBOL_PREFIX = 1 << 14;

/** Capital letters a Roman numeral may start with (`I`, `V`, `X`, `L`, `C`, `M`). */
const ROMAN_LETTERS = new Set([73, 86, 88, 76, 67, 77]);

/** The letters of a currency symbol, as `mayStartFigure` has always read them. */
const SYMBOL_LETTERS = new Set(
  Object.keys(CURRENCY_SYMBOLS)
    .map((symbol) => /^\p{L}+/u.exec(symbol)?.[0])
    .filter((prefix): prefix is string => prefix !== undefined),
);

/** A symbol without its last character: a word that `word + punctuation` may turn into a symbol. */
const SYMBOL_HEADS = new Set(Object.keys(CURRENCY_SYMBOLS).map((symbol) => [...symbol].slice(0, -1).join('')));

/** Per profile, the class of each word text seen: a text repeats its words, and one Map lookup beats a dozen. */
const classes = new WeakMap<FigureProfile, Map<string, number>>();
/** Class caches are cleared past this size, so memory stays bounded on any input. */
const MAX_CACHED = 100_000;

export function wordClasses(p: FigureProfile): Map<string, number> {
  let cache = classes.get(p);
  if (cache === undefined) {
    cache = new Map();
    classes.set(p, cache);
  }
  return cache;
}

/** The class of a word token (its text decides it: `lower` derives from it). */
export function wordClass(p: FigureProfile, t: Token, cache: Map<string, number>): number {
  let found = cache.get(t.text);
  if (found === undefined) {
    found = classify(p, t.text, t.lower);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(t.text, found);
  }
  return found;
}

function classify(p: FigureProfile, text: string, lower: string): number {
  let bits = passes(p, text, lower) ? W_PASS : 0;
  if (p.months.has(lower)) bits |= W_MONTH | W_CALENDAR;
  if (writtenMayStart(p, lower)) bits |= W_WRITTEN;
  if (opensCalendarWord(p, lower)) bits |= W_CALENDAR;
  if (p.multiplierWords.has(lower) || hyphenHeads(p.multiplierWords).has(lower)) bits |= W_MULTIPLIER;
  if (p.decadeWords.has(lower)) bits |= W_DECADE;
  if (p.centuryWords.has(lower) || romanNumeralIn(text, p.data.ordinalSuffixes) !== null) bits |= W_ROMAN;
  if (CURRENCY_CODES.has(text) || GLUED_CURRENCY_PREFIXES[text] || SYMBOL_HEADS.has(text)) bits |= W_CURRENCY;
  if (LATIN_WORD.test(text) && !GLUED_CURRENCY_PREFIXES[text]) bits |= W_GLUE;
  if (p.ordinalWords.has(lower)) bits |= W_ORDINAL;
  if (p.timeWords.has(lower)) bits |= W_TIME_WORD;
  if (CJK_DIGITS[text] !== undefined || CJK_SCALES[text] !== undefined) bits |= W_CJK;
  if (SYMBOL_LETTERS.has(text)) bits |= W_SYMBOL_PREFIX;
  // Both read the one word and nothing around it, so a lone token answers for every occurrence.
  const alone = loneWord(p, text, lower);
  if (matchCompoundOrdinal(alone, 0) !== null) bits |= W_COMPOUND_ORDINAL;
  if (matchAge(alone, 0) !== null) bits |= W_AGE;
  return bits;
}

/** The word-only part of the filter extraction has always applied before its matchers. */
function passes(p: FigureProfile, text: string, w: string): boolean {
  if (p.numberWords.has(w) || p.ordinalWords.has(w) || p.months.has(w) || p.decadeWords.has(w) || p.articles.has(w)) return true;
  if (p.data.fractionWords[w] !== undefined || CURRENCY_CODES.has(text) || p.startWords.has(w)) return true;
  if (ROMAN_LETTERS.has(text.charCodeAt(0)) && /^[IVXLCM]+(?:e|er|ème)?$/.test(text)) return true;
  if (CJK_DIGITS[text] !== undefined || CJK_SCALES[text] !== undefined) return true;
  if (p.data.ageSuffix && w.endsWith(p.data.ageSuffix)) return true;
  if (p.timeWords.has(w) || p.weekdays.has(w) || p.calendarStarts.has(w) || p.multiplierWords.has(w) || p.centuryNames.has(w)) return true;
  if (p.centuryWords.has(w)) return true;
  for (const suffix of p.ordinalWordSuffixes) if (w.endsWith(suffix)) return true;
  return p.data.compoundNumbers === true && p.morphemePrefixes.has(w.slice(0, 3)) && w.length <= 60;
}

/** `readWrittenNumber` reads nothing unless the first word is a fraction, an article or a number word. */
function writtenMayStart(p: FigureProfile, lower: string): boolean {
  return p.data.fractionWords[lower] !== undefined || p.articles.has(lower) || p.numberWords.has(lower) || decompose(lower, p) !== null;
}

function opensCalendarWord(p: FigureProfile, lower: string): boolean {
  return p.eventNames.opens(lower) || p.relativeTimes.opens(lower) || p.agoBefore.opens(lower) || p.weekdays.has(lower) ||
    hyphenHeads(p.weekdays).has(lower) || p.centuryNames.has(lower);
}

/** `quinta` of `quinta-feira`, `four` of `four-fold`: the word before the first hyphen of a hyphenated key. */
const heads = new WeakMap<ReadonlyMap<string, number>, ReadonlySet<string>>();

function hyphenHeads(words: ReadonlyMap<string, number>): ReadonlySet<string> {
  let found = heads.get(words);
  if (found === undefined) {
    found = new Set([...words.keys()].filter((key) => key.includes('-')).map((key) => key.slice(0, key.indexOf('-'))));
    heads.set(words, found);
  }
  return found;
}

/** A context holding the word alone, for the matchers that read nothing else. */
function loneWord(p: FigureProfile, text: string, lower: string): Ctx {
  return { text, tokens: [{ type: 'word', start: 0, end: text.length, text, lower, space: true }], p, parses: new Map() };
}
