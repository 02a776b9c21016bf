import type { Bead, BeadType, Embedder, Figure, LanguageCode, ProgressCallback, Sentence } from '../types.js';
import { anchorKeys, uniqueAnchorPairs } from './anchors.js';
import { type Band, bandAroundPath, fullBand } from './band.js';
import { bandedDp, type PathStep, type Shape } from './dp.js';
import { TooManySentencesError } from './errors.js';
import { downsample, downsampleAnchors, type LevelSide, makeLevelSide, setBaselines } from './level.js';
import { BandDots, type BeadScorer, DEFAULT_SCORING, makeScorer, type PairWindows, type ScoringParams } from './scoring.js';
import { embedTable, type VectorTable } from './vectors.js';
import { latinPattern } from '../text/latin-pattern.js';

export { TooManySentencesError } from './errors.js';
export { DEFAULT_SCORING, type ScoringParams } from './scoring.js';

/** Bead type of a `k`-`l` shape; every shape in `SHAPES_BY_SIZE` is a `BeadType`. */
function beadType(k: number, l: number): BeadType {
  return `${k}-${l}` as BeadType;
}

/**
 * Largest bead side by default. Translators do merge three or four sentences (EPTIC's gold has
 * 3-1, 3-2 and 4-1 links); the shape penalties keep such beads rare.
 */
const DEFAULT_MAX_BEAD_SIZE = 4;

export interface AlignSide {
  sentences: Sentence[];
  /** Figures per sentence (same order as `sentences`); their keys serve as anchors. */
  figures?: Figure[][];
  lang: LanguageCode;
}

export interface AlignOptions {
  embedder: Embedder;
  onProgress?: ProgressCallback;
  /** Refuse sides with more sentences than this (throws `TooManySentencesError`). */
  maxSentences?: number;
  /** Largest number of sentences on one side of a bead: 2 gives only 1-1, 1-2, 2-1, 2-2, 1-0, 0-1. Default 4. */
  maxBeadSize?: 2 | 3 | 4;
  /** Overrides of the bead score's tuning knobs. */
  scoring?: Partial<ScoringParams>;
  /** Inputs whose full DP table would exceed this many cells are aligned coarse-to-fine. */
  fullTableCells?: number;
  /** Half-width, in units, of the search band around the coarser level's path. */
  bandWidth?: number;
  /** Random sentences each sentence is compared with to get its similarity baseline. */
  baselineSamples?: number;
}

export interface AlignmentResult {
  beads: Bead[];
  /** Target characters per source character, over the aligned (non-skip) beads. */
  lengthRatio: number;
  /** Mean bead score. */
  meanScore: number;
  /** Coarse-to-fine levels used above the sentence level (0: one full DP table). */
  coarseLevels: number;
  /** DP cells evaluated at the sentence level. */
  cells: number;
}

const SHAPES_BY_SIZE: Record<2 | 3 | 4, Shape[]> = {
  2: shapes([1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2]),
  3: shapes([1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3]),
  4: shapes([1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4]),
};
const COARSE_SHAPES = shapes([1, 1], [1, 0], [0, 1], [2, 1], [1, 2]);
const DEFAULT_FULL_TABLE_CELLS = 400_000;
const DEFAULT_BAND_WIDTH = 8;
const DEFAULT_BASELINE_SAMPLES = 24;
/** Character ratios beyond this factor either way are not translations; clamp the first guess. */
const MAX_LENGTH_RATIO = 2;
/** Re-align when the ratio over aligned pairs differs from the guess by more than ~10%. */
const RATIO_TOLERANCE = 0.1;

function shapes(...pairs: Array<[number, number]>): Shape[] {
  return pairs.map(([source, target]) => ({ source, target }));
}

/**
 * Aligns two sentence sequences into beads (1-1, 1-2, 2-1, 2-2, 1-0, 0-1 and, unless
 * `maxBeadSize` forbids, 3-1/3-2/4-1 and mirrors) by dynamic programming over window embeddings,
 * a margin-normalised similarity, a length term, unique figure/name anchors and paragraph breaks.
 * Long inputs are aligned coarse-to-fine (time and memory linear in the input).
 */
export async function alignSentences(
  source: AlignSide,
  target: AlignSide,
  options: AlignOptions,
): Promise<AlignmentResult> {
  const limit = options.maxSentences;
  if (limit !== undefined && source.sentences.length > limit) {
    throw new TooManySentencesError('source', source.sentences.length, limit);
  }
  if (limit !== undefined && target.sentences.length > limit) {
    throw new TooManySentencesError('target', target.sentences.length, limit);
  }
  const params: ScoringParams = { ...DEFAULT_SCORING, ...options.scoring };
  const n = source.sentences.length;
  const m = target.sentences.length;
  const sourceChars = sum(source.sentences.map((s) => s.text.length));
  const targetChars = sum(target.sentences.map((s) => s.text.length));
  const documentRatio = sourceChars > 0 && targetChars > 0 ? targetChars / sourceChars : 1;
  if (n === 0 || m === 0) {
    const beads: Bead[] = [
      ...source.sentences.map((s): Bead => ({ source: [s.id], target: [], type: '1-0', score: 1 })),
      ...target.sentences.map((s): Bead => ({ source: [], target: [s.id], type: '0-1', score: 1 })),
    ];
    return { beads, lengthRatio: documentRatio, meanScore: beads.length ? 1 : 0, coarseLevels: 0, cells: 0 };
  }

  const { embedder, onProgress } = options;
  const total = n + m;
  const progress = (done: number): void => onProgress?.({ stage: 'embed', done, total });
  let sourceVectors = await embedTable(embedder, texts(source.sentences), source.lang, (d) => progress(d));
  let targetVectors = await embedTable(embedder, texts(target.sentences), target.lang, (d) => progress(n + d));

  let pairs: PairWindows | undefined;
  if (!embedder.additive) {
    // Sums of unit vectors stand in for windows the embedder did not see; 2-sentence windows are
    // embedded as joined text.
    sourceVectors = normalise(sourceVectors);
    targetVectors = normalise(targetVectors);
    if (n > 1 || m > 1) pairs = await embedPairs(embedder, source, target);
  }

  const sourceSide = makeLevelSide(sourceVectors, lengths(source.sentences), paragraphStarts(source.sentences));
  const targetSide = makeLevelSide(targetVectors, lengths(target.sentences), paragraphStarts(target.sentences));
  sourceSide.continues = continuations(source.sentences);
  targetSide.continues = continuations(target.sentences);
  const samples = options.baselineSamples ?? DEFAULT_BASELINE_SAMPLES;
  setBaselines(sourceSide, targetSide, samples);
  sourceSide.anchors = uniqueAnchorPairs(
    source.sentences.map((s, p) => anchorKeys(s.text, source.figures?.[p])),
    target.sentences.map((s, q) => anchorKeys(s.text, target.figures?.[q])),
  );

  const maxBeadSize = options.maxBeadSize ?? DEFAULT_MAX_BEAD_SIZE;
  const fineShapes = SHAPES_BY_SIZE[maxBeadSize];
  if (fineShapes === undefined) throw new RangeError(`maxBeadSize must be 2, 3 or 4, not ${String(maxBeadSize)}`);
  const fullTableCells = options.fullTableCells ?? DEFAULT_FULL_TABLE_CELLS;
  // Progress counts DP rows over all levels of the coarse-to-fine plan.
  const totalRows = plannedRows(n, m, fullTableCells);
  // A second pass (see below) reports as its own stage, so that progress never goes back.
  const solve = (ratio: number, stage: string) => {
    let rowsBefore = 0;
    const solver = new Solver(params, ratio, fullTableCells, options.bandWidth ?? DEFAULT_BAND_WIDTH, samples, (rows, row, levelDone) => {
      if (levelDone) rowsBefore += rows + 1;
      else onProgress?.({ stage, done: Math.min(totalRows, rowsBefore + row), total: totalRows });
    });
    const solved = solver.solve(sourceSide, targetSide, fineShapes, 0, pairs);
    return { ...solved, levels: solver.levels };
  };
  // The document's character ratio calibrates the length term; when one text covers only part of
  // the other, that ratio is wrong, so it is re-estimated on the aligned pairs and, if it moved,
  // the texts are aligned again with it.
  let ratio = Math.min(MAX_LENGTH_RATIO, Math.max(1 / MAX_LENGTH_RATIO, documentRatio));
  let stage = 'align';
  let fine = solve(ratio, stage);
  const alignedRatio = matchedRatio(fine.steps, fineShapes, sourceSide.length, targetSide.length);
  if (alignedRatio > 0 && Math.abs(Math.log(alignedRatio / ratio)) > RATIO_TOLERANCE) {
    onProgress?.({ stage, done: totalRows, total: totalRows });
    ratio = alignedRatio;
    stage = 'realign';
    fine = solve(ratio, stage);
  }
  onProgress?.({ stage, done: totalRows, total: totalRows });

  const beads = fine.steps.map((step) =>
    toBead(step, fineShapes[step.shape], fine.scorer, source.sentences, target.sentences),
  );
  const meanScore = beads.length ? sum(beads.map((b) => b.score)) / beads.length : 0;
  return { beads, lengthRatio: ratio, meanScore, coarseLevels: fine.levels, cells: fine.cells };
}

class Solver {
  levels = 0;

  constructor(
    private readonly params: ScoringParams,
    private readonly lengthRatio: number,
    private readonly fullTableCells: number,
    private readonly bandWidth: number,
    private readonly samples: number,
    /** Called every 1024 DP rows of any level, and with `levelDone` when a level is finished. */
    private readonly onRow?: (rows: number, row: number, levelDone: boolean) => void,
  ) {}

  solve(
    source: LevelSide,
    target: LevelSide,
    shapeList: readonly Shape[],
    depth: number,
    pairs?: PairWindows,
  ): { steps: PathStep[]; scorer: BeadScorer; cells: number } {
    const n = source.units;
    const m = target.units;
    const band = (n + 1) * (m + 1) <= this.fullTableCells || n < 2 || m < 2 ? fullBand(n, m) : this.bandFromCoarser(source, target, depth);
    const dots = new BandDots(band, source, target);
    const scorer = makeScorer(source, target, dots, shapeList, this.params, this.lengthRatio, pairs);
    const onRow = this.onRow;
    const steps = bandedDp(band, shapeList, scorer.gain, onRow && ((row) => onRow(n, row, false)));
    onRow?.(n, n, true);
    return { steps, scorer, cells: band.offset[n + 1] };
  }

  /**
   * The band of a level, around the path found at half resolution. A method of its own so that the
   * coarser levels (their summed vectors are as large as this level's) are garbage before this
   * level's DP runs: held in `solve`'s locals they stayed alive down the whole recursion.
   */
  private bandFromCoarser(source: LevelSide, target: LevelSide, depth: number): Band {
    this.levels = Math.max(this.levels, depth + 1);
    const coarseSource = downsample(source, 2);
    const coarseTarget = downsample(target, 2);
    setBaselines(coarseSource, coarseTarget, this.samples, 777 + depth);
    coarseSource.anchors = downsampleAnchors(source.anchors, source.units, 2);
    const coarse = this.solve(coarseSource, coarseTarget, COARSE_SHAPES, depth + 1);
    const corners: Array<[number, number]> = coarse.steps.map((s) => [s.i, s.j]);
    corners.push([coarseSource.units, coarseTarget.units]);
    return bandAroundPath(corners, 2, source.units, target.units, this.bandWidth);
  }
}

function toBead(
  step: PathStep,
  shape: Shape,
  scorer: BeadScorer,
  source: readonly Sentence[],
  target: readonly Sentence[],
): Bead {
  const { i, j } = step;
  const k = shape.source;
  const l = shape.target;
  const bead: Bead = {
    source: source.slice(i, i + k).map((s) => s.id),
    target: target.slice(j, j + l).map((s) => s.id),
    type: beadType(k, l),
    score: 0,
  };
  if (k === 0 || l === 0) {
    // Confidence that the sentence has no counterpart: none of the sentences around the place it
    // would go matches it.
    bead.score = 1 - bestNearbyMatch(scorer, i, k, j, source.length, target.length);
    return bead;
  }
  bead.similarity = clamp01(scorer.cosine(i, k, j, l));
  bead.score = scorer.matchProbability(i, k, j, l);
  return bead;
}

function bestNearbyMatch(scorer: BeadScorer, i: number, k: number, j: number, n: number, m: number): number {
  let best = 0;
  if (k === 1) {
    for (const q of [j - 1, j]) if (q >= 0 && q < m) best = Math.max(best, scorer.matchProbability(i, 1, q, 1));
  } else {
    for (const p of [i - 1, i]) if (p >= 0 && p < n) best = Math.max(best, scorer.matchProbability(p, 1, j, 1));
  }
  return best;
}

/** DP rows of all levels the coarse-to-fine recursion will run (mirrors `Solver.solve`). */
function plannedRows(n: number, m: number, fullTableCells: number): number {
  let rows = n + 1;
  while (!((n + 1) * (m + 1) <= fullTableCells || n < 2 || m < 2)) {
    n = Math.ceil(n / 2);
    m = Math.ceil(m / 2);
    rows += n + 1;
  }
  return rows;
}

/** Target characters per source character over the beads that pair sentences (0 if none). */
function matchedRatio(steps: readonly PathStep[], shapeList: readonly Shape[], source: Float64Array, target: Float64Array): number {
  let lx = 0;
  let ly = 0;
  for (const step of steps) {
    const { source: k, target: l } = shapeList[step.shape];
    if (k === 0 || l === 0) continue;
    for (let p = step.i; p < step.i + k; p++) lx += source[p];
    for (let q = step.j; q < step.j + l; q++) ly += target[q];
  }
  return lx > 0 && ly > 0 ? ly / lx : 0;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function texts(sentences: readonly Sentence[]): string[] {
  return sentences.map((s) => s.text);
}

function lengths(sentences: readonly Sentence[]): Float64Array {
  return Float64Array.from(sentences, (s) => s.text.length);
}

function paragraphStarts(sentences: readonly Sentence[]): Uint8Array {
  return Uint8Array.from(sentences, (s, p) => (p > 0 && s.paragraph !== sentences[p - 1].paragraph ? 1 : 0));
}

const CONTINUATION = latinPattern(String.raw`^[\s"'“‘«(\[]*\p{Ll}`, 'u');

function continuations(sentences: readonly Sentence[]): Uint8Array {
  return Uint8Array.from(sentences, (s, p) => (p > 0 && CONTINUATION.test(s.text) ? 1 : 0));
}

function normalise(table: VectorTable): VectorTable {
  const weights = new Float64Array(table.rows);
  for (let p = 0; p < table.rows; p++) {
    const norm = Math.sqrt(table.dot(p, table, p));
    weights[p] = norm > 0 ? 1 / norm : 0;
  }
  return table.sumBlocks(1, weights);
}

async function embedPairs(embedder: Embedder, source: AlignSide, target: AlignSide): Promise<PairWindows> {
  const joined = (sentences: readonly Sentence[]): string[] =>
    sentences.slice(0, -1).map((s, p) => `${s.text} ${sentences[p + 1].text}`);
  const sourceTable = await embedTable(embedder, joined(source.sentences), source.lang);
  const targetTable = await embedTable(embedder, joined(target.sentences), target.lang);
  const norms = (table: VectorTable): Float64Array => Float64Array.from({ length: table.rows }, (_, p) => table.dot(p, table, p));
  return { source: sourceTable, target: targetTable, sourceNorm2: norms(sourceTable), targetNorm2: norms(targetTable) };
}
