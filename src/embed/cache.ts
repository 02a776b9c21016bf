/**
 * An opt-in on-disk embedding cache. Each vector is one small file named by the hash of
 * (model id, language, text), so a re-run re-embeds only sentences that changed. Files are written
 * to a unique temporary name and renamed into place: rename is atomic, so concurrent runs sharing a
 * cache never see a half-written vector (the last writer wins with identical content).
 *
 * Every entry carries a checksum over its key and its vector: an entry damaged on disk (flipped
 * bytes at the right size, NaN) or copied under another name is re-embedded with a warning, never
 * used. An entry that is not a regular file (a FIFO, a link to a device) stops the run with one line.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FileAccessError, readRegularFile } from '../files/index.js';

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
  /** Told when entries were damaged and re-embedded (one message per call). */
  onWarning?: (message: string) => void;
}

export interface EmbeddingCacheStats {
  /** Texts served from disk. */
  hits: number;
  /** Texts the wrapped embedder had to embed. */
  misses: number;
  /** Entries that could not be written (e.g. a read-only cache folder); the run still succeeds. */
  writeErrors: number;
  /** Entries that failed their checksum (or held a non-finite value) and were re-embedded. */
  corrupt: number;
}

export interface CachedEmbedder extends Embedder {
  readonly stats: Readonly<EmbeddingCacheStats>;
}

const MAGIC = 0x56454141; // "AAEV", little-endian
// Version 2 added the checksum: version 1 entries live in another folder and are never read.
const FORMAT_VERSION = 2;
const CHECKSUM_BYTES = 8;
// magic, version, dimension, checksum
const HEADER_BYTES = 12 + CHECKSUM_BYTES;
const IO_CONCURRENCY = 32;

export function withEmbeddingCache(embedder: Embedder, options: EmbeddingCacheOptions): CachedEmbedder {
  const fs = options.fs ?? nodeCacheFileSystem;
  const modelId = options.modelId ?? embedder.name;
  const modelDir = join(options.dir, `v${FORMAT_VERSION}`, sha256(`${modelId}\u0000${embedder.dimension}`).slice(0, 32));
  const stats: EmbeddingCacheStats = { hits: 0, misses: 0, writeErrors: 0, corrupt: 0 };
  const entryKey = (lang: LanguageCode, text: string): string => `${modelId}\u0000${lang}\u0000${text}`;
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
      const found = await mapLimited(unique, (text) => readEntry(fs, entryPath(lang, text), entryKey(lang, text), embedder.dimension));
      const missing = unique.filter((_, i) => !(found[i] instanceof Float32Array));
      const corrupt = found.filter((entry) => entry === 'corrupt').length;
      if (corrupt > 0) {
        stats.corrupt += corrupt;
        options.onWarning?.(
          `${corrupt} embedding cache entr${corrupt === 1 ? 'y was' : 'ies were'} damaged (checksum mismatch); re-embedded and rewritten (cache: ${options.dir})`,
        );
      }
      const vectors = new Map<string, Float32Array>();
      unique.forEach((text, i) => {
        const entry = found[i];
        if (entry instanceof Float32Array) vectors.set(text, entry);
      });
      if (missing.length > 0) {
        const fresh = await embedder.embed(missing, lang);
        const written = await mapLimited(missing, (text, i) => writeEntry(fs, entryPath(lang, text), entryKey(lang, text), fresh[i]!));
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

/** The checksum stored in an entry: the first 8 bytes of SHA-256 over its key and its vector bytes. */
function checksum(key: string, payload: Uint8Array): Uint8Array {
  return createHash('sha256').update(key, 'utf8').update(payload).digest().subarray(0, CHECKSUM_BYTES);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A stored vector; null when absent or written by another format; 'corrupt' when it is there but
 * damaged (wrong size, bad checksum, a non-finite value). Throws when the entry is not a regular
 * file: a FIFO or a link to a device in the cache folder is refused, never read.
 */
async function readEntry(fs: CacheFileSystem, path: string, key: string, dimension: number): Promise<Float32Array | null | 'corrupt'> {
  const expected = HEADER_BYTES + dimension * 4;
  let bytes: Uint8Array;
  try {
    bytes = fs === nodeCacheFileSystem ? await readRegularFile(path, { maxBytes: expected * 4, what: 'embedding cache entry' }) : await fs.readFile(path);
  } catch (error) {
    if (error instanceof FileAccessError && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
      throw new FileAccessError(`${error.message}; remove it or clear the cache folder`, error.code);
    }
    return null;
  }
  if (bytes.byteLength < 12) return 'corrupt';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) return 'corrupt';
  if (view.getUint32(4, true) !== FORMAT_VERSION) return null;
  if (bytes.byteLength !== expected || view.getUint32(8, true) !== dimension) return 'corrupt';
  const payload = bytes.subarray(HEADER_BYTES);
  if (!sameBytes(bytes.subarray(12, HEADER_BYTES), checksum(key, payload))) return 'corrupt';
  const vector = new Float32Array(dimension);
  for (let d = 0; d < dimension; d++) {
    const value = view.getFloat32(HEADER_BYTES + d * 4, true);
    if (!Number.isFinite(value)) return 'corrupt';
    vector[d] = value;
  }
  return vector;
}

async function writeEntry(fs: CacheFileSystem, path: string, key: string, vector: Float32Array): Promise<boolean> {
  const bytes = new Uint8Array(HEADER_BYTES + vector.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, vector.length, true);
  vector.forEach((value, d) => view.setFloat32(HEADER_BYTES + d * 4, value, true));
  bytes.set(checksum(key, bytes.subarray(HEADER_BYTES)), 12);
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
