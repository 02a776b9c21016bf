import type { LanguageCode } from '../types.js';
import { commonWordTest, translationBridge, unknownWordTest, type TranslationBridge } from './bridge.js';
import { isHeadline, namesInSentence, sentenceWords, type FoundName, type NameWord } from './extract.js';
import { nameLanguage } from './languages.js';
import { conceptsIn, conceptsOfKey, conceptsOfKeys, longestFormAt, nameTable, plainWord, wordKey, type NameTable } from './table.js';

/**
 * One side of an aligned pair, prepared for name lookups from the other side. Most names meet by
 * their key alone, so everything else is worked out on first use.
 */
class SideIndex {
  readonly words: NameWord[];
  readonly keys: Set<string>;
  /** Keys of the capitalised words only: spelling variants of a name are looked up among these. */
  readonly capitalKeys: Set<string>;
  #plain?: string[];
  #concepts?: Set<string>;
  #acronyms?: Set<string>;
  #crossForms?: string[];
  #inLongerPlace?: Set<number>;
  /**
   * Keys of this side's words written alike on the other side: each is the counterpart of that
   * word, so it is no spelling variant of another (`Waters` is not `Twitter`, `Headmasters` not
   * `Headmistresses`).
   */
  claimed: ReadonlySet<string> = new Set();

  /** `otherLang`: the language of the names looked up here. */
  constructor(text: string, readonly lang: LanguageCode, private readonly otherLang: LanguageCode) {
    // Hyphenated words count by their parts too (`Kim-Trump` ↔ `Kim e Trump`, `US-China` ↔ `USA-Cina`).
    this.words = sentenceWords(text).flatMap(wordParts);
    this.keys = new Set(this.words.map((word) => word.key));
    this.capitalKeys = new Set(this.words.filter((word) => word.capitalised).map((word) => word.key));
  }

  /** Lower-case, accent-free words, for shared-prefix matches (`Parliament` ↔ `Parlamento`). */
  get plain(): string[] {
    return (this.#plain ??= this.words.map((word) => plainWord(word.text)));
  }

  get concepts(): Set<string> {
    return (this.#concepts ??= conceptsIn(nameTable(this.lang), this.words.map((word) => word.key)));
  }

  /** Sorted letters of acronyms and of the initials of capitalised runs (`UN` ↔ `Nazioni Unite`). */
  get acronyms(): Set<string> {
    return (this.#acronyms ??= acronymsOf(this.words, this.lang));
  }

  /**
   * Forms, in the language of the names looked up, of the places and nationalities this side
   * names: `Galles` meets `Welsh` because `Welsh` is `gallese`.
   */
  get crossForms(): string[] {
    return (this.#crossForms ??= crossForms(this.concepts, this.otherLang));
  }

  /** Positions of words inside a multi-word place (`America` of `Latin America`): not derived from anything alone. */
  get inLongerPlace(): Set<number> {
    return (this.#inLongerPlace ??= longerPlaceWords(nameTable(this.lang), this.words.map((word) => word.key)));
  }
}

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

/** Letters of an acronym or of a run's initials, sorted (`EU` and `UE` give `EU`); a plural `s` dropped. */
function sortedLetters(text: string): string {
  return [...text.replace(/(?<=\p{Lu})s$/u, '').replace(/[^\p{L}]/gu, '').toUpperCase()].sort().join('');
}

function acronymsOf(words: readonly NameWord[], lang: LanguageCode): Set<string> {
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
  return acronyms;
}

function longerPlaceWords(table: NameTable, keys: readonly string[]): Set<number> {
  const inside = new Set<number>();
  for (let start = 0; start < keys.length; start++) {
    const form = longestFormAt(table, keys, start, 2);
    if (form !== null) for (let at = start; at < form.end; at++) inside.add(at);
  }
  return inside;
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
function nearSpelling(key: string, others: ReadonlySet<string>, claimed: ReadonlySet<string>): boolean {
  if (key.length < 5) return false;
  const limit = Math.max(1, Math.floor(key.length / 3));
  for (const other of others) if (other.length >= 5 && !claimed.has(other) && withinEdits(key, other, limit)) return true;
  return false;
}

const MIN_SHARED_PREFIX = 4;

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

/**
 * Endings of words derived from a place name, after its stem: demonyms and adjectives
 * (`cin|ese`, `cil|eno`, `russ|o`, `Chil|ean`, `Brit|ish`). `chil|dren` and `cin|que` are not.
 */
const DERIVED_ENDING = /^\p{L}{0,2}(?:ese|esi|an[aeio]?|ans|i?an|in[aeio]|ic[aeio]?|ich[ei]|it[aei]|en[aeio]|ish|[aeios])$/u;

/** Whether `word` is derived from the place form whose stem is `stem`; in English demonyms are capitalised. */
function derivedWord(word: string, capitalised: boolean, stem: string, lang: LanguageCode): boolean {
  if (lang === 'en' && !capitalised) return false;
  return word.startsWith(stem) && DERIVED_ENDING.test(word.slice(stem.length));
}

/**
 * Whether the other side has a word derived from one of a concept's forms there: the country for
 * its nationality and back (`China` ↔ `cinese`, `Chilean` ↔ `Cile`) share the form's stem.
 */
function derivedFromConcept(concepts: readonly string[], other: SideIndex): boolean {
  const table = nameTable(other.lang);
  return concepts.some((concept) =>
    (table.conceptForms.get(concept) ?? []).some((form) => {
      if (form.includes(' ') || !table.properForms.has(form)) return false;
      const stem = form.slice(0, Math.min(MIN_SHARED_PREFIX, form.length - 1));
      return stem.length >= 3 && other.plain.some((word, at) => !other.inLongerPlace.has(at) && derivedWord(word, other.words[at]!.capitalised, stem, other.lang));
    }),
  );
}

function isShortAcronym(word: NameWord): boolean {
  return word.marked && word.text.replace(/[^\p{L}]/gu, '').length <= 3;
}

/**
 * The concepts a word is the name of, when it is one (`Europe` is `Europe`): words are derived from
 * those only, not from the other forms of an alias (`Europe` also stands for the European Union,
 * whose `Comunità` must not make `comune` a word derived from `Europe`).
 */
function ownConcepts(concepts: readonly string[], key: string): readonly string[] {
  const own = concepts.filter((concept) => wordKey(concept) === key);
  return own.length > 0 ? own : concepts;
}

export function wordParts(word: NameWord): NameWord[] {
  if (!word.text.includes('-')) return [word];
  // A lower-case particle (`al-Moualem`, `bin-Salman`) or prefix (`post-Brexit`, `anti-DARPA`) is
  // no part of the name to meet by.
  const lowerPrefix = /^\p{Ll}/u.test(word.text);
  const parts = word.text
    .split('-')
    .filter((part) => part.length >= 2 && !/^\p{Ll}{1,3}$/u.test(part) && !(lowerPrefix && /^\p{Ll}+$/u.test(part)));
  return [word, ...parts.map((part) => ({ ...word, text: part, key: wordKey(part) }))];
}

/** Whether one word of a name has a counterpart in the other side's sentence. */
function wordMeets(word: NameWord, lang: LanguageCode, table: NameTable, other: SideIndex, bridge: TranslationBridge | null): boolean {
  return meetReason(word, lang, table, other, bridge) !== null;
}

/** How one word of a name meets the other side (for debugging and tests), or null. */
export function meetReason(
  word: NameWord,
  lang: LanguageCode,
  table: NameTable,
  other: SideIndex,
  bridge: TranslationBridge | null,
  notThroughTable = false,
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
    // Two letters are a short form of capitalised words only (`EU` is not `euroscettici`).
    if (part.marked && other.plain.some((p, at) => p.length > part.text.length && p.startsWith(plain) && (plain.length >= 3 || other.words[at]!.capitalised))) return 'short form';
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
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, name.start - 20), name.start))?.[1]?.toLowerCase();
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
  sourceIndex.claimed = sharedKeys(sourceIndex, targetIndex);
  targetIndex.claimed = sharedKeys(targetIndex, sourceIndex);
  // Most pairs write every name alike on both sides: nothing can be missing or new. (Capitalised
  // words that meet nothing only matter beside a new name, so they are not looked for either.)
  if (everyNameSpelledAlike(sourceNames, targetIndex) && everyNameSpelledAlike(targetNames, sourceIndex)) {
    return { missing: [], unexpected: [], unmetCapitalised: [] };
  }
  const forward = translationBridge(source.lang, target.lang);
  const backward = translationBridge(target.lang, source.lang);
  // A name is missing when at least half of its words are: `Judge Kavanaugh` → `giudice Gorsuch`,
  // but not `Senate Judiciary Committee` → `comitato giudiziario del Senato`.
  let wholeNameMissing = false;
  // A source name gone whole that the source language does not know as a word at all
  // (`Villarreal`, `Stihler`, not `Trump` or `Game`): a proper name that went somewhere.
  let unknownNameMissing = false;
  const isUnknown = unknownWordTest(source.lang);
  const missing = sourceNames.filter((name) => {
    const unmetList = unmetWords(name, source.lang, targetIndex, forward);
    const unmet = unmetList.length;
    const core = coreWords(name, source.lang);
    if (unmet > 0 && unmet === core) {
      wholeNameMissing = true;
      // Not an acronym: those are spelled out or dropped (`the U.S. Drought Monitor` → `il Centro di monitoraggio`).
      if (isUnknown !== undefined && unmetList.every((word) => !word.marked && isUnknown(word.text))) unknownNameMissing = true;
    }
    return unmet > 0 && 2 * unmet >= core;
  });
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
    const newEnough = 2 * unmet.length > core || (wholeNameMissing && unmet.length > 0 && 2 * unmet.length === core && metHalfIsCommon());
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

/**
 * Keys of `side`'s capitalised words written alike on the other side at least as often: every
 * mention has its counterpart there. A mention more (`Brexit` twice for `Brexit … Brexiteers`) is
 * free to be another word's variant.
 */
function sharedKeys(side: SideIndex, other: SideIndex): Set<string> {
  const count = (index: SideIndex): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const word of index.words) if (word.capitalised) counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
    return counts;
  };
  const own = count(side);
  const theirs = count(other);
  return new Set([...own].filter(([key, n]) => n <= (theirs.get(key) ?? 0)).map(([key]) => key));
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

/**
 * Source names written more often in the source sentence than in the translation (`Trump … Donald
 * Trump … according to Trump` against two `Trump`s): one mention may have been replaced. A place
 * counts with the words derived from it (`Hungarian Government … Hungary` against one `ungherese`).
 */
function fewerMentions(names: readonly FoundName[], source: SideIndex, target: SideIndex, table: NameTable): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const targetTable = nameTable(target.lang);
  for (const word of names.flatMap((name) => name.words)) {
    if (!word.capitalised || seen.has(word.key)) continue;
    seen.add(word.key);
    const concepts = conceptsOfKey(table, word.key);
    const own = ownConcepts(concepts, word.key);
    // In its own language a derived word keeps the whole name but its last vowel (`Romani|an`,
    // `Hungar|ian`): four letters would make `Christian` a mention of `Christmas`.
    const sourceStems = placeStems(own, table, wholeStem);
    const targetStems = placeStems(own, targetTable, stemOf);
    // `European … Europe` are two mentions of one concept; `Welsh` is a mention of `Wales` because
    // their translations share a stem (`gallese`, `Galles`).
    const inSource = source.words.filter(
      (other, at) =>
        other.key === word.key ||
        (other.capitalised &&
          (conceptsOfKey(table, other.key).some((c) => concepts.includes(c)) ||
            derivedFromStems(source.plain[at]!, true, sourceStems, source.lang) ||
            placeStems(conceptsOfKey(table, other.key), targetTable, stemOf, false).some((stem) => targetStems.includes(stem)))),
    ).length;
    const inTarget = target.words.filter(
      (other, at) =>
        other.key === word.key ||
        (concepts.length > 0 && conceptsOfKey(targetTable, other.key).some((c) => concepts.includes(c))) ||
        (!target.inLongerPlace.has(at) && derivedFromStems(target.plain[at]!, other.capitalised, targetStems, target.lang)),
    ).length;
    if (inSource > inTarget && inTarget > 0) result.push(word.text);
  }
  return result;
}

/**
 * Stems of a concept's one-word forms in a table (`ungh` of `Ungheria`): of its places and peoples
 * only, or with `properOnly` false of its adjectives too (`ungherese`).
 */
function placeStems(concepts: readonly string[], table: NameTable, stem: (form: string) => string, properOnly = true): string[] {
  return concepts
    .flatMap((concept) => table.conceptForms.get(concept) ?? [])
    .filter((form) => !form.includes(' ') && (!properOnly || table.properForms.has(form)))
    .map(stem)
    .filter((s) => s.length >= 3);
}

/** A form without its final vowels (`romani` of `Romania`, `hungar` of `Hungary`). */
function wholeStem(form: string): string {
  return form.replace(/[aeiouy]+$/u, '');
}

function derivedFromStems(word: string, capitalised: boolean, stems: readonly string[], lang: LanguageCode): boolean {
  return stems.some((stem) => derivedWord(word, capitalised, stem, lang));
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

function withoutAbbreviations(
  missing: FoundName[],
  unexpected: FoundName[],
  wholeNames: ReadonlyMap<FoundName, FoundName>,
): Omit<NameComparison, 'unmetCapitalised'> {
  const whole = (name: FoundName): FoundName => wholeNames.get(name) ?? name;
  const either = (a: FoundName, b: FoundName): boolean =>
    abbreviates(a, b) || abbreviates(b, a) || abbreviates(whole(a), whole(b)) || abbreviates(whole(b), whole(a));
  const keptMissing = missing.filter((m) => !unexpected.some((u) => either(m, u)));
  const keptUnexpected = unexpected.filter((u) => !missing.some((m) => either(m, u)));
  return { missing: keptMissing, unexpected: keptUnexpected };
}

