import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/index.js';
import { bandAroundPath, fullBand } from '../../src/align/band.js';
import type { Bead } from '../../src/types.js';
import { conceptSentences, random, say, sentences, toyEmbedder } from './toy.js';

/** A translation with merges, splits, deletions and insertions at a few percent each. */
function perturbed(source: number[][], seed: number): number[][] {
  const next = random(seed);
  const target: number[][] = [];
  for (let i = 0; i < source.length; i++) {
    const r = next();
    if (r < 0.04 && i + 1 < source.length) target.push([...source[i], ...source[++i]]);
    else if (r < 0.08 && source[i].length > 6) target.push(source[i].slice(0, 4), source[i].slice(4));
    else if (r < 0.11) continue;
    else target.push(source[i]);
    if (next() < 0.03) target.push(conceptSentences(1, seed * 1000 + i, 90_000 + i * 20)[0]);
  }
  return target;
}

async function run(source: number[][], target: number[][], fullTableCells: number) {
  return alignSentences(
    { sentences: sentences(source.map((c) => say('en', c))), lang: 'en' },
    { sentences: sentences(target.map((c) => say('it', c))), lang: 'it' },
    { embedder: toyEmbedder(), fullTableCells },
  );
}

function expectCoverage(beads: readonly Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, j) => j));
}

describe('coarse-to-fine alignment', () => {
  it('finds the same beads as the full table on a 600-sentence text, with far fewer cells', async () => {
    const source = conceptSentences(600, 3);
    const target = perturbed(source, 5);
    const full = await run(source, target, Number.POSITIVE_INFINITY);
    const banded = await run(source, target, 5_000);
    expect(full.coarseLevels).toBe(0);
    expect(banded.coarseLevels).toBeGreaterThanOrEqual(3);
    expect(banded.beads).toEqual(full.beads);
    expect(banded.cells).toBeLessThan(full.cells / 8);
    expect(full.cells).toBe((source.length + 1) * (target.length + 1));
  });

  it('covers every sentence once, in order, for arbitrary inputs (full and banded)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 1e6 }), fc.boolean(), async (n, seed, banded) => {
        const source = conceptSentences(n, seed);
        const target = perturbed(source, seed + 1);
        const result = await run(source, target, banded ? 50 : Number.POSITIVE_INFINITY);
        expectCoverage(result.beads, source.length, target.length);
      }),
      { numRuns: 40 },
    );
  });

  it('survives very unequal sides (a long text against a short one)', async () => {
    const source = conceptSentences(300, 11);
    const target = source.slice(100, 110);
    const result = await run(source, target, 2_000);
    expectCoverage(result.beads, 300, 10);
    const matched = result.beads.filter((b) => b.source.length > 0 && b.target.length > 0);
    expect(matched.map((b) => `${b.source}|${b.target}`)).toEqual(target.map((_, j) => `${100 + j}|${j}`));
  });
});

describe('bands', () => {
  it('the full band holds every cell', () => {
    const band = fullBand(3, 4);
    expect(band.offset[4]).toBe(20);
  });

  it('a band around a path is a monotone staircase from corner to corner that contains the path', () => {
    const path: Array<[number, number]> = [
      [0, 0],
      [1, 1],
      [2, 1],
      [3, 3],
      [5, 5],
    ];
    const band = bandAroundPath(path, 2, 10, 9, 1);
    expect(band.lo[0]).toBe(0);
    expect(band.hi[10]).toBe(9);
    for (let i = 1; i <= 10; i++) {
      expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1]);
      expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1]);
    }
    for (const [i, j] of path) {
      const row = Math.min(10, i * 2);
      expect(band.lo[row]).toBeLessThanOrEqual(Math.min(9, j * 2));
      expect(band.hi[row]).toBeGreaterThanOrEqual(Math.min(9, j * 2));
    }
    // Narrow: far from the path there are no cells.
    expect(band.hi[0]).toBeLessThan(9);
  });
});
