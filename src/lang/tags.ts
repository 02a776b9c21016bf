/**
 * Language tags as users write them on the command line, in configs and manifests: BCP 47
 * (`en`, `it`, `en-GB`, `it-CH`, `pt-BR`, `zh-Hant-TW`; `en_GB` is accepted too).
 *
 * The language subtag picks the per-language data (segmentation, embedding, detection); the full
 * tag refines figures (`it-CH` groups with apostrophes, `en-US` reads dates month-first).
 */
export interface LanguageTag {
  /** Canonical BCP 47 form: `en-GB`, `it`, `pt-BR`. */
  tag: string;
  /** Lower-case primary language subtag: `en`. */
  language: string;
  /** Upper-case region subtag when given: `GB`. */
  region?: string;
}

/** Parses a BCP 47 tag; undefined when it is not one (`english`, `en--GB`, `12`). */
export function parseLanguageTag(input: string): LanguageTag | undefined {
  const cleaned = input.trim().replace(/_/gu, '-');
  if (cleaned === '') return undefined;
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(cleaned);
  } catch {
    return undefined;
  }
  if (canonical === '') return undefined;
  // getCanonicalLocales also accepts 4-8 letter language subtags (`english`): tags name
  // languages by their 2-3 letter ISO 639 code.
  const language = canonical.split('-')[0]!.toLowerCase();
  if (!/^[a-z]{2,3}$/u.test(language)) return undefined;
  const region = new Intl.Locale(canonical).region;
  return region === undefined ? { tag: canonical, language } : { tag: canonical, language, region };
}

/** The primary language of a tag (`en-GB` → `en`); the input lower-cased when it is no tag. */
export function languageOf(tag: string): string {
  return parseLanguageTag(tag)?.language ?? tag.toLowerCase();
}

/** What detection found for one side whose language was declared. */
export interface DeclaredSide {
  /** `--from` or `--to`. */
  flag: string;
  /** The file, or `source text` / `target text`. */
  label: string;
  /** The declared tag as given (`it`, `en-GB`). */
  declared: string;
  /** Detection's language subtag, or null when detection found none. */
  detected: string | null;
  detectedName: string;
  reliable: boolean;
}

/**
 * One line saying how declared languages contradict what detection reliably found, or undefined
 * when they agree (or detection is unsure). Swapped `--from`/`--to` are named as such.
 */
export function declaredLanguageContradiction(sides: readonly DeclaredSide[]): string | undefined {
  const wrong = sides.filter((side) => side.reliable && side.detected !== null && side.detected !== languageOf(side.declared));
  if (wrong.length === 0) return undefined;
  const [first, second] = sides;
  const swapped =
    wrong.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.detected === languageOf(second.declared) &&
    second.detected === languageOf(first.declared);
  const facts = wrong.map((side) => `${side.flag} ${side.declared} but ${side.label} reads as ${side.detectedName} (${side.detected})`).join('; ');
  return `the declared languages contradict detection: ${facts}; ${swapped ? 'are --from and --to swapped?' : 'correct them, or leave them out to detect the languages'}`;
}
