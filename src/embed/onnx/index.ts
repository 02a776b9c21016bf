/**
 * ONNX transformer sentence encoders (LaBSE, multilingual-e5, paraphrase-multilingual-MiniLM …)
 * run through the optional `@huggingface/transformers` package, strictly from local files.
 * Pooling follows the model's sentence-transformers modules (`1_Pooling/config.json`, `2_Dense`),
 * so the vectors are those the model was trained to produce; they are always L2-normalised.
 */
import { join } from 'node:path';

import type { Embedder, LanguageCode, ProgressCallback } from '../../types.js';
import { EmbedderError, InvalidModelError, MissingDependencyError } from '../errors.js';
import {
  isRecord,
  nodeModelFileSystem,
  pathKind,
  readModelFile,
  readModelJson,
  resolveModelDir,
  type ModelFileSystem,
} from '../model-files.js';
import { parseSafetensors, tensorToFloat32 } from '../model2vec/safetensors.js';

export const TRANSFORMERS_PACKAGE = '@huggingface/transformers';
export const ONNX_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'] as const;

/** The slice of the transformers.js API this module uses (typed structurally: the package is optional). */
export interface TransformersTensor {
  readonly data: ArrayLike<number | bigint>;
  readonly dims: readonly number[];
}
export interface TransformersTokenizer {
  (texts: string[], options: { padding: boolean; truncation: boolean; max_length?: number }): Record<
    string,
    TransformersTensor
  >;
  readonly model_max_length?: number;
}
export type TransformersModel = (inputs: Record<string, TransformersTensor>) => Promise<Record<string, TransformersTensor>>;
export interface TransformersModule {
  env: {
    allowRemoteModels: boolean;
    allowLocalModels: boolean;
    useFSCache?: boolean;
    useBrowserCache?: boolean;
    logLevel?: number;
    /** Where transformers.js itself caches downloads (`<cacheDir>/<org>/<name>/`). */
    cacheDir?: string | null;
  };
  AutoTokenizer: { from_pretrained(path: string, options: Record<string, unknown>): Promise<TransformersTokenizer> };
  AutoModel: {
    from_pretrained(path: string, options: Record<string, unknown>): Promise<TransformersModel & { dispose?(): Promise<unknown> }>;
  };
}

/** Loads `@huggingface/transformers`; injectable so tests can simulate a missing package. */
export type TransformersLoader = () => Promise<TransformersModule>;

/**
 * A loader importing `specifier` (default `@huggingface/transformers`). A package that is not
 * installed becomes a `MissingDependencyError` telling the user what to install.
 */
export function transformersLoader(specifier: string = TRANSFORMERS_PACKAGE): TransformersLoader {
  return async () => {
    try {
      return (await import(specifier)) as TransformersModule;
    } catch (error) {
      if (isModuleNotFound(error, specifier)) {
        throw new MissingDependencyError(TRANSFORMERS_PACKAGE, 'the onnx embedder', { cause: error });
      }
      throw new EmbedderError('model-runtime', `${TRANSFORMERS_PACKAGE} failed to load: ${errorText(error)}`, {
        cause: error,
      });
    }
  };
}

export const loadTransformers: TransformersLoader = transformersLoader();

/** The loader in effect: `setTransformersLoader`'s, else the real import. */
export function currentTransformersLoader(): TransformersLoader {
  return activeLoader;
}

let activeLoader: TransformersLoader = loadTransformers;

/**
 * Replaces how every onnx embedder created afterwards imports `@huggingface/transformers` (a vendored
 * build, or a test simulating a missing package through the CLI). Returns the previous loader.
 */
export function setTransformersLoader(loader: TransformersLoader): TransformersLoader {
  const previous = activeLoader;
  activeLoader = loader;
  return previous;
}

/** `pooler`: the model's own `pooler_output` (BERT's tanh-dense over [CLS]), as LaBSE is meant to be used. */
export type Pooling = 'mean' | 'cls' | 'max' | 'pooler';

export interface OnnxEmbedderOptions {
  /** A model folder or a hub id found in `cacheDirs`. */
  model: string;
  cacheDirs?: readonly string[];
  fs?: ModelFileSystem;
  onProgress?: ProgressCallback;
  /** Texts per forward pass (default 32). */
  batchSize?: number;
  /** Overrides the pooling read from the model folder. */
  pooling?: Pooling;
  /**
   * Text prepended to every input, e.g. `query: ` for multilingual-e5. Default: the model's own
   * prompt from `config_sentence_transformers.json` (its default prompt, else its `query` prompt).
   */
  prefix?: string;
  loadTransformers?: TransformersLoader;
  /** Default `onnx:<model>`. */
  name?: string;
  /** Base for a relative model path. */
  cwd?: string;
}

interface DenseLayer {
  readonly inFeatures: number;
  readonly outFeatures: number;
  /** Row-major `[outFeatures, inFeatures]`, as torch stores `nn.Linear.weight`. */
  readonly weight: Float32Array;
  readonly bias: Float32Array | null;
  readonly activation: 'tanh' | 'identity';
}

interface SentenceTransformerHead {
  pooling: Pooling;
  dense: DenseLayer[];
  /** Input prompt the model card prescribes, for models whose folder does not declare one. */
  prompt?: string;
}

/**
 * What the model cards of the supported families prescribe, used only when the folder lacks the
 * sentence-transformers files (ONNX conversions such as Xenova/LaBSE ship without them).
 */
const MODEL_CARD_DEFAULTS: ReadonlyArray<{ pattern: RegExp; pooling: Pooling; prompt?: string }> = [
  { pattern: /labse/i, pooling: 'pooler' },
  { pattern: /multilingual-e5|(^|[/_-])e5-/i, pooling: 'mean', prompt: 'query: ' },
];

/** Its own stage name: the aligner reports coarser 'embed' progress around each call. */
export const PROGRESS_STAGE = 'embed (onnx)';

export async function createOnnxEmbedder(options: OnnxEmbedderOptions): Promise<Embedder> {
  const fs = options.fs ?? nodeModelFileSystem;
  const transformers = await (options.loadTransformers ?? activeLoader)();
  const dir = await resolveModelDir(options.model, {
    cacheDirs: options.cacheDirs ?? [],
    fs,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    label: 'ONNX',
    expectedFiles: ONNX_FILES,
  });
  const config = await readModelJson(dir, 'config.json', fs);
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) {
    if ((await pathKind(fs, join(dir, file))) !== 'file') throw new InvalidModelError(dir, `${file} is missing`);
  }
  const dtype = await pickDtype(dir, fs);
  const identity = [dir, options.name ?? '', isRecord(config) ? String(config._name_or_path ?? '') : ''].join(' ');
  const head = await readHead(dir, fs, options.pooling, identity);

  // Local files only: never reach for the network, never write a download cache.
  transformers.env.allowRemoteModels = false;
  transformers.env.allowLocalModels = true;
  transformers.env.useFSCache = false;
  transformers.env.useBrowserCache = false;
  transformers.env.logLevel = 40;

  const loadOptions = { local_files_only: true, dtype, device: 'cpu', session_options: { logSeverityLevel: 3 } };
  let tokenizer: TransformersTokenizer;
  let model: TransformersModel;
  try {
    tokenizer = await transformers.AutoTokenizer.from_pretrained(dir, { local_files_only: true });
    model = await transformers.AutoModel.from_pretrained(dir, loadOptions);
  } catch (error) {
    throw new EmbedderError('model-runtime', `could not load the ONNX model at ${dir}: ${errorText(error)}`, {
      cause: error,
    });
  }

  const maxLength = sequenceLimit(tokenizer, config);
  const hiddenSize = isRecord(config) && typeof config.hidden_size === 'number' ? config.hidden_size : undefined;
  const lastDense = head.dense.at(-1);
  const batchSize = Math.max(1, options.batchSize ?? 32);
  const prefix = options.prefix ?? (await declaredPrompt(dir, fs)) ?? head.prompt ?? '';

  const embedBatch = async (texts: string[]): Promise<Float32Array[]> => {
    const inputs = tokenizer(
      texts.map((text) => prefix + text),
      maxLength === undefined ? { padding: true, truncation: true } : { padding: true, truncation: true, max_length: maxLength },
    );
    let outputs: Record<string, TransformersTensor>;
    try {
      outputs = await model(inputs);
    } catch (error) {
      throw new EmbedderError('model-runtime', `the ONNX model at ${dir} failed: ${errorText(error)}`, { cause: error });
    }
    if (head.pooling === 'pooler' && outputs.pooler_output) {
      return rowsOf(outputs.pooler_output).map((vector) => normalize(applyDense(vector, head.dense)));
    }
    const hidden = outputs.last_hidden_state ?? outputs.token_embeddings;
    const mask = inputs.attention_mask;
    if (!hidden || !mask) throw new InvalidModelError(dir, 'the ONNX model has no last_hidden_state output');
    // An export without pooler_output falls back to mean pooling, which still works for retrieval.
    const pooling = head.pooling === 'pooler' ? 'mean' : head.pooling;
    return poolBatch(hidden, mask, pooling).map((vector) => normalize(applyDense(vector, head.dense)));
  };

  return {
    name: options.name ?? `onnx:${options.model}`,
    dimension: lastDense?.outFeatures ?? hiddenSize ?? (await embedBatch(['dimension probe']))[0]!.length,
    async embed(texts: readonly string[], _lang: LanguageCode): Promise<Float32Array[]> {
      const out: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        out.push(...(await embedBatch(texts.slice(start, start + batchSize))));
        if (texts.length > batchSize) options.onProgress?.({ stage: PROGRESS_STAGE, done: out.length, total: texts.length });
      }
      return out;
    },
  };
}

/** The rows of a `[batch, width]` tensor. */
function rowsOf(tensor: TransformersTensor): Float32Array[] {
  const [batch, width] = tensor.dims as [number, number];
  return Array.from({ length: batch }, (_, b) =>
    Float32Array.from({ length: width }, (_, d) => Number(tensor.data[b * width + d])),
  );
}

/** Pools `[batch, tokens, hidden]` states over the tokens the attention mask keeps. */
export function poolBatch(
  hidden: TransformersTensor,
  mask: TransformersTensor,
  pooling: Exclude<Pooling, 'pooler'>,
): Float32Array[] {
  const [batch, tokens, width] = hidden.dims as [number, number, number];
  const vectors: Float32Array[] = [];
  for (let b = 0; b < batch; b++) {
    const vector = new Float32Array(width);
    if (pooling === 'cls') {
      for (let d = 0; d < width; d++) vector[d] = Number(hidden.data[b * tokens * width + d]);
      vectors.push(vector);
      continue;
    }
    let kept = 0;
    if (pooling === 'max') vector.fill(Number.NEGATIVE_INFINITY);
    for (let t = 0; t < tokens; t++) {
      if (Number(mask.data[b * tokens + t]) === 0) continue;
      kept++;
      const offset = (b * tokens + t) * width;
      for (let d = 0; d < width; d++) {
        const value = Number(hidden.data[offset + d]);
        vector[d] = pooling === 'max' ? Math.max(vector[d]!, value) : vector[d]! + value;
      }
    }
    if (pooling === 'mean') for (let d = 0; d < width; d++) vector[d]! /= Math.max(kept, 1);
    if (kept === 0) vector.fill(0);
    vectors.push(vector);
  }
  return vectors;
}

function applyDense(vector: Float32Array, layers: readonly DenseLayer[]): Float32Array {
  let current = vector;
  for (const layer of layers) {
    const next = new Float32Array(layer.outFeatures);
    for (let o = 0; o < layer.outFeatures; o++) {
      let sum = layer.bias ? layer.bias[o]! : 0;
      const row = o * layer.inFeatures;
      for (let i = 0; i < layer.inFeatures; i++) sum += layer.weight[row + i]! * current[i]!;
      next[o] = layer.activation === 'tanh' ? Math.tanh(sum) : sum;
    }
    current = next;
  }
  return current;
}

function normalize(vector: Float32Array): Float32Array {
  let squares = 0;
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let d = 0; d < vector.length; d++) vector[d]! /= norm;
  return vector;
}

/** Full precision when present, else the quantized exports common on the hub. */
const DTYPE_FILES: ReadonlyArray<[dtype: string, file: string]> = [
  ['fp32', 'model.onnx'],
  ['q8', 'model_quantized.onnx'],
  ['int8', 'model_int8.onnx'],
  ['uint8', 'model_uint8.onnx'],
  ['fp16', 'model_fp16.onnx'],
  ['q4', 'model_q4.onnx'],
];

/** Files whose change changes the vectors (for cache keys). */
export const ONNX_FINGERPRINT_FILES: readonly string[] = [
  'config.json',
  'tokenizer.json',
  'tokenizer_config.json',
  'modules.json',
  'config_sentence_transformers.json',
  '1_Pooling/config.json',
  '2_Dense/model.safetensors',
  ...DTYPE_FILES.map(([, file]) => `onnx/${file}`),
];

async function pickDtype(dir: string, fs: ModelFileSystem): Promise<string> {
  for (const [dtype, file] of DTYPE_FILES) {
    if ((await pathKind(fs, join(dir, 'onnx', file))) === 'file') return dtype;
  }
  throw new InvalidModelError(
    dir,
    `no ONNX weights found (expected onnx/model.onnx or one of ${DTYPE_FILES.slice(1).map(([, f]) => `onnx/${f}`).join(', ')})`,
  );
}

/** Reads sentence-transformers' `modules.json`: the Pooling mode and any Dense layers after it. */
async function readHead(
  dir: string,
  fs: ModelFileSystem,
  override: Pooling | undefined,
  identity: string,
): Promise<SentenceTransformerHead> {
  const modules = await readModelJson(dir, 'modules.json', fs, { optional: true });
  const entries = Array.isArray(modules) ? modules.filter(isRecord) : [];
  const poolingModule = entries.find((m) => String(m.type).endsWith('.Pooling'));
  const poolingPath = typeof poolingModule?.path === 'string' ? poolingModule.path : '1_Pooling';
  const poolingConfig = await readModelJson(join(dir, poolingPath), 'config.json', fs, { optional: true });
  const dense: DenseLayer[] = [];
  for (const module of entries.filter((m) => String(m.type).endsWith('.Dense'))) {
    dense.push(await readDense(join(dir, String(module.path)), fs));
  }
  if (poolingConfig === undefined && entries.length === 0) {
    const known = MODEL_CARD_DEFAULTS.find(({ pattern }) => pattern.test(identity));
    if (known) {
      return { pooling: override ?? known.pooling, dense, ...(known.prompt === undefined ? {} : { prompt: known.prompt }) };
    }
  }
  return { pooling: override ?? poolingFromConfig(poolingConfig), dense };
}

/** Sentence-transformers models may declare the prompt their inputs need (e5: `query: `). */
async function declaredPrompt(dir: string, fs: ModelFileSystem): Promise<string | undefined> {
  const config = await readModelJson(dir, 'config_sentence_transformers.json', fs, { optional: true });
  if (!isRecord(config) || !isRecord(config.prompts)) return undefined;
  const name = typeof config.default_prompt_name === 'string' ? config.default_prompt_name : 'query';
  const prompt = config.prompts[name];
  return typeof prompt === 'string' ? prompt : '';
}

function poolingFromConfig(config: unknown): Pooling {
  if (!isRecord(config)) return 'mean';
  if (config.pooling_mode_cls_token === true) return 'cls';
  if (config.pooling_mode_max_tokens === true) return 'max';
  if (config.pooling_mode === 'cls' || config.pooling_mode === 'max') return config.pooling_mode;
  return 'mean';
}

async function readDense(dir: string, fs: ModelFileSystem): Promise<DenseLayer> {
  const config = await readModelJson(dir, 'config.json', fs);
  if (!isRecord(config) || typeof config.in_features !== 'number' || typeof config.out_features !== 'number') {
    throw new InvalidModelError(dir, 'Dense config.json lacks in_features/out_features');
  }
  const activationName = String(config.activation_function ?? 'torch.nn.modules.linear.Identity');
  const activation = /Tanh$/.test(activationName) ? 'tanh' : /Identity$/.test(activationName) ? 'identity' : null;
  if (!activation) throw new InvalidModelError(dir, `unsupported Dense activation ${activationName}`);
  const bytes = await readModelFile(dir, 'model.safetensors', fs, { optional: true });
  if (!bytes) throw new InvalidModelError(dir, 'the Dense layer needs its weights as model.safetensors');
  const file = parseSafetensors(bytes);
  const weight = file.tensors.get('linear.weight');
  const bias = file.tensors.get('linear.bias');
  if (!weight || weight.shape[0] !== config.out_features || weight.shape[1] !== config.in_features) {
    throw new InvalidModelError(dir, 'the Dense layer weights do not match its config');
  }
  return {
    inFeatures: config.in_features,
    outFeatures: config.out_features,
    weight: tensorToFloat32(weight),
    bias: bias ? tensorToFloat32(bias) : null,
    activation,
  };
}

function sequenceLimit(tokenizer: TransformersTokenizer, config: unknown): number | undefined {
  const limits = [tokenizer.model_max_length, isRecord(config) ? config.max_position_embeddings : undefined].filter(
    (limit): limit is number => typeof limit === 'number' && Number.isFinite(limit) && limit > 0,
  );
  return limits.length ? Math.min(...limits) : undefined;
}

/** Only the package itself missing counts; a broken install (e.g. a missing inner file) is a runtime error. */
function isModuleNotFound(error: unknown, specifier: string): boolean {
  const code = isRecord(error) ? error.code : undefined;
  return code === 'ERR_MODULE_NOT_FOUND' && error instanceof Error && error.message.includes(`'${specifier}'`);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
