import { readFileSync } from 'node:fs';
import { packageDataPath } from '../../package-data.js';
import {
  decodeLexicon,
  encodeLexicon,
  LexiconFormatError,
  type RawLexicon,
  type RawSection,
} from './lexicon-format.js';

export { encodeLexicon, LexiconFormatError } from './lexicon-format.js';

/**
 * A lexicon maps the words of one language to English concepts (English Porter stems: an English
 * word maps to its own stem). One file per language, data/lexicon/<language>.bin, built by
 * scripts/build-lexicon.ts; formats in lexicon-format.ts. Loading reads the file and nothing more:
 * lookups binary-search its bytes in place and parse only the entries they meet.
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
  /** The language whose words the lexicon maps to English concepts (e.g. "it"). */
  language: string;
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

const decoder = new TextDecoder();
const encoder = new TextEncoder();
/** Scratch space for the UTF-8 bytes of a looked-up key (keys are single words). */
let keyBytes = new Uint8Array(256);

function utf8Key(key: string): number {
  if (key.length * 3 > keyBytes.length) keyBytes = new Uint8Array(key.length * 3);
  return encoder.encodeInto(key, keyBytes).written;
}

/** One section read in place: binary search over its UTF-8 lines, values parsed on first lookup. */
class BinarySection<Value> implements LexiconTable<Value> {
  private readonly cache = new Map<string, Value | null>();

  constructor(
    private readonly raw: RawSection,
    private readonly parseValue: (serialised: string, key: string) => Value,
  ) {}

  get size(): number {
    return this.raw.starts.length - 1;
  }

  /** Where line `line`'s key ends (its separator). */
  private keyEnd(line: number): number {
    const { bytes, separator, starts } = this.raw;
    let position = starts[line];
    while (bytes[position] !== separator) position++;
    return position;
  }

  private keyAt(line: number): string {
    return decoder.decode(this.raw.bytes.subarray(this.raw.starts[line], this.keyEnd(line)));
  }

  private valueAt(line: number, key: string): Value {
    const { bytes, starts } = this.raw;
    // Lines end with "\n": the value runs from after the separator to just before the next line.
    return this.parseValue(decoder.decode(bytes.subarray(this.keyEnd(line) + 1, starts[line + 1] - 1)), key);
  }

  /** Sign of (key of `line`) − (the first `length` bytes of keyBytes), in byte order. */
  private compareLine(line: number, length: number): number {
    const { bytes, separator, starts } = this.raw;
    let position = starts[line];
    for (let i = 0; ; i++, position++) {
      const byte = bytes[position];
      const lineKeyEnded = byte === separator;
      if (i === length) return lineKeyEnded ? 0 : 1;
      if (lineKeyEnded) return -1;
      const difference = byte - keyBytes[i];
      if (difference !== 0) return difference;
    }
  }

  private find(key: string): number {
    const length = utf8Key(key);
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compareLine(middle, length);
      if (order === 0) return middle;
      if (order < 0) low = middle + 1;
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
    for (let line = 0; line < this.size; line++) yield this.keyAt(line);
  }

  /** Parses every line and checks the order binary search relies on. */
  validate(name: string): void {
    for (let line = 0; line < this.size; line++) {
      const key = this.keyAt(line);
      if (line > 0 && !(this.compareLine(line - 1, utf8Key(key)) < 0)) {
        throw new LexiconFormatError(`section ${name}: "${key}" is out of order or repeated`);
      }
      this.valueAt(line, key);
    }
  }
}

function fromRaw(raw: RawLexicon): Lexicon {
  return {
    version: raw.version,
    language: raw.language,
    translations: new BinarySection(raw.sections.translations, parseEntry),
    words: new BinarySection(raw.sections.words, parseEntry),
    forms: new BinarySection(raw.sections.forms, parseLemma),
    englishForms: new BinarySection(raw.sections.englishforms, parseLemma),
    conceptWeights: new BinarySection(raw.sections.weights, parseWeight),
  };
}

/** A lexicon from its text form (see lexicon-format.ts); checks syntax and sort order, parses values on lookup. */
export function parseLexicon(serialised: string, language = 'it'): Lexicon {
  return fromRaw(decodeLexicon(encodeLexicon(serialised, language)));
}

/** A lexicon from its binary form, read in place. */
export function readLexicon(bytes: Uint8Array): Lexicon {
  return fromRaw(decodeLexicon(bytes));
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
    if (section instanceof BinarySection) section.validate(name);
    else for (const key of section.keys()) section.get(key);
  }
}

/** Where the package keeps the lexicon of `language` (an ISO 639-1 code such as "it"). */
export function lexiconPath(language: string): string {
  return packageDataPath('lexicon', `${language}.bin`);
}

const loaded = new Map<string, Lexicon>();

/**
 * The shipped lexicon of `language`, read on first use and kept. Throws LexiconFormatError when
 * the package has no lexicon for the language or its file is damaged.
 */
export function loadLexicon(language: string): Lexicon {
  let lexicon = loaded.get(language);
  if (lexicon === undefined) {
    if (!/^[a-z]{2,3}$/.test(language)) throw new LexiconFormatError(`no lexicon for language "${language}"`);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(lexiconPath(language));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new LexiconFormatError(
        code === 'ENOENT' ? `no lexicon for language "${language}"` : `cannot read ${lexiconPath(language)} (${code ?? String(error)})`,
      );
    }
    lexicon = readLexicon(bytes);
    loaded.set(language, lexicon);
  }
  return lexicon;
}

/** The shipped Italian–English lexicon. */
export function shippedLexicon(): Lexicon {
  return loadLexicon('it');
}

/** Languages the package ships a lexicon for (each paired with English; `en.bin` is the English table). */
export const LEXICON_LANGUAGES: readonly string[] = ['it', 'fr', 'de', 'es', 'pt'];

/** The shipped lexicon of `language`, or null when the package has none for it (degraded mode). */
export function findLexicon(language: string): Lexicon | null {
  return LEXICON_LANGUAGES.includes(language) ? loadLexicon(language) : null;
}
