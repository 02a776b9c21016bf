import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createModel2VecEmbedder, encodeModel2Vec, loadModel2Vec, tokenIds } from '../../../src/embed/model2vec/index.js';

const FIXTURES = join(import.meta.dirname, '../../../../shared/models/model2vec-fixtures');
const FLOAT32_MODEL = join(FIXTURES, 'test-model-float32');

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'align-m2v-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The fixture's safetensors with its tensor renamed (sentence-transformers calls it `embedding.weight`). */
async function renamedSafetensors(from: string, to: string): Promise<Uint8Array> {
  const bytes = await readFile(join(FLOAT32_MODEL, 'model.safetensors'));
  const length = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + length).toString('utf8')) as Record<string, unknown>;
  header[to] = header[from];
  delete header[from];
  const json = Buffer.from(JSON.stringify(header));
  const out = Buffer.alloc(8 + json.length + bytes.length - 8 - length);
  out.writeBigUInt64LE(BigInt(json.length), 0);
  json.copy(out, 8);
  bytes.copy(out, 8 + json.length, 8 + length);
  return out;
}

describe('Model2Vec behaviour', () => {
  it('drops unknown tokens; a text of only unknown tokens embeds to the zero vector', async () => {
    const model = await loadModel2Vec(FLOAT32_MODEL);
    expect(model.unknownTokenId).toBe(model.tokenizer.token_to_id('[UNK]'));
    expect(tokenIds(model, '\u2603', 512)).toEqual([]);
    expect(Array.from(encodeModel2Vec(model, ['\u2603'])[0]!)).toEqual([0, 0]);
    expect(Array.from(encodeModel2Vec(model, [''])[0]!)).toEqual([0, 0]);
    expect(tokenIds(model, 'hello \u2603 world', 512)).toEqual(tokenIds(model, 'hello world', 512));
  });

  it('adds no special tokens and truncates to max tokens', async () => {
    const model = await loadModel2Vec(FLOAT32_MODEL);
    expect(tokenIds(model, 'hello world', 512)).toEqual([
      model.tokenizer.token_to_id('hello'),
      model.tokenizer.token_to_id('world'),
    ]);
    expect(tokenIds(model, 'hello world hello world', 3)).toHaveLength(3);
    expect(tokenIds(model, 'hello '.repeat(600), null)).toHaveLength(600);
  });

  it('leaves vectors unnormalised when the config says normalize: false', async () => {
    const dir = join(root, 'unnormalised');
    await mkdir(dir);
    await writeFile(join(dir, 'config.json'), JSON.stringify({ model_type: 'model2vec', normalize: false }));
    for (const file of ['model.safetensors', 'tokenizer.json']) await symlink(join(FLOAT32_MODEL, file), join(dir, file));
    const model = await loadModel2Vec(dir);
    const hello = model.tokenizer.token_to_id('hello')!;
    const [vector] = encodeModel2Vec(model, ['hello hello']);
    expect(Array.from(vector!)).toEqual([model.embeddings[hello * 2], model.embeddings[hello * 2 + 1]]);
  });

  it('loads the sentence-transformers layout (modules.json → 0_StaticEmbedding, embedding.weight)', async () => {
    const dir = join(root, 'sentence-transformers');
    await mkdir(join(dir, '0_StaticEmbedding'), { recursive: true });
    await writeFile(
      join(dir, 'modules.json'),
      JSON.stringify([
        { idx: 0, name: '0', path: '0_StaticEmbedding', type: 'sentence_transformers.models.StaticEmbedding' },
        { idx: 1, name: '1', path: '1_Normalize', type: 'sentence_transformers.models.Normalize' },
      ]),
    );
    await writeFile(join(dir, '0_StaticEmbedding', 'model.safetensors'), await renamedSafetensors('embeddings', 'embedding.weight'));
    await symlink(join(FLOAT32_MODEL, 'tokenizer.json'), join(dir, '0_StaticEmbedding', 'tokenizer.json'));
    const model = await loadModel2Vec(dir);
    const reference = await loadModel2Vec(FLOAT32_MODEL);
    expect(model.normalize).toBe(true);
    expect(encodeModel2Vec(model, ['hello world'])).toEqual(encodeModel2Vec(reference, ['hello world']));
  });

  it('reports progress when embedding many texts', async () => {
    const events: Array<{ stage: string; done: number; total: number }> = [];
    const embedder = await createModel2VecEmbedder({ model: FLOAT32_MODEL, onProgress: (event) => events.push(event) });
    const vectors = await embedder.embed(Array.from({ length: 5000 }, (_, i) => `hello world ${i}`), 'en');
    expect(vectors).toHaveLength(5000);
    expect(events).toEqual([
      { stage: 'embed (model2vec)', done: 2048, total: 5000 },
      { stage: 'embed (model2vec)', done: 4096, total: 5000 },
      { stage: 'embed (model2vec)', done: 5000, total: 5000 },
    ]);
  });
});
