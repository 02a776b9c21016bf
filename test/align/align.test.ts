import { describe, expect, it } from 'vitest';
import { alignSentences, type AlignOptions, TooManySentencesError } from '../../src/align/index.js';
import type { Bead } from '../../src/types.js';
import { conceptSentences, say, sentences, toyEmbedder } from './toy.js';

const options = (extra: Partial<AlignOptions> = {}): AlignOptions => ({ embedder: toyEmbedder(), ...extra });

async function align(source: number[][], target: number[][], extra: Partial<AlignOptions> = {}): Promise<Bead[]> {
  const result = await alignSentences(
    { sentences: sentences(source.map((c) => say('en', c))), lang: 'en' },
    { sentences: sentences(target.map((c) => say('it', c))), lang: 'it' },
    options(extra),
  );
  return result.beads;
}

const shape = (beads: readonly Bead[]): string[] => beads.map((b) => `${b.type} ${b.source.join(',')}|${b.target.join(',')}`);

/** Every sentence of both sides exactly once, in order. */
function expectCoverage(beads: readonly Bead[], n: number, m: number): void {
  expect(beads.flatMap((b) => b.source)).toEqual(Array.from({ length: n }, (_, i) => i));
  expect(beads.flatMap((b) => b.target)).toEqual(Array.from({ length: m }, (_, j) => j));
  for (const bead of beads) {
    expect(bead.type).toBe(`${bead.source.length}-${bead.target.length}`);
    expect(bead.score).toBeGreaterThanOrEqual(0);
    expect(bead.score).toBeLessThanOrEqual(1);
  }
}

const doc = conceptSentences(8, 7);

describe('alignSentences: bead types', () => {
  it('aligns a faithful translation 1-1, with high scores and cosine similarities', async () => {
    const beads = await align(doc, doc);
    expect(shape(beads)).toEqual(doc.map((_, i) => `1-1 ${i}|${i}`));
    for (const bead of beads) {
      expect(bead.similarity).toBeCloseTo(1, 5);
      expect(bead.score).toBeGreaterThan(0.9);
    }
  });

  it('finds a 2-1 bead where the translation merges two sentences', async () => {
    const target = [doc[0], doc[1], [...doc[2], ...doc[3]], ...doc.slice(4)];
    const beads = await align(doc, target);
    expectCoverage(beads, 8, 7);
    expect(shape(beads)).toContain('2-1 2,3|2');
    expect(beads.filter((b) => b.type !== '1-1')).toHaveLength(1);
  });

  it('finds a 1-2 bead where the translation splits a sentence', async () => {
    const split = doc[4];
    const target = [...doc.slice(0, 4), split.slice(0, 6), split.slice(6), ...doc.slice(5)];
    const beads = await align(doc, target);
    expectCoverage(beads, 8, 9);
    expect(shape(beads)).toContain('1-2 4|4,5');
    expect(beads.filter((b) => b.type !== '1-1')).toHaveLength(1);
  });

  it('finds a 2-2 bead where two sentences are rewritten as two differently cut ones', async () => {
    // Each translated sentence takes half of each source sentence: neither 1-1 pairing fits.
    const [a, b] = [doc[2], doc[3]];
    const half = (c: number[], first: boolean) => (first ? c.slice(0, c.length >> 1) : c.slice(c.length >> 1));
    const target = [doc[0], doc[1], [...half(a, true), ...half(b, true)], [...half(a, false), ...half(b, false)], ...doc.slice(4)];
    const beads = await align(doc, target);
    expectCoverage(beads, 8, 8);
    expect(shape(beads)).toContain('2-2 2,3|2,3');
    expect(beads.filter((bead) => bead.type !== '1-1')).toHaveLength(1);
  });

  it('finds a 1-0 bead (omission) without merging it into a neighbour', async () => {
    const target = [...doc.slice(0, 5), ...doc.slice(6)];
    const beads = await align(doc, target);
    expectCoverage(beads, 8, 7);
    expect(shape(beads)).toContain('1-0 5|');
    expect(beads.filter((b) => b.type !== '1-1')).toHaveLength(1);
    expect(beads.find((b) => b.type === '1-0')!.similarity).toBeUndefined();
  });

  it('finds a 0-1 bead (addition) for a sentence from another text', async () => {
    const foreign = conceptSentences(1, 99, 5000)[0];
    const target = [...doc.slice(0, 3), foreign, ...doc.slice(3)];
    const beads = await align(doc, target);
    expectCoverage(beads, 8, 9);
    expect(shape(beads)).toContain('0-1 |3');
    expect(beads.filter((b) => b.type !== '1-1')).toHaveLength(1);
  });

  it('gives beads at the ends of the texts: leading omission and trailing addition', async () => {
    const foreign = conceptSentences(1, 99, 5000)[0];
    const beads = await align(doc, [...doc.slice(1), foreign]);
    expectCoverage(beads, 8, 8);
    expect(shape(beads)[0]).toBe('1-0 0|');
    expect(shape(beads).at(-1)).toBe('0-1 |7');
  });

  it('finds 3-1 and 1-3 beads when larger beads are allowed, and never with maxBeadSize 2', async () => {
    const merged = [doc[0], [...doc[1], ...doc[2], ...doc[3]], ...doc.slice(4)];
    const wide = await align(doc, merged, { maxBeadSize: 4 });
    expect(shape(wide)).toContain('3-1 1,2,3|1');
    const narrow = await align(doc, merged, { maxBeadSize: 2 });
    expectCoverage(narrow, 8, 6);
    expect(narrow.every((b) => b.source.length <= 2 && b.target.length <= 2)).toBe(true);
    const mirrored = await align(merged, doc, { maxBeadSize: 4 });
    expect(shape(mirrored)).toContain('1-3 1|1,2,3');
  });

  it('finds a 4-1 bead with maxBeadSize 4', async () => {
    const merged = [doc[0], [...doc[1], ...doc[2], ...doc[3], ...doc[4]], ...doc.slice(5)];
    const beads = await align(doc, merged, { maxBeadSize: 4 });
    expectCoverage(beads, 8, 5);
    expect(shape(beads)).toContain('4-1 1,2,3,4|1');
  });

  it('aligns empty sides as all omissions or additions', async () => {
    const onlySource = await align(doc.slice(0, 2), []);
    expect(shape(onlySource)).toEqual(['1-0 0|', '1-0 1|']);
    const onlyTarget = await align([], doc.slice(0, 1));
    expect(shape(onlyTarget)).toEqual(['0-1 |0']);
  });
});

describe('alignSentences: evidence', () => {
  it('uses a figure key unique to one sentence per side to place an ambiguous sentence', async () => {
    // Two identical-looking sentences; only the figure says which one the translation kept.
    const twin = doc[3];
    const source = [...doc.slice(0, 3), twin, twin, ...doc.slice(4)];
    const target = [...doc.slice(0, 3), twin, ...doc.slice(4)];
    const sourceSentences = sentences(source.map((c) => say('en', c)));
    const targetSentences = sentences(target.map((c) => say('it', c)));
    const figure = { surface: '$ 3 million', start: 0, end: 1, kind: 'currency' as const, value: 3e6, unit: 'USD', key: 'USD:3000000' };
    const result = await alignSentences(
      { sentences: sourceSentences, lang: 'en', figures: source.map((_, i) => (i === 4 ? [figure] : [])) },
      { sentences: targetSentences, lang: 'it', figures: target.map((_, j) => (j === 3 ? [figure] : [])) },
      options(),
    );
    expect(shape(result.beads)).toContain('1-0 3|');
    expect(shape(result.beads)).toContain('1-1 4|3');
  });

  it('treats paragraph breaks as soft anchors: a merge does not cross one when it need not', async () => {
    // Target sentence 2 holds the content of source 2 and half of source 3, so 2-1 and 1-1 + 1-0
    // are close; the paragraph break between source 2 and 3 tips it.
    const source = doc.slice(0, 6);
    const target = [doc[0], doc[1], [...doc[2], ...doc[3].slice(0, 2)], doc[3], doc[4], doc[5]];
    const lines = (side: number[][], lang: 'en' | 'it') => side.map((c) => say(lang, c));
    const result = await alignSentences(
      { sentences: sentences(lines(source, 'en'), [0, 0, 0, 1, 1, 1]), lang: 'en' },
      { sentences: sentences(lines(target, 'it'), [0, 0, 0, 1, 1, 1]), lang: 'it' },
      options(),
    );
    expect(shape(result.beads).slice(2, 4)).toEqual(['1-1 2|2', '1-1 3|3']);
  });

  it('keeps a sentence that continues the previous one (lower-case start) with it rather than dropping it', async () => {
    // Source 3 continues source 2 (split at ";"); the translation renders source 2 loosely (one
    // concepts of eleven), so on similarity alone dropping source 2 looks as good as merging it.
    const loose = [...doc[3], ...doc[2].slice(0, 2)];
    const lines = { en: doc.map((c) => say('en', c)), it: [...doc.slice(0, 2), loose, ...doc.slice(4)].map((c) => say('it', c)) };
    lines.en[3] = `and ${lines.en[3]}`;
    const run = (continuationPenalty?: number) =>
      alignSentences(
        { sentences: sentences(lines.en), lang: 'en' },
        { sentences: sentences(lines.it), lang: 'it' },
        options(continuationPenalty === undefined ? {} : { scoring: { continuationPenalty } }),
      );
    expect(shape((await run()).beads)).toContain('2-1 2,3|2');
    expect(shape((await run(0)).beads)).toContain('1-0 2|');
  });

  it('works with an embedder that is not additive (joined windows are embedded as text)', async () => {
    const target = [doc[0], doc[1], [...doc[2], ...doc[3]], ...doc.slice(4)];
    const beads = await align(doc, target, { embedder: toyEmbedder({ additive: false, dimension: 512 }) });
    expectCoverage(beads, 8, 7);
    expect(shape(beads)).toContain('2-1 2,3|2');
  });

  it('reports the document length ratio and a mean score', async () => {
    const result = await alignSentences(
      { sentences: sentences(doc.map((c) => say('en', c))), lang: 'en' },
      { sentences: sentences(doc.map((c) => say('it', c))), lang: 'it' },
      options(),
    );
    expect(result.lengthRatio).toBeCloseTo(1, 5);
    expect(result.meanScore).toBeGreaterThan(0.9);
    expect(result.coarseLevels).toBe(0);
  });
});

describe('alignSentences: limits and progress', () => {
  it('rejects an unsupported maxBeadSize', async () => {
    await expect(align(doc, doc, { maxBeadSize: 5 as 4 })).rejects.toThrow('maxBeadSize must be 2, 3 or 4');
  });

  it('re-estimates the length ratio when one text covers only part of the other, reporting a second pass', async () => {
    // The target translates a third of the source: the whole-text ratio (~0.3) is wrong for pairs.
    const long = conceptSentences(30, 21);
    const events: string[] = [];
    const result = await alignSentences(
      { sentences: sentences(long.map((c) => say('en', c))), lang: 'en' },
      { sentences: sentences(long.slice(10, 20).map((c) => say('it', c))), lang: 'it' },
      options({ onProgress: (event) => events.push(event.stage) }),
    );
    expect(result.lengthRatio).toBeCloseTo(1, 1);
    expect(events).toContain('realign');
    expect(result.beads.filter((b) => b.type === '1-1').map((b) => `${b.source}|${b.target}`)).toEqual(
      Array.from({ length: 10 }, (_, j) => `${10 + j}|${j}`),
    );
  });

  it('throws TooManySentencesError naming the side and the limit', async () => {
    const run = align(doc, doc.slice(0, 3), { maxSentences: 5 });
    await expect(run).rejects.toBeInstanceOf(TooManySentencesError);
    await expect(run).rejects.toThrow('the source text has 8 sentences, more than the limit of 5');
    await expect(align(doc.slice(0, 3), doc, { maxSentences: 5 })).rejects.toMatchObject({ side: 'target', count: 8, limit: 5 });
  });

  it('reports embedding and alignment progress', async () => {
    const events: Array<{ stage: string; done: number; total: number }> = [];
    await align(doc, doc, { onProgress: (event) => events.push(event) });
    expect(events.some((e) => e.stage === 'embed' && e.done === e.total)).toBe(true);
    expect(events.at(-1)).toEqual({ stage: 'align', done: 9, total: 9 });
  });

  it('reports alignment progress over all coarse-to-fine levels, never going back or past the total', async () => {
    const long = conceptSentences(3000, 5);
    const events: Array<{ stage: string; done: number; total: number }> = [];
    const result = await align(long, long, { fullTableCells: 10_000, onProgress: (event) => events.push(event) });
    expect(result.every((b) => b.type === '1-1')).toBe(true);
    const aligning = events.filter((e) => e.stage === 'align');
    const total = aligning[0].total;
    expect(total).toBeGreaterThan(3000 + 1500);
    expect(aligning.length).toBeGreaterThan(3);
    for (let t = 1; t < aligning.length; t++) expect(aligning[t].done).toBeGreaterThanOrEqual(aligning[t - 1].done);
    expect(aligning.every((e) => e.total === total && e.done <= total)).toBe(true);
    expect(aligning.at(-1)!.done).toBe(total);
  });
});
