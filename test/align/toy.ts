import type { Embedder, Sentence } from '../../src/types.js';
import { seededRandom } from '../../src/align/random.js';

/** Deterministic PRNG for generated documents. */
export const random = seededRandom;

/**
 * A toy cross-lingual world: concept `n` is written `En0123` in English and `It0123` in Italian, so a
 * sentence and its "translation" share exactly their concepts. Words are padded to one length so
 * character lengths track word counts.
 */
export const word = (lang: 'en' | 'it', concept: number): string =>
  `${lang === 'en' ? 'En' : 'It'}${String(concept).padStart(4, '0')}`;

export const say = (lang: 'en' | 'it', concepts: readonly number[]): string => concepts.map((c) => word(lang, c)).join(' ');

/** Bag-of-concepts embedder over the toy words (additive like the lexical embedder). */
export function toyEmbedder(options: { additive?: boolean; dimension?: number } = {}): Embedder {
  const dimension = options.dimension ?? 4096;
  const additive = options.additive ?? true;
  return {
    name: additive ? 'toy' : 'toy-normalised',
    dimension,
    additive,
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Float32Array(dimension);
        for (const match of text.matchAll(/(?:En|It)(\d{4})/g)) vector[Number(match[1]) % dimension] += 1;
        if (!additive) {
          // Not additive: the vector of a joined text is not the sum of its parts.
          const norm = Math.hypot(...vector) || 1;
          for (let k = 0; k < dimension; k++) vector[k] /= norm;
        }
        return vector;
      });
    },
  };
}

/** Sentence objects for pre-split lines; `paragraphs[i]` is the paragraph of line `i` (default 0). */
export function sentences(lines: readonly string[], paragraphs?: readonly number[]): Sentence[] {
  let offset = 0;
  return lines.map((text, id) => {
    const sentence: Sentence = { id, text, start: offset, end: offset + text.length, paragraph: paragraphs?.[id] ?? 0, line: id + 1, column: 1 };
    offset += text.length + 1;
    return sentence;
  });
}


/**
 * `count` sentences of 4–14 concepts each: mostly their own content concepts (unique to the
 * sentence) plus a few common "function word" concepts 1–20 shared by everything.
 */
export function conceptSentences(count: number, seed: number, firstConcept = 1000): number[][] {
  const next = random(seed);
  let concept = firstConcept;
  return Array.from({ length: count }, () => {
    const size = 4 + Math.floor(next() * 11);
    const own = Array.from({ length: size }, () => concept++);
    const common = Array.from({ length: 2 }, () => 1 + Math.floor(next() * 20));
    return [...own, ...common];
  });
}
