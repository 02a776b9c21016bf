import type { LanguageCode } from '../types.js';
import { NAME_TABLES } from './tables.generated.js';

/**
 * The country, city, nationality and language name table (data/names/, built by
 * scripts/build-names.ts). Each language maps its forms to concepts keyed by their English name,
 * so any two languages of the table meet through English.
 */
export interface NameTable {
  /** Joined word keys of a form (`stat unit`) → the concepts it names. */
  readonly forms: ReadonlyMap<string, readonly string[]>;
  /** Concept → its forms in this language, lower case without accents (`cina`, `stati uniti`). */
  readonly conceptForms: ReadonlyMap<string, readonly string[]>;
  /** Every single-word form, lower case without accents, as written (no key folding). */
  readonly plainForms: ReadonlySet<string>;
  /** Forms written capitalised in the table (`europa`, not `europeo`), lower case without accents: places and peoples, not their adjectives. */
  readonly properForms: ReadonlySet<string>;
  /** Most words in one form. */
  readonly maxWords: number;
}

const EMPTY: NameTable = { forms: new Map(), conceptForms: new Map(), plainForms: new Set(), properForms: new Set(), maxWords: 0 };
const loaded = new Map<LanguageCode, NameTable>();

/**
 * A word's comparison key: without accents, case, dots and apostrophes, and without a final vowel
 * or `s` on longer words, so inflected forms meet (`americani`/`americano`, `Europe`/`Europa`).
 */
export function wordKey(word: string): string {
  // Spelling variants that transliterations and translations swap (Calypso/Calipso, Kremlin/Cremlino).
  const plain = plainWord(word.replace(/^(\p{Lu}{2,})s$/u, '$1'))
    .replace(/[.'’-]/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/y/gu, 'i')
    .replace(/k/gu, 'c')
    .replace(/(\p{L})\1/gu, '$1');
  return plain.length > 4 ? plain.replace(/(?:[aeiou]|s)$/u, '') : plain;
}

/** Lower case without accents. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words of a form or sentence for name lookup: letters and digits, dotted acronyms (`U.S.`) kept whole. */
export const NAME_WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

function parseTable(text: string): NameTable {
  const forms = new Map<string, string[]>();
  const conceptForms = new Map<string, string[]>();
  const plainForms = new Set<string>();
  const properForms = new Set<string>();
  let maxWords = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const concept = line.slice(0, tab);
    conceptForms.set(concept, line.slice(tab + 1).split('|').map(plainWord));
    for (const form of conceptForms.get(concept)!) if (!form.includes(' ')) plainForms.add(form);
    for (const form of line.slice(tab + 1).split('|')) {
      if (/^\p{Lu}/u.test(form)) properForms.add(plainWord(form));
      const words = form.match(NAME_WORD) ?? [];
      if (words.length === 0) continue;
      const key = words.map(wordKey).join(' ');
      const concepts = forms.get(key) ?? [];
      if (!concepts.includes(concept)) concepts.push(concept);
      forms.set(key, concepts);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { forms, conceptForms, plainForms, properForms, maxWords };
}

/** The table of a language, parsed on first use; empty for a language the table lacks. */
export function nameTable(lang: LanguageCode): NameTable {
  let table = loaded.get(lang);
  if (table === undefined) {
    const text = NAME_TABLES[lang];
    table = text === undefined ? EMPTY : parseTable(text);
    loaded.set(lang, table);
  }
  return table;
}

/** Concepts named by the word keys `keys[from, to)` as one form. */
export function conceptsOfKeys(table: NameTable, keys: readonly string[]): readonly string[] {
  return table.forms.get(keys.join(' ')) ?? [];
}

/**
 * Every concept named in a run of word keys, longest form first: `Latin America` names Latin
 * America, not also the United States (`America`). Linear: at most `maxWords` look-ups per key.
 */
export function conceptsIn(table: NameTable, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  let start = 0;
  while (start < keys.length) {
    let next = start + 1;
    for (let end = Math.min(keys.length, start + table.maxWords); end > start; end--) {
      const concepts = conceptsOfKeys(table, keys.slice(start, end));
      if (concepts.length === 0) continue;
      for (const concept of concepts) found.add(concept);
      next = end;
      break;
    }
    start = next;
  }
  return found;
}
