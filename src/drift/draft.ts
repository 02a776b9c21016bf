import type { Bead, Figure, Finding, LanguageCode, Sentence } from '../types.js';

export interface DriftSide {
  lang: LanguageCode;
  /** The full tag figures are compared with (`en-GB` reads dates day-first); defaults to `lang`. */
  locale?: string;
  sentences: readonly Sentence[];
  /** Figures of each sentence, indexed by sentence id. */
  figures: readonly (readonly Figure[])[];
}

export interface DriftInput {
  source: DriftSide;
  target: DriftSide;
  beads: readonly Bead[];
}

/** A finding before its fingerprint: the parts the fingerprint is hashed from. */
export type DraftFinding = Omit<Finding, 'fingerprint'> & { fingerprintParts: string[] };

export function beadLocation(input: DriftInput, bead: Bead, index: number): Pick<Finding, 'bead' | 'sourceIds' | 'targetIds' | 'sourceLines' | 'targetLines'> {
  return {
    bead: index,
    sourceIds: [...bead.source],
    targetIds: [...bead.target],
    sourceLines: bead.source.map((id) => input.source.sentences[id]!.line),
    targetLines: bead.target.map((id) => input.target.sentences[id]!.line),
  };
}

