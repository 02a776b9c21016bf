/**
 * One entry point for every embedder. `lexical` (the default) is offline and ships with the
 * package; `model2vec` and `onnx` load a model the user has put on disk, never from the network.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

import type { Embedder, ProgressCallback } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import type { CacheFileSystem } from './cache.js';
import { EmbedderError, UnknownEmbedderError } from './errors.js';
import { createLexicalEmbedder } from './lexical/index.js';
import type { ModelFileSystem } from './model-files.js';
import type { TransformersLoader, TransformersModule } from './onnx/index.js';

import { EMBEDDER_KINDS, type EmbedderKind } from './kinds.js';

export { EMBEDDER_KINDS, type EmbedderKind } from './kinds.js';

export interface CreateEmbedderOptions {
  /** Checked at run time too: a string from the environment may name no embedder. */
  kind: EmbedderKind;
  /**
   * Model folder, or hub id looked up in `cacheDir` and the standard Hugging Face cache. Used by
   * model2vec and onnx; the lexical embedder ignores it.
   */
  model?: string;
  /** Searched first for models given by id; the embedding cache lives in `<cacheDir>/embeddings`. */
  cacheDir?: string;
  /** Cache sentence vectors on disk (opt-in). */
  cache?: boolean;
  onProgress?: ProgressCallback;
  /**
   * Environment variables (`HF_HUB_CACHE`, `HF_HOME`, `XDG_CACHE_HOME`) locating the standard caches.
   * Without it only `cacheDir` is searched, since the library does not read `process.env` itself.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Base for relative model paths (default: the process's working directory). */
  cwd?: string;
  /** Injectable file access for model loading. */
  fs?: ModelFileSystem;
  /** Injectable file access for the embedding cache. */
  cacheFs?: CacheFileSystem;
  /** Told when damaged embedding cache entries were re-embedded. */
  onWarning?: (message: string) => void;
  /** Injectable import of `@huggingface/transformers` (tests simulate its absence). */
  loadTransformers?: TransformersLoader;
}

const EXAMPLE_MODELS: Record<Exclude<EmbedderKind, 'lexical'>, string> = {
  model2vec: 'minishlab/potion-multilingual-128M',
  onnx: 'Xenova/LaBSE',
};

export async function createEmbedder(options: CreateEmbedderOptions): Promise<Embedder> {
  const kind: string = options.kind;
  if (!isEmbedderKind(kind)) throw new UnknownEmbedderError(kind, EMBEDDER_KINDS);
  const { embedder, modelId } = await buildEmbedder(kind, options);
  if (!options.cache) return embedder;
  const { withEmbeddingCache } = await import('./cache.js');
  return withEmbeddingCache(embedder, {
    dir: embeddingCacheDir(options),
    modelId,
    ...(options.cacheFs === undefined ? {} : { fs: options.cacheFs }),
    ...(options.onWarning === undefined ? {} : { onWarning: options.onWarning }),
  });
}

export function isEmbedderKind(kind: string): kind is EmbedderKind {
  return (EMBEDDER_KINDS as readonly string[]).includes(kind);
}

async function buildEmbedder(
  kind: EmbedderKind,
  options: CreateEmbedderOptions,
): Promise<{ embedder: Embedder; modelId: string }> {
  if (kind === 'lexical') {
    // A model set for the neural embedders (ALIGN_MODEL, a config file) must not block a lexical run.
    const embedder = createLexicalEmbedder();
    // The lexicon ships with the package, so the package version identifies it.
    return { embedder, modelId: `${embedder.name}@${TOOL_VERSION}` };
  }

  if (options.model === undefined || options.model.trim() === '') {
    throw new EmbedderError(
      'model-required',
      // Named as the CLI user gives it; library callers pass the same value as `model`.
      `the ${kind} embedder needs a model: pass --model <folder or hub id> (or set ALIGN_MODEL), e.g. --model ${EXAMPLE_MODELS[kind]}`,
    );
  }
  // Model loading (and the tokenizer library) loads only for the neural embedders.
  const [
    { defaultModelCacheDirs, modelFingerprint, nodeModelFileSystem, resolveModelDir },
    { createModel2VecEmbedder, MODEL2VEC_FILES, MODEL2VEC_FINGERPRINT_FILES },
    { createOnnxEmbedder, currentTransformersLoader, ONNX_FILES, ONNX_FINGERPRINT_FILES },
  ] = await Promise.all([import('./model-files.js'), import('./model2vec/index.js'), import('./onnx/index.js')]);
  const fs = options.fs ?? nodeModelFileSystem;
  // The optional runtime first: without it nothing else matters, and its own download cache is a
  // place a model may already be.
  const transformers: TransformersModule | undefined =
    kind === 'onnx' ? await (options.loadTransformers ?? currentTransformersLoader())() : undefined;
  const transformersCache = transformers?.env.cacheDir;
  const userCacheDirs = [
    ...(options.cacheDir === undefined ? [] : [options.cacheDir]),
    ...(options.env === undefined ? [] : defaultModelCacheDirs(options.env)),
  ];
  // transformers.js's cache sits inside node_modules: searched, never suggested.
  const cacheDirs = [...userCacheDirs, ...(typeof transformersCache === 'string' ? [transformersCache] : [])];
  const files = kind === 'model2vec' ? MODEL2VEC_FILES : ONNX_FILES;
  const dir = await resolveModelDir(options.model, {
    cacheDirs,
    suggestedCacheDir: userCacheDirs[0] ?? null,
    fs,
    label: kind === 'model2vec' ? 'Model2Vec' : 'ONNX',
    expectedFiles: files,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  const name = `${kind}:${options.model}`;
  const shared = { model: dir, name, fs, ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) };
  const embedder =
    kind === 'model2vec'
      ? await createModel2VecEmbedder(shared)
      : await createOnnxEmbedder({
          ...shared,
          loadTransformers: async () => transformers!,
        });
  const weights = kind === 'model2vec' ? MODEL2VEC_FINGERPRINT_FILES : ONNX_FINGERPRINT_FILES;
  return { embedder, modelId: `${name}|${dir}|${await modelFingerprint(dir, weights, fs)}` };
}

/** `<cacheDir>/embeddings`, else the user cache folder (`$XDG_CACHE_HOME` or `~/.cache`). */
export function embeddingCacheDir(options: Pick<CreateEmbedderOptions, 'cacheDir' | 'env'>): string {
  if (options.cacheDir !== undefined) return join(options.cacheDir, 'embeddings');
  const userCache = options.env?.XDG_CACHE_HOME || join(options.env?.HOME || homedir(), '.cache');
  return join(userCache, 'article-align', 'embeddings');
}
