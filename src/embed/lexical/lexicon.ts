import { LEXICON } from './lexicon.generated.js';

/**
 * The shipped EN–IT lexicon. Concepts are English Porter stems: an English word maps to its own stem,
 * an Italian stem or word maps to weighted English stems.
 *
 * Serialised format (one string, built by scripts/build-lexicon.ts). Every section's lines are sorted
 * by key (UTF-16 code unit order), so a key is found by binary search in the string itself: loading
 * the lexicon parses nothing up front, which keeps the CLI's start-up short.
 *   line 1:            `lexicon <version>`
 *   `%translations`    then lines `itstem=enstem:weight,enstem:weight` (weights 1..100)
 *   `%words`           then lines `itword=enstem:weight,…`: exact Italian words whose meaning differs
 *                      from the merged entry of their stem (casa and caso share the stem cas)
 *   `%forms`           then lines `itform>itlemma`: inflected forms the stemmer cannot relate to their
 *                      lemma (detto>dire); the lemma is then looked up as a word or by its stem
 *   `%englishforms`    then lines `enstem>enstem`: stems of regular English inflections that the
 *                      stemmer leaves apart from their lemma's stem (campus>campu, from campuses)
 *   `%weights`         then lines `enstem:weight` (how informative a concept is, 1..100; absent = 100)
 */
export interface LexiconEntry {
  /** English stems, strongest first. */
  concepts: string[];
  /** Weight of each concept in (0, 1]; the weights of an entry have an L2 norm of about 1. */
  weights: number[];
}

/** A read-only, sorted section of the lexicon. */
export interface LexiconTable<Value> {
  readonly size: number;
  get(key: string): Value | undefined;
  has(key: string): boolean;
  keys(): IterableIterator<string>;
}

export interface Lexicon {
  version: string;
  /** Italian stem → English stems, merged over all the Italian headwords with that stem. */
  translations: LexiconTable<LexiconEntry>;
  /** Exact Italian word → English stems; takes precedence over the word's stem entry. */
  words: LexiconTable<LexiconEntry>;
  /** Italian inflected form → its lemma. */
  forms: LexiconTable<string>;
  /** Stem of an inflected English word → the stem of its lemma. */
  englishForms: LexiconTable<string>;
  /** English stem → informativeness in (0, 1]; concepts not listed are fully informative. */
  conceptWeights: LexiconTable<number>;
}

export class LexiconFormatError extends Error {
  constructor(message: string) {
    super(`lexicon: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

function parseEntry(serialised: string, key: string): LexiconEntry {
  const parts = serialised.split(',');
  const concepts: string[] = new Array(parts.length);
  const weights: number[] = new Array(parts.length);
  for (let j = 0; j < parts.length; j++) {
    const part = parts[j];
    const colon = part.lastIndexOf(':');
    const weight = Number(part.slice(colon + 1)) / 100;
    if (colon <= 0 || !(weight > 0 && weight <= 1)) {
      throw new LexiconFormatError(`entry "${key}": bad value "${part}"`);
    }
    concepts[j] = part.slice(0, colon);
    weights[j] = weight;
  }
  return { concepts, weights };
}

function parseWeight(serialised: string, key: string): number {
  const weight = Number(serialised) / 100;
  if (!(weight > 0 && weight <= 1)) throw new LexiconFormatError(`entry "${key}": bad value "${serialised}"`);
  return weight;
}

function parseLemma(serialised: string): string {
  return serialised;
}

/** One section: the offsets of its lines in the serialised string, searched by key. */
class SortedSection<Value> implements LexiconTable<Value> {
  private readonly cache = new Map<string, Value | null>();

  constructor(
    private readonly source: string,
    private readonly lineStarts: Int32Array,
    private readonly separator: string,
    private readonly parseValue: (serialised: string, key: string) => Value,
  ) {}

  get size(): number {
    return this.lineStarts.length;
  }

  private keyAt(line: number): string {
    const start = this.lineStarts[line];
    return this.source.slice(start, this.source.indexOf(this.separator, start));
  }

  private valueAt(line: number, key: string): Value {
    const start = this.lineStarts[line] + key.length + 1;
    let end = this.source.indexOf('\n', start);
    if (end < 0) end = this.source.length;
    return this.parseValue(this.source.slice(start, end), key);
  }

  private find(key: string): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const candidate = this.keyAt(middle);
      if (candidate === key) return middle;
      if (candidate < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  get(key: string): Value | undefined {
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const line = this.find(key);
    const value = line < 0 ? null : this.valueAt(line, key);
    this.cache.set(key, value);
    return value ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *keys(): IterableIterator<string> {
    for (let line = 0; line < this.lineStarts.length; line++) yield this.keyAt(line);
  }

  /** Parses every line and checks the order binary search relies on. */
  validate(name: string): void {
    let previous: string | undefined;
    for (let line = 0; line < this.lineStarts.length; line++) {
      const key = this.keyAt(line);
      if (previous !== undefined && !(previous < key)) {
        throw new LexiconFormatError(`section ${name}: "${key}" is out of order or repeated`);
      }
      this.valueAt(line, key);
      previous = key;
    }
  }
}

const SECTIONS = {
  translations: { separator: '=', parse: parseEntry },
  words: { separator: '=', parse: parseEntry },
  forms: { separator: '>', parse: parseLemma },
  englishforms: { separator: '>', parse: parseLemma },
  weights: { separator: ':', parse: parseWeight },
} as const;
type SectionName = keyof typeof SECTIONS;

export function parseLexicon(serialised: string): Lexicon {
  let lineEnd = serialised.indexOf('\n');
  if (lineEnd < 0) lineEnd = serialised.length;
  const header = serialised.slice(0, lineEnd);
  if (!header.startsWith('lexicon ')) throw new LexiconFormatError(`bad header "${header.slice(0, 40)}"`);
  const starts = new Map<SectionName, number[]>(Object.keys(SECTIONS).map((name) => [name as SectionName, []]));
  let section: SectionName | undefined;
  let lineNumber = 1;
  for (let start = lineEnd + 1; start < serialised.length; start = lineEnd + 1) {
    lineNumber++;
    lineEnd = serialised.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = serialised.length;
    if (lineEnd === start) continue;
    if (serialised.charCodeAt(start) === 37 /* % */) {
      const name = serialised.slice(start + 1, lineEnd);
      if (!(name in SECTIONS)) throw new LexiconFormatError(`line ${lineNumber}: unknown section "${name}"`);
      section = name as SectionName;
      continue;
    }
    if (section === undefined) throw new LexiconFormatError(`line ${lineNumber}: entry before any section`);
    const separator = serialised.indexOf(SECTIONS[section].separator, start);
    if (separator <= start || separator >= lineEnd - 1) {
      throw new LexiconFormatError(`line ${lineNumber}: expected key${SECTIONS[section].separator}value`);
    }
    starts.get(section)!.push(start);
  }
  const table = <Value>(name: SectionName, parse: (serialised: string, key: string) => Value) =>
    new SortedSection<Value>(serialised, Int32Array.from(starts.get(name)!), SECTIONS[name].separator, parse);
  return {
    version: header.slice('lexicon '.length),
    translations: table('translations', parseEntry),
    words: table('words', parseEntry),
    forms: table('forms', parseLemma),
    englishForms: table('englishforms', parseLemma),
    conceptWeights: table('weights', parseWeight),
  };
}

/** Parses every entry and checks the sort order (lookups otherwise find problems only when they meet them). */
export function validateLexicon(lexicon: Lexicon): void {
  const sections: Array<[string, LexiconTable<unknown>]> = [
    ['translations', lexicon.translations],
    ['words', lexicon.words],
    ['forms', lexicon.forms],
    ['englishforms', lexicon.englishForms],
    ['weights', lexicon.conceptWeights],
  ];
  for (const [name, section] of sections) {
    if (section instanceof SortedSection) section.validate(name);
    else for (const key of section.keys()) section.get(key);
  }
}

let shipped: Lexicon | undefined;

/** The EN–IT lexicon shipped with the package, indexed on first use. */
export function shippedLexicon(): Lexicon {
  shipped ??= parseLexicon(LEXICON);
  return shipped;
}

/**
 * The shipped lexicon module of each language, imported only when that language is first embedded,
 * so a run on en–de never reads the French or Spanish data. `en` holds the English inflection table
 * shared by every language.
 */
const LEXICON_MODULES: Readonly<Record<string, () => Promise<{ LEXICON: string }>>> = {
  en: () => import('./lexicon.en.generated.js'),
  fr: () => import('./lexicon.fr.generated.js'),
  de: () => import('./lexicon.de.generated.js'),
  es: () => import('./lexicon.es.generated.js'),
  pt: () => import('./lexicon.pt.generated.js'),
};

const loaded = new Map<string, Promise<Lexicon | null>>();

/** Languages with a shipped lexicon (paired with English). */
export const LEXICON_LANGUAGES: readonly string[] = ['it', 'fr', 'de', 'es', 'pt'];

/** The shipped lexicon of `lang` (`en`: the English table), or null when the language has none. */
export function loadLexicon(lang: string): Promise<Lexicon | null> {
  if (lang === 'it') return Promise.resolve(shippedLexicon());
  let lexicon = loaded.get(lang);
  if (lexicon === undefined) {
    const load = LEXICON_MODULES[lang];
    lexicon = load === undefined ? Promise.resolve(null) : load().then((module) => parseLexicon(module.LEXICON));
    loaded.set(lang, lexicon);
  }
  return lexicon;
}
