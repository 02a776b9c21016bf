/**
 * Parsers for the compact word tables of `src/lang/<code>/embedding.ts`. The tables are written as
 * text so that a language's data reads like a glossary:
 *   function words  `le la les l: the|de d: of`          word… : English words
 *   news supplement `gouvernement: government|dire: say`  lemma : English words
 *   extra forms     `être: est sont était étaient`        lemma : inflected forms
 */

/** `words: english words|…` → each word mapped to the English words. */
export function parseGlossary(table: string): ReadonlyMap<string, readonly string[]> {
  const entries = new Map<string, readonly string[]>();
  for (const group of table.split(/[|\n]/)) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const english = group.slice(colon + 1).trim().split(/\s+/).filter(Boolean);
    for (const word of group.slice(0, colon).trim().split(/\s+/).filter(Boolean)) entries.set(word, english);
  }
  return entries;
}

/** `lemma: english english|…` → (lemma, English word) pairs. */
export function parsePairs(table: string): Array<readonly [lemma: string, english: string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const [lemma, english] of parseGlossary(table)) for (const word of english) pairs.push([lemma, word]);
  return pairs;
}

/** `lemma: form form|…` → (form, lemma) pairs. */
export function parseForms(table: string): Array<readonly [form: string, lemma: string]> {
  const pairs: Array<readonly [string, string]> = [];
  for (const [lemma, forms] of parseGlossary(table)) for (const form of forms) pairs.push([form, lemma]);
  return pairs;
}

/** What the lexical embedder and the lexicon build need to know about one language. */
export interface EmbeddingLanguageData {
  /** Function words (weighted down), as a whitespace-separated list. */
  stopwords: string;
  /** The most frequent function words (weighted down most). */
  lightestWords: string;
  /** Function word → the English function words it stands for (dictionaries handle these badly). */
  functionWords: ReadonlyMap<string, readonly string[]>;
  /** (lemma, English word) pairs of frequent news translations the dictionaries lack or rank low. */
  newsSupplement: ReadonlyArray<readonly [string, string]>;
  /** (form, lemma) pairs of irregular forms the stemmer cannot relate to their lemma. */
  extraForms: ReadonlyArray<readonly [string, string]>;
  /** Acronyms written differently from English (`ONU` → united nations). */
  acronyms: ReadonlyMap<string, readonly string[]>;
}
