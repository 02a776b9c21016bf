/**
 * Model2Vec static embeddings: a sentence vector is the (optionally weighted) mean of its tokens'
 * rows in an embedding table, then L2-normalised when the model's config asks for it. Tokenisation,
 * truncation and unknown-token handling follow the reference Python implementation (model2vec).
 */
import { Tokenizer } from '@huggingface/tokenizers';

import type { Embedder, LanguageCode, ProgressCallback } from '../../types.js';
import { InvalidModelError } from '../errors.js';
import {
  isRecord,
  nodeModelFileSystem,
  pathKind,
  readModelFile,
  readModelJson,
  resolveModelDir,
  type ModelFileSystem,
} from '../model-files.js';
import { parseSafetensors, tensorToFloat32, tensorToFloat64, tensorToInt32, type SafetensorsFile } from './safetensors.js';

export const MODEL2VEC_FILES = ['model.safetensors', 'tokenizer.json', 'config.json'] as const;

/** Files whose change changes the vectors (for cache keys). */
export const MODEL2VEC_FINGERPRINT_FILES: readonly string[] = [
  ...MODEL2VEC_FILES,
  'modules.json',
  '0_StaticEmbedding/model.safetensors',
  '0_StaticEmbedding/tokenizer.json',
];

/** The reference encoder's default `max_length` (tokens per text). */
export const DEFAULT_MAX_TOKENS = 512;

export interface Model2VecModel {
  /** Row-major `[rows, dimension]` table. */
  readonly embeddings: Float32Array;
  readonly rows: number;
  readonly dimension: number;
  /** Vocab-quantized models: per-token weight, indexed by token id. */
  readonly weights: Float64Array | null;
  /** Vocab-quantized models: token id → row of `embeddings`. */
  readonly mapping: Int32Array | null;
  readonly tokenizer: Tokenizer;
  /** Dropped from every encoding, as the reference does (matters for word-level vocabularies). */
  readonly unknownTokenId: number | null;
  /** Median vocabulary token length in characters, used to pre-truncate long texts. */
  readonly medianTokenLength: number;
  readonly normalize: boolean;
  /** Arithmetic of the pooled mean: float64 when float64 weights scale the rows, else float32. */
  readonly arithmetic: 'float32' | 'float64';
}

export interface LoadModel2VecOptions {
  fs?: ModelFileSystem;
}

/** Loads a Model2Vec folder (`model.safetensors`, `tokenizer.json`, `config.json`). */
export async function loadModel2Vec(dir: string, options: LoadModel2VecOptions = {}): Promise<Model2VecModel> {
  const fs = options.fs ?? nodeModelFileSystem;
  const config = (await readModelJson(dir, 'config.json', fs, { optional: true })) ?? {};
  const modules = await readModelJson(dir, 'modules.json', fs, { optional: true });
  const weightsDir = await staticEmbeddingDir(dir, modules, fs);

  const tokenizerJson = await readModelJson(weightsDir, 'tokenizer.json', fs);
  const tokenizerConfig = (await readModelJson(weightsDir, 'tokenizer_config.json', fs, { optional: true })) ?? {};
  if (!isRecord(tokenizerJson) || !isRecord(tokenizerJson.model)) {
    throw new InvalidModelError(weightsDir, 'tokenizer.json has no "model" section');
  }
  let tokenizer: Tokenizer;
  try {
    tokenizer = new Tokenizer(tokenizerJson, isRecord(tokenizerConfig) ? tokenizerConfig : {});
  } catch (error) {
    throw new InvalidModelError(weightsDir, `tokenizer.json could not be loaded (${errorText(error)})`, { cause: error });
  }

  const safetensorsBytes = (await readModelFile(weightsDir, 'model.safetensors', fs))!;
  let file: SafetensorsFile;
  try {
    file = parseSafetensors(safetensorsBytes);
  } catch (error) {
    throw new InvalidModelError(weightsDir, `model.safetensors: ${errorText(error)}`, { cause: error });
  }
  const table = file.tensors.get('embeddings') ?? file.tensors.get('0') ?? file.tensors.get('embedding.weight');
  if (!table) throw new InvalidModelError(weightsDir, 'model.safetensors has no "embeddings" tensor');
  if (table.shape.length !== 2) throw new InvalidModelError(weightsDir, 'the "embeddings" tensor is not 2-D');
  const [rows, dimension] = table.shape as [number, number];
  const embeddings = tensorToFloat32(table);
  const weightsTensor = file.tensors.get('weights');
  const mappingTensor = file.tensors.get('mapping');
  const weights = weightsTensor ? tensorToFloat64(weightsTensor) : null;
  const mapping = mappingTensor ? tensorToInt32(mappingTensor) : null;

  const vocab = tokenizer.get_vocab(true);
  validateTables(weightsDir, { rows, vocabSize: maxId(vocab) + 1, weights, mapping });

  const unknownToken = tokenizerJson.model.unk_token;
  const unknownTokenId = typeof unknownToken === 'string' ? (vocab.get(unknownToken) ?? null) : null;

  return {
    embeddings,
    rows,
    dimension,
    weights,
    mapping,
    tokenizer,
    unknownTokenId,
    medianTokenLength: medianTokenLength(vocab.keys()),
    normalize: shouldNormalize(config, modules),
    arithmetic: weightsTensor?.dtype === 'F64' || table.dtype === 'F64' ? 'float64' : 'float32',
  };
}

export interface EncodeOptions {
  /** Tokens kept per text (after dropping unknown tokens); `null` keeps all. Default 512. */
  maxTokens?: number | null;
}

/** Encodes texts exactly as the reference `StaticModel.encode` does. */
export function encodeModel2Vec(
  model: Model2VecModel,
  texts: readonly string[],
  options: EncodeOptions = {},
): Float32Array[] {
  const maxTokens = options.maxTokens === undefined ? DEFAULT_MAX_TOKENS : options.maxTokens;
  return texts.map((text) => poolTokens(model, tokenIds(model, text, maxTokens)));
}

/** Token ids of a text: character pre-truncation, no special tokens, unknown tokens removed, cut to `maxTokens`. */
export function tokenIds(model: Model2VecModel, text: string, maxTokens: number | null): number[] {
  const input = maxTokens === null ? text : truncateCodePoints(text, maxTokens * model.medianTokenLength);
  let ids: number[] = model.tokenizer.encode(input, { add_special_tokens: false }).ids;
  if (model.unknownTokenId !== null) ids = ids.filter((id: number) => id !== model.unknownTokenId);
  return maxTokens === null ? ids : ids.slice(0, maxTokens);
}

/**
 * Mean pooling in the reference's arithmetic: numpy sums the rows one after another in the result
 * dtype, which is float32 for a float32 table and float64 once float64 weights take part. Rounding
 * like it makes long inputs (512 identical tokens) match to the last bit, not just to ~1e-5.
 */
function poolTokens(model: Model2VecModel, ids: readonly number[]): Float32Array {
  const { dimension, embeddings, mapping, weights } = model;
  const round = model.arithmetic === 'float32' ? Math.fround : (x: number) => x;
  const sum = new Float64Array(dimension);
  for (const id of ids) {
    const row = mapping ? mapping[id]! : id;
    const weight = weights ? weights[id]! : 1;
    const offset = row * dimension;
    for (let d = 0; d < dimension; d++) sum[d] = round(sum[d]! + round(embeddings[offset + d]! * weight));
  }
  // A text without known tokens embeds to the zero vector, as in the reference.
  const count = Math.max(ids.length, 1);
  let squares = 0;
  for (let d = 0; d < dimension; d++) {
    sum[d] = round(sum[d]! / count);
    squares = round(squares + round(sum[d]! * sum[d]!));
  }
  const norm = round(Math.sqrt(squares)) + 1e-32;
  const out = new Float32Array(dimension);
  for (let d = 0; d < dimension; d++) out[d] = model.normalize ? sum[d]! / norm : sum[d]!;
  return out;
}

export interface Model2VecEmbedderOptions {
  /** A model folder or a hub id found in `cacheDirs`. */
  model: string;
  cacheDirs?: readonly string[];
  fs?: ModelFileSystem;
  maxTokens?: number | null;
  onProgress?: ProgressCallback;
  /** Default `model2vec:<model>`. */
  name?: string;
  /** Base for a relative model path. */
  cwd?: string;
}

/** Its own stage name: the aligner reports coarser 'embed' progress around each call. */
export const PROGRESS_STAGE = 'embed (model2vec)';

const PROGRESS_CHUNK = 2048;

export async function createModel2VecEmbedder(options: Model2VecEmbedderOptions): Promise<Embedder> {
  const fs = options.fs ?? nodeModelFileSystem;
  const dir = await resolveModelDir(options.model, {
    cacheDirs: options.cacheDirs ?? [],
    fs,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    label: 'Model2Vec',
    expectedFiles: MODEL2VEC_FILES,
  });
  const model = await loadModel2Vec(dir, { fs });
  const encodeOptions: EncodeOptions = options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens };
  return {
    name: options.name ?? `model2vec:${options.model}`,
    dimension: model.dimension,
    async embed(texts: readonly string[], _lang: LanguageCode): Promise<Float32Array[]> {
      const out: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += PROGRESS_CHUNK) {
        out.push(...encodeModel2Vec(model, texts.slice(start, start + PROGRESS_CHUNK), encodeOptions));
        if (texts.length > PROGRESS_CHUNK) options.onProgress?.({ stage: PROGRESS_STAGE, done: out.length, total: texts.length });
      }
      return out;
    },
  };
}

/** Python slices strings by code point; JS strings are UTF-16, so count code points explicitly. */
function truncateCodePoints(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let count = 0;
  for (let index = 0; index < text.length; ) {
    if (count === limit) return text.slice(0, index);
    const code = text.codePointAt(index)!;
    index += code > 0xffff ? 2 : 1;
    count++;
  }
  return text;
}

/** `int(np.median(lengths))`: the mean of the two middle values for an even count, truncated. */
function medianTokenLength(tokens: Iterable<string>): number {
  const lengths = Array.from(tokens, (token) => codePointLength(token)).sort((a, b) => a - b);
  if (lengths.length === 0) return 1;
  const middle = lengths.length >> 1;
  const median = lengths.length % 2 ? lengths[middle]! : (lengths[middle - 1]! + lengths[middle]!) / 2;
  return Math.trunc(median);
}

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function shouldNormalize(config: unknown, modules: unknown): boolean {
  if (isRecord(config) && typeof config.normalize === 'boolean') return config.normalize;
  return Array.isArray(modules) && modules.some((m) => isRecord(m) && String(m.type).endsWith('.Normalize'));
}

/** Sentence-transformers folders keep the static table in the module listed by `modules.json`. */
async function staticEmbeddingDir(dir: string, modules: unknown, fs: ModelFileSystem): Promise<string> {
  if ((await pathKind(fs, `${dir}/model.safetensors`)) === 'file' || !Array.isArray(modules)) return dir;
  const staticModule = modules.find((m) => isRecord(m) && String(m.type).endsWith('.StaticEmbedding'));
  if (isRecord(staticModule) && typeof staticModule.path === 'string' && staticModule.path !== '.') {
    return `${dir}/${staticModule.path}`;
  }
  return dir;
}

function validateTables(
  dir: string,
  tables: { rows: number; vocabSize: number; weights: Float64Array | null; mapping: Int32Array | null },
): void {
  const { rows, vocabSize, weights, mapping } = tables;
  if (mapping) {
    if (mapping.length < vocabSize) throw new InvalidModelError(dir, `"mapping" has ${mapping.length} entries for ${vocabSize} tokens`);
    for (const row of mapping) {
      if (row < 0 || row >= rows) throw new InvalidModelError(dir, `"mapping" points to row ${row} of ${rows}`);
    }
  } else if (rows < vocabSize) {
    throw new InvalidModelError(dir, `"embeddings" has ${rows} rows for ${vocabSize} tokens`);
  }
  if (weights && weights.length < vocabSize) {
    throw new InvalidModelError(dir, `"weights" has ${weights.length} entries for ${vocabSize} tokens`);
  }
}

function maxId(vocab: ReadonlyMap<string, number>): number {
  let max = -1;
  for (const id of vocab.values()) if (id > max) max = id;
  return max;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
