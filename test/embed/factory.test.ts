import { copyFile, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createEmbedder,
  EmbedderError,
  isEmbedderError,
  ModelNotFoundError,
  UnknownEmbedderError,
  type EmbedderKind,
} from '../../src/embed/index.js';
import { defaultModelCacheDirs } from '../../src/embed/model-files.js';
import { hasTransformers } from '../helpers/onnx-runtime.js';

const FIXTURES = join(import.meta.dirname, '../../../shared/models/model2vec-fixtures');
const FLOAT32_MODEL = join(FIXTURES, 'test-model-float32');
const MODEL2VEC_FILES = ['model.safetensors', 'tokenizer.json', 'config.json'];

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'align-factory-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(isEmbedderError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

describe('createEmbedder', () => {
  it('builds the offline lexical embedder by default kind', async () => {
    const embedder = await createEmbedder({ kind: 'lexical' });
    expect(embedder.name).toBe('lexical');
    const [vector] = await embedder.embed(['The cat sat on the mat.'], 'en');
    expect(vector).toHaveLength(embedder.dimension);
  });

  it('rejects an unknown kind with the list of known ones', async () => {
    const promise = createEmbedder({ kind: 'word2vec' as EmbedderKind });
    await expect(promise).rejects.toBeInstanceOf(UnknownEmbedderError);
    expect(await messageOf(createEmbedder({ kind: 'word2vec' as EmbedderKind }))).toBe(
      'unknown embedder "word2vec" (expected one of: lexical, model2vec, onnx)',
    );
  });

  it('asks for a model when a neural embedder has none', async () => {
    expect(await messageOf(createEmbedder({ kind: 'model2vec' }))).toBe(
      'the model2vec embedder needs a model: pass --model <folder or hub id> (or set ALIGN_MODEL), e.g. --model minishlab/potion-multilingual-128M',
    );
    expect(await messageOf(createEmbedder({ kind: 'onnx' }))).toBe(
      'the onnx embedder needs a model: pass --model <folder or hub id> (or set ALIGN_MODEL), e.g. --model Xenova/LaBSE',
    );
  });

  it('ignores a model for the lexical embedder (ALIGN_MODEL may be set for the neural ones)', async () => {
    const embedder = await createEmbedder({ kind: 'lexical', model: '/models/LaBSE' });
    expect(embedder.name).toBe('lexical');
  });

  it('names a missing model folder and what to put in it', async () => {
    const missing = join(root, 'no-such-model');
    const promise = createEmbedder({ kind: 'model2vec', model: missing });
    await expect(promise).rejects.toBeInstanceOf(ModelNotFoundError);
    expect(await messageOf(createEmbedder({ kind: 'model2vec', model: missing }))).toBe(
      `Model2Vec model folder ${missing} does not exist: put the model files (model.safetensors, tokenizer.json, config.json) there or pass another folder`,
    );
  });

  it.skipIf(!hasTransformers)('names a hub id that is not cached and where to save it, without downloading', async () => {
    const cacheDir = join(root, 'empty-cache');
    await mkdir(cacheDir);
    expect(
      await messageOf(createEmbedder({ kind: 'model2vec', model: 'minishlab/potion-multilingual-128M', cacheDir })),
    ).toBe(
      `Model2Vec model "minishlab/potion-multilingual-128M" is not on this machine (nothing is downloaded): save its files (model.safetensors, tokenizer.json, config.json) to ${join(cacheDir, 'minishlab', 'potion-multilingual-128M')}, or to any folder and pass that folder as the model`,
    );
    expect(await messageOf(createEmbedder({ kind: 'onnx', model: 'Xenova/LaBSE' }))).toBe(
      'ONNX model "Xenova/LaBSE" is not on this machine (nothing is downloaded): save its files (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) to a folder and pass that folder as the model',
    );
  });

  it('reports a model folder with a missing file as an invalid model', async () => {
    const dir = join(root, 'incomplete');
    await mkdir(dir);
    await writeFile(join(dir, 'config.json'), '{"normalize": true}');
    await symlink(join(FLOAT32_MODEL, 'tokenizer.json'), join(dir, 'tokenizer.json'));
    const error = await createEmbedder({ kind: 'model2vec', model: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbedderError);
    expect((error as EmbedderError).code).toBe('model-invalid');
    expect((error as Error).message).toBe(`invalid model at ${dir}: model.safetensors is missing`);
  });

  it('loads a model2vec folder given by path, relative to cwd', async () => {
    const embedder = await createEmbedder({ kind: 'model2vec', model: 'test-model-float32', cwd: FIXTURES });
    expect(embedder.dimension).toBe(2);
    expect(embedder.name).toBe('model2vec:test-model-float32');
  });

  it('finds a hub id in the Hugging Face cache layout (refs/main → snapshot)', async () => {
    const hub = join(root, 'hub');
    const snapshot = join(hub, 'models--minishlab--tiny', 'snapshots', 'abc123');
    await mkdir(snapshot, { recursive: true });
    await mkdir(join(hub, 'models--minishlab--tiny', 'refs'));
    await writeFile(join(hub, 'models--minishlab--tiny', 'refs', 'main'), 'abc123\n');
    for (const file of MODEL2VEC_FILES) await symlink(join(FLOAT32_MODEL, file), join(snapshot, file));

    const viaEnv = await createEmbedder({ kind: 'model2vec', model: 'minishlab/tiny', env: { HF_HUB_CACHE: hub } });
    const viaCacheDir = await createEmbedder({ kind: 'model2vec', model: 'minishlab/tiny', cacheDir: hub });
    const [a] = await viaEnv.embed(['hello world'], 'en');
    const [b] = await viaCacheDir.embed(['hello world'], 'en');
    expect(Array.from(a!)).toEqual(Array.from(b!));
    expect(a![0]).toBeCloseTo(-0.3934547, 6);
  });

  it('knows the standard cache folders', () => {
    expect(defaultModelCacheDirs({ HF_HOME: '/h', XDG_CACHE_HOME: '/x' }, '/home/u')).toEqual([
      '/h/hub',
      '/x/huggingface/hub',
      '/home/u/.cache/huggingface/hub',
    ]);
  });

  it('wraps the embedder in the on-disk cache with cache: true', async () => {
    const cacheDir = join(root, 'with-cache');
    const first = await createEmbedder({ kind: 'model2vec', model: FLOAT32_MODEL, cacheDir, cache: true });
    const second = await createEmbedder({ kind: 'model2vec', model: FLOAT32_MODEL, cacheDir, cache: true });
    const [a] = await first.embed(['hello world'], 'en');
    const [b] = await second.embed(['hello world'], 'en');
    expect(Array.from(b!)).toEqual(Array.from(a!));
    expect((second as unknown as { stats: { hits: number } }).stats.hits).toBe(1);
  });

  it('keys the cache by the model files, so replacing the model in place invalidates it', async () => {
    const dir = join(root, 'replaceable-model');
    await mkdir(dir);
    for (const file of MODEL2VEC_FILES) await copyFile(join(FLOAT32_MODEL, file), join(dir, file));
    const cacheDir = join(root, 'replaceable-cache');
    const stats = (embedder: unknown) => (embedder as { stats: { hits: number; misses: number } }).stats;

    const first = await createEmbedder({ kind: 'model2vec', model: dir, cacheDir, cache: true });
    await first.embed(['hello world'], 'en');
    const unchanged = await createEmbedder({ kind: 'model2vec', model: dir, cacheDir, cache: true });
    await unchanged.embed(['hello world'], 'en');
    expect(stats(unchanged)).toMatchObject({ hits: 1, misses: 0 });

    const later = new Date(Date.now() + 60_000);
    await utimes(join(dir, 'model.safetensors'), later, later);
    const replaced = await createEmbedder({ kind: 'model2vec', model: dir, cacheDir, cache: true });
    await replaced.embed(['hello world'], 'en');
    expect(stats(replaced)).toMatchObject({ hits: 0, misses: 1 });
  });
});
