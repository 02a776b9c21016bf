import type { VectorTable } from './vectors.js';
import { seededRandom } from './random.js';

/** Largest number of units one side of a bead may hold. */
export const MAX_WINDOW = 4;

/** One side of the alignment problem at one resolution (units are sentences or blocks of them). */
export interface LevelSide {
  readonly units: number;
  readonly vectors: VectorTable;
  /** `|v_p|²`. */
  readonly norm2: Float64Array;
  /** `near[d-1][p] = v_p · v_(p+d)` for `d < MAX_WINDOW`, to get window norms without window vectors. */
  readonly near: Float64Array[];
  /** `windowNorms[k-1][a]`: squared norm of the sum of units `[a, a+k)`. */
  readonly windowNorms: Float64Array[];
  /** Characters per unit. */
  readonly length: Float64Array;
  /** 1 when the unit starts a new paragraph (never for unit 0). */
  readonly paragraphStart: Uint8Array;
  /**
   * 1 when the unit continues the previous one (it starts with a lower-case letter, as after a
   * split at `;`): a bead boundary there is unlikely unless the other side has one too.
   */
  continues: Uint8Array;
  /** Whether this side has more than one paragraph at all. */
  readonly hasParagraphs: boolean;
  /**
   * `baseline[k-1][a]`: mean cosine of the window of units `[a, a+k)` with a fixed random sample of
   * the other side's units (set by `setBaselines`).
   */
  baseline: Float64Array[];
  /** Unique-key partners on the other side (source side only; target side holds an empty list). */
  anchors: Int32Array[];
}

export function makeLevelSide(
  vectors: VectorTable,
  length: Float64Array,
  paragraphStart: Uint8Array,
): LevelSide {
  const units = vectors.rows;
  const norm2 = new Float64Array(units);
  const near: Float64Array[] = [];
  for (let d = 1; d < MAX_WINDOW; d++) near.push(new Float64Array(units));
  const js = new Int32Array(MAX_WINDOW);
  const out = new Float64Array(MAX_WINDOW);
  for (let p = 0; p < units; p++) {
    const count = Math.min(MAX_WINDOW, units - p);
    for (let d = 0; d < count; d++) js[d] = p + d;
    vectors.rowDots(p, vectors, js, count, out);
    norm2[p] = out[0];
    for (let d = 1; d < count; d++) near[d - 1][p] = out[d];
  }
  const windowNorms: Float64Array[] = [];
  for (let k = 1; k <= MAX_WINDOW; k++) {
    const row = new Float64Array(units);
    for (let a = 0; a + k <= units; a++) {
      let sum = 0;
      for (let t = 0; t < k; t++) {
        sum += norm2[a + t];
        for (let u = t + 1; u < k; u++) sum += 2 * near[u - t - 1][a + t];
      }
      row[a] = sum;
    }
    windowNorms.push(row);
  }
  let hasParagraphs = false;
  for (let p = 0; p < units; p++) if (paragraphStart[p]) hasParagraphs = true;
  return {
    units,
    vectors,
    norm2,
    near,
    windowNorms,
    length,
    paragraphStart,
    continues: new Uint8Array(units),
    hasParagraphs,
    baseline: [],
    anchors: [],
  };
}

/** Squared norm of the sum of units `[a, a+k)`. */
export function windowNorm2(side: LevelSide, a: number, k: number): number {
  return side.windowNorms[k - 1][a];
}

/** The side at half resolution: each unit is the sum of two consecutive units. */
export function downsample(side: LevelSide, factor: number): LevelSide {
  const blocks = Math.ceil(side.units / factor);
  const length = new Float64Array(blocks);
  const paragraphStart = new Uint8Array(blocks);
  for (let p = 0; p < side.units; p++) {
    const b = Math.floor(p / factor);
    length[b] += side.length[p];
    if (p % factor === 0) paragraphStart[b] = side.paragraphStart[p];
  }
  const coarse = makeLevelSide(side.vectors.sumBlocks(factor), length, paragraphStart);
  return coarse;
}

/** Maps unit-level anchor partners to block level. */
export function downsampleAnchors(anchors: readonly Int32Array[], units: number, factor: number): Int32Array[] {
  const blocks = Math.ceil(units / factor);
  const out: number[][] = Array.from({ length: blocks }, () => []);
  anchors.forEach((list, p) => {
    for (const q of list) out[Math.floor(p / factor)].push(Math.floor(q / factor));
  });
  return out.map((list) => Int32Array.from(list));
}


/**
 * Baselines for the margin: the mean cosine of every window (1..MAX_WINDOW units) with one fixed
 * random sample of the other side's units (all of them when that side is short). Subtracting it
 * stops "hub" windows — long, short or generic ones that resemble everything — from pulling
 * alignments toward themselves; windows get their own baseline because joined text is more
 * similar to everything than its parts are.
 */
export function setBaselines(a: LevelSide, b: LevelSide, samples: number, seed = 12345): void {
  const random = seededRandom(seed);
  const pick = (side: LevelSide): Int32Array => {
    if (side.units <= samples) return Int32Array.from({ length: side.units }, (_, q) => q);
    return Int32Array.from({ length: samples }, () => Math.floor(random() * side.units));
  };
  const fill = (from: LevelSide, to: LevelSide, sample: Int32Array): Float64Array[] => {
    const r = sample.length;
    const dots = new Float64Array(from.units * r);
    for (let p = 0; p < from.units; p++) from.vectors.rowDots(p, to.vectors, sample, r, dots, p * r);
    const sampleNorm = Float64Array.from(sample, (q) => Math.sqrt(to.norm2[q]));
    const out = Array.from({ length: MAX_WINDOW }, () => new Float64Array(from.units));
    const acc = new Float64Array(r);
    // The window of k units from `start` sums the same rows in the same order as the window of
    // k - 1 units plus one: each window extends the previous one's sums (same floating point).
    for (let start = 0; start < from.units; start++) {
      acc.fill(0);
      for (let k = 1; k <= MAX_WINDOW && start + k <= from.units; k++) {
        const p = start + k - 1;
        for (let s = 0; s < r; s++) acc[s] += dots[p * r + s];
        const norm = Math.sqrt(windowNorm2(from, start, k));
        if (norm === 0 || r === 0) continue;
        let sum = 0;
        for (let s = 0; s < r; s++) if (sampleNorm[s] > 0) sum += acc[s] / (norm * sampleNorm[s]);
        out[k - 1]![start] = sum / r;
      }
    }
    return out;
  };
  const sampleA = pick(a);
  const sampleB = pick(b);
  a.baseline = fill(a, b, sampleB);
  b.baseline = fill(b, a, sampleA);
}
