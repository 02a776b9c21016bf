import type { LanguageCode } from '../types.js';

/**
 * The languages article-align supports fully: each has a lexicon, segmentation and figure data.
 * Each stage keeps its per-language data in `src/lang/<code>/<stage>.ts`, so adding a language is
 * adding data files plus one entry here. English is the hub: every lexicon maps its words onto English
 * concepts, so any two of these languages can be aligned (it↔fr meets through English).
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
  { code: 'fr', iso6393: 'fra', name: 'French' },
  { code: 'de', iso6393: 'deu', name: 'German' },
  { code: 'es', iso6393: 'spa', name: 'Spanish' },
  { code: 'pt', iso6393: 'por', name: 'Portuguese' },
];

/** The supported language of a code or tag: `fr`, `FR`, `fra`, `fr-CA`, `pt_BR`. */
export function findLanguage(code: string): LanguageInfo | undefined {
  const wanted = baseLanguage(code);
  return LANGUAGES.find((lang) => lang.code === wanted || lang.iso6393 === wanted);
}

export function isSupportedLanguage(code: string): boolean {
  return findLanguage(code) !== undefined;
}

/** The language subtag of a tag, lower-cased: `pt-BR` → `pt`, `de_CH` → `de`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * A language tag in canonical BCP 47 form (`pt_br` → `pt-BR`, `FRA` → `fr`, `en-gb` → `en-GB`), or
 * null when it is not a well-formed tag. ISO 639-3 codes of supported languages become their
 * two-letter code, so `--to fra` and `--to fr` give the same report.
 */
export function canonicalLanguageTag(input: string): string | null {
  const trimmed = input.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(trimmed)) return null;
  let canonical: string;
  try {
    [canonical] = Intl.getCanonicalLocales(trimmed);
  } catch {
    return null;
  }
  if (canonical === undefined) return null;
  const [language, ...rest] = canonical.split('-');
  const supported = LANGUAGES.find((lang) => lang.iso6393 === language);
  return supported ? [supported.code, ...rest].join('-') : canonical;
}

let displayNames: Intl.DisplayNames | null | undefined;

/** English name of a language tag (`fr` → French, `pt-BR` → Brazilian Portuguese, `nl` → Dutch). */
export function languageName(tag: string): string {
  const supported = findLanguage(tag);
  if (supported && !tag.includes('-') && !tag.includes('_')) return supported.name;
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      displayNames = null;
    }
  }
  try {
    const name = displayNames?.of(tag.replace(/_/g, '-'));
    if (name && name !== tag) return name;
  } catch {
    // not a tag Intl knows
  }
  return supported?.name ?? tag;
}
