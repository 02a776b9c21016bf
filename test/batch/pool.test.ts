import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { defaultJobs, idleCores, runBatch, workerEntry } from '../../src/batch/pool.js';
import type { PairSpec } from '../../src/batch/types.js';

// Every pair is checked in a worker thread, booted from the TypeScript sources: slow on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PAIRS: PairSpec[] = [
  { id: 'ransom', source: 'fixtures/batch/stories/en/ransom.txt', target: 'fixtures/batch/stories/it/ransom.txt' },
  { id: 'missing', source: 'fixtures/batch/stories/en/ransom.txt', target: 'fixtures/batch/stories/it/missing.txt' },
  { id: 'rates', source: 'fixtures/batch/stories/en/rates.md', target: 'fixtures/batch/stories/it/rates.md' },
];
const SETTINGS = { cwd: PROJECT_ROOT, inputFormat: 'auto' as const, maxBytes: 1_000_000, maxSentences: 10_000, presplit: false };

describe('workerEntry', () => {
  it('runs worker.js directly from the built package', () => {
    const entry = workerEntry('file:///pkg/dist/batch/pool.js');
    expect(entry).toEqual({ script: new URL('file:///pkg/dist/batch/worker.js'), eval: false });
  });

  it('runs the code-cached script from the bundle when the build made a cache for this Node', () => {
    const pkg = mkdtempSync(join(tmpdir(), 'align-worker-entry-'));
    try {
      mkdirSync(join(pkg, 'dist', 'bundle'), { recursive: true });
      mkdirSync(join(pkg, 'bin'));
      writeFileSync(join(pkg, 'bin', 'cached-bundle.js'), '');
      const poolUrl = pathToFileURL(join(pkg, 'dist', 'bundle', 'batch-X.js')).href;
      expect(workerEntry(poolUrl)).toEqual({ script: new URL('./worker.js', poolUrl), eval: false });
      writeFileSync(join(pkg, 'dist', 'bundle', `align.cjs.${process.versions.v8}-${process.arch}.cache`), '');
      const entry = workerEntry(poolUrl);
      expect(entry.eval).toBe(true);
      expect(entry.script).toContain(JSON.stringify(pathToFileURL(join(pkg, 'bin', 'cached-bundle.js')).href));
      expect(entry.script).toContain('runBatchWorker()');
    } finally {
      rmSync(pkg, { recursive: true, force: true });
    }
  });

  it('boots worker.ts through tsx when running from TypeScript sources', () => {
    const entry = workerEntry(new URL('../../src/batch/pool.ts', import.meta.url).href);
    expect(entry.eval).toBe(true);
    expect(entry.script).toMatch(/tsImport\(".*\/src\/batch\/worker\.ts"/u);
    expect(entry.script).toMatch(/tsx\/dist\/esm\/api\/index\.mjs/u);
  });
});

describe('defaultJobs', () => {
  it('keeps a small batch on one worker, however many cores (a worker costs its start-up)', () => {
    expect(defaultJobs(8, 8 * 4_000, 4)).toBe(1);
  });

  it('grows with the text, up to the cores and never past the pairs', () => {
    expect(defaultJobs(123, 557_000, 4)).toBe(2);
    expect(defaultJobs(123, 557_000, 64)).toBe(3);
    expect(defaultJobs(2, 50_000_000, 64)).toBe(2);
  });

  it('counts a worker as more than one core (V8 compiles and collects garbage beside it)', () => {
    expect(defaultJobs(123, 50_000_000, 1)).toBe(1);
    expect(defaultJobs(123, 50_000_000, 2)).toBe(1);
    expect(defaultJobs(123, 50_000_000, 3)).toBe(2);
    expect(defaultJobs(123, 50_000_000, 8)).toBe(5);
    expect(defaultJobs(0, 0, 4)).toBe(1);
  });
});

describe('idleCores', () => {
  it('counts the cores other processes leave free, at least one', () => {
    expect(idleCores(2, 0)).toBe(2);
    expect(idleCores(2, 0.3)).toBe(2);
    expect(idleCores(2, 1.2)).toBe(1);
    expect(idleCores(2, 6)).toBe(1);
    expect(idleCores(8, 3)).toBe(5);
  });
});

describe('runBatch', () => {
  it('with jobs 2 (two workers) keeps input order and isolates a broken pair', async () => {
    const seen: string[] = [];
    const result = await runBatch({
      pairs: PAIRS,
      jobs: 2,
      settings: SETTINGS,
      embedder: { kind: 'lexical' },
      onOutcome: (outcome, done, total) => seen.push(`${done}/${total}`),
    });
    expect(result.jobs).toBe(2);
    expect(result.outcomes.map((outcome) => outcome.pair.id)).toEqual(['ransom', 'missing', 'rates']);
    expect(result.outcomes[1]!.error).toBe('fixtures/batch/stories/it/missing.txt: no such file');
    expect(result.outcomes[0]!.report?.findings.map((finding) => finding.kind)).toEqual(['number-format']);
    expect(result.outcomes[2]!.report?.summary.verdict).toBe('clean');
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('gives the same reports with one worker as with two', async () => {
    const inThread = await runBatch({ pairs: PAIRS, jobs: 1, settings: SETTINGS, embedder: { kind: 'lexical' } });
    const inWorkers = await runBatch({ pairs: PAIRS, jobs: 2, settings: SETTINGS, embedder: { kind: 'lexical' } });
    expect(inThread.outcomes.map((o) => o.report ?? o.error)).toEqual(inWorkers.outcomes.map((o) => o.report ?? o.error));
  });

  it('reports an embedder that cannot start on every pair instead of crashing', async () => {
    const result = await runBatch({ pairs: PAIRS.slice(0, 1), jobs: 1, settings: SETTINGS, embedder: { kind: 'model2vec', model: '/nonexistent/model' } });
    expect(result.outcomes[0]!.error).toMatch(/model/iu);
  });

  it('blames a crash on the pair the worker was checking, even when Node reports the crash before the previous answer', async () => {
    // Node sends a worker's uncaught exception over its internal port, not the one postMessage uses,
    // so 'error' can overtake an answer posted just before (nodejs/node#59617); 'exit' comes only
    // after every message has been delivered. This stand-in worker does exactly that: it holds
    // ransom until missing arrives, then reports a crash on missing, then ransom's answer, then exit.
    const answer = (task: { index: number; pair: PairSpec }) => ({ type: 'done', index: task.index, outcome: { pair: task.pair, error: 'answered', durationMs: 0 } });
    const standIn = (): Worker => {
      const worker = new EventEmitter() as EventEmitter & { postMessage: (task: { index: number; pair: PairSpec }) => void; terminate: () => Promise<number> };
      let held: { index: number; pair: PairSpec } | undefined;
      let exited = false;
      const exit = (code: number) => {
        if (!exited) worker.emit('exit', code);
        exited = true;
      };
      worker.postMessage = (task) => {
        if (exited) return;
        if (task.pair.id === 'ransom') held = task;
        else if (task.pair.id === 'rates') setImmediate(() => worker.emit('message', answer(task)));
        else
          setImmediate(() => {
            worker.emit('error', new Error(`crashed on ${task.pair.id}`));
            worker.emit('message', answer(held!));
            exit(1);
          });
      };
      worker.terminate = () => {
        setImmediate(() => exit(1));
        return Promise.resolve(1);
      };
      setImmediate(() => worker.emit('message', { type: 'ready' }));
      return worker as unknown as Worker;
    };
    const result = await runBatch({ pairs: PAIRS, jobs: 1, settings: SETTINGS, embedder: { kind: 'lexical' }, startWorker: standIn });
    expect(result.outcomes.map((outcome) => outcome.error)).toEqual([
      'answered',
      'internal error: checking this pair crashed (crashed on missing); the other pairs were still checked',
      'answered',
    ]);
  });

  it('reports every pair, naming the cause, when no worker can start (never checks them unisolated)', async () => {
    const result = await runBatch({
      pairs: PAIRS,
      jobs: 2,
      settings: SETTINGS,
      embedder: { kind: 'lexical' },
      startWorker: () => new Worker('throw new Error("no such runtime")', { eval: true }),
    });
    expect(result.outcomes.map((outcome) => outcome.report?.summary.verdict ?? outcome.error)).toEqual(
      Array(3).fill('internal error: no worker could start (no such runtime)'),
    );
  });
});
