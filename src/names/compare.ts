import type { LanguageCode } from '../types.js';
import { withoutAbbreviations } from './abbreviations.js';
import { commonWordTest, translationBridge, unknownWordTest, type TranslationBridge } from './bridge.js';
import { derivedFromConcept, derivedWord, fewerMentions, MIN_SHARED_PREFIX, ownConcepts, stemOf } from './derive.js';
import { isHeadline, namesInSentence, type FoundName, type NameWord } from './extract.js';
import { nameLanguage } from './languages.js';
import { isShortAcronym, longerPlaceWords, sharedKeys, SideIndex, sortedLetters, wordParts } from './side.js';
import { conceptsOfKey, conceptsOfKeys, nameTable, plainWord, type NameTable } from './table.js';
import { latinPattern } from '../text/latin-pattern.js';

export interface NameComparison {
  /** Source names with no counterpart in the target. */
  missing: FoundName[];
  /** Target names with no counterpart in the source. */
  unexpected: FoundName[];
  /**
   * Capitalised source words with no counterpart, names or not (`Union`, a sentence-initial
   * name): what a new target name may have replaced. Empty when every name is spelled alike on
   * both sides.
   */
  unmetCapitalised: string[];
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
function nearSpelling(key: string, others: ReadonlySet<string>, claimed: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  const limit = Math.max(1, Math.floor(key.length / 3));
  for (const other of others) if (other.length >= 5 && !claimed.has(other) && withinEdits(key, other, limit)) return true;
  return false;
}

/**
 * Cognate spellings of one name or capitalised noun (`Parliament` ↔ `Parlamento`, `Democrats` ↔
 * `Democratici`): four shared first letters with a capitalised word, five with a lower-case one
 * (`Struan` must not meet `struck`).
 */
function sharesPrefix(word: string, other: SideIndex): boolean {
  if (word.length < MIN_SHARED_PREFIX) return false;
  const head = word.slice(0, MIN_SHARED_PREFIX);
  const longHead = word.length > MIN_SHARED_PREFIX ? word.slice(0, MIN_SHARED_PREFIX + 1) : null;
  return other.plain.some(
    (plain, at) =>
      plain.startsWith(head) &&
      !other.claimed.has(other.words[at]!.key) &&
      (other.words[at]!.capitalised || (longHead !== null && plain.startsWith(longHead))),
  );
}

/** Whether one word of a name has a counterpart in the other side's sentence. */
function wordMeets(word: NameWord, lang: LanguageCode, table: NameTable, other: SideIndex, bridge: TranslationBridge | null): boolean {
  return meetReason(word, lang, table, other, bridge) !== null;
}

/**
 * How one word of a name meets the other side (for debugging and tests), or null. The language,
 * table and bridge are those of the side looked up from, the same for every lookup into `other`.
 */
export function meetReason(
  word: NameWord,
  lang: LanguageCode,
  table: NameTable,
  other: SideIndex,
  bridge: TranslationBridge | null,
  notThroughTable = false,
): string | null {
  const key = `${notThroughTable ? 1 : 0}${word.capitalised ? 1 : 0}${word.marked ? 1 : 0}${word.text}`;
  const known = other.meetings.get(key);
  if (known !== undefined) return known;
  const reason = findMeeting(word, lang, table, other, bridge, notThroughTable);
  other.meetings.set(key, reason);
  return reason;
}

function findMeeting(
  word: NameWord,
  lang: LanguageCode,
  table: NameTable,
  other: SideIndex,
  bridge: TranslationBridge | null,
  notThroughTable: boolean,
): string | null {
  for (const part of wordParts(word)) {
    const plain = plainWord(part.text);
    // A short acronym meets only a capitalised word: `UN` is not the article `un`, `US` not `us`.
    if ((isShortAcronym(part) ? other.capitalKeys : other.keys).has(part.key)) return 'same key';
    if (sharesPrefix(plain, other)) return 'shared prefix';
    if (nearSpelling(part.key, other.capitalKeys, other.claimed)) return 'near spelling';
    if (notThroughTable) continue;
    if (other.crossForms.some((form) => { const stem = stemOf(form); return stem.length >= 3 && derivedWord(plain, part.capitalised, stem, lang); })) return 'cross form';
    const concepts = conceptsOfKey(table, part.key);
    if (concepts.some((concept) => other.concepts.has(concept))) return 'same concept';
    if (derivedFromConcept(ownConcepts(concepts, part.key), other)) return 'derived';
    if (part.marked && other.acronyms.has(sortedLetters(part.text))) return 'acronym';
    // A short form written as the start of a word (`Fed` ↔ `Federal`, `ET` ↔ `ETNews`).
    // Two letters are a short form only of a word with capitals inside (`ET` ↔ `ETNews`): `EU` is
    // not `euroscettici`, `UN` not the `Uniti` of `Stati Uniti`.
    if (part.marked && other.plain.some((p, at) => p.length > part.text.length && p.startsWith(plain) && (plain.length >= 3 || other.words[at]!.marked))) return 'short form';
    if (bridge?.(part.text, other.words) ?? false) return 'lexicon';
  }
  return null;
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
  // Words of a multi-word place the other side does not name (`Latin America`) meet only as
  // written: `America` alone is another place.
  const spelledOnly = new Set<number>();
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 2; end <= words.length; end++) {
      const concepts = conceptsOfKeys(table, words.slice(start, end).map((word) => word.key));
      if (concepts.length === 0) continue;
      const met = concepts.some((concept) => other.concepts.has(concept)) || derivedFromConcept(concepts, other);
      for (let at = start; at < end; at++) (met ? covered : spelledOnly).add(at);
    }
  }
  const meets = (word: NameWord, at: number): boolean =>
    meetReason(word, lang, table, other, bridge, spelledOnly.has(at) && !covered.has(at)) !== null;
  return words.filter((word, at) => !covered.has(at) && isCoreWord(word, lang) && !meets(word, at));
}

/**
 * The words that make a name: capitalised, neither connectors nor institution nouns. A connector
 * written capitalised is a surname's particle (`De Castro`, `Van`), part of the name.
 */
function isCoreWord(word: NameWord, lang: LanguageCode): boolean {
  const { connectors, institutions } = nameLanguage(lang);
  return word.capitalised && !connectors.has(word.text) && !institutions.has(word.text.toLowerCase());
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
  return word.marked || common === null || conceptsOfKey(table, word.key).length > 0 || !common(word.text);
}

/** The word before a name (`signor` in `il signor Taverna`), for titles. */
const WORD_BEFORE = latinPattern(String.raw`([\p{L}]+)\.?\s+$`, 'u');

/**
 * Whether a name of the translation reads as a proper name: one of its new words does (see
 * `isDistinctive`), the whole is a known place (`Stati Uniti`), or it follows a title (`la collega
 * Amici`, `signor Taverna`: surnames that are common words too).
 */
function readsAsName(name: FoundName, unmet: readonly NameWord[], text: string, lang: LanguageCode, common: ((word: string) => boolean) | null): boolean {
  const table = nameTable(lang);
  if (unmet.some((word) => isDistinctive(word, table, common))) return true;
  if (name.words.length > 1 && conceptsOfKeys(table, name.words.map((word) => word.key)).length > 0) return true;
  // Three capitalised words in a row inside a sentence are a name even if each is a common word
  // (`Texas Tribune Festival`); two may be a capitalised institution (`Forze Armate`).
  if (unmet.length >= 3 && unmet.every((word) => !word.initial)) return true;
  const preceding = text.slice(Math.max(0, name.start - 20), name.start);
  const before = WORD_BEFORE.exec(preceding)?.[1]?.toLowerCase();
  return before !== undefined && (nameLanguage(lang).titles?.has(before) ?? false);
}

/**
 * Whether a one-word name of the translation stands in for a source name gone whole, though the
 * lexicon knows it as a common word (`il Pelosi` for `Villarreal`, `la relazione Amici` for `the
 * Stihler report`): Italian capitalises a common word inside a sentence only as a name or an
 * institution, and institution nouns are no core words.
 */
function standsIn(name: FoundName, unmet: readonly NameWord[]): boolean {
  return name.words.length === 1 && unmet.length === 1 && !unmet[0]!.initial;
}

/** The source names missing from the translation, and what they let a new name of the translation be. */
interface MissingNames {
  /** Source names at least half of whose words have no counterpart. */
  missing: FoundName[];
  /** Some source name has no word met at all. */
  whole: boolean;
  /**
   * Some source name gone whole is no word the source language knows (`Villarreal`, `Stihler`,
   * not `Trump` or `Game`), nor an acronym, which translations spell out or drop (`the U.S.
   * Drought Monitor` → `il Centro di monitoraggio`): a proper name that went somewhere.
   */
  unknownWhole: boolean;
  /** Keys of the met half of a half-missing source name (`Walid` of `Walid al-Moualem`). */
  halfMetKeys: Set<string>;
  /** The unmet words of half-missing source names, lower case without accents. */
  halfUnmetWords: string[];
}

/**
 * A name is missing when at least half of its words are: `Judge Kavanaugh` → `giudice Gorsuch`,
 * but not `Senate Judiciary Committee` → `comitato giudiziario del Senato`.
 */
function missingSourceNames(names: readonly FoundName[], lang: LanguageCode, target: SideIndex, bridge: TranslationBridge | null): MissingNames {
  const result: MissingNames = { missing: [], whole: false, unknownWhole: false, halfMetKeys: new Set(), halfUnmetWords: [] };
  const isUnknown = unknownWordTest(lang);
  for (const name of names) {
    const unmet = unmetWords(name, lang, target, bridge);
    const core = coreWords(name, lang);
    if (unmet.length === 0 || 2 * unmet.length < core) continue;
    result.missing.push(name);
    if (2 * unmet.length === core) {
      for (const word of name.words) if (!unmet.includes(word) && target.keys.has(word.key)) result.halfMetKeys.add(word.key);
      result.halfUnmetWords.push(...unmet.map((word) => plainWord(word.text)));
    }
    if (unmet.length === core) {
      result.whole = true;
      if (isUnknown !== undefined && unmet.every((word) => !word.marked && isUnknown(word.text))) result.unknownWhole = true;
    }
  }
  return result;
}

/**
 * The names of an aligned pair that have no counterpart on the other side. `sourceKeys` and
 * `targetKeys` are the documents' name keys (see `documentNameKeys`).
 */
export function compareNames(
  source: { text: string; lang: LanguageCode; documentKeys: ReadonlySet<string> },
  target: { text: string; lang: LanguageCode; documentKeys: ReadonlySet<string> },
): NameComparison {
  // Parts of a name split at its connectors remember the whole, for the abbreviation check.
  const wholeNames = new Map<FoundName, FoundName>();
  const split = (name: FoundName, lang: LanguageCode): FoundName[] => {
    const parts = splitAtConnectors(name, lang);
    for (const part of parts) wholeNames.set(part, name);
    return parts;
  };
  const sourceNames = namesInSentence(source.text, source.lang, source.documentKeys, unknownWordTest(source.lang)).flatMap((name) => split(name, source.lang));
  const targetNames = namesInSentence(target.text, target.lang, target.documentKeys, unknownWordTest(target.lang)).flatMap((name) => split(name, target.lang));
  if (sourceNames.length === 0 && targetNames.length === 0) return { missing: [], unexpected: [], unmetCapitalised: [] };
  const sourceIndex = new SideIndex(source.text, source.lang, target.lang);
  const targetIndex = new SideIndex(target.text, target.lang, source.lang);
  // Most pairs write every name alike on both sides: nothing can be missing or new. (Capitalised
  // words that meet nothing only matter beside a new name, so they are not looked for either.)
  if (everyNameSpelledAlike(sourceNames, targetIndex) && everyNameSpelledAlike(targetNames, sourceIndex)) {
    return { missing: [], unexpected: [], unmetCapitalised: [] };
  }
  sourceIndex.claimed = sharedKeys(sourceIndex, targetIndex);
  targetIndex.claimed = sharedKeys(targetIndex, sourceIndex);
  const forward = translationBridge(source.lang, target.lang);
  const backward = translationBridge(target.lang, source.lang);
  const { missing, whole: wholeNameMissing, unknownWhole: unknownNameMissing, halfMetKeys, halfUnmetWords } = missingSourceNames(
    sourceNames,
    source.lang,
    targetIndex,
    forward,
  );
  // A name in the translation stands in for a missing one when most of it is new to the pair and
  // it reads as a proper name (`Kraken`, not `Corte` for `ICJ`).
  const common = commonWordTest(target.lang);
  const unexpected = targetNames.filter((name) => {
    const unmet = unmetWords(name, target.lang, sourceIndex, backward);
    // Half new is enough in place of a name gone whole (`Sutopo Purwo Nugroho` → `Fox News`).
    const core = coreWords(name, target.lang);
    // Its other half must be a common word the source has in lower case (`news`), not a name
    // both sides share (`Catherine Ashton` for `baroness Ashton`).
    const metHalfIsCommon = (): boolean =>
      name.words.every((word) => unmet.includes(word) || !isCoreWord(word, target.lang) || (!word.marked && !sourceIndex.capitalKeys.has(word.key)));
    // Half new where the other half is a name written alike beside a half-missing source name:
    // one part of the name changed (`Walid al-Moualem` → `Walid al-Waters`).
    const sameOtherHalf = (): boolean =>
      name.words.every((word) => unmet.includes(word) || !isCoreWord(word, target.lang) || halfMetKeys.has(word.key)) &&
      // Not the same word inflected (`Ryder Cups` → `Ryder Cup`).
      !unmet.some((word) => halfUnmetWords.some((other) => plainWord(word.text).startsWith(other) || other.startsWith(plainWord(word.text))));
    const newEnough =
      2 * unmet.length > core ||
      (unmet.length > 0 && 2 * unmet.length === core && ((wholeNameMissing && metHalfIsCommon()) || (halfMetKeys.size > 0 && sameOtherHalf())));
    return newEnough && (readsAsName(name, unmet, target.text, target.lang, common) || (unknownNameMissing && standsIn(name, unmet)));
  });
  const { notNames, institutions } = nameLanguage(source.lang);
  const sourceTable = nameTable(source.lang);
  const nameWords = new Set(sourceNames.flatMap((name) => name.words.map((word) => word.start)));
  // In a Title Case headline only the words known as names elsewhere are names.
  const headline = isHeadline(sourceIndex.words);
  const unmetCapitalised = sourceIndex.words
    .filter(
      (word) =>
        word.capitalised &&
        (!(word.initial || headline) || nameWords.has(word.start)) &&
        !notNames.has(word.text.toLowerCase()) &&
        !institutions.has(word.text.toLowerCase()) &&
        !wordMeets(word, source.lang, sourceTable, targetIndex, forward),
    )
    .map((word) => word.text);
  const result = withoutAbbreviations(missing, unexpected, wholeNames);
  return { ...result, unmetCapitalised: [...unmetCapitalised, ...fewerMentions(sourceNames, sourceIndex, targetIndex, sourceTable)] };
}

/** Whether every word of every name is written, as a key, among the other side's words. */
function everyNameSpelledAlike(names: readonly FoundName[], other: SideIndex): boolean {
  return names.every((name) => name.words.every((word) => other.keys.has(word.key)));
}

/**
 * A name with a connector inside (`RSM di San Diego`, `Bank of England`) is checked part by part,
 * so a new name is not hidden by a place that follows it.
 */
function splitAtConnectors(name: FoundName, lang: LanguageCode): FoundName[] {
  const { connectors } = nameLanguage(lang);
  // A place whose name has a connector (`Monaco di Baviera`, `Bank of England`) stays whole.
  const inPlace = longerPlaceWords(nameTable(lang), name.words.map((word) => word.key));
  const parts: FoundName[] = [];
  let run: NameWord[] = [];
  const flush = (): void => {
    if (run.length > 0) parts.push({ text: run.map((word) => word.text).join(' '), start: run[0]!.start, words: run });
    run = [];
  };
  for (const [at, word] of name.words.entries()) {
    // Only a lower-case connector joins two names; a capitalised one opens a surname (`De Castro`).
    if (connectors.has(word.text) && !inPlace.has(at)) flush();
    else run.push(word);
  }
  flush();
  return parts.length <= 1 ? [name] : parts;
}
