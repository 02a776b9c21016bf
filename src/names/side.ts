/** One side of an aligned pair as the name comparison looks it up: its words, keys, places and acronyms. */
import type { LanguageCode } from '../types.js';
import { sentenceWords, type NameWord } from './extract.js';
import { nameLanguage } from './languages.js';
import { conceptsIn, longestFormAt, nameTable, plainWord, wordKey, type NameTable } from './table.js';
import { latinPattern } from '../text/latin-pattern.js';
import { lettersOf, startsLower, withoutPluralS } from '../text/letters.js';

/**
 * One side of an aligned pair, prepared for name lookups from the other side. Most names meet by
 * their key alone, so everything else is worked out on first use.
 */
export class SideIndex {
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
  /**
   * How each word looked up here met this side, by what the answer depends on: a sentence repeats
   * its words, and each lookup may scan every capitalised word for a spelling variant.
   */
  readonly meetings = new Map<string, string | null>();

  /** `otherLang`: the language of the names looked up here. */
  constructor(text: string, readonly lang: LanguageCode, private readonly otherLang: LanguageCode) {
    // Hyphenated words count by their parts too (`Kim-Trump` ↔ `Kim e Trump`, `US-China` ↔ `USA-Cina`).
    const words: NameWord[] = [];
    for (const word of sentenceWords(text)) {
      if (word.text.includes('-')) words.push(...wordParts(word));
      else words.push(word);
    }
    this.words = words;
    this.keys = new Set();
    this.capitalKeys = new Set();
    for (const word of words) {
      this.keys.add(word.key);
      if (word.capitalised) this.capitalKeys.add(word.key);
    }
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

/** Letters of an acronym or of a run's initials, sorted (`EU` and `UE` give `EU`); a plural `s` dropped. */
export function sortedLetters(text: string): string {
  return [...lettersOf(withoutPluralS(text)).toUpperCase()].sort().join('');
}

function acronymsOf(words: readonly NameWord[], lang: LanguageCode): Set<string> {
  const acronyms = new Set<string>();
  const { connectors } = nameLanguage(lang);
  let initials = '';
  for (const word of words) {
    if (word.marked && lettersOf(word.text).length <= 6) acronyms.add(sortedLetters(word.text));
    if (word.capitalised) initials += word.text[0];
    else if (!connectors.has(word.text.toLowerCase()) && initials !== '') {
      if (initials.length >= 2) acronyms.add(sortedLetters(initials));
      initials = '';
    }
  }
  if (initials.length >= 2) acronyms.add(sortedLetters(initials));
  return acronyms;
}

export function longerPlaceWords(table: NameTable, keys: readonly string[]): Set<number> {
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

export function isShortAcronym(word: NameWord): boolean {
  return word.marked && lettersOf(word.text).length <= 3;
}

const SHORT_LOWER = latinPattern(String.raw`^\p{Ll}{1,3}$`, 'u');
const ALL_LOWER = latinPattern(String.raw`^\p{Ll}+$`, 'u');

export function wordParts(word: NameWord): NameWord[] {
  if (!word.text.includes('-')) return [word];
  // A lower-case particle (`al-Moualem`, `bin-Salman`) or prefix (`post-Brexit`, `anti-DARPA`) is
  // no part of the name to meet by.
  const lowerPrefix = startsLower(word.text);
  const parts = word.text
    .split('-')
    .filter((part) => part.length >= 2 && !SHORT_LOWER.test(part) && !(lowerPrefix && ALL_LOWER.test(part)));
  return [word, ...parts.map((part) => ({ ...word, text: part, key: wordKey(part) }))];
}

/**
 * Keys of `side`'s capitalised words written alike on the other side at least as often: every
 * mention has its counterpart there. A mention more (`Brexit` twice for `Brexit … Brexiteers`) is
 * free to be another word's variant.
 */
export function sharedKeys(side: SideIndex, other: SideIndex): Set<string> {
  const count = (index: SideIndex): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const word of index.words) if (word.capitalised) counts.set(word.key, (counts.get(word.key) ?? 0) + 1);
    return counts;
  };
  const own = count(side);
  const theirs = count(other);
  return new Set([...own].filter(([key, n]) => n <= (theirs.get(key) ?? 0)).map(([key]) => key));
}
