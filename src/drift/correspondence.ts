import type { Bead } from '../types.js';

export interface CorrespondenceOptions {
  /** Below this evidence the texts are not a translation pair (see `assessCorrespondence`). */
  minCorrespondence: number;
  /** Texts shorter than this (on either side) are too short for a verdict. */
  minSentencesForVerdict: number;
}

export interface Correspondence {
  corresponds: boolean;
  /** Mean pair score + mean pair similarity − share of sentences left unpaired. */
  evidence: number;
  /** Share of all sentences (both sides) that sit in a pair bead. */
  pairedShare: number;
}

/**
 * Decides once for the whole pair whether the two texts correspond at all, so that a wrong file
 * gives one `not-a-translation` finding instead of a flood of per-sentence ones. A wrong file
 * leaves many sentences unpaired, and the pairs the aligner still forms are weak and dissimilar;
 * the evidence adds those three signals. Calibrated by `npm run eval:correspondence` on NTREX
 * translations against mismatched NTREX documents.
 */
export function assessCorrespondence(
  beads: readonly Bead[],
  sourceCount: number,
  targetCount: number,
  options: CorrespondenceOptions,
): Correspondence {
  const total = sourceCount + targetCount;
  let paired = 0;
  let pairs = 0;
  let scoreSum = 0;
  let similaritySum = 0;
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    paired += bead.source.length + bead.target.length;
    pairs += 1;
    scoreSum += bead.score;
    similaritySum += bead.similarity ?? 0;
  }
  const pairedShare = total === 0 ? 1 : paired / total;
  const evidence = pairs === 0 ? -1 : scoreSum / pairs + similaritySum / pairs - (1 - pairedShare);
  const bigEnough = Math.min(sourceCount, targetCount) >= options.minSentencesForVerdict;
  return { corresponds: !bigEnough || evidence >= options.minCorrespondence, evidence, pairedShare };
}
