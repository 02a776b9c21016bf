/**
 * The neural embedders `npm run eval:similarity` measures next to the lexical one. Real models are
 * supplied by the user through environment variables (a folder, or a hub id in a local cache):
 *
 *   ALIGN_MODEL2VEC_MODEL=~/models/potion-multilingual-128M npm run eval:similarity
 *   ALIGN_ONNX_MODEL=~/models/LaBSE npm run eval:similarity
 *
 * Two toy entries always run when ../shared and the dev dependencies are present, to prove the
 * plumbing end to end; their scores mean nothing (an English-only 2-dimensional Model2Vec fixture,
 * and a generated 16-token ONNX model).
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { createEmbedder } from '../src/embed/factory.js';
import type { Embedder } from '../src/types.js';

export interface SimilarityEmbedderEntry {
  name: string;
  load(): Promise<Embedder | null>;
  skipReason?: string;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const toyModel2Vec = resolve(projectRoot, '..', 'shared', 'models', 'model2vec-fixtures', 'test-model-float32');

function fromEnvironment(kind: 'model2vec' | 'onnx', variable: string, example: string): SimilarityEmbedderEntry {
  const model = process.env[variable];
  const entry: SimilarityEmbedderEntry = {
    name: model ? `${kind}:${model}` : kind,
    load: async () =>
      model ? createEmbedder({ kind, model, env: process.env, cwd: process.cwd(), onProgress: stderrProgress }) : null,
  };
  if (!model) entry.skipReason = `set ${variable} to a model folder or a locally cached hub id (e.g. ${example})`;
  return entry;
}

/** Progress on stderr so the results on stdout stay clean. */
function stderrProgress({ stage, done, total }: { stage: string; done: number; total: number }): void {
  if (process.stderr.isTTY) process.stderr.write(`\r${stage} ${done}/${total}${done === total ? '\r\u001b[2K' : ''}`);
}

export const similarityEmbedders: SimilarityEmbedderEntry[] = [
  fromEnvironment('model2vec', 'ALIGN_MODEL2VEC_MODEL', 'minishlab/potion-multilingual-128M'),
  fromEnvironment('onnx', 'ALIGN_ONNX_MODEL', 'Xenova/LaBSE'),
  {
    name: 'model2vec toy fixture (EN-only, 2-d)',
    ...(existsSync(toyModel2Vec) ? {} : { skipReason: `${toyModel2Vec} not found` }),
    load: async () => {
      const embedder = await createEmbedder({ kind: 'model2vec', model: toyModel2Vec });
      return { ...embedder, name: 'model2vec-toy (plumbing)', embed: embedder.embed.bind(embedder) };
    },
  },
  {
    name: 'onnx generated tiny model (16 tokens)',
    load: async () => {
      // Test-only helper (protobufjs is a dev dependency); a missing one skips this entry.
      const { writeTinyBertModel } = await import('../test/embed/onnx/tiny-bert.js');
      const dir = await mkdtemp(join(tmpdir(), 'align-tiny-onnx-'));
      await writeTinyBertModel(dir, { pooling: 'mean', maxLength: 64 });
      const embedder = await createEmbedder({ kind: 'onnx', model: dir });
      return { ...embedder, name: 'onnx-tiny (plumbing)', embed: embedder.embed.bind(embedder) };
    },
  },
];
