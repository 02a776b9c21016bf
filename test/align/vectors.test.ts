import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedTable, type VectorTable } from '../../src/align/vectors.js';
import type { Embedder } from '../../src/types.js';

/** Serves the given vectors, in order, whatever the texts. */
function fixedEmbedder(vectors: Float32Array[], dimension: number): Embedder {
  let next = 0;
  return {
    name: 'fixed',
    dimension,
    embed: async (texts) => texts.map(() => vectors[next++]),
  };
}

async function table(rows: number[][], dimension: number): Promise<VectorTable> {
  const vectors = rows.map((row) => Float32Array.from(row));
  return embedTable(fixedEmbedder(vectors, dimension), rows.map(String), 'en', undefined, 2);
}

const dot = (a: number[], b: number[]): number => a.reduce((sum, x, k) => sum + x * b[k], 0);

describe('vector tables', () => {
  it('store mostly-empty vectors sparse and full ones dense', async () => {
    expect((await table([[0, 0, 0, 1], [0, 2, 0, 0]], 4)).kind).toBe('sparse');
    expect((await table([[1, 2, 3, 4], [5, 6, 7, 8]], 4)).kind).toBe('dense');
  });

  it('compute the same dot products and block sums in every storage combination', async () => {
    const row = fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0), fc.integer({ min: -5, max: 5 })), {
      minLength: 6,
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 7 }), fc.array(row, { minLength: 1, maxLength: 7 }), fc.boolean(), fc.boolean(), async (sparseA, sparseB, denseA, denseB) => {
        // Filling the zeros of a table makes it dense: all four sparse/dense pairings occur.
        const fill = (rows: number[][], dense: boolean) => (dense ? rows.map((r) => r.map((v) => v || 1)) : rows);
        const a = fill(sparseA, denseA);
        const b = fill(sparseB, denseB);
        const x = await table(a, 6);
        const y = await table(b, 6);
        if (denseA) expect(x.kind).toBe('dense');
        if (denseB) expect(y.kind).toBe('dense');
        for (let i = 0; i < a.length; i++) {
          for (let j = 0; j < b.length; j++) expect(x.dot(i, y, j)).toBeCloseTo(dot(a[i], b[j]), 5);
          const out = new Float64Array(b.length);
          x.rowDots(i, y, Int32Array.from(b.keys()), b.length, out);
          expect([...out].map((v) => Math.round(v))).toEqual(b.map((r) => dot(a[i], r)));
        }
        for (const factor of [1, 2, 3]) {
          const weights = Float64Array.from(a, (_, r) => r + 1);
          const summed = x.sumBlocks(factor, weights);
          expect(summed.rows).toBe(Math.ceil(a.length / factor));
          const expected = Array.from({ length: summed.rows }, (_, blockIndex) =>
            Array.from({ length: 6 }, (_, k) =>
              a.slice(blockIndex * factor, (blockIndex + 1) * factor).reduce((s, r, t) => s + r[k] * weights[blockIndex * factor + t], 0),
            ),
          );
          for (let blockIndex = 0; blockIndex < summed.rows; blockIndex++) {
            for (let j = 0; j < b.length; j++) expect(summed.dot(blockIndex, y, j)).toBeCloseTo(dot(expected[blockIndex], b[j]), 4);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reject an embedder that returns vectors of the wrong size or count', async () => {
    await expect(embedTable(fixedEmbedder([new Float32Array(3)], 4), ['a'], 'en')).rejects.toThrow('dimension 3, expected 4');
    const short: Embedder = { name: 'short', dimension: 2, embed: async () => [] };
    await expect(embedTable(short, ['a'], 'en')).rejects.toThrow('returned 0 vectors for 1 texts');
  });
});
