import type { LanguageCode } from '../types.js';
import { readFileSync, statSync } from 'node:fs';
import { packageDataPath } from '../package-data.js';
import { memoizeWord } from '../text/memo.js';
import { compareUtf8, SortedLines } from './sorted-lines.js';
import { latinPattern } from '../text/latin-pattern.js';
import { startsUpper, withoutMarks } from '../text/letters.js';

/**
 * The country, city, nationality and language name table (data/names/, built by
 * scripts/build-names.ts). Each language maps its forms to concepts keyed by their English name,
 * so any two languages of the table meet through English.
 */
export interface NameTable {
  /** Joined word keys of a form (`stat unit`) → the concepts it names. */
  readonly forms: Lookup<readonly string[]>;
  /** Concept → its forms in this language, lower case without accents (`cina`, `stati uniti`). */
  readonly conceptForms: Lookup<readonly string[]>;
  /** Every single-word form, lower case without accents, as written (no key folding). */
  readonly plainForms: Membership;
  /** Forms written capitalised in the table (`europa`, not `europeo`), lower case without accents: places and peoples, not their adjectives. */
  readonly properForms: Membership;
  /** Most words in one form. */
  readonly maxWords: number;
}

/** What the drift checks ask of a table's maps: point look-ups only, so they can be searched in place. */
export interface Lookup<V> {
  get(key: string): V | undefined;
}

export interface Membership {
  has(key: string): boolean;
}

const EMPTY: NameTable = { forms: new Map(), conceptForms: new Map(), plainForms: new Set(), properForms: new Set(), maxWords: 0 };
const loaded = new Map<LanguageCode, NameTable>();

/**
 * A word's comparison key: without accents, case, dots and apostrophes, and without a final vowel
 * or `s` on longer words, so inflected forms meet (`americani`/`americano`, `Europe`/`Europa`).
 * Remembered: a text repeats its words, and this is a regex chain.
 */
export const wordKey: (word: string) => string = memoizeWord(computeWordKey);

const ACRONYM_PLURAL = latinPattern(String.raw`^(\p{Lu}{2,})s$`, 'u');
const DOUBLED_LETTER = latinPattern(String.raw`(\p{L})\1`, 'gu');

function computeWordKey(word: string): string {
  // Spelling variants that transliterations and translations swap (Calypso/Calipso, Kremlin/Cremlino).
  const respelled = plainWord(word.replace(ACRONYM_PLURAL.on(word), '$1'))
    .replace(/[.'’-]/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/y/gu, 'i')
    .replace(/k/gu, 'c');
  const plain = respelled.replace(DOUBLED_LETTER.on(respelled), '$1');
  return plain.length > 4 ? plain.replace(/(?:[aeiou]|s)$/u, '') : plain;
}

/** Lower case without accents. */
export const plainWord: (word: string) => string = memoizeWord((word) => withoutMarks(word.normalize('NFD')).toLowerCase());

/** Words of a form or sentence for name lookup: letters and digits, dotted acronyms (`U.S.`) kept whole. */
export const NAME_WORD = latinPattern(String.raw`\p{Lu}(?:\.\p{Lu})+\.?|[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*`, 'gu');

/**
 * What parsing a table line derives from it, one line per table line (`plain|plain\tkey|key`):
 * the forms lower case without accents, and each form's joined word keys ('' for a form without
 * words), what `indexTable` reads from each line.
 */
export function derivedLine(line: string): string {
  if (line === '' || line.startsWith('#')) return '';
  const forms = line.slice(line.indexOf('\t') + 1).split('|');
  return `${forms.map(plainWord).join('|')}\t${forms.map((form) => (form.match(NAME_WORD.on(form)) ?? []).map(wordKey).join(' ')).join('|')}`;
}

/** Per table, the word-key prefixes of its multi-word forms (`stat`, for `stat unit`): n-gram lookups stop early. */
const formPrefixes = new WeakMap<NameTable, Membership>();

/** A table read line by line into maps: what `indexTable` writes out, and the reference tests hold the index to. */
export interface ParsedTable {
  readonly forms: Map<string, string[]>;
  readonly conceptForms: Map<string, string[]>;
  readonly plainForms: Set<string>;
  readonly properForms: Set<string>;
  readonly prefixes: Set<string>;
  readonly maxWords: number;
}

export function parseTable(text: string): ParsedTable {
  const forms = new Map<string, string[]>();
  const conceptForms = new Map<string, string[]>();
  const plainForms = new Set<string>();
  const properForms = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 0;
  const lines = text.split('\n');
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    const concept = line.slice(0, tab);
    const row = derivedLine(line);
    const rowTab = row.indexOf('\t');
    const plains = row.slice(0, rowTab).split('|');
    conceptForms.set(concept, plains);
    for (const form of plains) if (!form.includes(' ')) plainForms.add(form);
    // Forms written with a capital are proper names of the concept (plains are in the same order).
    const raw = line.slice(tab + 1).split('|');
    for (let k = 0; k < raw.length; k++) if (startsUpper(raw[k]!) && plains[k] !== undefined) properForms.add(plains[k]!);
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
  return { forms, conceptForms, plainForms, properForms, prefixes, maxWords };
}

/** First line of an index file: the format, then the fields `indexTable` documents. */
const INDEX_MAGIC = 'article-align names index 1';

/**
 * A table's parsed maps as sorted UTF-8 lines, searched in place at run time (`SortedLines`): a
 * header line (format, the table's size in bytes, the most words in a form, then each section's
 * bytes and lines), then the sections, one entry a line: the forms (`key\tconcept|…`), the
 * concepts' forms (`concept\tplain|…`), the plain, proper and prefix sets. scripts/build-names.ts
 * writes it to data/names/<lang>.index next to the table.
 */
export function indexTable(text: string): Uint8Array {
  const parsed = parseTable(text);
  const mapLines = (map: ReadonlyMap<string, readonly string[]>): string[] =>
    [...map].sort(([a], [b]) => compareUtf8(a, b)).map(([key, values]) => `${checked(key)}\t${values.map(checked).join('|')}\n`);
  const setLines = (set: ReadonlySet<string>): string[] => [...set].sort(compareUtf8).map((entry) => `${checked(entry)}\n`);
  const sections = [mapLines(parsed.forms), mapLines(parsed.conceptForms), setLines(parsed.plainForms), setLines(parsed.properForms), setLines(parsed.prefixes)].map(
    (lines) => ({ bytes: encoder.encode(lines.join('')), lines: lines.length }),
  );
  const header = [INDEX_MAGIC, encoder.encode(text).length, parsed.maxWords, ...sections.map(({ bytes, lines }) => `${bytes.length},${lines}`)].join('\t');
  return Buffer.concat([encoder.encode(`${header}\n`), ...sections.map(({ bytes }) => bytes)]);
}

/** A key or value the line format can carry. */
function checked(entry: string): string {
  // U+FFFD: a key with a lone surrogate encodes to it, and must still find nothing.
  if (/[\t\n|\uFFFD]/u.test(entry)) throw new Error(`name table: ${JSON.stringify(entry)} cannot be indexed`);
  return entry;
}

const encoder = new TextEncoder();
const splitValues = (value: string): readonly string[] => value.split('|');
const present = (): true => true;

/** The table an index describes; null when the index is of another format or was built from a table of another size. */
export function tableFromIndex(index: Uint8Array, tableBytes: number): NameTable | null {
  const headerEnd = index.indexOf(10);
  const [magic, size, maxWords, ...sections] = new TextDecoder().decode(index.subarray(0, headerEnd)).split('\t');
  if (magic !== INDEX_MAGIC || Number(size) !== tableBytes || sections.length !== 5) return null;
  let at = headerEnd + 1;
  const blocks = sections.map((section) => {
    const [bytes = 0, lines = 0] = section.split(',').map(Number);
    return { block: index.subarray(at, (at += bytes)), lines };
  });
  const lines = <V>(section: number, parse: (value: string) => V): SortedLines<V> => new SortedLines(blocks[section]!.block, blocks[section]!.lines, parse);
  const table: NameTable = {
    forms: lines(0, splitValues),
    conceptForms: lines(1, splitValues),
    plainForms: lines(2, present),
    properForms: lines(3, present),
    maxWords: Number(maxWords),
  };
  formPrefixes.set(table, lines(4, present));
  return table;
}

/** A file's bytes, or undefined when there is no such file. */
function readIfPresent(path: string): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * The table of a language, read on first use from data/names/<lang>.index; empty for a language the
 * table lacks. An index missing or stale (the table rebuilt without it) is rebuilt, not trusted.
 */
export function nameTable(lang: LanguageCode): NameTable {
  let table = loaded.get(lang);
  if (table === undefined) {
    const tablePath = packageDataPath('names', `${lang}.tsv`);
    const size = statSync(tablePath, { throwIfNoEntry: false })?.size;
    const index = size === undefined ? undefined : readIfPresent(packageDataPath('names', `${lang}.index`));
    table = size === undefined ? EMPTY : ((index === undefined ? null : tableFromIndex(index, size)) ?? tableFromIndex(indexTable(readFileSync(tablePath, 'utf8')), size)!);
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
