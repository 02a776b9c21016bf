import type { LanguageCode } from '../types.js';
import * as generated from './tables.generated.js';
import { memoizeWord } from '../text/memo.js';

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
 * Remembered: a text repeats its words, and this is a regex chain.
 */
export const wordKey: (word: string) => string = memoizeWord(computeWordKey);

function computeWordKey(word: string): string {
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
export const plainWord: (word: string) => string = memoizeWord((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Words of a form or sentence for name lookup: letters and digits, dotted acronyms (`U.S.`) kept whole. */
export const NAME_WORD = /\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/**
 * What parsing a table line derives from it, one line per table line (`plain|plain\tkey|key`):
 * the forms lower case without accents, and each form's joined word keys ('' for a form without
 * words). scripts/build-names.ts precomputes it into tables.generated.ts (NAME_KEYS), so start-up
 * reads it instead of running the regex chains of `wordKey` over some 10,000 words.
 */
export function derivedLine(line: string): string {
  if (line === '' || line.startsWith('#')) return '';
  const forms = line.slice(line.indexOf('\t') + 1).split('|');
  return `${forms.map(plainWord).join('|')}\t${forms.map((form) => (form.match(NAME_WORD) ?? []).map(wordKey).join(' ')).join('|')}`;
}

/** The derived lines of a whole table (see `derivedLine`). */
export function derivedTable(text: string): string {
  return text.split('\n').map(derivedLine).join('\n');
}

/** Per table, the word-key prefixes of its multi-word forms (`stat`, for `stat unit`): n-gram lookups stop early. */
const formPrefixes = new WeakMap<NameTable, ReadonlySet<string>>();

function parseTable(text: string, derived: string | undefined): NameTable {
  const forms = new Map<string, string[]>();
  const conceptForms = new Map<string, string[]>();
  const plainForms = new Set<string>();
  const properForms = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 0;
  const lines = text.split('\n');
  let derivedLines = derived?.split('\n');
  // A stale precomputed index (a table rebuilt without it) is ignored, not trusted.
  if (derivedLines !== undefined && derivedLines.length !== lines.length) derivedLines = undefined;
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const concept = line.slice(0, tab);
    const row = derivedLines?.[at] ?? derivedLine(line);
    const rowTab = row.indexOf('\t');
    const plains = row.slice(0, rowTab).split('|');
    conceptForms.set(concept, plains);
    for (const form of plains) if (!form.includes(' ')) plainForms.add(form);
    // Forms written with a capital are proper names of the concept (plains are in the same order).
    const raw = line.slice(tab + 1).split('|');
    for (let k = 0; k < raw.length; k++) if (/^\p{Lu}/u.test(raw[k]!) && plains[k] !== undefined) properForms.add(plains[k]!);
    for (const key of row.slice(rowTab + 1).split('|')) {
      if (key === '') continue;
      const concepts = forms.get(key) ?? [];
      if (!concepts.includes(concept)) concepts.push(concept);
      forms.set(key, concepts);
      let words = 1;
      for (let space = key.indexOf(' '); space >= 0; space = key.indexOf(' ', space + 1)) {
        prefixes.add(key.slice(0, space));
        words++;
      }
      maxWords = Math.max(maxWords, words);
    }
  }
  const table = { forms, conceptForms, plainForms, properForms, maxWords };
  formPrefixes.set(table, prefixes);
  return table;
}

/** The table of a language, parsed on first use; empty for a language the table lacks. */
export function nameTable(lang: LanguageCode): NameTable {
  let table = loaded.get(lang);
  if (table === undefined) {
    const text = generated.NAME_TABLES[lang];
    table = text === undefined ? EMPTY : parseTable(text, precomputed()?.[lang]);
    loaded.set(lang, table);
  }
  return table;
}

const NO_CONCEPTS: readonly string[] = [];

/** Concepts named by one word key. */
export function conceptsOfKey(table: NameTable, key: string): readonly string[] {
  return table.forms.get(key) ?? NO_CONCEPTS;
}

/** Concepts named by the word keys as one form. */
export function conceptsOfKeys(table: NameTable, keys: readonly string[]): readonly string[] {
  return table.forms.get(keys.join(' ')) ?? NO_CONCEPTS;
}

/**
 * The longest form starting at `keys[start]`, of at least `minWords` words: its end and concepts,
 * or null. Stops as soon as no longer form starts with the words read so far.
 */
export function longestFormAt(table: NameTable, keys: readonly string[], start: number, minWords = 1): { end: number; concepts: readonly string[] } | null {
  const prefixes = formPrefixes.get(table);
  const last = Math.min(keys.length, start + table.maxWords);
  let key = keys[start]!;
  let found: { end: number; concepts: readonly string[] } | null = null;
  for (let end = start + 1; end <= last; end++) {
    if (end > start + 1) key += ` ${keys[end - 1]!}`;
    if (end - start >= minWords) {
      const concepts = table.forms.get(key);
      if (concepts !== undefined && concepts.length > 0) found = { end, concepts };
    }
    if (prefixes !== undefined && !prefixes.has(key)) break;
  }
  return found;
}

/**
 * Every concept named in a run of word keys, longest form first: `Latin America` names Latin
 * America, not also the United States (`America`). Linear: at most `maxWords` look-ups per key.
 */
export function conceptsIn(table: NameTable, keys: readonly string[]): Set<string> {
  const found = new Set<string>();
  let start = 0;
  while (start < keys.length) {
    const form = longestFormAt(table, keys, start);
    if (form === null) {
      start += 1;
      continue;
    }
    for (const concept of form.concepts) found.add(concept);
    start = form.end;
  }
  return found;
}

/** NAME_KEYS of tables.generated.ts, when the generated module has it (see `derivedLine`). */
function precomputed(): Readonly<Record<string, string>> | undefined {
  return (generated as { NAME_KEYS?: Readonly<Record<string, string>> }).NAME_KEYS;
}
