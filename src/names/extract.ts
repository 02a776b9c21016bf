import type { LanguageCode } from '../types.js';
import { isWhitespace } from '../text/whitespace.js';
import { nameLanguage } from './languages.js';
import { NAME_WORD, nameTable, plainWord, wordKey } from './table.js';
import { latinPattern } from '../text/latin-pattern.js';
import { hasLower, hasUpper, lettersOf, startsLower } from '../text/letters.js';

/** A word of a sentence, as the name check sees it. */
export interface NameWord {
  text: string;
  key: string;
  start: number;
  capitalised: boolean;
  /** All capitals (`EU`, `NATO`, `U.S.`) or capitals inside (`CoinDesk`): a name wherever it stands. */
  marked: boolean;
  /** First word of the sentence, or after a colon, quote or bracket: capitalised by position. */
  initial: boolean;
  /** Initial because a quote or bracket opens right before it inside the sentence (`detto "Vettel, …`). */
  quoted: boolean;
}

/** A proper name found in a sentence: one or more words. */
export interface FoundName {
  text: string;
  start: number;
  words: NameWord[];
}

/**
 * Abbreviations whose dot is no sentence end: titles (Italian writes them in lower case, `il prof.
 * Czeisler`) and the `v.`/`vs.` of a case name (`Roe v. Wade`).
 */
const TITLE_DOT = latinPattern(
  String.raw`(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Prof|Sig|Sr|Jr|Rev|Hon|Lt|Col|Capt|Sgt|Dott|Avv|Ing|On|prof|dott|sig|avv|dr|v|vs)\.\s+$`,
  'u',
);
const OPENER = /[.!?:;"“”«»‘(\[—–]\s*$|^\s*$/u;
/** A quote or bracket opened after a word or comma, not after a sentence end or colon. */
const QUOTE_OPENER = latinPattern(String.raw`[\p{L}\p{N},]\s*["“«‘(\[]$`, 'u');
/** A quote closed after a comma (`…life," Hale said`) or a word (`"Hans" Geiger`). */
const QUOTE_CLOSED = latinPattern(String.raw`(?:[\p{L}\p{N}]|,\s*)["”’»]\s*$`, 'u');
const PARTICLE_BEFORE_CAPITAL = latinPattern(String.raw`^\p{Ll}+-\p{Lu}`, 'u');
const CAPITAL_INSIDE = latinPattern(String.raw`^\p{L}+\p{Lu}`, 'u');
const LOWER_PREFIX = latinPattern(String.raw`^\p{Ll}+-(?=.)`, 'u');

/**
 * Words of recent sentences: the drift checks ask for the same sentence several times (document
 * keys, headline test, names, the pair comparison). Cleared past a size, so memory stays bounded.
 */
const wordsOfSentence = new Map<string, readonly NameWord[]>();
const MAX_CACHED_SENTENCES = 20_000;

export function sentenceWords(text: string): readonly NameWord[] {
  let words = wordsOfSentence.get(text);
  if (words === undefined) {
    words = splitSentenceWords(text);
    if (wordsOfSentence.size >= MAX_CACHED_SENTENCES) wordsOfSentence.clear();
    wordsOfSentence.set(text, words);
  }
  return words;
}

function splitSentenceWords(text: string): NameWord[] {
  const result: NameWord[] = [];
  // Elisions (`dell'Unione`, `d’America`) and possessives (`AMLO's`) split at the apostrophe.
  for (const match of text.matchAll(NAME_WORD.on(text))) {
    const word = match[0];
    const start = match.index;
    const first = word[0]!;
    const hasCapital = hasUpperCase(word);
    // `al-Moualem`, `bin-Salman`: a lower-case particle before a capitalised name; `post-Brexit`,
    // `anti-DARPA`: a lower-case prefix before one.
    const capitalised = first !== first.toLowerCase() || (hasCapital && PARTICLE_BEFORE_CAPITAL.test(word));
    const initial = result.length === 0 || opensSentence(text, start);
    const quoted = initial && result.length > 0 && QUOTE_OPENER.test(text.slice(Math.max(0, start - 4), start));
    result.push({ text: word, key: wordKey(word), start, capitalised, marked: hasCapital && isMarked(word), initial, quoted });
  }
  return withoutShouting(result);
}

/** All capitals (`EU`, `U.S.`) or capitals inside (`CoinDesk`). */
function isMarked(word: string): boolean {
  const letters = lettersOf(word);
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  const unhyphenated = word.replace(/-/g, '');
  return CAPITAL_INSIDE.test(unhyphenated) && hasLower(word);
}

/** `word !== word.toLowerCase()`, without a lower-case copy of an ASCII word (most words). */
function hasUpperCase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x80) return word !== word.toLowerCase();
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** What OPENER sees in the three characters before `start`, without a slice: most words follow a letter and a space. */
function mayOpen(text: string, start: number): boolean {
  const from = Math.max(0, start - 3);
  let at = start - 1;
  while (at >= from && isWhitespace(text.charCodeAt(at))) at--;
  return at < from || OPENER_CHARACTERS.has(text[at]!);
}

/** Whether `text[from, to)` is whitespace only (`\s`), as `!/[^\s]/u.test(text.slice(from, to))`. */
function allSpace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isWhitespace(text.charCodeAt(at))) return false;
  return true;
}

const OPENER_CHARACTERS = new Set('.!?:;"“”«»‘([—–');

/** Whether the word at `start` follows a sentence end, colon, quote or bracket. */
function opensSentence(text: string, start: number): boolean {
  if (!mayOpen(text, start) || !OPENER.test(text.slice(Math.max(0, start - 3), start))) return false;
  // The dot of a title (`Mr. Trump`, `Dr. Ford`) does not end a sentence.
  if (TITLE_DOT.test(text.slice(Math.max(0, start - 7), start))) return false;
  // A quote closed after a comma (`…life," Hale said`) or a word (`"Hans" Geiger`) opens nothing.
  return !QUOTE_CLOSED.test(text.slice(Math.max(0, start - 4), start));
}

/** Whether `pattern` (anchored at the end) matches `before`, the text before a word. */

const ALL_CAPS = latinPattern(String.raw`^[\p{Lu}\p{N}.-]+$`, 'u');

/** Three or more all-capital words in a row are shouting (`THANK YOU FOR STANDING UP`), not acronyms. */
function withoutShouting(words: NameWord[]): NameWord[] {
  let runStart = 0;
  for (let at = 0; at <= words.length; at++) {
    if (at < words.length && ALL_CAPS.test(words[at]!.text) && hasUpper(words[at]!.text)) continue;
    const run = words.slice(runStart, at);
    if (run.length >= 3 && run.some((word) => word.text.length >= 4)) {
      for (let i = runStart; i < at; i++) words[i] = { ...words[i]!, capitalised: false, marked: false };
    }
    runStart = at + 1;
  }
  return words;
}

/**
 * Keys of words written capitalised where position does not explain it, anywhere in a document:
 * a sentence-initial word on this list is a name (`Binance said …` after `… of Binance.`).
 */
export function documentNameKeys(sentences: readonly string[], lang: LanguageCode): Set<string> {
  const { notNames, isCommonNoun } = nameLanguage(lang);
  const keys = new Set<string>();
  for (const sentence of sentences) {
    if (isHeadline(sentenceWords(sentence))) continue;
    for (const word of sentenceWords(sentence)) {
      if (!word.capitalised || word.initial) continue;
      const lower = word.text.toLowerCase();
      if (!notNames.has(lower) && !(isCommonNoun?.(lower) ?? false)) keys.add(word.key);
    }
  }
  return keys;
}

/** Title Case: most longer words capitalised, so capitals say nothing about names. */
export function isHeadline(words: readonly NameWord[]): boolean {
  let long = 0;
  let lowerCase = 0;
  for (const word of words) {
    if (word.text.length < 4 || word.marked) continue;
    long++;
    if (!word.capitalised) lowerCase++;
  }
  // A list of names (`… include Dick Advocaat, David Moyes and Paulo Di Canio.`) has lower-case verbs and nouns.
  return long >= 3 && lowerCase <= 0.3 * long && lowerCase <= 1;
}

/**
 * The proper names of a sentence: runs of capitalised words (joined by connectors such as `of`,
 * `di`), minus calendar words, titles and pronouns. A word capitalised only by its position (the
 * first word, a Title-Case headline) counts when it is marked (`EU`, `CoinDesk`), a known place or
 * nationality, or written capitalised elsewhere in the document.
 */
export function namesInSentence(
  text: string,
  lang: LanguageCode,
  documentKeys: ReadonlySet<string>,
  isUnknownWord?: (word: string) => boolean,
): FoundName[] {
  const words = sentenceWords(text);
  const { notNames, connectors, isCommonNoun } = nameLanguage(lang);
  const table = nameTable(lang);
  const headline = isHeadline(words);
  const isNameWord = (word: NameWord): boolean => {
    if (!word.capitalised || word.text.length < 2 && !word.marked) return false;
    // Dots aside (`Mr.`), not the folded key: `Lee` folds to `le`, an article.
    // A prefixed word is judged by what follows its prefix: `mid-September` is a month.
    const folded = word.text.toLowerCase();
    const lower = folded.includes('-') ? folded.replace(LOWER_PREFIX.on(folded), (prefix) => (startsLower(word.text) ? '' : prefix)) : folded;
    if (notNames.has(lower) || (lower.includes('.') && notNames.has(lower.replace(/\./gu, '')))) return false;
    if (word.marked) return true;
    if (isCommonNoun?.(word.text.toLowerCase()) && !table.plainForms.has(plainWord(word.text))) return false;
    if (!word.initial && !headline) return true;
    // A quote opening inside a sentence capitalises its first word: a name if the language does not know it.
    if (word.quoted && !headline && isUnknownWord?.(word.text) === true) return true;
    // Exactly a known place or nationality: folded keys would let `Siamo` pass for `Siam`.
    return documentKeys.has(word.key) || table.plainForms.has(plainWord(word.text));
  };

  const names: FoundName[] = [];
  let run: NameWord[] = [];
  const flush = (): void => {
    while (run.length > 0 && !isNameWord(run.at(-1)!)) run.pop();
    if (run.length > 0) {
      const first = run[0]!;
      const last = run.at(-1)!;
      names.push({ text: text.slice(first.start, last.start + last.text.length), start: first.start, words: run });
    }
    run = [];
  };
  let previousEnd = 0;
  for (const word of words) {
    // Punctuation ends a name: `Kavanaugh, Flake` are two.
    if (run.length > 0 && !allSpace(text, previousEnd, word.start)) flush();
    previousEnd = word.start + word.text.length;
    if (isNameWord(word)) run.push(word);
    else if (run.length > 0 && connectors.has(word.text.toLowerCase())) run.push(word);
    else flush();
  }
  flush();
  return names;
}
