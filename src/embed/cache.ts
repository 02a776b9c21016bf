/**
 * An opt-in on-disk embedding cache. Each vector is one small file named by the hash of
 * (model id, language, text), so a re-run re-embeds only sentences that changed. Files are written
 * to a unique temporary name and renamed into place: rename is atomic, so concurrent runs sharing a
 * cache never see a half-written vector (the last writer wins with identical content).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Embedder, LanguageCode } from '../types.js';

/** The file operations the cache needs; injectable for tests. */
export interface CacheFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  unlink(path: string): Promise<void>;
}

export const nodeCacheFileSystem: CacheFileSystem = { readFile, writeFile, rename, mkdir, unlink };

export interface EmbeddingCacheOptions {
  /** Cache root; entries live under `<dir>/v1/<model hash>/`. */
  dir: string;
  /** Identifies the model and its version; defaults to the embedder's name. Vectors of different ids never mix. */
  modelId?: string;
  fs?: CacheFileSystem;
}

export interface EmbeddingCacheStats {
  /** Texts served from disk. */
  hits: number;
  /** Texts the wrapped embedder had to embed. */
  misses: number;
  /** Entries that could not be written (e.g. a read-only cache folder); the run still succeeds. */
  writeErrors: number;
}

export interface CachedEmbedder extends Embedder {
  readonly stats: Readonly<EmbeddingCacheStats>;
}

const MAGIC = 0x56454141; // "AAEV", little-endian
const FORMAT_VERSION = 1;
const HEADER_BYTES = 12;
const IO_CONCURRENCY = 32;

export function withEmbeddingCache(embedder: Embedder, options: EmbeddingCacheOptions): CachedEmbedder {
  const fs = options.fs ?? nodeCacheFileSystem;
  const modelId = options.modelId ?? embedder.name;
  const modelDir = join(options.dir, `v${FORMAT_VERSION}`, sha256(`${modelId}\u0000${embedder.dimension}`).slice(0, 32));
  const stats: EmbeddingCacheStats = { hits: 0, misses: 0, writeErrors: 0 };
  const entryPath = (lang: LanguageCode, text: string): string => {
    const hash = sha256(`${lang}\u0000${text}`);
    return join(modelDir, hash.slice(0, 2), `${hash.slice(2)}.f32`);
  };

  const cached: CachedEmbedder = {
    name: embedder.name,
    dimension: embedder.dimension,
    ...(embedder.additive === undefined ? {} : { additive: embedder.additive }),
    stats,
    async embed(texts: readonly string[], lang: LanguageCode): Promise<Float32Array[]> {
      const unique = [...new Set(texts)];
      const paths = unique.map((text) => entryPath(lang, text));
      const found = await mapLimited(paths, (path) => readEntry(fs, path, embedder.dimension));
      const missing = unique.filter((_, i) => found[i] === null);
      const vectors = new Map<string, Float32Array>();
      unique.forEach((text, i) => {
        if (found[i]) vectors.set(text, found[i]!);
      });
      if (missing.length > 0) {
        const fresh = await embedder.embed(missing, lang);
        const written = await mapLimited(missing, (text, i) => writeEntry(fs, entryPath(lang, text), fresh[i]!));
        missing.forEach((text, i) => vectors.set(text, fresh[i]!));
        stats.writeErrors += written.filter((ok) => !ok).length;
      }
      stats.hits += unique.length - missing.length;
      stats.misses += missing.length;
      // Each caller gets its own copy: a consumer mutating a vector must not alter a sibling.
      return texts.map((text) => Float32Array.from(vectors.get(text)!));
    },
  };
  return cached;
}

/** A stored vector, or null when absent, truncated, of another dimension or otherwise unreadable. */
async function readEntry(fs: CacheFileSystem, path: string, dimension: number): Promise<Float32Array | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch {
    return null;
  }
  if (bytes.byteLength !== HEADER_BYTES + dimension * 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT_VERSION) return null;
  if (view.getUint32(8, true) !== dimension) return null;
  const vector = new Float32Array(dimension);
  for (let d = 0; d < dimension; d++) vector[d] = view.getFloat32(HEADER_BYTES + d * 4, true);
  return vector;
}

async function writeEntry(fs: CacheFileSystem, path: string, vector: Float32Array): Promise<boolean> {
  const bytes = new Uint8Array(HEADER_BYTES + vector.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, vector.length, true);
  vector.forEach((value, d) => view.setFloat32(HEADER_BYTES + d * 4, value, true));
  const temporary = `${path}.${randomUUID()}.tmp`;
  try {
    await fs.mkdir(dirname(path), { recursive: true });
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
    return true;
  } catch {
    await fs.unlink(temporary).catch(() => undefined);
    return false;
  }
}

async function mapLimited<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, worker));
  return results;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
