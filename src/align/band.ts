/**
 * A band of DP cells: for every row `i` in `0..rows`, the columns `lo[i]..hi[i]` (inclusive).
 * Both bounds are non-decreasing, so the band is a monotone staircase around a path.
 */
export interface Band {
  readonly rows: number;
  readonly cols: number;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  /** Index of the first cell of each row in a flat cell array; `offset[rows + 1]` is the cell count. */
  readonly offset: Float64Array;
}

export function makeBand(rows: number, cols: number, lo: Int32Array, hi: Int32Array): Band {
  const offset = new Float64Array(rows + 2);
  for (let i = 0; i <= rows; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  return { rows, cols, lo, hi, offset };
}

/** The full (quadratic) table, for short inputs. */
export function fullBand(rows: number, cols: number): Band {
  return makeBand(rows, cols, new Int32Array(rows + 1), new Int32Array(rows + 1).fill(cols));
}

/**
 * Projects a path found on a coarser level (corner points in coarse units) onto this level, where
 * each coarse unit covers `factor` units, and widens it by `width` cells on every side.
 */
export function bandAroundPath(
  path: ReadonlyArray<readonly [number, number]>,
  factor: number,
  rows: number,
  cols: number,
  width: number,
): Band {
  const pathLo = new Int32Array(rows + 1).fill(cols);
  const pathHi = new Int32Array(rows + 1);
  for (let s = 0; s + 1 < path.length; s++) {
    const i0 = Math.min(rows, path[s][0] * factor);
    const j0 = Math.min(cols, path[s][1] * factor);
    const i1 = Math.min(rows, path[s + 1][0] * factor);
    const j1 = Math.min(cols, path[s + 1][1] * factor);
    for (let i = i0; i <= i1; i++) {
      if (j0 < pathLo[i]) pathLo[i] = j0;
      if (j1 > pathHi[i]) pathHi[i] = j1;
    }
  }
  const lo = new Int32Array(rows + 1);
  const hi = new Int32Array(rows + 1);
  for (let i = 0; i <= rows; i++) {
    lo[i] = Math.max(0, pathLo[Math.max(0, i - width)] - width);
    hi[i] = Math.min(cols, pathHi[Math.min(rows, i + width)] + width);
  }
  // Monotone staircase reaching both corners.
  lo[0] = 0;
  hi[rows] = cols;
  for (let i = 1; i <= rows; i++) if (lo[i] < lo[i - 1]) lo[i] = lo[i - 1];
  for (let i = rows - 1; i >= 0; i--) if (hi[i] > hi[i + 1]) hi[i] = hi[i + 1];
  for (let i = 0; i <= rows; i++) if (hi[i] < lo[i]) hi[i] = lo[i];
  return makeBand(rows, cols, lo, hi);
}
