import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { encodeModel2Vec, loadModel2Vec, tokenIds } from '../../../src/embed/model2vec/index.js';

const FIXTURES = join(import.meta.dirname, '../../../../shared/models/model2vec-fixtures');
const LONG_TEXT = Array.from({ length: 1000 }, () => 'hello').join(' ');

function expected(file: string): number[] {
  const vectors = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as number[][];
  return vectors[0]!;
}

function maxRelativeError(actual: Float32Array, reference: readonly number[]): number {
  expect(actual.length).toBe(reference.length);
  return Math.max(...reference.map((value, i) => Math.abs(actual[i]! - value) / Math.abs(value)));
}

describe('Model2Vec exactness against the reference implementation', () => {
  it('float32 model: "hello world"', async () => {
    const model = await loadModel2Vec(join(FIXTURES, 'test-model-float32'));
    const [vector] = encodeModel2Vec(model, ['hello world']);
    expect(maxRelativeError(vector!, expected('embeddings_short.json'))).toBeLessThan(1e-5);
  });

  it('float32 model: 1,000 words, truncated as the reference truncates', async () => {
    const model = await loadModel2Vec(join(FIXTURES, 'test-model-float32'));
    expect(tokenIds(model, LONG_TEXT, 512)).toHaveLength(512);
    const [vector] = encodeModel2Vec(model, [LONG_TEXT]);
    expect(maxRelativeError(vector!, expected('embeddings_long.json'))).toBeLessThan(1e-5);
  });

  it('vocab-quantized model (mapping + weights): the long text', async () => {
    const model = await loadModel2Vec(join(FIXTURES, 'test-model-vocab-quantized'));
    expect(model.mapping).not.toBeNull();
    expect(model.weights).not.toBeNull();
    expect(model.rows).toBe(128);
    const [vector] = encodeModel2Vec(model, [LONG_TEXT]);
    expect(vector).toHaveLength(64);
    expect(maxRelativeError(vector!, expected('embeddings_vocab_quantized.json'))).toBeLessThan(1e-5);
  });

  it('batched encoding equals one-by-one encoding', async () => {
    const model = await loadModel2Vec(join(FIXTURES, 'test-model-vocab-quantized'));
    const texts = ['hello world', LONG_TEXT, 'The quick brown fox.', ''];
    const batched = encodeModel2Vec(model, texts);
    texts.forEach((text, i) => expect(batched[i]).toEqual(encodeModel2Vec(model, [text])[0]));
  });
});
