import { AlignInputError } from '../errors.js';
import type { LanguageCode } from '../types.js';
import type { detectLanguage as DetectLanguage } from './detect.js';
import { baseLanguage, canonicalLanguageTag, findLanguage, LANGUAGES, languageName } from './index.js';

export type Side = 'source' | 'target';

function describe(path: string | null, side: Side): string {
  return path ?? `${side} text`;
}

/**
 * The language tag of one side: the one named with --from/--to (any well-formed BCP 47 tag: `fr`,
 * `pt-BR`, `nl`), else the one franc detects. A language without a lexicon is accepted: it runs in
 * degraded mode (see `degradedModeWarning`). Throws AlignInputError when the tag is malformed or the
 * text's language cannot be told.
 */
export function resolveLanguage(
  text: string,
  forced: LanguageCode | undefined,
  path: string | null,
  side: Side,
  warn: (message: string) => void,
  /** Loaded lazily by the caller: franc's tables are needed only when a side is not named. */
  detectLanguage: typeof DetectLanguage | undefined,
): LanguageCode {
  if (forced !== undefined) {
    const tag = canonicalLanguageTag(forced);
    if (tag === null) {
      const supported = LANGUAGES.map((lang) => lang.code).join(', ');
      throw new AlignInputError(
        'LANGUAGE_UNSUPPORTED',
        `${describe(path, side)}: '${forced}' is not a language tag (use a code such as ${supported}, or a regional tag such as pt-BR)`,
      );
    }
    return tag;
  }
  if (detectLanguage === undefined) throw new Error('resolveLanguage: a detector is needed when the language is not named');
  const detected = detectLanguage(text);
  const flag = side === 'source' ? '--from' : '--to';
  if (detected.tag === null) {
    throw new AlignInputError(
      'LANGUAGE_UNDETECTED',
      `${describe(path, side)}: cannot tell which language this is (too short?); name it with ${flag}`,
    );
  }
  if (!detected.reliable) {
    warn(`${describe(path, side)}: language detection is unsure; taking it as ${detected.name} (name it with ${flag} to be sure)`);
  }
  return detected.tag;
}

/** Two tags of the same language (`pt-BR` and `pt-PT` are both Portuguese). */
export function sameLanguage(a: LanguageCode, b: LanguageCode): boolean {
  return baseLanguage(a) === baseLanguage(b);
}

/**
 * The one-line warning for a pair where a side has no lexicon, segmentation or figure data (en↔nl):
 * alignment then rests on figures, names, numbers, cognates and sentence length. Null when both
 * languages are supported.
 */
export function degradedModeWarning(source: LanguageCode, target: LanguageCode): string | null {
  const unsupported = [source, target].filter((tag) => findLanguage(tag) === undefined);
  if (unsupported.length === 0) return null;
  const names = unsupported.map((tag) => `${languageName(tag)} (${tag})`).join(' and ');
  return (
    `no lexicon for ${names}: alignment quality is reduced (it rests on figures, names, numbers, cognates ` +
    `and sentence length); supported: ${LANGUAGES.map((lang) => lang.code).join(', ')}`
  );
}
