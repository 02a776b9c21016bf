import { describe, expect, it } from 'vitest';
import { assessCorrespondence } from '../../src/drift/correspondence.js';
import type { Bead } from '../../src/types.js';

const options = { minCorrespondence: 0.9, minSentencesForVerdict: 3 };
const pair = (s: number, t: number, score: number, similarity: number): Bead => ({ source: [s], target: [t], type: '1-1', score, similarity });
const omitted = (s: number): Bead => ({ source: [s], target: [], type: '1-0', score: 0.9 });
const added = (t: number): Bead => ({ source: [], target: [t], type: '0-1', score: 0.9 });

describe('assessCorrespondence', () => {
  it('accepts a translation whose sentences pair up, even with one omission', () => {
    const beads = [pair(0, 0, 0.9, 0.5), pair(1, 1, 0.8, 0.3), pair(2, 2, 0.7, 0.1), omitted(3)];
    const verdict = assessCorrespondence(beads, 4, 3, options);
    expect(verdict.corresponds).toBe(true);
    expect(verdict.pairedShare).toBeCloseTo(6 / 7);
    expect(verdict.evidence).toBeCloseTo(0.8 + 0.3 - 1 / 7);
  });

  it('rejects texts whose sentences mostly go unpaired', () => {
    const beads = [pair(0, 0, 0.85, 0.38), omitted(1), omitted(2), omitted(3), added(1), added(2)];
    const verdict = assessCorrespondence(beads, 4, 3, options);
    expect(verdict.corresponds).toBe(false);
    expect(verdict.pairedShare).toBeCloseTo(2 / 7);
  });

  it('rejects texts forced into weak, dissimilar pairs', () => {
    const beads = [pair(0, 0, 0.64, 0.04), pair(1, 1, 0.62, 0.02), pair(2, 2, 0.66, 0.05)];
    expect(assessCorrespondence(beads, 3, 3, options).corresponds).toBe(false);
  });

  it('gives no verdict on texts too short to judge', () => {
    expect(assessCorrespondence([omitted(0), added(0)], 1, 1, options).corresponds).toBe(true);
  });
});
