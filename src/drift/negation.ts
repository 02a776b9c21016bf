import { negationVerdict, type NegationMismatch } from '../negation/index.js';
import type { Bead } from '../types.js';
import { beadLocation, type DraftFinding, type DriftInput, type DriftSide } from './draft.js';
import { normalizeForFingerprint } from './fingerprint.js';

function joined(side: DriftSide, ids: readonly number[]): string {
  return ids.map((id) => side.sentences[id]!.text).join(' ');
}

function mismatchMessage(mismatch: NegationMismatch): string {
  return mismatch.side === 'target'
    ? `Negation added: the translation negates “${mismatch.word}” (“${mismatch.cue}”) where the source's “${mismatch.counterpart}” is not negated`
    : `Negation dropped: the source negates “${mismatch.word}” (“${mismatch.cue}”) where the translation's “${mismatch.counterpart}” is not negated`;
}

/** A pair whose sides differ in negation: the translation may say the opposite of the source (see `negationVerdict`). */
export function negationFindings(input: DriftInput, bead: Bead, index: number): DraftFinding[] {
  const sourceText = joined(input.source, bead.source);
  const targetText = joined(input.target, bead.target);
  const verdict = negationVerdict(sourceText, input.source.lang, targetText, input.target.lang);
  if (verdict === null) return [];
  const message =
    verdict.mismatch !== undefined
      ? mismatchMessage(verdict.mismatch)
      : verdict.side === 'target'
        ? 'Negation added: the translation is negated where the source is not negated'
        : 'Negation dropped: the source is negated where the translation is not negated';
  return [
    {
      kind: 'negation',
      severity: 'warning',
      message,
      ...beadLocation(input, bead, index),
      fingerprintParts: ['negation', normalizeForFingerprint(sourceText), normalizeForFingerprint(targetText)],
    },
  ];
}
