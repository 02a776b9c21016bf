import type { Embedder, LanguageCode } from '../types.js';
import { isSparseEmbedder } from '../embed/sparse.js';

/**
 * A table of vectors, one row per unit (sentence or block of sentences). Bag-of-concepts vectors
 * are mostly zero, so mostly-empty rows are kept sparse (CSR); dense ones (neural embedders, or
 * sums of many sentences) as one flat matrix. Both kinds can be mixed in one dot product.
 */
export type VectorTable = SparseTable | DenseTable;

/**
 * Tables with more non-zeros than this fraction of `rows × dimension` are stored dense (a sparse
 * row costs one random read per non-zero, a dense one a sequential read per dimension).
 */
const DENSE_ABOVE = 0.6;

export class SparseTable {
  readonly kind = 'sparse';
  constructor(
    readonly rows: number,
    readonly dimension: number,
    readonly offsets: Int32Array,
    readonly indices: Int32Array,
    readonly values: Float32Array,
  ) {}

  /** `out[outOffset + t] = row i · other[js[t]]` for `t < count`. */
  rowDots(i: number, other: VectorTable, js: ArrayLike<number>, count: number, out: Float32Array | Float64Array, outOffset = 0): void {
    const start = this.offsets[i];
    const end = this.offsets[i + 1];
    if (other.kind === 'dense') {
      const d = other.dimension;
      const data = other.data;
      for (let t = 0; t < count; t++) {
        const base = js[t] * d;
        let sum = 0;
        for (let p = start; p < end; p++) sum += this.values[p] * data[base + this.indices[p]];
        out[outOffset + t] = sum;
      }
      return;
    }
    const scratch = scratchFor(this.dimension);
    for (let p = start; p < end; p++) scratch[this.indices[p]] = this.values[p];
    const offsets = other.offsets;
    const indices = other.indices;
    const values = other.values;
    for (let t = 0; t < count; t++) {
      const j = js[t];
      let sum = 0;
      for (let q = offsets[j]; q < offsets[j + 1]; q++) sum += scratch[indices[q]] * values[q];
      out[outOffset + t] = sum;
    }
    for (let p = start; p < end; p++) scratch[this.indices[p]] = 0;
  }

  dot(i: number, other: VectorTable, j: number): number {
    oneIndex[0] = j;
    this.rowDots(i, other, oneIndex, 1, oneOut);
    return oneOut[0];
  }

  /** Row `b` of the result is the sum of rows `[b*factor, (b+1)*factor)`, each scaled by `weights[row]`. */
  sumBlocks(factor: number, weights?: Float64Array): VectorTable {
    if (factor === 1 || factor === 2) return this.sumPairs(factor, weights);
    const blocks = Math.ceil(this.rows / factor);
    const builder = new SparseBuilder(this.dimension, this.values.length);
    const acc = new Float64Array(this.dimension);
    const touched: number[] = [];
    for (let b = 0; b < blocks; b++) {
      touched.length = 0;
      const end = Math.min(this.rows, (b + 1) * factor);
      for (let r = b * factor; r < end; r++) {
        const w = weights ? weights[r] : 1;
        for (let p = this.offsets[r]; p < this.offsets[r + 1]; p++) {
          const k = this.indices[p];
          if (acc[k] === 0) touched.push(k);
          acc[k] += this.values[p] * w;
        }
      }
      touched.sort((x, y) => x - y);
      for (const k of touched) {
        if (acc[k] !== 0) builder.push(k, acc[k]);
        acc[k] = 0;
      }
      builder.endRow();
    }
    return builder.build();
  }

  /** `sumBlocks` for blocks of one or two rows: a linear merge of sorted rows. */
  private sumPairs(factor: 1 | 2, weights?: Float64Array): VectorTable {
    const blocks = Math.ceil(this.rows / factor);
    const builder = new SparseBuilder(this.dimension, this.values.length);
    const { offsets, indices, values } = this;
    for (let b = 0; b < blocks; b++) {
      const r0 = b * factor;
      const r1 = factor === 2 && r0 + 1 < this.rows ? r0 + 1 : -1;
      const w0 = weights ? weights[r0] : 1;
      const w1 = weights && r1 >= 0 ? weights[r1] : 1;
      let p = offsets[r0];
      const pEnd = offsets[r0 + 1];
      let q = r1 >= 0 ? offsets[r1] : 0;
      const qEnd = r1 >= 0 ? offsets[r1 + 1] : 0;
      while (p < pEnd || q < qEnd) {
        const x = p < pEnd ? indices[p] : Number.MAX_SAFE_INTEGER;
        const y = q < qEnd ? indices[q] : Number.MAX_SAFE_INTEGER;
        if (x === y) {
          const v = values[p++] * w0 + values[q++] * w1;
          if (v !== 0) builder.push(x, v);
        } else if (x < y) {
          builder.push(x, values[p++] * w0);
        } else {
          builder.push(y, values[q++] * w1);
        }
      }
      builder.endRow();
    }
    return builder.build();
  }
}

export class DenseTable {
  readonly kind = 'dense';
  constructor(
    readonly rows: number,
    readonly dimension: number,
    readonly data: Float32Array,
  ) {}

  rowDots(i: number, other: VectorTable, js: ArrayLike<number>, count: number, out: Float32Array | Float64Array, outOffset = 0): void {
    const d = this.dimension;
    const x = i * d;
    if (other.kind === 'sparse') {
      for (let t = 0; t < count; t++) {
        const j = js[t];
        let sum = 0;
        for (let q = other.offsets[j]; q < other.offsets[j + 1]; q++) sum += this.data[x + other.indices[q]] * other.values[q];
        out[outOffset + t] = sum;
      }
      return;
    }
    const b = other.data;
    for (let t = 0; t < count; t++) {
      const y = js[t] * d;
      let sum = 0;
      for (let k = 0; k < d; k++) sum += this.data[x + k] * b[y + k];
      out[outOffset + t] = sum;
    }
  }

  dot(i: number, other: VectorTable, j: number): number {
    oneIndex[0] = j;
    this.rowDots(i, other, oneIndex, 1, oneOut);
    return oneOut[0];
  }

  sumBlocks(factor: number, weights?: Float64Array): VectorTable {
    const blocks = Math.ceil(this.rows / factor);
    const d = this.dimension;
    const out = new Float32Array(blocks * d);
    for (let r = 0; r < this.rows; r++) {
      const w = weights ? weights[r] : 1;
      const o = Math.floor(r / factor) * d;
      for (let k = 0; k < d; k++) out[o + k] += this.data[r * d + k] * w;
    }
    return new DenseTable(blocks, d, out);
  }
}

const oneIndex = new Int32Array(1);
const oneOut = new Float64Array(1);
let scratch = new Float64Array(0);
function scratchFor(dimension: number): Float64Array {
  if (scratch.length < dimension) scratch = new Float64Array(dimension);
  return scratch;
}

class SparseBuilder {
  private indices: Int32Array;
  private values: Float32Array;
  private length = 0;
  private offsets: Int32Array;
  private rows = 0;

  constructor(
    private readonly dimension: number,
    capacity: number,
  ) {
    this.indices = new Int32Array(Math.max(16, capacity));
    this.values = new Float32Array(Math.max(16, capacity));
    this.offsets = new Int32Array(1024);
  }

  push(index: number, value: number): void {
    if (this.length === this.indices.length) {
      const indices = new Int32Array(this.length * 2);
      indices.set(this.indices);
      this.indices = indices;
      const values = new Float32Array(this.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.indices[this.length] = index;
    this.values[this.length] = value;
    this.length++;
  }

  endRow(): void {
    if (this.rows + 2 > this.offsets.length) {
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.offsets[++this.rows] = this.length;
  }

  /** Sparse when the non-zeros are few enough, dense otherwise. */
  build(): VectorTable {
    const rows = this.rows;
    const d = this.dimension;
    if (rows > 0 && this.length > DENSE_ABOVE * rows * d) {
      const data = new Float32Array(rows * d);
      for (let r = 0; r < rows; r++) {
        for (let p = this.offsets[r]; p < this.offsets[r + 1]; p++) data[r * d + this.indices[p]] = this.values[p];
      }
      return new DenseTable(rows, d, data);
    }
    return new SparseTable(rows, d, this.offsets.slice(0, rows + 1), this.indices.slice(0, this.length), this.values.slice(0, this.length));
  }
}

/** Embeds `texts` in batches (bounded memory) and stores the vectors compactly. */
export async function embedTable(
  embedder: Embedder,
  texts: readonly string[],
  lang: LanguageCode,
  onBatch?: (done: number) => void,
  batchSize = 2048,
): Promise<VectorTable> {
  const dimension = embedder.dimension;
  const builder = new SparseBuilder(dimension, texts.length * 32);
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize);
    if (isSparseEmbedder(embedder)) {
      // Straight into the table: no dense vector per sentence to allocate and scan.
      await embedder.embedSparse(batch, lang, builder);
      onBatch?.(Math.min(texts.length, start + batchSize));
      continue;
    }
    const vectors = await embedder.embed(batch, lang);
    if (vectors.length !== batch.length) {
      throw new Error(`embedder ${embedder.name} returned ${vectors.length} vectors for ${batch.length} texts`);
    }
    for (const vector of vectors) {
      if (vector.length !== dimension) {
        throw new Error(`embedder ${embedder.name} returned a vector of dimension ${vector.length}, expected ${dimension}`);
      }
      for (let k = 0; k < dimension; k++) if (vector[k] !== 0) builder.push(k, vector[k]);
      builder.endRow();
    }
    onBatch?.(Math.min(texts.length, start + batchSize));
  }
  return builder.build();
}
