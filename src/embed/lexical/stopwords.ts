import { ENGLISH_FUNCTION_WORDS, ENGLISH_LIGHTEST_WORDS } from '../../lang/en/embedding.js';
import { ITALIAN_LIGHTEST_WORDS, ITALIAN_STOPWORDS } from '../../lang/it/embedding.js';
import { LEXICAL_LANGUAGE_DATA } from '../../lang/embedding-data.js';

/**
 * Function words of each language. They still map to concepts (so "not" ↔ "non" counts a little)
 * but with a small weight, because they occur in almost every sentence and say little about which
 * sentence is the translation of which.
 */

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', toSet(ENGLISH_FUNCTION_WORDS + ENGLISH_LIGHTEST_WORDS)],
  ['it', toSet(ITALIAN_STOPWORDS + ITALIAN_LIGHTEST_WORDS)],
  ...Object.entries(LEXICAL_LANGUAGE_DATA).map(([lang, data]) => [lang, toSet(`${data.stopwords} ${data.lightestWords}`)] as const),
]);
const LIGHTEST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', toSet(ENGLISH_LIGHTEST_WORDS)],
  ['it', toSet(ITALIAN_LIGHTEST_WORDS)],
  ...Object.entries(LEXICAL_LANGUAGE_DATA).map(([lang, data]) => [lang, toSet(data.lightestWords)] as const),
]);

export function isStopword(lowercaseWord: string, lang: string): boolean {
  return STOPWORDS.get(lang)?.has(lowercaseWord) ?? false;
}

/** 0 for a content word, 1 for a function word, 2 for the most frequent function words. */
export function functionWordLevel(lowercaseWord: string, lang: string): 0 | 1 | 2 {
  if (LIGHTEST.get(lang)?.has(lowercaseWord)) return 2;
  return isStopword(lowercaseWord, lang) ? 1 : 0;
}
