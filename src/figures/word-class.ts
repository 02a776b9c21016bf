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
import type { WordClassifier } from './scan.js';
import { CJK_SCALES, CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_CURRENCY_PREFIXES } from './units.js';
import { decompose } from './written.js';
import { latinPattern } from '../text/latin-pattern.js';

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

const LEADING_LETTERS = latinPattern(String.raw`^\p{L}+`, 'u');
/** The letters of a currency symbol, as `mayStartFigure` has always read them. */
const SYMBOL_LETTERS = new Set(
  Object.keys(CURRENCY_SYMBOLS)
    .map((symbol) => LEADING_LETTERS.exec(symbol)?.[0])
    .filter((prefix): prefix is string => prefix !== undefined),
);

/** A symbol without its last character: a word that `word + punctuation` may turn into a symbol. */
const SYMBOL_HEADS = new Set(Object.keys(CURRENCY_SYMBOLS).map((symbol) => [...symbol].slice(0, -1).join('')));

/** Tables are emptied past this many words, so memory stays bounded on any input. */
const MAX_WORDS = 100_000;
const FIRST_CAPACITY = 1 << 12;
/** Longer words are classified each time they occur instead of kept. */
const MAX_POOLED_LENGTH = 64;

/**
 * The class of each word text met, per profile: an open-addressing table keyed by the hash the
 * tokenizer computes as it reads the word (a text repeats its words, so most words cost one probe).
 * A slot's word is kept as UTF-16 units in one pool and compared with the text being read: no
 * string object is touched unless the word is new.
 */
class WordClassTable implements WordClassifier {
  /** Per slot: the hash, or 0 for an empty slot (a hash of 0 is stored as 1). */
  private hashes = new Int32Array(0);
  /** Per slot: class, pool offset, length. */
  private entries = new Int32Array(0);
  private pool = new Uint16Array(0);
  private used = 0;
  private size = 0;

  constructor(private readonly p: FigureProfile) {
    this.reset(FIRST_CAPACITY);
  }

  /** The class of the word `source[start, end)`, whose text is `text` (it decides the class: `lower` derives from it). */
  classOf(source: string, start: number, end: number, rawHash: number, text: string, lower: string): number {
    // A long word is rare and would bloat the pool: classify it afresh.
    if (end - start > MAX_POOLED_LENGTH) return classify(this.p, text, lower);
    const hash = rawHash === 0 ? 1 : rawHash;
    const mask = this.hashes.length - 1;
    let k = slot(hash, mask);
    for (let h = this.hashes[k] ?? 0; h !== 0; h = this.hashes[k] ?? 0) {
      if (h === hash && this.sameWord(k, source, start, end)) return this.entries[3 * k] ?? 0;
      k = (k + 1) & mask;
    }
    const found = classify(this.p, text, lower);
    if (this.size >= MAX_WORDS) this.reset(FIRST_CAPACITY);
    else if (2 * (this.size + 1) > this.hashes.length) this.grow();
    this.insert(hash, found, source, start, end);
    return found;
  }

  private sameWord(k: number, source: string, start: number, end: number): boolean {
    const offset = this.entries[3 * k + 1] ?? 0;
    if ((this.entries[3 * k + 2] ?? 0) !== end - start) return false;
    for (let m = 0; m < end - start; m += 1) if (this.pool[offset + m] !== source.charCodeAt(start + m)) return false;
    return true;
  }

  private reset(capacity: number): void {
    this.hashes = new Int32Array(capacity);
    this.entries = new Int32Array(3 * capacity);
    this.pool = new Uint16Array(8 * capacity);
    this.used = 0;
    this.size = 0;
  }

  /** Doubles the slots; the pool keeps its words where they are. */
  private grow(): void {
    const { hashes, entries } = this;
    const capacity = 2 * hashes.length;
    this.hashes = new Int32Array(capacity);
    this.entries = new Int32Array(3 * capacity);
    const mask = capacity - 1;
    hashes.forEach((hash, old) => {
      if (hash === 0) return;
      let k = slot(hash, mask);
      while (this.hashes[k] !== 0) k = (k + 1) & mask;
      this.hashes[k] = hash;
      this.entries.set(entries.subarray(3 * old, 3 * old + 3), 3 * k);
    });
  }

  private insert(hash: number, cls: number, source: string, start: number, end: number): void {
    const length = end - start;
    if (this.used + length > this.pool.length) {
      const pool = new Uint16Array(2 * (this.pool.length + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let m = 0; m < length; m += 1) this.pool[this.used + m] = source.charCodeAt(start + m);
    const mask = this.hashes.length - 1;
    let k = slot(hash, mask);
    while (this.hashes[k] !== 0) k = (k + 1) & mask;
    this.hashes[k] = hash;
    this.entries[3 * k] = cls;
    this.entries[3 * k + 1] = this.used;
    this.entries[3 * k + 2] = length;
    this.used += length;
    this.size += 1;
  }
}

/** FNV's low bits alone cluster; fold the high ones in. */
function slot(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

const tables = new WeakMap<FigureProfile, WordClassTable>();

/** The word classifier of a profile, for `tokenize`. */
export function wordClassifier(p: FigureProfile): WordClassifier {
  let table = tables.get(p);
  if (table === undefined) {
    table = new WordClassTable(p);
    tables.set(p, table);
  }
  return table;
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
