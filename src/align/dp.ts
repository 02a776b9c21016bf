import type { Band } from './band.js';

/** A bead shape: `source` units against `target` units. */
export interface Shape {
  readonly source: number;
  readonly target: number;
}

/** Gain of a bead covering source units `[i, i+k)` and target units `[j, j+l)`; higher is better. */
export type GainFunction = (i: number, k: number, j: number, l: number, shape: number) => number;

export interface PathStep {
  /** Start corner of the bead. */
  i: number;
  j: number;
  /** Index into the shape list. */
  shape: number;
}

/**
 * Best monotone path from (0,0) to (rows, cols) through the band, as a sequence of beads.
 * Memory is one float and one byte per band cell.
 */
export function bandedDp(
  band: Band,
  shapes: readonly Shape[],
  gain: GainFunction,
  onRow?: (row: number) => void,
): PathStep[] {
  const { rows, cols, lo, hi, offset } = band;
  const cells = offset[rows + 1];
  const score = new Float64Array(cells).fill(Number.NEGATIVE_INFINITY);
  const back = new Uint8Array(cells).fill(255);
  score[0] = 0;
  const ks = shapes.map((s) => s.source);
  const ls = shapes.map((s) => s.target);
  for (let i = 0; i <= rows; i++) {
    const rowLo = lo[i];
    const rowHi = hi[i];
    const rowOffset = offset[i] - rowLo;
    for (let j = rowLo; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Number.NEGATIVE_INFINITY;
      let bestShape = 255;
      for (let s = 0; s < ks.length; s++) {
        const pi = i - ks[s];
        const pj = j - ls[s];
        if (pi < 0 || pj < 0 || pj < lo[pi] || pj > hi[pi]) continue;
        const prev = score[offset[pi] + pj - lo[pi]];
        if (prev === Number.NEGATIVE_INFINITY) continue;
        const value = prev + gain(pi, ks[s], pj, ls[s], s);
        if (value > best) {
          best = value;
          bestShape = s;
        }
      }
      score[rowOffset + j] = best;
      back[rowOffset + j] = bestShape;
    }
    if (onRow && (i & 1023) === 0) onRow(i);
  }
  const steps: PathStep[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 || j > 0) {
    const s = back[offset[i] + j - lo[i]];
    if (s === 255) throw new Error(`alignment band has no path through cell (${i}, ${j})`);
    i -= ks[s];
    j -= ls[s];
    steps.push({ i, j, shape: s });
  }
  steps.reverse();
  return steps;
}
