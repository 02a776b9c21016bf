import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createEmbedder, type CreateEmbedderOptions } from '../embed/index.js';
import type { Embedder } from '../types.js';
import { checkPair, type PairSettings } from './check-pair.js';
import type { BatchResult, PairOutcome, PairSpec } from './types.js';

/** Embedder settings a worker rebuilds its own embedder from (functions cannot cross threads). */
export type WorkerEmbedderOptions = Pick<CreateEmbedderOptions, 'kind' | 'model' | 'cacheDir' | 'cache' | 'env' | 'cwd'>;

export interface WorkerInit {
  settings: PairSettings;
  embedder: WorkerEmbedderOptions;
}

export interface WorkerTask {
  index: number;
  pair: PairSpec;
}

export interface WorkerReply {
  index: number;
  outcome: PairOutcome;
}

export interface RunBatchOptions {
  pairs: readonly PairSpec[];
  settings: PairSettings;
  embedder: WorkerEmbedderOptions;
  /** Worker threads; default: the number of cores. 1 runs in this thread. */
  jobs?: number;
  /** Called once per finished pair, in completion order. */
  onOutcome?: (outcome: PairOutcome, done: number, total: number) => void;
}

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * How to start a worker from the module at `moduleUrl`: the built package runs `worker.js` directly;
 * from TypeScript sources (tests, `tsx`) a tiny bootstrap loads `worker.ts` through tsx, since
 * Node 20 does not apply `--import tsx` inside worker threads.
 */
export function workerEntry(moduleUrl: string): { script: string | URL; eval: boolean } {
  if (!moduleUrl.endsWith('.ts')) return { script: new URL('./worker.js', moduleUrl), eval: false };
  const tsxApi = pathToFileURL(resolveTsxEsmApi(moduleUrl)).href;
  const workerUrl = new URL('./worker.ts', moduleUrl).href;
  const script = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(moduleUrl)}))`;
  return { script, eval: true };
}

/** tsx's ESM API entry, read from its package exports (require.resolve would give the CJS build). */
function resolveTsxEsmApi(moduleUrl: string): string {
  const require = createRequire(moduleUrl);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports?: Record<string, { import?: { default?: string } | string }> };
  const entry = manifest.exports?.['./esm/api']?.import;
  const relativeEntry = typeof entry === 'string' ? entry : (entry?.default ?? './dist/esm/api/index.mjs');
  return join(dirname(manifestPath), relativeEntry);
}

function startWorker(init: WorkerInit): Worker {
  const entry = workerEntry(import.meta.url);
  return new Worker(entry.script, { eval: entry.eval, workerData: init });
}

async function runInThread(options: RunBatchOptions, outcomes: PairOutcome[]): Promise<void> {
  let embedder: Embedder | undefined;
  let startupError: string | undefined;
  try {
    embedder = await createEmbedder(options.embedder);
  } catch (error) {
    startupError = error instanceof Error ? error.message : String(error);
  }
  for (const [index, pair] of options.pairs.entries()) {
    const outcome =
      embedder === undefined ? { pair, error: startupError ?? 'embedder unavailable', durationMs: 0 } : await checkPair(pair, options.settings, embedder);
    outcomes[index] = outcome;
    options.onOutcome?.(outcome, index + 1, options.pairs.length);
  }
}

async function runInWorkers(options: RunBatchOptions, jobs: number, outcomes: PairOutcome[]): Promise<void> {
  const total = options.pairs.length;
  let next = 0;
  let done = 0;
  const init: WorkerInit = { settings: options.settings, embedder: options.embedder };
  await new Promise<void>((resolve) => {
    const workers: Worker[] = [];
    let alive = jobs;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      for (const worker of workers) void worker.terminate();
      resolve();
    };
    const record = (index: number, outcome: PairOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      done += 1;
      options.onOutcome?.(outcome, done, total);
      if (done === total) finish();
    };
    const feed = (worker: Worker, state: { current?: number }): void => {
      if (next >= total) return;
      const index = next;
      next += 1;
      state.current = index;
      worker.postMessage({ index, pair: options.pairs[index]! } satisfies WorkerTask);
    };
    for (let slot = 0; slot < jobs; slot += 1) {
      const worker = startWorker(init);
      const state: { current?: number } = {};
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        state.current = undefined;
        record(reply.index, reply.outcome);
        feed(worker, state);
      });
      // A crashed worker fails its current pair; the others carry on with the rest.
      worker.on('error', (error) => {
        if (state.current !== undefined) {
          const pair = options.pairs[state.current]!;
          record(state.current, { pair, error: `internal error: worker crashed: ${error.message}`, durationMs: 0 });
        }
        state.current = undefined;
      });
      worker.on('exit', () => {
        alive -= 1;
        if (alive > 0 || done >= total) return;
        for (let index = 0; index < total; index += 1) {
          record(index, { pair: options.pairs[index]!, error: 'internal error: no worker left to check this pair', durationMs: 0 });
        }
      });
      feed(worker, state);
    }
  });
}

/** Checks every pair, `jobs` at a time, and returns the outcomes in input order. */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), options.pairs.length || 1));
  const outcomes: PairOutcome[] = new Array<PairOutcome>(options.pairs.length);
  if (options.pairs.length > 0) {
    if (jobs === 1) await runInThread(options, outcomes);
    else await runInWorkers(options, jobs, outcomes);
  }
  return { outcomes, jobs, durationMs: Math.round(performance.now() - started) };
}
