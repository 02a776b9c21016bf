import type { EmbeddingLanguageData } from './embedding-tables.js';
import { frenchEmbedding } from './fr/embedding.js';
import { germanEmbedding } from './de/embedding.js';
import { spanishEmbedding } from './es/embedding.js';
import { portugueseEmbedding } from './pt/embedding.js';

/** Lexical-embedder word lists of the languages added after Italian (Italian keeps its own module). */
export const LEXICAL_LANGUAGE_DATA: Readonly<Record<string, EmbeddingLanguageData>> = {
  fr: frenchEmbedding,
  de: germanEmbedding,
  es: spanishEmbedding,
  pt: portugueseEmbedding,
};
