import type { Embedder, LanguageCode } from '../types.js';

/** Receives sparse rows: each row's non-zero entries in ascending index order, then `endRow`. */
export interface SparseRowSink {
  push(index: number, value: number): void;
  endRow(): void;
}

/**
 * An embedder that can also write its vectors as sparse rows, skipping the dense vector of every
 * sentence (a bag-of-concepts vector touches a few dozen of its 2048 entries). The rows equal the
 * non-zero entries of `embed`'s vectors, bit for bit.
 */
export interface SparseEmbedder extends Embedder {
  embedSparse(texts: readonly string[], lang: LanguageCode, sink: SparseRowSink): Promise<void>;
}

export function isSparseEmbedder(embedder: Embedder): embedder is SparseEmbedder {
  return typeof (embedder as Partial<SparseEmbedder>).embedSparse === 'function';
}
