import type { Bead } from '../types.js';

export interface CorrespondenceOptions {
  /** Below this share of sentences in confident beads, the texts are not a translation pair. */
  minMatchedShare: number;
  /** Texts shorter than this (on either side) are too short for a verdict. */
  minSentencesForVerdict: number;
  /** A matched bead counts as confident from this score up. */
  lowSimilarityScore: number;
}

export interface Correspondence {
  corresponds: boolean;
  /** Share of all sentences (both sides) that sit in a confident, non-skip bead. */
  matchedShare: number;
}

/**
 * Decides once for the whole pair whether the two texts correspond at all, so that a wrong file
 * gives one `not-a-translation` finding instead of a flood of per-sentence ones.
 */
export function assessCorrespondence(
  beads: readonly Bead[],
  sourceCount: number,
  targetCount: number,
  options: CorrespondenceOptions,
): Correspondence {
  const total = sourceCount + targetCount;
  if (total === 0) return { corresponds: true, matchedShare: 1 };
  let matched = 0;
  for (const bead of beads) {
    const isPair = bead.source.length > 0 && bead.target.length > 0;
    if (isPair && bead.score >= options.lowSimilarityScore) matched += bead.source.length + bead.target.length;
  }
  const matchedShare = matched / total;
  const bigEnough = Math.min(sourceCount, targetCount) >= options.minSentencesForVerdict;
  return { corresponds: !bigEnough || matchedShare >= options.minMatchedShare, matchedShare };
}
