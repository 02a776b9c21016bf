import { SPELLING_VARIANTS } from './spelling.js';
import type { Embedder, LanguageCode } from '../../types.js';
import type { SparseEmbedder, SparseRowSink } from '../sparse.js';
import { findLexicon, loadLexicon, type Lexicon } from './lexicon.js';
import { stemEnglish } from './stem.js';
import { createForeignLookup, type ForeignLookup } from './foreign.js';
import { ENGLISH_ACRONYMS, ENGLISH_IRREGULAR_LEMMAS } from '../../lang/en/embedding.js';
import { ITALIAN_ACRONYMS, ITALIAN_FUNCTION_WORDS } from '../../lang/it/embedding.js';
import { LEXICAL_LANGUAGE_DATA } from '../../lang/embedding-data.js';
import { functionWordLevel, isStopword } from './stopwords.js';
import { ACRONYM, CAPITALISED, forEachToken, type TokenKind } from './tokenize.js';
import { withoutMarks } from '../../text/letters.js';

export {
  parseLexicon,
  shippedLexicon,
  loadLexicon,
  findLexicon,
  LEXICON_LANGUAGES,
  LexiconFormatError,
  type Lexicon,
  type LexiconEntry,
} from './lexicon.js';
export { tokenize, forEachToken, type Token, type TokenKind } from './tokenize.js';

export interface LexicalEmbedderOptions {
  /**
   * Length of the hashed vectors. Default 2048: vectors are sparse (a sentence touches a few dozen
   * entries), so a longer vector costs little and hash collisions between unrelated words become rare.
   */
  dimension?: number;
  /**
   * Lexicon to use instead of the shipped ones, for every language and for the English inflection
   * table (tests and experiments).
   */
  lexicon?: Lexicon;
  /** Weight of function words (pronouns, adverbs like "not", "never") relative to content words. Default 0.7. */
  stopwordWeight?: number;
  /** Weight of the most frequent function words (articles, basic prepositions, auxiliaries). Default 0.25. */
  lightestWeight?: number;
  /** Weight of the extra language-independent feature of a capitalised word or acronym. Default 1. */
  nameWeight?: number;
  /** Weight of a number. Default 1.5. */
  numberWeight?: number;
  /**
   * Weight of the cognate feature of a long content word: its first letters after spelling
   * normalisation (ph→f, y→i, double letters single), shared by information/informazione,
   * cryptocurrency/criptovaluta. Default 0.25.
   */
  cognateWeight?: number;
  /** Letters in the cognate key. Default 5. */
  cognateLength?: number;
  /** Weight of a word the lexicon does not know (kept as its own concept: names, loanwords). Default 1. */
  unknownWeight?: number;
}

export const LEXICAL_EMBEDDER_NAME = 'lexical';
const DEFAULT_DIMENSION = 2048;
/**
 * Feature values are integers (weights × SCALE, rounded). Float32 sums of small integers are exact
 * in any order, which makes `embed(a + ' ' + b)` equal `embed(a) + embed(b)` bit for bit.
 */
const SCALE = 64;
/** Feature kinds live in one hash space; a prefix keeps them from colliding with word concepts. */
const NAME_PREFIX = '\u0001';
const NUMBER_PREFIX = '\u0002';
const COGNATE_PREFIX = '\u0003';
const ACRONYM_PREFIX = '\u0004';
/** Token caches are cleared past this size, so a long-lived embedder's memory stays bounded. */
const MAX_CACHED_TOKENS = 200_000;
/** Sparse features of one token: [index0, value0, index1, value1, …]. */
type Features = Int32Array;
const NO_FEATURES: Features = new Int32Array(0);

function fmix32(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return fmix32(hash);
}


/** A spelling that English and Italian cognates share more often than their written forms. */
function cognateKey(word: string): string {
  let key = withoutMarks(word.normalize('NFD'));
  for (const [pattern, replacement] of SPELLING_VARIANTS) key = key.replace(pattern, replacement);
  return key;
}

function remember(cache: Map<string, Features>, key: string, features: Features): Features {
  if (cache.size >= MAX_CACHED_TOKENS) cache.clear();
  cache.set(key, features);
  return features;
}

class FeatureBuilder {
  private readonly pairs: number[] = [];

  constructor(private readonly dimension: number) {}

  add(concept: string, weight: number): void {
    const value = Math.round(weight * SCALE);
    if (value === 0) return;
    const hash = hashString(concept);
    this.pairs.push((hash >>> 1) % this.dimension, hash & 1 ? value : -value);
  }

  build(): Features {
    return this.pairs.length === 0 ? NO_FEATURES : Int32Array.from(this.pairs);
  }
}

/**
 * The default, offline embedder: a cross-lingual bag of concepts. English and Italian words are
 * stemmed (or lemmatised through tables) and mapped onto English stems through the shipped lexicon;
 * function words weigh less than content words; numbers, names, acronyms and cognate keys are
 * language-independent features. The bag is feature-hashed into a dense vector. Vectors are
 * unnormalised and additive.
 */
export function createLexicalEmbedder(options: LexicalEmbedderOptions = {}): Embedder {
  const dimension = options.dimension ?? DEFAULT_DIMENSION;
  if (!Number.isInteger(dimension) || dimension < 1) {
    throw new RangeError(`lexical embedder: dimension must be a positive integer, got ${dimension}`);
  }
  const stopwordWeight = options.stopwordWeight ?? 0.7;
  const lightestWeight = options.lightestWeight ?? 0.25;
  const levelWeights = [1, stopwordWeight, lightestWeight] as const;
  const nameWeight = options.nameWeight ?? 1;
  const numberWeight = options.numberWeight ?? 1.5;
  const unknownWeight = options.unknownWeight ?? 1;
  const cognateWeight = options.cognateWeight ?? 0.25;
  const cognateLength = options.cognateLength ?? 5;
  /** Per language: the lexicon lookup (null: no lexicon, words are kept as written) and the token cache. */
  const languages = new Map<string, { lookup: ForeignLookup | null; cache: Map<string, Features> }>();
  let englishTable: Lexicon | undefined = options.lexicon;
  const nameFeatures = new Map<string, Features>();

  function englishConcept(word: string): string {
    const stem = stemEnglish(ENGLISH_IRREGULAR_LEMMAS.get(word) ?? word);
    return englishTable!.englishForms.get(stem) ?? stem;
  }

  function conceptWeight(concept: string): number {
    return englishTable!.conceptWeights.get(concept) ?? 1;
  }

  function functionWordsOf(lang: string): ReadonlyMap<string, readonly string[]> | undefined {
    return lang === 'it' ? ITALIAN_FUNCTION_WORDS : LEXICAL_LANGUAGE_DATA[lang]?.functionWords;
  }

  function wordFeatures(word: string, lang: string, lookup: ForeignLookup | null): Features {
    const builder = new FeatureBuilder(dimension);
    const level = functionWordLevel(word, lang);
    const functionWord = levelWeights[level];
    if (level === 0 && word.length > cognateLength) {
      const key = cognateKey(word);
      if (key.length >= cognateLength) builder.add(COGNATE_PREFIX + key.slice(0, cognateLength), cognateWeight);
    }
    if (lang === 'en') {
      const concept = englishConcept(word);
      builder.add(concept, conceptWeight(concept) * functionWord);
      return builder.build();
    }
    const englishWords = functionWordsOf(lang)?.get(word);
    if (englishWords !== undefined) {
      const share = functionWord / Math.sqrt(englishWords.length);
      for (const english of englishWords) builder.add(englishConcept(english), share);
      return builder.build();
    }
    const entry = lookup?.(word);
    if (entry !== undefined) {
      for (let i = 0; i < entry.concepts.length; i++) {
        const concept = entry.concepts[i];
        builder.add(concept, entry.weights[i] * conceptWeight(concept) * functionWord);
      }
    } else {
      // Loanwords, names and brands are written alike in both languages: bitcoin, exchange, KYC. In a
      // language without a lexicon this is all there is, besides names, numbers and cognates.
      builder.add(stemEnglish(word), unknownWeight * functionWord);
    }
    return builder.build();
  }

  function featuresOf(
    text: string,
    kind: TokenKind,
    flags: number,
    lang: string,
    lookup: ForeignLookup | null,
    cache: Map<string, Features>,
  ): Features {
    if (kind === 'number') {
      const key = NUMBER_PREFIX + text;
      let features = nameFeatures.get(key);
      if (features === undefined) {
        const builder = new FeatureBuilder(dimension);
        builder.add(key, numberWeight);
        features = remember(nameFeatures, key, builder.build());
      }
      return features;
    }
    // "US" is not the pronoun "us": acronyms are cached apart and never treated as function words.
    const acronym = (flags & ACRONYM) !== 0;
    const key = acronym ? ACRONYM_PREFIX + text : text;
    let features = cache.get(key);
    if (features === undefined) {
      features = acronym ? acronymFeatures(text, lang) : wordFeatures(text, lang, lookup);
      remember(cache, key, features);
    }
    return features;
  }

  function acronymFeatures(acronym: string, lang: string): Features {
    const builder = new FeatureBuilder(dimension);
    const acronyms = lang === 'it' ? ITALIAN_ACRONYMS : lang === 'en' ? ENGLISH_ACRONYMS : LEXICAL_LANGUAGE_DATA[lang]?.acronyms;
    const expansion = acronyms?.get(acronym);
    if (expansion !== undefined) {
      const share = unknownWeight / Math.sqrt(expansion.length);
      for (const word of expansion) builder.add(englishConcept(word), share);
    } else {
      // Acronyms are mostly the same in both languages (KYC, NATO, BBC).
      builder.add(acronym, unknownWeight);
    }
    return builder.build();
  }

  function nameFeature(word: string, flags: number, lang: string, lookup: ForeignLookup | null): Features {
    const acronym = (flags & ACRONYM) !== 0;
    // Whether a word is a function word depends on the language ("come" is one in Italian only).
    const key = `${lang}\u0000${acronym ? ACRONYM_PREFIX : ''}${word}`;
    let features = nameFeatures.get(key);
    if (features === undefined) {
      const builder = new FeatureBuilder(dimension);
      // German capitalises every noun: only a capitalised word the lexicon does not know may be a name.
      const commonNoun = lang === 'de' && !acronym && lookup?.(word) !== undefined;
      if (acronym || (!isStopword(word, lang) && !commonNoun)) builder.add(NAME_PREFIX + word, nameWeight);
      features = remember(nameFeatures, key, builder.build());
    }
    return features;
  }

  /** Adds the features of `text` into `vector`; `touch` sees each index as it is added to. */
  function addText(text: string, lang: string, lookup: ForeignLookup | null, cache: Map<string, Features>, vector: Float32Array, touch?: (index: number) => void): void {
    const addFeatures = (features: Features): void => {
      for (let i = 0; i < features.length; i += 2) {
        vector[features[i]] += features[i + 1];
        touch?.(features[i]);
      }
    };
    forEachToken(text.normalize('NFC'), lang, (token, kind, flags) => {
      addFeatures(featuresOf(token, kind, flags, lang, lookup, cache));
      if (kind === 'word' && (flags & CAPITALISED) !== 0) addFeatures(nameFeature(token, flags, lang, lookup));
    });
  }

  function embedOne(text: string, lang: string, lookup: ForeignLookup | null, cache: Map<string, Features>): Float32Array {
    const vector = new Float32Array(dimension);
    addText(text, lang, lookup, cache, vector);
    return vector;
  }

  /** One reused vector and the list of its touched entries, instead of a dense vector per sentence. */
  const scratch = { vector: new Float32Array(0), touched: new Uint8Array(0), indices: [] as number[] };
  function embedSparseOne(text: string, lang: string, lookup: ForeignLookup | null, cache: Map<string, Features>, sink: SparseRowSink): void {
    if (scratch.vector.length !== dimension) {
      scratch.vector = new Float32Array(dimension);
      scratch.touched = new Uint8Array(dimension);
    }
    const { vector, touched, indices } = scratch;
    addText(text, lang, lookup, cache, vector, (index) => {
      if (touched[index] === 0) {
        touched[index] = 1;
        indices.push(index);
      }
    });
    indices.sort((a, b) => a - b);
    for (const index of indices) {
      // The same entries, in the same order, as scanning the dense vector for non-zeros.
      if (vector[index] !== 0) sink.push(index, vector[index]!);
      vector[index] = 0;
      touched[index] = 0;
    }
    indices.length = 0;
    sink.endRow();
  }

  function languageFor(lang: LanguageCode): { language: string; lookup: ForeignLookup | null; cache: Map<string, Features> } {
    englishTable ??= loadLexicon('en');
    // Region tags share their language's data: pt-BR and pt-PT, en-US and en-GB.
    const language = lang.toLowerCase().split(/[-_]/)[0]!;
    return { language, ...languageState(language) };
  }

  function languageState(lang: string): { lookup: ForeignLookup | null; cache: Map<string, Features> } {
    let state = languages.get(lang);
    if (state === undefined) {
      const lexicon = lang === 'en' ? null : (options.lexicon ?? findLexicon(lang));
      state = { lookup: lexicon === null ? null : createForeignLookup(lang, lexicon), cache: new Map() };
      languages.set(lang, state);
    }
    return state;
  }

  const embedder: SparseEmbedder = {
    name: LEXICAL_EMBEDDER_NAME,
    dimension,
    additive: true,
    async embed(texts: readonly string[], lang: LanguageCode): Promise<Float32Array[]> {
      const { language, lookup, cache } = languageFor(lang);
      return texts.map((text) => embedOne(text, language, lookup, cache));
    },
    async embedSparse(texts: readonly string[], lang: LanguageCode, sink: SparseRowSink): Promise<void> {
      const { language, lookup, cache } = languageFor(lang);
      for (const text of texts) embedSparseOne(text, language, lookup, cache, sink);
    },
  };
  return embedder;
}
