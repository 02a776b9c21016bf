import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createEmbedder } from '../../../src/embed/factory.js';
import { createOnnxEmbedder, loadTransformers, transformersLoader } from '../../../src/embed/onnx/index.js';
import { hasTransformers } from '../../helpers/onnx-runtime.js';
import { ATTENDED_BIAS, embeddingTable, HIDDEN, tinyBertOnnx, VOCAB, writeTinyBertModel } from './tiny-bert.js';

const itWithRuntime = it.skipIf(!hasTransformers);

const table = embeddingTable();
const id = (token: string): number => {
  const index = VOCAB.indexOf(token);
  if (index < 0) throw new Error(`no token ${token}`);
  return index;
};

/** The expected sentence vector from the table and hand-tokenised text: pooled, then L2-normalised. */
function expectedVector(tokens: string[], pooling: 'mean' | 'cls'): number[] {
  const rows = tokens.map((token) => table[id(token)]!.map((value, d) => value + ATTENDED_BIAS[d]!));
  const pooled =
    pooling === 'cls'
      ? rows[0]!
      : Array.from({ length: HIDDEN }, (_, d) => rows.reduce((sum, row) => sum + row[d]!, 0) / rows.length);
  const norm = Math.hypot(...pooled);
  return pooled.map((value) => value / norm);
}

function expectClose(actual: Float32Array, expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, d) => expect(actual[d]).toBeCloseTo(value, 5));
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'align-onnx-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('onnx embedder on a generated tiny BERT-shaped model', () => {
  it('the generated model is a few hundred bytes of real ONNX', () => {
    const bytes = tinyBertOnnx();
    expect(bytes.byteLength).toBeGreaterThan(200);
    expect(bytes.byteLength).toBeLessThan(4096);
  });

  itWithRuntime('mean-pools over the attention mask, across a padded batch', async () => {
    const dir = join(root, 'mean');
    await writeTinyBertModel(dir, { pooling: 'mean' });
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    expect(embedder.dimension).toBe(HIDDEN);
    expect(embedder.name).toBe(`onnx:${dir}`);
    const [short, long, italian] = await embedder.embed(
      ['The cat sat', 'the DOGS sat on the mat, xyz', 'il gatto'],
      'en',
    );
    expectClose(short!, expectedVector(['[CLS]', 'the', 'cat', 'sat', '[SEP]'], 'mean'));
    // "dogs" is split by WordPiece, "xyz" and "," are unknown: the padded rows of shorter texts must not count.
    expectClose(
      long!,
      expectedVector(['[CLS]', 'the', 'dog', '##s', 'sat', 'on', 'the', 'mat', '[UNK]', '[UNK]', '[SEP]'], 'mean'),
    );
    expectClose(italian!, expectedVector(['[CLS]', 'il', 'gatto', '[SEP]'], 'mean'));
  });

  itWithRuntime('uses CLS pooling when 1_Pooling/config.json says so', async () => {
    const dir = join(root, 'cls');
    await writeTinyBertModel(dir, { pooling: 'cls' });
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    const [vector] = await embedder.embed(['the cat sat on the mat'], 'en');
    expectClose(vector!, expectedVector(['[CLS]'], 'cls'));
  });

  itWithRuntime('applies a sentence-transformers Dense (tanh) layer after CLS pooling, as LaBSE does', async () => {
    const dir = join(root, 'dense');
    const weight = [
      [0.5, -0.25, 0.125, 0],
      [0, 1, 0, -0.5],
      [0.25, 0.25, 0.25, 0.25],
    ];
    const bias = [0.1, -0.2, 0.3];
    await writeTinyBertModel(dir, { pooling: 'cls', dense: { weight, bias } });
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    expect(embedder.dimension).toBe(3);
    const [vector] = await embedder.embed(['the cat'], 'en');
    const cls = table[id('[CLS]')]!.map((value, d) => value + ATTENDED_BIAS[d]!);
    const dense = weight.map((row, o) => Math.tanh(row.reduce((sum, w, i) => sum + w * cls[i]!, bias[o]!)));
    const norm = Math.hypot(...dense);
    expectClose(vector!, dense.map((value) => value / norm));
  });

  itWithRuntime("uses LaBSE's pooler_output when a LaBSE folder lacks sentence-transformers files", async () => {
    const dir = join(root, 'LaBSE-tiny');
    await writeTinyBertModel(dir, { pooler: true });
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    const [vector] = await embedder.embed(['the cat sat'], 'en');
    const pooled = table[id('[CLS]')]!.map((value, d) => Math.tanh(value + ATTENDED_BIAS[d]!));
    const norm = Math.hypot(...pooled);
    expectClose(vector!, pooled.map((value) => value / norm));
  });

  itWithRuntime('gives a multilingual-e5 folder its "query: " prompt and mean pooling', async () => {
    const dir = join(root, 'multilingual-e5-tiny');
    await writeTinyBertModel(dir);
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    const [vector] = await embedder.embed(['cat'], 'en');
    // "query" and ":" are not in the tiny vocabulary.
    expectClose(vector!, expectedVector(['[CLS]', '[UNK]', '[UNK]', 'cat', '[SEP]'], 'mean'));
  });

  itWithRuntime('defaults to mean pooling without sentence-transformers modules', async () => {
    const dir = join(root, 'plain');
    await writeTinyBertModel(dir);
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    const [vector] = await embedder.embed(['cat'], 'en');
    expectClose(vector!, expectedVector(['[CLS]', 'cat', '[SEP]'], 'mean'));
  });

  itWithRuntime("prepends the model's declared query prompt (as multilingual-e5 needs)", async () => {
    const dir = join(root, 'prompt');
    await writeTinyBertModel(dir, { pooling: 'mean', queryPrompt: 'the ' });
    const embedder = await createEmbedder({ kind: 'onnx', model: dir });
    const [vector] = await embedder.embed(['cat'], 'en');
    expectClose(vector!, expectedVector(['[CLS]', 'the', 'cat', '[SEP]'], 'mean'));
  });

  itWithRuntime('batches the inputs and reports progress', async () => {
    const dir = join(root, 'batches');
    await writeTinyBertModel(dir, { pooling: 'mean' });
    const events: Array<{ stage: string; done: number; total: number }> = [];
    const embedder = await createOnnxEmbedder({
      model: dir,
      batchSize: 2,
      onProgress: (event) => events.push(event),
    });
    const texts = ['the cat', 'il gatto', 'the mat', 'sul tappeto', 'the dog sat on the mat'];
    const vectors = await embedder.embed(texts, 'en');
    expect(events).toEqual([
      { stage: 'embed (onnx)', done: 2, total: 5 },
      { stage: 'embed (onnx)', done: 4, total: 5 },
      { stage: 'embed (onnx)', done: 5, total: 5 },
    ]);
    // Batching (and padding within a batch) does not change any vector.
    for (const [i, text] of texts.entries()) {
      const [alone] = await embedder.embed([text], 'en');
      Array.from(alone!).forEach((value, d) => expect(vectors[i]![d]).toBeCloseTo(value, 6));
    }
  });

  itWithRuntime("finds a model id in transformers.js's own download cache", async () => {
    const transformers = await loadTransformers();
    const previous = transformers.env.cacheDir;
    const cache = join(root, 'transformers-cache');
    await writeTinyBertModel(join(cache, 'Xenova', 'tiny-bert'), { pooling: 'mean' });
    transformers.env.cacheDir = cache;
    try {
      const embedder = await createEmbedder({ kind: 'onnx', model: 'Xenova/tiny-bert' });
      expect(embedder.name).toBe('onnx:Xenova/tiny-bert');
      const [vector] = await embedder.embed(['cat'], 'en');
      expectClose(vector!, expectedVector(['[CLS]', 'cat', '[SEP]'], 'mean'));
    } finally {
      transformers.env.cacheDir = previous ?? null;
    }
  });

  it('names the package to install when @huggingface/transformers is missing', async () => {
    const dir = join(root, 'no-dependency');
    await writeTinyBertModel(dir);
    await expect(
      createEmbedder({ kind: 'onnx', model: dir, loadTransformers: transformersLoader('@huggingface/transformers-absent') }),
    ).rejects.toThrow(
      'the onnx embedder needs the optional package @huggingface/transformers, which is not installed: run `npm install @huggingface/transformers`',
    );
  });

  itWithRuntime('rejects a folder without tokenizer_config.json with one clear line', async () => {
    const dir = join(root, 'no-tokenizer-config');
    await writeTinyBertModel(dir);
    await rm(join(dir, 'tokenizer_config.json'));
    await expect(createEmbedder({ kind: 'onnx', model: dir })).rejects.toThrow(
      `invalid model at ${dir}: tokenizer_config.json is missing`,
    );
  });

  itWithRuntime('rejects a folder without ONNX weights with one clear line', async () => {
    const dir = join(root, 'no-weights');
    await writeTinyBertModel(dir);
    await rm(join(dir, 'onnx'), { recursive: true });
    await expect(createEmbedder({ kind: 'onnx', model: dir })).rejects.toThrow(
      `invalid model at ${dir}: no ONNX weights found (expected onnx/model.onnx or one of onnx/model_quantized.onnx, onnx/model_int8.onnx, onnx/model_uint8.onnx, onnx/model_fp16.onnx, onnx/model_q4.onnx)`,
    );
  });
});
