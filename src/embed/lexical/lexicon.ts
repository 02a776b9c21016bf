import { LEXICON } from './lexicon.generated.js';

/**
 * The shipped EN–IT lexicon, parsed. Concepts are English Porter stems: an English word maps to its
 * own stem, an Italian stem maps to weighted English stems.
 *
 * Serialised format (one string, built by scripts/build-lexicon.ts):
 *   line 1:            `lexicon <version>`
 *   `%translations`    then lines `itstem=enstem:weight,enstem:weight` (weights 1..100)
 *   `%words`           then lines `itword=enstem:weight,…`: exact Italian words whose meaning differs
 *                      from the merged entry of their stem (casa and caso share the stem cas)
" *   `%forms`           then lines `itform>itlemma`: inflected forms the stemmer cannot relate to their
 *                      lemma (detto>dire); the lemma is then looked up as a word or by its stem
 *   `%englishforms`    then lines `enstem>enstem`: stems of regular English inflections that the
 *                      stemmer leaves apart from their lemma's stem (di>die, from died)
 *   `%weights`         then lines `enstem:weight` (how informative a concept is, 1..100; absent = 100)
 */
export interface LexiconEntry {
  /** English stems, strongest first. */
  concepts: string[];
  /** Weight of each concept in (0, 1]; the weights of an entry have an L2 norm of about 1. */
  weights: number[];
}

/** A read-only view of one section of the lexicon, keyed by Italian stem or word. */
export interface EntryTable {
  readonly size: number;
  get(key: string): LexiconEntry | undefined;
  keys(): IterableIterator<string>;
}

export interface Lexicon {
  version: string;
  /** Italian stem → English stems, merged over all the Italian headwords with that stem. */
  translations: EntryTable;
  /** Exact Italian word → English stems; takes precedence over the word's stem entry. */
  words: EntryTable;
  /** Italian inflected form → its lemma. */
  forms: ReadonlyMap<string, string>;
  /** Stem of an inflected English word → the stem of its lemma. */
  englishForms: ReadonlyMap<string, string>;
  /** English stem → informativeness in (0, 1]; concepts not listed are fully informative. */
  conceptWeights: ReadonlyMap<string, number>;
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
      throw new LexiconFormatError(`entry "${key}": bad concept "${part}"`);
    }
    concepts[j] = part.slice(0, colon);
    weights[j] = weight;
  }
  return { concepts, weights };
}

/**
 * Entries stay unparsed strings until first looked up: the CLI reads only a few hundred of the
 * tens of thousands of entries, and start-up time matters more than the first lookup.
 */
class LazyEntryTable implements EntryTable {
  private readonly raw = new Map<string, number>();
  private readonly parsed = new Map<string, LexiconEntry>();

  constructor(private readonly source: string) {}

  /** Registers the entry whose concept list starts at `offset` and ends at the next newline. */
  add(key: string, offset: number): void {
    this.raw.set(key, offset);
  }

  get size(): number {
    return this.raw.size;
  }

  get(key: string): LexiconEntry | undefined {
    let entry = this.parsed.get(key);
    if (entry !== undefined) return entry;
    const offset = this.raw.get(key);
    if (offset === undefined) return undefined;
    let end = this.source.indexOf('\n', offset);
    if (end < 0) end = this.source.length;
    entry = parseEntry(this.source.slice(offset, end), key);
    this.parsed.set(key, entry);
    return entry;
  }

  keys(): IterableIterator<string> {
    return this.raw.keys();
  }
}

export function parseLexicon(serialised: string): Lexicon {
  let lineEnd = serialised.indexOf('\n');
  if (lineEnd < 0) lineEnd = serialised.length;
  const header = serialised.slice(0, lineEnd);
  if (!header.startsWith('lexicon ')) throw new LexiconFormatError(`bad header "${header.slice(0, 40)}"`);
  const translations = new LazyEntryTable(serialised);
  const words = new LazyEntryTable(serialised);
  const forms = new Map<string, string>();
  const englishForms = new Map<string, string>();
  const conceptWeights = new Map<string, number>();
  let section = '';
  let lineNumber = 1;
  for (let start = lineEnd + 1; start < serialised.length; start = lineEnd + 1) {
    lineNumber++;
    lineEnd = serialised.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = serialised.length;
    if (lineEnd === start) continue;
    if (serialised.charCodeAt(start) === 37 /* % */) {
      section = serialised.slice(start + 1, lineEnd);
      continue;
    }
    if (section === 'translations' || section === 'words') {
      const eq = serialised.indexOf('=', start);
      if (eq <= start || eq >= lineEnd - 1) throw new LexiconFormatError(`line ${lineNumber}: expected key=concepts`);
      (section === 'words' ? words : translations).add(serialised.slice(start, eq), eq + 1);
    } else if (section === 'forms' || section === 'englishforms') {
      const arrow = serialised.indexOf('>', start);
      if (arrow <= start || arrow >= lineEnd - 1) throw new LexiconFormatError(`line ${lineNumber}: expected form>lemma`);
      (section === 'forms' ? forms : englishForms).set(serialised.slice(start, arrow), serialised.slice(arrow + 1, lineEnd));
    } else if (section === 'weights') {
      const colon = serialised.lastIndexOf(':', lineEnd);
      const weight = Number(serialised.slice(colon + 1, lineEnd)) / 100;
      if (colon <= start || !(weight > 0 && weight <= 1)) {
        throw new LexiconFormatError(`line ${lineNumber}: expected concept:weight`);
      }
      conceptWeights.set(serialised.slice(start, colon), weight);
    } else {
      throw new LexiconFormatError(`line ${lineNumber}: unknown section "${section}"`);
    }
  }
  return { version: header.slice('lexicon '.length), translations, words, forms, englishForms, conceptWeights };
}

/** Parses every entry now (the lazy tables otherwise defer malformed-entry errors to lookup). */
export function validateLexicon(lexicon: Lexicon): void {
  for (const table of [lexicon.translations, lexicon.words]) {
    for (const key of table.keys()) table.get(key);
  }
}

let shipped: Lexicon | undefined;

/** The lexicon shipped with the package, parsed on first use. */
export function shippedLexicon(): Lexicon {
  shipped ??= parseLexicon(LEXICON);
  return shipped;
}
