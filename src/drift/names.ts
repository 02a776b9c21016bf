import { baseLanguage } from '../lang/index.js';
import { compareNames, documentNameKeys, nameTable, type FoundName } from '../names/index.js';
import type { Bead } from '../types.js';
import { beadLocation, type DraftFinding, type DriftInput, type DriftSide } from './draft.js';

/** Each document's name keys, computed once per run (see `documentNameKeys`). */
export interface SideNameKeys {
  source: ReadonlySet<string>;
  target: ReadonlySet<string>;
}

export function sideNameKeys(input: DriftInput): SideNameKeys {
  const keysOf = (side: DriftSide): ReadonlySet<string> => documentNameKeys(side.sentences.map((s) => s.text), baseLanguage(side.lang));
  return { source: keysOf(input.source), target: keysOf(input.target) };
}

function joined(side: DriftSide, ids: readonly number[]): string {
  return ids.map((id) => side.sentences[id]!.text).join(' ');
}

function quoted(names: readonly FoundName[]): string {
  return names.map((name) => `“${name.text}”`).join(', ');
}

/**
 * A source name missing from the translation while the translation names someone or something the
 * source does not is a swapped name (warning). A name missing with nothing in its place is only
 * dropped (info): translations often say `the company` for `Binance` the second time.
 */
export function nameFindings(input: DriftInput, bead: Bead, index: number, keys: SideNameKeys): DraftFinding[] {
  // Without a name table for both languages every capitalised noun would look like a name.
  if (!hasNameTable(input.source.lang) || !hasNameTable(input.target.lang)) return [];
  const { missing, unexpected, unmetCapitalised } = compareNames(
    { text: joined(input.source, bead.source), lang: baseLanguage(input.source.lang), documentKeys: keys.source },
    { text: joined(input.target, bead.target), lang: baseLanguage(input.target.lang), documentKeys: keys.target },
  );
  const location = beadLocation(input, bead, index);
  const sourceNames = missing.map((name) => name.text);
  // A new name in the translation replaced something the source capitalised, name or not
  // (`Unione europea` → `Budapest europea`).
  const replaced = sourceNames.length > 0 ? sourceNames : unmetCapitalised;
  if (unexpected.length > 0 && replaced.length > 0) {
    return [
      {
        kind: 'name-mismatch',
        severity: 'warning',
        message: `Name changed: source ${replaced.map((name) => `“${name}”`).join(', ')} has no counterpart in the translation, which names ${quoted(unexpected)} instead`,
        ...location,
        fingerprintParts: ['name-mismatch', ...replaced, '→', ...unexpected.map((name) => name.text)],
      },
    ];
  }
  if (missing.length === 0) return [];
  return [
    {
      kind: 'name-mismatch',
      severity: 'info',
      message: `Name dropped: source ${quoted(missing)} has no counterpart in the translation`,
      ...location,
      fingerprintParts: ['name-mismatch', ...sourceNames],
    },
  ];
}

function hasNameTable(lang: string): boolean {
  return nameTable(baseLanguage(lang)).maxWords > 0;
}
