import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { setTransformersLoader, transformersLoader } from '../../src/embed/index.js';
import type { AlignmentReport } from '../../src/types.js';
import { writeTinyBertModel } from '../embed/onnx/tiny-bert.js';
import { hasTransformers } from '../helpers/onnx-runtime.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

const EN = 'fixtures/binance/en.txt';
const IT = 'fixtures/binance/it.txt';
const FIXTURES = join(import.meta.dirname, '../../../shared/models/model2vec-fixtures');
const FLOAT32_MODEL = join(FIXTURES, 'test-model-float32');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'align-cli-embedder-'));
});

afterEach(() => {
  setTransformersLoader(transformersLoader());
});

describe('align --embedder', () => {
  it('rejects an unknown --embedder with the allowed choices and exit 2', async () => {
    const run = await runCli([EN, IT, '--embedder', 'word2vec']);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        "align: option '--embedder <kind>' argument 'word2vec' is invalid. Allowed choices are lexical, model2vec, onnx. (see 'align --help')\n",
    });
  });

  it('rejects an unknown ALIGN_EMBEDDER with exit 2', async () => {
    const run = await runCli([EN, IT], { env: { ALIGN_EMBEDDER: 'word2vec' } });
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'align: unknown embedder "word2vec" (expected one of: lexical, model2vec, onnx)\n',
    });
  });

  it('names a missing model folder and what belongs in it, exit 2', async () => {
    const missing = join(scratch, 'potion-multilingual-128M');
    const run = await runCli([EN, IT, '--embedder', 'model2vec', '--model', missing]);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `align: Model2Vec model folder ${missing} does not exist: put the model files (model.safetensors, tokenizer.json, config.json) there or pass another folder\n`,
    });
  });

  it.skipIf(!hasTransformers)('names a model id that is not cached and where to save it, without downloading, exit 2', async () => {
    const cacheDir = join(scratch, 'empty-cache');
    const run = await runCli([EN, IT, '--embedder', 'onnx', '--model', 'Xenova/LaBSE', '--cache-dir', cacheDir]);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `align: ONNX model "Xenova/LaBSE" is not on this machine (nothing is downloaded): save its files (config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx) to ${join(cacheDir, 'Xenova', 'LaBSE')}, or to any folder and pass that folder as the model\n`,
    });
  });

  it('asks for a model when a neural embedder has none, exit 2', async () => {
    const run = await runCli([EN, IT, '--embedder', 'model2vec']);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'align: the model2vec embedder needs a model: pass --model <folder or hub id> (or set ALIGN_MODEL), e.g. --model minishlab/potion-multilingual-128M\n',
    });
  });

  it('says what to install when @huggingface/transformers is missing, exit 2', async () => {
    const model = join(scratch, 'tiny-onnx');
    await writeTinyBertModel(model);
    setTransformersLoader(transformersLoader('@huggingface/transformers-not-installed'));
    const run = await runCli([EN, IT, '--embedder', 'onnx', '--model', model]);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'align: the onnx embedder needs the optional package @huggingface/transformers, which is not installed: run `npm install @huggingface/transformers`\n',
    });
  });

  it('aligns with --embedder model2vec --model <folder>', async () => {
    const run = await runCli([EN, IT, '--embedder', 'model2vec', '--model', FLOAT32_MODEL, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.exitCode);
    const report = JSON.parse(run.stdout) as AlignmentReport;
    expect(report.embedder).toBe(`model2vec:${FLOAT32_MODEL}`);
    expect(report.alignment.beads.length).toBeGreaterThan(0);
    expect(report.source.sentences.length).toBeGreaterThan(0);
  });

  it('takes the embedder and model from ALIGN_EMBEDDER / ALIGN_MODEL', async () => {
    const run = await runCli([EN, IT, '--format', 'json'], {
      env: { ALIGN_EMBEDDER: 'model2vec', ALIGN_MODEL: FLOAT32_MODEL },
    });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AlignmentReport).embedder).toBe(`model2vec:${FLOAT32_MODEL}`);
  });

  it.skipIf(!hasTransformers)('aligns through the onnx embedder on a generated model', async () => {
    const model = join(scratch, 'tiny-onnx-ok');
    await writeTinyBertModel(model, { pooling: 'mean', maxLength: 128 });
    const run = await runCli([EN, IT, '--embedder', 'onnx', '--model', model, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AlignmentReport).embedder).toBe(`onnx:${model}`);
  });

  it('--cache stores sentence vectors under --cache-dir and a re-run gives the same report', async () => {
    const cacheDir = join(scratch, 'cli-cache');
    const argv = [EN, IT, '--embedder', 'model2vec', '--model', FLOAT32_MODEL, '--format', 'json', '--cache', '--cache-dir', cacheDir];
    const first = await runCli(argv);
    const entries = readdirSync(join(cacheDir, 'embeddings'), { recursive: true }).filter((name) => String(name).endsWith('.f32'));
    const report = JSON.parse(first.stdout) as AlignmentReport;
    const sentences = new Set([...report.source.sentences, ...report.target.sentences].map((s) => s.text));
    expect(entries.length).toBeGreaterThanOrEqual(sentences.size);
    const second = await runCli(argv);
    expect(second).toEqual(first);
  });

  it('resolves a relative --model against the working directory', async () => {
    const run = await runCli([join(PROJECT_ROOT, EN), join(PROJECT_ROOT, IT), '--embedder', 'model2vec', '--model', 'test-model-float32', '--format', 'json'], {
      cwd: FIXTURES,
    });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AlignmentReport).embedder).toBe('model2vec:test-model-float32');
  });

  it('finds a model id in the Hugging Face cache named by HF_HUB_CACHE', async () => {
    const hub = join(scratch, 'hub');
    const snapshot = join(hub, 'models--minishlab--toy', 'snapshots', 'rev1');
    mkdirSync(snapshot, { recursive: true });
    mkdirSync(join(hub, 'models--minishlab--toy', 'refs'));
    writeFileSync(join(hub, 'models--minishlab--toy', 'refs', 'main'), 'rev1');
    for (const file of ['model.safetensors', 'tokenizer.json', 'config.json']) {
      symlinkSync(join(FLOAT32_MODEL, file), join(snapshot, file));
    }
    const run = await runCli([EN, IT, '--format', 'json'], {
      env: { ALIGN_EMBEDDER: 'model2vec', ALIGN_MODEL: 'minishlab/toy', HF_HUB_CACHE: hub },
    });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as AlignmentReport).embedder).toBe('model2vec:minishlab/toy');
  });
});
