import { describe, expect, it } from 'vitest';
import { mergeSentences, perturbDocuments, splitAtClause } from '../../scripts/lib/perturb.js';

const docs = Array.from({ length: 6 }, (_, d) => ({
  docId: `doc${d}`,
  source: Array.from({ length: 40 }, (_, i) => `Source ${d}.${i}, a sentence long enough to be split somewhere, with words.`),
  target: Array.from({ length: 40 }, (_, i) => `Frase ${d}.${i}, una frase abbastanza lunga da dividere, con parole.`),
}));

describe('synthetic perturbations', () => {
  it('are reproducible from the seed and differ between seeds', () => {
    expect(perturbDocuments(docs, 1)).toEqual(perturbDocuments(docs, 1));
    expect(perturbDocuments(docs, 1)).not.toEqual(perturbDocuments(docs, 2));
  });

  it('produce gold beads that cover both sides exactly once, in order, and match the edits', () => {
    const rates = { merge: 0.1, split: 0.1, delete: 0.1, insert: 0.1 };
    for (const pair of perturbDocuments(docs, 7, rates)) {
      expect(pair.gold.flatMap((b) => b.source)).toEqual(pair.source.map((_, i) => i));
      expect(pair.gold.flatMap((b) => b.target)).toEqual(pair.target.map((_, j) => j));
      const count = (k: number, l: number) => pair.gold.filter((b) => b.source.length === k && b.target.length === l).length;
      expect(count(2, 1)).toBe(pair.edits.merge);
      expect(count(1, 2)).toBe(pair.edits.split);
      expect(count(1, 0)).toBe(pair.edits.delete);
      expect(count(0, 1)).toBe(pair.edits.insert);
      for (const bead of pair.gold.filter((b) => b.source.length === 0)) {
        expect(pair.target[bead.target[0]]).not.toMatch(new RegExp(`^Frase ${pair.docId.slice(3)}\\.`));
      }
    }
  });

  it('split at the clause boundary nearest the middle and merge into one sentence', () => {
    expect(splitAtClause('Il governo ha approvato la legge, che entrerà in vigore a gennaio del prossimo anno.')).toEqual([
      'Il governo ha approvato la legge.',
      'Che entrerà in vigore a gennaio del prossimo anno.',
    ]);
    expect(splitAtClause('Troppo corta, no.')).toBeNull();
    expect(mergeSentences('Prima frase.', 'Seconda frase.')).toBe('Prima frase; Seconda frase.');
  });
});
