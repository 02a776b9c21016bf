import type { LanguageCode } from '../types.js';

/**
 * The languages article-align supports. Each stage keeps its per-language data in
 * `src/lang/<code>/<stage>.ts`, so adding a language is adding data files plus one entry here.
 */
export interface LanguageInfo {
  code: LanguageCode;
  /** franc's ISO 639-3 code. */
  iso6393: string;
  name: string;
}

export const LANGUAGES: readonly LanguageInfo[] = [
  { code: 'en', iso6393: 'eng', name: 'English' },
  { code: 'it', iso6393: 'ita', name: 'Italian' },
];

export function findLanguage(code: string): LanguageInfo | undefined {
  const wanted = code.toLowerCase();
  return LANGUAGES.find((lang) => lang.code === wanted || lang.iso6393 === wanted);
}

export function isSupportedLanguage(code: string): boolean {
  return findLanguage(code) !== undefined;
}
