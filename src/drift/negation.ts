import { polarityDiffers, polarityOf, type Polarity } from '../negation/index.js';
import type { Bead } from '../types.js';
import { beadLocation, type DraftFinding, type DriftInput, type DriftSide } from './draft.js';
import { normalizeForFingerprint } from './fingerprint.js';

function joined(side: DriftSide, ids: readonly number[]): string {
  return ids.map((id) => side.sentences[id]!.text).join(' ');
}

function describe(polarity: Polarity): string {
  return polarity.negations === 0 ? 'not negated' : `negated (${polarity.cues.map((cue) => `“${cue}”`).join(', ')})`;
}

const MAX_WORDS_FOR_WARNING = 25;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A pair whose sides differ in negation: the translation may say the opposite of the source. */
export function negationFindings(input: DriftInput, bead: Bead, index: number): DraftFinding[] {
  const sourceText = joined(input.source, bead.source);
  const targetText = joined(input.target, bead.target);
  const source = polarityOf(sourceText, input.source.lang);
  const target = polarityOf(targetText, input.target.lang);
  if (source === null || target === null || !polarityDiffers(source, target)) return [];
  const added = target.negations > source.negations;
  // In a long sentence, clauses get recast ("it is intolerant" → "non tollera"): only a
  // short pair's flip is evidence enough to warn; a long pair's is a hint.
  const words = Math.max(wordCount(sourceText), wordCount(targetText));
  return [
    {
      kind: 'negation',
      severity: bead.source.length === 1 && bead.target.length === 1 && words <= MAX_WORDS_FOR_WARNING ? 'warning' : 'info',
      message: added
        ? `Negation added: the translation is ${describe(target)} where the source is ${describe(source)}`
        : `Negation dropped: the source is ${describe(source)} where the translation is ${describe(target)}`,
      ...beadLocation(input, bead, index),
      fingerprintParts: ['negation', normalizeForFingerprint(sourceText), normalizeForFingerprint(targetText)],
    },
  ];
}
