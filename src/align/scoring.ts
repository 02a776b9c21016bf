import type { Band } from './band.js';
import type { Shape } from './dp.js';
import type { LevelSide } from './level.js';
import type { VectorTable } from './vectors.js';

/** Tuning knobs of the bead score. Defaults in `DEFAULT_SCORING`. */
export interface ScoringParams {
  /** Weight of the margin-normalised cosine. */
  similarityWeight: number;
  /**
   * Margin a pair needs before pairing beats leaving both sentences out: unrelated sentences of
   * one document still share topic words, so a margin near 0 is not evidence of translation.
   */
  similarityOffset: number;
  /** A bead's similarity gain grows with its size as `((k + l) / 2) ** sizeExponent`. */
  sizeExponent: number;
  /** Cost of leaving one unit unaligned (1-0 / 0-1). */
  skipPenalty: number;
  /** Prior cost of a bead shape, keyed `k-l` (1-1 costs nothing). */
  shapePenalty: Readonly<Record<string, number>>;
  /** Weight of the squared log length ratio (after correcting for the document's ratio). */
  lengthWeight: number;
  /** Characters added to both lengths before the ratio, so short sentences are not over-penalised. */
  lengthSmoothing: number;
  /** Gain per unique key (figure, number, name) shared by the bead's two sides. */
  anchorWeight: number;
  /** Cost of a bead side that spans a paragraph break (when that side has paragraphs). */
  paragraphPenalty: number;
  /**
   * Cost of a bead boundary before a sentence that continues the previous one (lower-case start)
   * when the other side has no such sentence there, and of leaving such a sentence unaligned.
   */
  continuationPenalty: number;
}

export const DEFAULT_SCORING: ScoringParams = {
  similarityWeight: 4,
  similarityOffset: 0.05,
  sizeExponent: 0.3,
  skipPenalty: 0.3,
  shapePenalty: {
    '1-2': 0.4, '2-1': 0.4, '2-2': 1,
    '1-3': 0.8, '3-1': 0.8, '2-3': 1.4, '3-2': 1.4, '1-4': 1.1, '4-1': 1.1,
  },
  lengthWeight: 2,
  lengthSmoothing: 8,
  anchorWeight: 0.5,
  paragraphPenalty: 0.5,
  continuationPenalty: 0.5,
};

/** Exact vectors of two-sentence windows, for embedders that are not additive. */
export interface PairWindows {
  source: VectorTable;
  target: VectorTable;
  sourceNorm2: Float64Array;
  targetNorm2: Float64Array;
}

/**
 * Dot products of source unit `p` with target unit `q`, stored for the cells a bead in `band` can
 * touch: `q` in `[lo(p-3), hi(p+4) - 1]`.
 */
export class BandDots {
  private readonly from: Int32Array;
  private readonly offset: Float64Array;
  private readonly values: Float32Array;

  constructor(band: Band, source: LevelSide, target: LevelSide) {
    const units = source.units;
    this.from = new Int32Array(units);
    this.offset = new Float64Array(units + 1);
    const to = new Int32Array(units);
    for (let p = 0; p < units; p++) {
      this.from[p] = band.lo[Math.max(0, p - 3)];
      to[p] = Math.min(target.units - 1, band.hi[Math.min(band.rows, p + 4)] - 1);
      this.offset[p + 1] = this.offset[p] + Math.max(0, to[p] - this.from[p] + 1);
    }
    this.values = new Float32Array(this.offset[units]);
    let columns = new Int32Array(64);
    for (let p = 0; p < units; p++) {
      const count = Math.max(0, to[p] - this.from[p] + 1);
      if (count > columns.length) columns = new Int32Array(count * 2);
      for (let t = 0; t < count; t++) columns[t] = this.from[p] + t;
      source.vectors.rowDots(p, target.vectors, columns, count, this.values, this.offset[p]);
    }
  }

  get(p: number, q: number): number {
    return this.values[this.offset[p] + q - this.from[p]];
  }
}

/**
 * Turns a bead's evidence into the probability that it pairs true translations. Logistic
 * regression of true 1-1 pairs against pairs of the same document 2 and 5 sentences off (NTREX and
 * EPTIC, lexical embedder): log-odds = -2.07 + 18.5 × margin - 7.7 × (log length ratio)², class
 * balanced; the intercept is raised by 1 because a bead the DP chose is a translation far more often
 * than not. Anchors (a unique figure or name on both sides) add evidence.
 */
const CALIBRATION = { intercept: -1.07, margin: 18.5, length: 7.7, anchor: 1, maxAnchors: 2 };

export interface BeadScorer {
  /** Gain of the bead for the DP. */
  gain(i: number, k: number, j: number, l: number, shape: number): number;
  /** Cosine of the bead's two sides (0 for skips). */
  cosine(i: number, k: number, j: number, l: number): number;
  /** Cosine minus the two sides' random baselines. */
  margin(i: number, k: number, j: number, l: number): number;
  /** Calibrated probability in [0, 1] that the bead pairs true translations (0 for skips). */
  matchProbability(i: number, k: number, j: number, l: number): number;
}

export function makeScorer(
  source: LevelSide,
  target: LevelSide,
  dots: BandDots,
  shapes: readonly Shape[],
  params: ScoringParams,
  lengthRatio: number,
  pairs?: PairWindows,
): BeadScorer {
  const shapeCost = shapes.map((s) => params.shapePenalty[`${s.source}-${s.target}`] ?? 0);
  const sizeGain = shapes.map((s) => params.similarityWeight * ((s.source + s.target) / 2) ** params.sizeExponent);

  const sourceWindows = source.windowNorms;
  const targetWindows = target.windowNorms;
  const sourceBaseline = source.baseline;
  const targetBaseline = target.baseline;
  const sourceChars = prefixSums(source.length);
  const targetChars = prefixSums(target.length);
  const { similarityOffset, lengthSmoothing, lengthWeight, anchorWeight, paragraphPenalty, skipPenalty, continuationPenalty } = params;
  const sourceContinues = source.continues;
  const targetContinues = target.continues;

  const cosine = (i: number, k: number, j: number, l: number): number => {
    if (k === 0 || l === 0) return 0;
    if (pairs && k <= 2 && l <= 2 && (k === 2 || l === 2)) {
      const xs = k === 2 ? pairs.source : source.vectors;
      const ys = l === 2 ? pairs.target : target.vectors;
      const nx = k === 2 ? pairs.sourceNorm2[i] : source.norm2[i];
      const ny = l === 2 ? pairs.targetNorm2[j] : target.norm2[j];
      return nx > 0 && ny > 0 ? xs.dot(i, ys, j) / Math.sqrt(nx * ny) : 0;
    }
    let dot = 0;
    for (let p = i; p < i + k; p++) for (let q = j; q < j + l; q++) dot += dots.get(p, q);
    const nx = sourceWindows[k - 1][i];
    const ny = targetWindows[l - 1][j];
    return nx > 0 && ny > 0 ? dot / Math.sqrt(nx * ny) : 0;
  };

  const margin = (i: number, k: number, j: number, l: number): number =>
    cosine(i, k, j, l) - 0.5 * (sourceBaseline[k - 1][i] + targetBaseline[l - 1][j]);

  const lengthMismatch = (i: number, k: number, j: number, l: number): number => {
    const lx = sourceChars[i + k] - sourceChars[i];
    const ly = targetChars[j + l] - targetChars[j];
    const d = Math.log((ly + lengthSmoothing) / (lengthRatio * lx + lengthSmoothing));
    return d * d;
  };

  const sharedAnchors = (i: number, k: number, j: number, l: number): number => {
    let shared = 0;
    for (let p = i; p < i + k; p++) {
      const partners = source.anchors[p];
      if (partners !== undefined) {
        for (let t = 0; t < partners.length; t++) if (partners[t] >= j && partners[t] < j + l) shared++;
      }
    }
    return shared;
  };

  const gain = (i: number, k: number, j: number, l: number, shape: number): number => {
    if (k === 0 || l === 0) {
      const continuing = k === 0 ? targetContinues[j] : sourceContinues[i];
      return -skipPenalty * (k + l) - continuationPenalty * continuing;
    }
    let value = sizeGain[shape] * (margin(i, k, j, l) - similarityOffset) - shapeCost[shape];
    value -= lengthWeight * lengthMismatch(i, k, j, l);
    if (anchorWeight !== 0) value += anchorWeight * sharedAnchors(i, k, j, l);
    if (sourceContinues[i] !== targetContinues[j]) value -= continuationPenalty;

    if (paragraphPenalty !== 0) {
      if (source.hasParagraphs) for (let p = i + 1; p < i + k; p++) if (source.paragraphStart[p]) value -= paragraphPenalty;
      if (target.hasParagraphs) for (let q = j + 1; q < j + l; q++) if (target.paragraphStart[q]) value -= paragraphPenalty;
    }
    return value;
  };

  const matchProbability = (i: number, k: number, j: number, l: number): number => {
    if (k === 0 || l === 0) return 0;
    const logOdds =
      CALIBRATION.intercept +
      CALIBRATION.margin * margin(i, k, j, l) -
      CALIBRATION.length * lengthMismatch(i, k, j, l) +
      CALIBRATION.anchor * Math.min(CALIBRATION.maxAnchors, sharedAnchors(i, k, j, l));
    return 1 / (1 + Math.exp(-logOdds));
  };

  return { gain, cosine, margin, matchProbability };
}

function prefixSums(values: Float64Array): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i] + values[i];
  return sums;
}
