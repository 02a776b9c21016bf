import type { LanguageCode } from '../types.js';
import { commonWordTest, translationBridge, type TranslationBridge } from './bridge.js';
import { namesInSentence, sentenceWords, type FoundName, type NameWord } from './extract.js';
import { nameLanguage } from './languages.js';
import { conceptsIn, conceptsOfKeys, nameTable, plainWord, wordKey, type NameTable } from './table.js';

/** One side of an aligned pair, prepared for name lookups from the other side. */
interface SideIndex {
  lang: LanguageCode;
  words: NameWord[];
  keys: Set<string>;
  /** Lower-case, accent-free words, for shared-prefix matches (`Parliament` ↔ `Parlamento`). */
  plain: string[];
  concepts: Set<string>;
  /** Sorted letters of acronyms and of the initials of capitalised runs (`UN` ↔ `Nazioni Unite`). */
  acronyms: Set<string>;
  /**
   * Forms, in the language of the names looked up, of the places and nationalities this side
   * names: `Galles` meets `Welsh` because `Welsh` is `gallese` (filled in by `compareNames`).
   */
  crossForms: string[];
}

export interface NameComparison {
  /** Source names with no counterpart in the target. */
  missing: FoundName[];
  /** Target names with no counterpart in the source. */
  unexpected: FoundName[];
  /**
   * Capitalised source words with no counterpart, names or not (`Union`, a sentence-initial
   * name): what a new target name may have replaced.
   */
  unmetCapitalised: string[];
}

/** Letters of an acronym or of a run's initials, sorted (`EU` and `UE` give `EU`); a plural `s` dropped. */
function sortedLetters(text: string): string {
  return [...text.replace(/(?<=\p{Lu})s$/u, '').replace(/[^\p{L}]/gu, '').toUpperCase()].sort().join('');
}

function indexSide(text: string, lang: LanguageCode): SideIndex {
  // Hyphenated words count by their parts too (`Kim-Trump` ↔ `Kim e Trump`, `US-China` ↔ `USA-Cina`).
  const words = sentenceWords(text).flatMap(wordParts);
  const acronyms = new Set<string>();
  const { connectors } = nameLanguage(lang);
  let initials = '';
  for (const word of words) {
    if (word.marked && word.text.replace(/[^\p{L}]/gu, '').length <= 6) acronyms.add(sortedLetters(word.text));
    if (word.capitalised) initials += word.text[0];
    else if (!connectors.has(word.text.toLowerCase()) && initials !== '') {
      if (initials.length >= 2) acronyms.add(sortedLetters(initials));
      initials = '';
    }
  }
  if (initials.length >= 2) acronyms.add(sortedLetters(initials));
  const keys = new Set(words.map((word) => word.key));
  return {
    lang,
    words,
    keys,
    plain: words.map((word) => plainWord(word.text)),
    concepts: conceptsIn(
      nameTable(lang),
      words.map((word) => word.key),
    ),
    acronyms,
    crossForms: [],
  };
}

function crossForms(concepts: ReadonlySet<string>, lang: LanguageCode): string[] {
  const table = nameTable(lang);
  return [...concepts].flatMap((concept) => table.conceptForms.get(concept) ?? []).filter((form) => !form.includes(' '));
}

function stemOf(form: string): string {
  return form.slice(0, Math.min(MIN_SHARED_PREFIX, form.length - 1));
}

/** Levenshtein distance, stopping early past `limit`. */
function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return false;
    previous = current;
  }
  return previous[b.length]! <= limit;
}

/** Spelling variants of one name (`Bavaria`/`Baviera`, `Zelensky`/`Zelenskyj`): a few edits on a long word. */
function nearSpelling(key: string, others: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  const limit = Math.max(1, Math.floor(key.length / 3));
  for (const other of others) if (other.length >= 5 && withinEdits(key, other, limit)) return true;
  return false;
}

const MIN_SHARED_PREFIX = 4;

function sharesPrefix(word: string, others: readonly string[]): boolean {
  if (word.length < MIN_SHARED_PREFIX) return false;
  const head = word.slice(0, MIN_SHARED_PREFIX);
  return others.some((other) => other.startsWith(head));
}

/**
 * Whether the other side has a word derived from one of a concept's forms there: the country for
 * its nationality and back (`China` ↔ `cinese`, `Chilean` ↔ `Cile`) share the form's stem.
 */
function derivedFromConcept(concepts: readonly string[], other: SideIndex): boolean {
  const table = nameTable(other.lang);
  return concepts.some((concept) =>
    (table.conceptForms.get(concept) ?? []).some((form) => {
      if (form.includes(' ')) return false;
      const stem = form.slice(0, Math.min(MIN_SHARED_PREFIX, form.length - 1));
      return stem.length >= 3 && other.plain.some((word) => word.startsWith(stem));
    }),
  );
}

export function wordParts(word: NameWord): NameWord[] {
  if (!word.text.includes('-')) return [word];
  const parts = word.text.split('-').filter((part) => part.length >= 2);
  return [word, ...parts.map((part) => ({ ...word, text: part, key: wordKey(part) }))];
}

/** Whether one word of a name has a counterpart in the other side's sentence. */
function wordMeets(word: NameWord, table: NameTable, other: SideIndex, bridge: TranslationBridge | null): boolean {
  return wordParts(word).some((part) => {
    if (other.keys.has(part.key) || sharesPrefix(plainWord(part.text), other.plain) || nearSpelling(part.key, other.keys)) return true;
    const plain = plainWord(part.text);
    if (other.crossForms.some((form) => { const stem = stemOf(form); return stem.length >= 3 && plain.startsWith(stem); })) return true;
    const concepts = conceptsOfKeys(table, [part.key]);
    if (concepts.some((concept) => other.concepts.has(concept)) || derivedFromConcept(concepts, other)) return true;
    if (part.marked && other.acronyms.has(sortedLetters(part.text))) return true;
    // A short form written as the start of a word (`Fed` ↔ `Federal`, `ET` ↔ `ETNews`).
    if (part.marked && other.plain.some((plain) => plain.length > part.text.length && plain.startsWith(plainWord(part.text)))) return true;
    return bridge?.(part.text, other.words) ?? false;
  });
}

/**
 * The capitalised words of a name with no counterpart on the other side; empty when the name
 * meets. Every word must meet, so `Judge Kavanaugh` → `giudice Gorsuch` is caught although
 * `Judge` meets `giudice`. A place or nationality written in several words (`Stati Uniti`) meets
 * as a whole.
 */
function unmetWords(name: FoundName, lang: LanguageCode, other: SideIndex, bridge: TranslationBridge | null): NameWord[] {
  const table = nameTable(lang);
  const covered = new Set<number>();
  const words = name.words;
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) {
      const concepts = conceptsOfKeys(table, words.slice(start, end).map((word) => word.key));
      if (concepts.some((concept) => other.concepts.has(concept)) || derivedFromConcept(concepts, other)) {
        for (let at = start; at < end; at++) covered.add(at);
      }
    }
  }
  return words.filter((word, at) => !covered.has(at) && isCoreWord(word, lang) && !wordMeets(word, table, other, bridge));
}

/** The words that make a name: capitalised, neither connectors nor institution nouns. */
function isCoreWord(word: NameWord, lang: LanguageCode): boolean {
  const { connectors, institutions } = nameLanguage(lang);
  const lower = word.text.toLowerCase();
  return word.capitalised && !connectors.has(lower) && !institutions.has(lower);
}

function coreWords(name: FoundName, lang: LanguageCode): number {
  return name.words.filter((word) => isCoreWord(word, lang)).length;
}

/**
 * Whether a word stands out as a proper name rather than a capitalised common noun (`Corte`,
 * `Partito`, `Mondiali` translate the source's words): an acronym or mixed-case word, a known
 * place or nationality, or a word the lexicon does not know as a common word.
 */
function isDistinctive(word: NameWord, table: NameTable, common: ((word: string) => boolean) | null): boolean {
  return word.marked || common === null || conceptsOfKeys(table, [word.key]).length > 0 || !common(word.text);
}

/**
 * The names of an aligned pair that have no counterpart on the other side. `sourceKeys` and
 * `targetKeys` are the documents' name keys (see `documentNameKeys`).
 */
export function compareNames(
  source: { text: string; lang: LanguageCode; documentKeys: ReadonlySet<string> },
  target: { text: string; lang: LanguageCode; documentKeys: ReadonlySet<string> },
): NameComparison {
  const sourceNames = namesInSentence(source.text, source.lang, source.documentKeys);
  const targetNames = namesInSentence(target.text, target.lang, target.documentKeys);
  if (sourceNames.length === 0 && targetNames.length === 0) return { missing: [], unexpected: [], unmetCapitalised: [] };
  const sourceIndex = indexSide(source.text, source.lang);
  const targetIndex = indexSide(target.text, target.lang);
  sourceIndex.crossForms = crossForms(sourceIndex.concepts, target.lang);
  targetIndex.crossForms = crossForms(targetIndex.concepts, source.lang);
  const forward = translationBridge(source.lang, target.lang);
  const backward = translationBridge(target.lang, source.lang);
  // A name is missing when at least half of its words are: `Judge Kavanaugh` → `giudice Gorsuch`,
  // but not `Senate Judiciary Committee` → `comitato giudiziario del Senato`.
  const missing = sourceNames.filter((name) => {
    const unmet = unmetWords(name, source.lang, targetIndex, forward).length;
    return unmet > 0 && 2 * unmet >= coreWords(name, source.lang);
  });
  // A name in the translation stands in for a missing one when most of it is new to the pair and
  // it reads as a proper name (`Kraken`, not `Corte` for `ICJ`).
  const targetTable = nameTable(target.lang);
  const common = commonWordTest(target.lang);
  const unexpected = targetNames.filter((name) => {
    const unmet = unmetWords(name, target.lang, sourceIndex, backward);
    return 2 * unmet.length > coreWords(name, target.lang) && unmet.some((word) => isDistinctive(word, targetTable, common));
  });
  const { notNames } = nameLanguage(source.lang);
  const sourceTable = nameTable(source.lang);
  const nameWords = new Set(sourceNames.flatMap((name) => name.words.map((word) => word.start)));
  const unmetCapitalised = sourceIndex.words
    .filter(
      (word) =>
        word.capitalised &&
        (!word.initial || nameWords.has(word.start)) &&
        !notNames.has(word.text.toLowerCase()) &&
        !wordMeets(word, sourceTable, targetIndex, forward),
    )
    .map((word) => word.text);
  return { ...withoutAbbreviations(missing, unexpected), unmetCapitalised };
}

/** Initials of a name's capitalised words (`United Nations Children Fund` → `UNCF`). */
function initialsOf(name: FoundName): string {
  return name.words.filter((word) => word.capitalised).map((word) => (word.marked ? word.text.replace(/[^\p{Lu}]/gu, '') : word.text[0]!)).join('');
}

/** Whether every letter of `part` is among the letters of `whole` (as many times). */
function lettersWithin(part: string, whole: string): boolean {
  const pool = [...whole.toUpperCase()];
  for (const letter of part.toUpperCase()) {
    const at = pool.indexOf(letter);
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  return true;
}

/**
 * An acronym on one side and a name on the other whose initials it spells, in any order and
 * language (`UNICEF` ↔ `United Nations Children's Fund`, `PSDC` ↔ `Common Security …`), are
 * the same name written two ways: neither is missing.
 */
function abbreviates(a: FoundName, b: FoundName): boolean {
  const acronym = a.words.length === 1 && a.words[0]!.marked ? a.words[0]!.text.replace(/(?<=\p{Lu})s$/u, '').replace(/[^\p{L}]/gu, '') : null;
  if (acronym === null || b.words.length === 1 && b.words[0]!.marked) return false;
  const initials = initialsOf(b);
  if (initials.length >= 2 && (lettersWithin(initials, acronym) || lettersWithin(acronym, initials))) return true;
  return initials.length >= 1 && acronym.length >= 2 && plainWord(b.words[0]!.text).startsWith(plainWord(acronym));
}

function withoutAbbreviations(missing: FoundName[], unexpected: FoundName[]): Omit<NameComparison, 'unmetCapitalised'> {
  const keptMissing = missing.filter((m) => !unexpected.some((u) => abbreviates(m, u) || abbreviates(u, m)));
  const keptUnexpected = unexpected.filter((u) => !missing.some((m) => abbreviates(m, u) || abbreviates(u, m)));
  return { missing: keptMissing, unexpected: keptUnexpected };
}
