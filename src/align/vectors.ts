import type { Embedder, LanguageCode } from '../types.js';

/**
 * A table of vectors, one row per unit (sentence or block of sentences). Bag-of-concepts
 * embedders have large, mostly empty vectors, so those are kept as sparse rows (CSR); small dense
 * embedders (neural) are kept as one flat matrix.
 */
export interface VectorTable {
  readonly rows: number;
  /** Dot product of row `i` of this table with row `j` of `other` (same storage kind). */
  dot(i: number, other: VectorTable, j: number): number;
  /** New table whose row `b` is the sum of rows `[b*factor, (b+1)*factor)`, each scaled by `weights[row]`. */
  sumBlocks(factor: number, weights?: Float64Array): VectorTable;
}

/** Dimension above which an embedder's vectors are stored sparse. */
const SPARSE_DIMENSION = 2048;

export class SparseTable implements VectorTable {
  constructor(
    readonly rows: number,
    readonly offsets: Int32Array,
    readonly indices: Int32Array,
    readonly values: Float32Array,
    readonly dimension: number,
  ) {}

  dot(i: number, other: VectorTable, j: number): number {
    const b = other as SparseTable;
    let p = this.offsets[i];
    const pEnd = this.offsets[i + 1];
    let q = b.offsets[j];
    const qEnd = b.offsets[j + 1];
    const ai = this.indices;
    const bi = b.indices;
    let sum = 0;
    while (p < pEnd && q < qEnd) {
      const x = ai[p];
      const y = bi[q];
      if (x === y) {
        sum += this.values[p++] * b.values[q++];
      } else if (x < y) {
        p++;
      } else {
        q++;
      }
    }
    return sum;
  }

  sumBlocks(factor: number, weights?: Float64Array): SparseTable {
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
}

export class DenseTable implements VectorTable {
  constructor(
    readonly rows: number,
    readonly dimension: number,
    readonly data: Float32Array,
  ) {}

  dot(i: number, other: VectorTable, j: number): number {
    const b = (other as DenseTable).data;
    const d = this.dimension;
    const x = i * d;
    const y = j * d;
    let sum = 0;
    for (let k = 0; k < d; k++) sum += this.data[x + k] * b[y + k];
    return sum;
  }

  sumBlocks(factor: number, weights?: Float64Array): DenseTable {
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

class SparseBuilder {
  private indices: Int32Array;
  private values: Float32Array;
  private length = 0;
  private readonly offsets: number[] = [0];

  constructor(
    private readonly dimension: number,
    capacity: number,
  ) {
    this.indices = new Int32Array(Math.max(16, capacity));
    this.values = new Float32Array(Math.max(16, capacity));
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
    this.offsets.push(this.length);
  }

  build(): SparseTable {
    return new SparseTable(
      this.offsets.length - 1,
      Int32Array.from(this.offsets),
      this.indices.slice(0, this.length),
      this.values.slice(0, this.length),
      this.dimension,
    );
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
  const sparse = dimension > SPARSE_DIMENSION;
  const builder = sparse ? new SparseBuilder(dimension, texts.length * 32) : null;
  const dense = sparse ? null : new Float32Array(texts.length * dimension);
  for (let start = 0; start < texts.length; start += batchSize) {
    const batch = texts.slice(start, start + batchSize);
    const vectors = await embedder.embed(batch, lang);
    if (vectors.length !== batch.length) {
      throw new Error(`embedder ${embedder.name} returned ${vectors.length} vectors for ${batch.length} texts`);
    }
    vectors.forEach((vector, offset) => {
      if (vector.length !== dimension) {
        throw new Error(`embedder ${embedder.name} returned a vector of dimension ${vector.length}, expected ${dimension}`);
      }
      if (builder) {
        for (let k = 0; k < dimension; k++) if (vector[k] !== 0) builder.push(k, vector[k]);
        builder.endRow();
      } else {
        dense!.set(vector, (start + offset) * dimension);
      }
    });
    onBatch?.(Math.min(texts.length, start + batchSize));
  }
  return builder ? builder.build() : new DenseTable(texts.length, dimension, dense!);
}
