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
  /** Pairs checked at once (this thread plus `jobs - 1` workers); default: the number of cores. */
  jobs?: number;
  /** Called once per finished pair, in completion order. */
  onOutcome?: (outcome: PairOutcome, done: number, total: number) => void;
  /** Starts one worker thread (default: `worker.js`/`worker.ts` next to this module); a seam for tests. */
  startWorker?: (init: WorkerInit) => Worker;
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

async function createEmbedderOrError(options: RunBatchOptions): Promise<{ embedder?: Embedder; error?: string }> {
  try {
    return { embedder: await createEmbedder(options.embedder) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Checks pairs `jobs` at a time: this thread takes its share while `jobs - 1` worker threads take
 * theirs, all from one queue, so no core waits for a worker to boot or for the main thread to
 * hand out work. Each worker holds a second task in reserve for the moments this thread is busy.
 */
async function runPool(options: RunBatchOptions, jobs: number, outcomes: PairOutcome[]): Promise<void> {
  const total = options.pairs.length;
  let next = 0;
  let done = 0;
  let allDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => {
    allDone = resolve;
  });
  const record = (index: number, outcome: PairOutcome): void => {
    if (outcomes[index] !== undefined) return;
    outcomes[index] = outcome;
    done += 1;
    options.onOutcome?.(outcome, done, total);
    if (done === total) allDone();
  };
  /** Pairs handed back by a worker that never started; served before the rest of the queue. */
  const retry: number[] = [];
  let wake: () => void = () => undefined;
  const take = (): number | undefined => retry.shift() ?? (next < total ? next++ : undefined);

  const workers: Worker[] = [];
  const init: WorkerInit = { settings: options.settings, embedder: options.embedder };
  for (let slot = 1; slot < jobs; slot += 1) {
    const worker = (options.startWorker ?? startWorker)(init);
    const inFlight = new Set<number>();
    let alive = true;
    const feed = (): void => {
      while (alive && inFlight.size < 2) {
        const index = take();
        if (index === undefined) return;
        inFlight.add(index);
        worker.postMessage({ index, pair: options.pairs[index]! } satisfies WorkerTask);
      }
    };
    let answered = 0;
    worker.on('message', (reply: WorkerReply) => {
      answered += 1;
      inFlight.delete(reply.index);
      record(reply.index, reply.outcome);
      feed();
    });
    // A worker that never started hands its pairs back to this thread; one that crashed on a pair
    // fails the pairs it held (retrying here could crash this thread too). The queue goes on.
    const fail = (message: string): void => {
      alive = false;
      for (const index of inFlight) {
        if (answered === 0) retry.push(index);
        else record(index, { pair: options.pairs[index]!, error: `internal error: ${message}`, durationMs: 0 });
      }
      inFlight.clear();
      wake();
    };
    worker.on('error', (error) => fail(`worker crashed: ${error.message}`));
    worker.on('exit', () => fail('worker stopped'));
    workers.push(worker);
    feed();
  }

  const local = await createEmbedderOrError(options);
  while (done < total) {
    const index = take();
    if (index === undefined) {
      // Nothing left to take: wait until the workers finish, or one hands pairs back.
      await Promise.race([finished, new Promise<void>((resolve) => (wake = resolve))]);
      continue;
    }
    const pair = options.pairs[index]!;
    record(
      index,
      local.embedder === undefined ? { pair, error: local.error ?? 'embedder unavailable', durationMs: 0 } : await checkPair(pair, options.settings, local.embedder),
    );
  }
  await Promise.all(workers.map((worker) => worker.terminate()));
}

/** Checks every pair, `jobs` at a time, and returns the outcomes in input order. */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), options.pairs.length || 1));
  const outcomes: PairOutcome[] = new Array<PairOutcome>(options.pairs.length);
  if (options.pairs.length > 0) {
    await runPool(options, jobs, outcomes);
  }
  return { outcomes, jobs, durationMs: Math.round(performance.now() - started) };
}
