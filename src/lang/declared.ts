import { baseLanguage } from './index.js';

/** What detection found for one side whose language was declared with --from/--to. */
export interface DeclaredSide {
  /** `--from` or `--to`. */
  flag: string;
  /** The file, or `source text` / `target text`. */
  label: string;
  /** The declared tag as given (`it`, `en-GB`). */
  declared: string;
  /** Detection's language subtag (`en`), or null when detection found none. */
  detected: string | null;
  detectedName: string;
  reliable: boolean;
}

/**
 * One line saying how declared languages contradict what detection reliably found, or undefined
 * when they agree (or detection is unsure). Swapped `--from`/`--to` are named as such.
 */
export function declaredLanguageContradiction(sides: readonly DeclaredSide[]): string | undefined {
  const wrong = sides.filter((side) => side.reliable && side.detected !== null && side.detected !== baseLanguage(side.declared));
  if (wrong.length === 0) return undefined;
  const [first, second] = sides;
  const swapped =
    wrong.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    first.detected === baseLanguage(second.declared) &&
    second.detected === baseLanguage(first.declared);
  const facts = wrong.map((side) => `${side.flag} ${side.declared} but ${side.label} reads as ${side.detectedName} (${side.detected})`).join('; ');
  return `the declared languages contradict detection: ${facts}; ${swapped ? 'are --from and --to swapped?' : 'correct them, or leave them out to detect the languages'}`;
}
