import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdir, readFile, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { withEmbeddingCache } from '../../src/embed/cache.js';
import type { Embedder } from '../../src/types.js';

/** A deterministic embedder that records every text it is asked to embed. */
function countingEmbedder(name = 'fake', dimension = 8): Embedder & { calls: string[] } {
  const calls: string[] = [];
  return {
    name,
    dimension,
    calls,
    async embed(texts, lang) {
      calls.push(...texts);
      return texts.map((text) =>
        Float32Array.from({ length: dimension }, (_, d) => Math.sin((text.length + 1) * (d + 1) + lang.length) + d / 3),
      );
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'align-cache-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('withEmbeddingCache', () => {
  it('embeds on a miss, serves the same vectors from disk on a hit', async () => {
    const dir = join(root, 'hit-miss');
    const inner = countingEmbedder();
    const texts = ['One sentence.', 'Another one.', 'One sentence.'];
    const first = withEmbeddingCache(inner, { dir });
    const fresh = await first.embed(texts, 'en');
    expect(inner.calls).toEqual(['One sentence.', 'Another one.']);
    expect(first.stats).toEqual({ hits: 0, misses: 2, writeErrors: 0, corrupt: 0 });

    const second = withEmbeddingCache(countingEmbedder(), { dir });
    const cached = await second.embed(texts, 'en');
    expect(second.stats).toEqual({ hits: 2, misses: 0, writeErrors: 0, corrupt: 0 });
    expect(cached.map((v) => Array.from(v))).toEqual(fresh.map((v) => Array.from(v)));
    expect(second.name).toBe('fake');
    expect(second.dimension).toBe(8);
  });

  it('re-embeds only the sentences that changed', async () => {
    const dir = join(root, 'changed');
    await withEmbeddingCache(countingEmbedder(), { dir }).embed(['A.', 'B.', 'C.'], 'en');
    const inner = countingEmbedder();
    const rerun = withEmbeddingCache(inner, { dir });
    await rerun.embed(['A.', 'B, edited.', 'C.'], 'en');
    expect(inner.calls).toEqual(['B, edited.']);
    expect(rerun.stats).toMatchObject({ hits: 2, misses: 1 });
  });

  it('keys entries by model id and language', async () => {
    const dir = join(root, 'keys');
    await withEmbeddingCache(countingEmbedder('model-a'), { dir }).embed(['Ciao.'], 'it');
    const otherModel = countingEmbedder('model-b');
    await withEmbeddingCache(otherModel, { dir }).embed(['Ciao.'], 'it');
    expect(otherModel.calls).toEqual(['Ciao.']);
    const otherLanguage = countingEmbedder('model-a');
    await withEmbeddingCache(otherLanguage, { dir }).embed(['Ciao.'], 'en');
    expect(otherLanguage.calls).toEqual(['Ciao.']);
    const newVersion = countingEmbedder('model-a');
    await withEmbeddingCache(newVersion, { dir, modelId: 'model-a@2' }).embed(['Ciao.'], 'it');
    expect(newVersion.calls).toEqual(['Ciao.']);
  });

  it('treats a truncated or foreign file as a miss and repairs it', async () => {
    const dir = join(root, 'corrupt');
    await withEmbeddingCache(countingEmbedder(), { dir }).embed(['Broken soon.'], 'en');
    const [file] = await listFiles(dir);
    const good = await readFile(file!);
    await writeFile(file!, good.subarray(0, 10));
    const inner = countingEmbedder();
    const vectors = await withEmbeddingCache(inner, { dir }).embed(['Broken soon.'], 'en');
    expect(inner.calls).toEqual(['Broken soon.']);
    expect(vectors[0]).toHaveLength(8);
    expect(await readFile(file!)).toEqual(good);
  });

  it('re-embeds an entry damaged in place at the same size (random bytes, NaN), with a warning', async () => {
    const dir = join(root, 'bitrot');
    const texts = ['Rotting soon.', 'Also rotting.'];
    const fresh = await countingEmbedder().embed(texts, 'en');
    await withEmbeddingCache(countingEmbedder(), { dir }).embed(texts, 'en');
    const files = await listFiles(dir);
    expect(files).toHaveLength(2);
    // One entry: random bytes over the vector; the other: a NaN in its first value.
    const random = await readFile(files[0]!);
    for (let i = 20; i < random.length; i += 1) random[i] = (i * 131 + 7) & 0xff;
    await writeFile(files[0]!, random);
    const nan = await readFile(files[1]!);
    new DataView(nan.buffer, nan.byteOffset, nan.byteLength).setFloat32(20, Number.NaN, true);
    await writeFile(files[1]!, nan);
    expect((await readFile(files[0]!)).length).toBe(20 + 8 * 4);

    const warnings: string[] = [];
    const inner = countingEmbedder();
    const cache = withEmbeddingCache(inner, { dir, onWarning: (message) => warnings.push(message) });
    const vectors = await cache.embed(texts, 'en');
    expect(vectors).toEqual(fresh);
    expect(inner.calls.sort()).toEqual([...texts].sort());
    expect(cache.stats.corrupt).toBe(2);
    expect(warnings).toEqual([expect.stringMatching(/^2 embedding cache entries were damaged \(checksum mismatch\); re-embedded/u)]);
    // Rewritten: the next run is served from disk without a warning.
    const again = withEmbeddingCache(countingEmbedder(), { dir, onWarning: (message) => warnings.push(message) });
    expect(await again.embed(texts, 'en')).toEqual(fresh);
    expect(again.stats.hits).toBe(2);
    expect(warnings).toHaveLength(1);
  });

  it('refuses an entry that is a FIFO or a link to a device, in one line', async () => {
    const dir = join(root, 'hostile');
    await withEmbeddingCache(countingEmbedder(), { dir }).embed(['Hostile.'], 'en');
    const [file] = await listFiles(dir);
    await rm(file!);
    await symlink('/dev/zero', file!);
    await expect(withEmbeddingCache(countingEmbedder(), { dir }).embed(['Hostile.'], 'en')).rejects.toThrow(
      /embedding cache entry\): is a device, not a regular file; remove it or clear the cache folder$/u,
    );
  });

  it('survives many concurrent writers of the same entries: every file whole, no temporaries left', async () => {
    const dir = join(root, 'concurrent');
    const texts = Array.from({ length: 150 }, (_, i) => `Sentence number ${i} of a long article.`);
    const reference = await countingEmbedder().embed(texts, 'en');
    const runs = Array.from({ length: 8 }, () => withEmbeddingCache(countingEmbedder(), { dir }).embed(texts, 'en'));
    for (const vectors of await Promise.all(runs)) {
      expect(vectors.map((v) => Array.from(v))).toEqual(reference.map((v) => Array.from(v)));
    }
    const files = await listFiles(dir);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files).toHaveLength(texts.length);
    const reader = countingEmbedder();
    const reread = await withEmbeddingCache(reader, { dir }).embed(texts, 'en');
    expect(reader.calls).toEqual([]);
    expect(reread.map((v) => Array.from(v))).toEqual(reference.map((v) => Array.from(v)));
  });

  it('survives concurrent runs in separate processes', async () => {
    const dir = join(root, 'processes');
    const run = promisify(execFile);
    const script = join(import.meta.dirname, 'cache-writer.ts');
    const outputs = await Promise.all(
      Array.from({ length: 3 }, () => run(process.execPath, ['--import', 'tsx', script, dir, '400'], { cwd: join(import.meta.dirname, '../..') })),
    );
    for (const { stdout } of outputs) expect(JSON.parse(stdout)).toMatchObject({ count: 400 });
    const files = await listFiles(dir);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files).toHaveLength(400);
    const vectors = await withEmbeddingCache(countingEmbedder('fake', 64), { dir }).embed(
      Array.from({ length: 400 }, (_, i) => `Sentence number ${i} of a long article.`),
      'en',
    );
    vectors.forEach((vector, i) => {
      const length = `Sentence number ${i} of a long article.`.length;
      expect(vector[3]).toBeCloseTo(Math.cos(length * 4), 6);
    });
  }, 20_000);

  it('still returns vectors when the cache folder cannot be written', async () => {
    const blocker = join(root, 'not-a-folder');
    await writeFile(blocker, 'a file where the cache folder should be');
    const cached = withEmbeddingCache(countingEmbedder(), { dir: blocker });
    const vectors = await cached.embed(['Still works.'], 'en');
    expect(vectors).toHaveLength(1);
    expect(cached.stats.writeErrors).toBe(1);
  });
});
