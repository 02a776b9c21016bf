import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CreateEmbedderOptions } from '../embed/index.js';
import type { PairSettings } from './check-pair.js';
import type { BatchResult, PairOutcome, PairSpec } from './types.js';

/** Embedder settings a worker rebuilds its own embedder from (functions cannot cross threads). */
export type WorkerEmbedderOptions = Pick<CreateEmbedderOptions, 'kind' | 'model' | 'cacheDir' | 'cache' | 'env' | 'cwd'>;

export interface WorkerInit {
  settings: PairSettings;
  embedder: WorkerEmbedderOptions;
  /** TEST-ONLY fault injection (see test-faults.ts); undefined in real use. */
  testFault?: string;
}

export interface WorkerTask {
  index: number;
  pair: PairSpec;
}

export type WorkerMessage = { type: 'ready' } | { type: 'done'; index: number; outcome: PairOutcome };

export interface PoolOptions {
  settings: PairSettings;
  embedder: WorkerEmbedderOptions;
  /**
   * `--timeout` in milliseconds; default: none. The pipeline stops itself at that time; a worker
   * still busy a grace period later (a loop without checkpoints) is terminated and the pair reported.
   */
  timeoutMs?: number;
  /** Heap ceiling of each worker (V8 old generation), in MB; default: `defaultWorkerHeapMb()`. */
  workerHeapMb?: number;
  testFault?: string;
  /** Starts one worker thread (default: `worker.js`/`worker.ts` next to this module); a seam for tests. */
  startWorker?: (init: WorkerInit, resourceLimits: { maxOldGenerationSizeMb: number }) => Worker;
}

export interface RunBatchOptions extends PoolOptions {
  pairs: readonly PairSpec[];
  /** Worker threads checking pairs at once; default: `defaultJobs(pairs)`. */
  jobs?: number;
  /** Called once per finished pair, in completion order. */
  onOutcome?: (outcome: PairOutcome, done: number, total: number) => void;
}

/** The cores this process may use. */
export function coresOnOffer(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Cores not already busy with other processes (1-minute load average; 0 where the system has
 * none, as on Windows): the default `--jobs` never starts more workers than the machine can run,
 * since on a busy machine a second worker only adds its start-up and contention.
 */
export function idleCores(cores = coresOnOffer(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/**
 * A worker costs its start-up (loading modules and the lexicon, about the work of a few pairs);
 * a second one only pays when there is enough text for both. Measured with the built CLI: a worker
 * costs about 0.5 s of CPU to start, a pair about 7 ms of CPU per kB of text, so a second worker
 * pays from about 140 kB; one worker per 256 kB keeps small batches on one worker with a margin.
 */
export const BYTES_PER_DEFAULT_JOB = 256 * 1024;

/**
 * Cores one worker keeps busy: besides its own thread, V8 compiles hot code and marks its heap on
 * helper threads. With --jobs 1 the 123 NTREX pairs took 1.35–1.4 s of CPU per second of wall time
 * (2-core machine, 5 December 2026), and two workers on those 2 cores were slower than one, from 0.6
 * to 2.2 MB of text (docs/performance.md, fifth pass).
 */
export const CORES_PER_WORKER = 1.4;

/** Default `--jobs`: from the amount of text and the cores, never more workers than pairs. */
export function defaultJobs(pairCount: number, totalBytes: number, cores = coresOnOffer()): number {
  const byWork = Math.ceil(totalBytes / BYTES_PER_DEFAULT_JOB);
  const byCores = Math.floor(cores / CORES_PER_WORKER);
  return Math.max(1, Math.min(byCores, pairCount, byWork));
}

/**
 * Heap ceiling per worker: a share of the machine's memory by core (not by --jobs, so a pair that
 * runs out of memory does so whatever --jobs is), between 512 MB and 2 GB.
 */
export function defaultWorkerHeapMb(): number {
  const share = Math.floor(totalmem() / (1024 * 1024) / (2 * coresOnOffer()));
  return Math.max(512, Math.min(2048, share));
}

/**
 * How to start a worker from the module at `moduleUrl`: the built package runs `worker.js` directly;
 * from TypeScript sources (tests, `tsx`) a tiny bootstrap loads `worker.ts` through tsx, since
 * Node 20 does not apply `--import tsx` inside worker threads.
 */
export function workerEntry(moduleUrl: string): { script: string | URL; eval: boolean } {
  if (!moduleUrl.endsWith('.ts')) {
    const cached = cachedBundleWorker(moduleUrl);
    return cached === undefined ? { script: new URL('./worker.js', moduleUrl), eval: false } : { script: cached, eval: true };
  }
  const tsxApi = pathToFileURL(resolveTsxEsmApi(moduleUrl)).href;
  const workerUrl = new URL('./worker.ts', moduleUrl).href;
  const script = `import(${JSON.stringify(tsxApi)}).then((api) => api.tsImport(${JSON.stringify(workerUrl)}, ${JSON.stringify(moduleUrl)}))`;
  return { script, eval: true };
}

/**
 * From the bundled CLI (dist/bundle/) with a code cache built for this V8: a bootstrap that runs
 * the worker from the code-cached script (bin/cached-bundle.js), as bin/align.js does for a single
 * pair. The pipeline's functions then come compiled from the cache instead of each worker parsing
 * and compiling them as the first pairs run (~5 % of a 123-pair batch's CPU; docs/performance.md).
 */
function cachedBundleWorker(moduleUrl: string): string | undefined {
  const cache = new URL(`./align.cjs.${process.versions.v8}-${process.arch}.cache`, moduleUrl);
  const loader = new URL('../../bin/cached-bundle.js', moduleUrl);
  if (!existsSync(cache) || !existsSync(loader)) return undefined;
  return `import(${JSON.stringify(loader.href)}).then((loaded) => loaded.loadCachedBundle().exports.runBatchWorker())`;
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

function startWorkerThread(init: WorkerInit, resourceLimits: { maxOldGenerationSizeMb: number }): Worker {
  const entry = workerEntry(import.meta.url);
  // stdout is the report's: a worker must never print there.
  const worker = new Worker(entry.script, { eval: entry.eval, workerData: init, resourceLimits, stdout: true });
  // Drained, not shown: nothing a worker prints may mix into the report on stdout.
  worker.stdout.resume();
  return worker;
}

/** Why a worker died on a pair, worded the same whatever --jobs is (outputs must not differ). */
function describeWorkerDeath(error: Error | undefined, exitCode: number | undefined, heapMb: number): string {
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `ran out of memory (more than the ${heapMb} MB heap each pair may use); the other pairs were still checked`;
  }
  if (error !== undefined) return `internal error: checking this pair crashed (${error.message}); the other pairs were still checked`;
  return `internal error: checking this pair stopped its worker (exit code ${String(exitCode)}); the other pairs were still checked`;
}

/** How many workers may fail to start in a row before the batch stops trying. */
const MAX_BOOT_FAILURES = 3;

/**
 * Pairs a worker holds at most: the one it checks and the next, so that it starts the next as soon
 * as it is done instead of waiting for this thread to answer its result (two thread wake-ups, which
 * on a busy machine cost a few ms per pair).
 */
const PAIRS_IN_HAND = 2;

interface Slot {
  worker: Worker;
  ready: boolean;
  /**
   * The pairs sent to the worker, in the order it checks them one at a time: the first is the one
   * being checked (so a crash is always that pair's), the others wait and go back to the queue if
   * the worker dies.
   */
  tasks: Array<{ index: number; timer?: NodeJS.Timeout }>;
  /** Set once the slot has been dealt with (crash, timeout or shutdown), so it is not handled twice. */
  closed: boolean;
}

/**
 * Long-lived worker threads that check pairs one at a time. Every pair runs in a worker, also with
 * `--jobs 1`, so a pair that crashes, exhausts its heap or times out is reported as an error for
 * that pair, a fresh worker takes over, and results do not depend on `--jobs`. Workers start
 * warm-up as soon as they are asked for (`prestart`), while the caller is still finding pairs.
 */
export class BatchPool {
  private readonly slots = new Set<Slot>();
  private readonly heapMb: number;
  private stopped = false;
  private bootFailures = 0;
  private bootError: string | undefined;
  private onChange: () => void = () => undefined;

  constructor(private readonly options: PoolOptions) {
    this.heapMb = options.workerHeapMb ?? defaultWorkerHeapMb();
  }

  /** Starts workers now (up to `count` in all), so they warm up while pairs are being found. */
  prestart(count: number): void {
    while (!this.stopped && this.slots.size < count) this.spawn();
  }

  /** Checks `pairs` with `jobs` workers; outcomes in input order (holes only if stopped early). */
  async run(pairs: readonly PairSpec[], jobs: number, onOutcome?: (outcome: PairOutcome, done: number, total: number) => void): Promise<PairOutcome[]> {
    const outcomes = new Array<PairOutcome>(pairs.length);
    const total = pairs.length;
    let next = 0;
    /** Pairs handed back by a worker that died or timed out before starting them: sent again first. */
    const returned: number[] = [];
    let done = 0;
    const record = (index: number, outcome: PairOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      done += 1;
      onOutcome?.(outcome, done, total);
    };
    const pending = (): boolean => returned.length > 0 || next < total;
    const take = (): number => returned.shift() ?? next++;
    /** The worker's first pair is the one it checks now: from now on it may run out of time. */
    const startClock = (slot: Slot): void => {
      const task = slot.tasks[0];
      if (task === undefined || task.timer !== undefined || this.options.timeoutMs === undefined) return;
      const limitMs = this.options.timeoutMs;
      task.timer = setTimeout(() => {
        record(task.index, { pair: pairs[task.index]!, error: `took longer than the ${limitMs / 1000} s --timeout; stopped`, durationMs: limitMs });
        giveBack(slot);
        this.retire(slot);
        this.onChange();
      }, limitMs + Math.max(1000, limitMs / 10));
    };
    /** The pairs a retired worker held but had not started go back to the queue, in order. */
    const giveBack = (slot: Slot): void => {
      returned.unshift(...slot.tasks.slice(1).map((task) => task.index));
    };
    const dispatch = (): void => {
      if (this.stopped) return;
      // Fail whatever is left once workers keep dying at start-up: nothing can check them.
      if (this.bootError !== undefined) {
        while (pending()) {
          const index = take();
          record(index, { pair: pairs[index]!, error: `internal error: no worker could start (${this.bootError})`, durationMs: 0 });
        }
        return;
      }
      const active = [...this.slots].filter((slot) => !slot.closed);
      const wanted = Math.min(jobs, total - done);
      for (let count = active.length; count < wanted; count += 1) this.spawn();
      // Every idle worker gets a pair before any gets a second one.
      for (let inHand = 1; inHand <= PAIRS_IN_HAND; inHand += 1) {
        for (const slot of this.slots) {
          if (!pending()) return;
          if (slot.closed || !slot.ready || slot.tasks.length >= inHand) continue;
          const index = take();
          slot.tasks.push({ index });
          startClock(slot);
          slot.worker.postMessage({ index, pair: pairs[index]! } satisfies WorkerTask);
        }
      }
    };
    const finished = new Promise<void>((resolve) => {
      this.onChange = () => {
        if (done >= total || this.stopped) {
          resolve();
          return;
        }
        dispatch();
        if (done >= total) resolve();
      };
    });
    this.onDone = (slot, index, outcome) => {
      record(index, outcome);
      const position = slot.tasks.findIndex((task) => task.index === index);
      if (position >= 0) {
        if (slot.tasks[position]!.timer !== undefined) clearTimeout(slot.tasks[position]!.timer);
        slot.tasks.splice(position, 1);
      }
      startClock(slot);
    };
    this.onDeath = (slot, error, exitCode) => {
      const running = slot.tasks[0];
      if (running !== undefined) record(running.index, { pair: pairs[running.index]!, error: describeWorkerDeath(error, exitCode, this.heapMb), durationMs: 0 });
      giveBack(slot);
    };
    if (total === 0) return outcomes;
    this.onChange();
    await finished;
    this.onChange = () => undefined;
    return outcomes;
  }

  /** Stops every worker at once (after the run, or on SIGINT/SIGTERM: unfinished pairs stay holes). */
  async stop(): Promise<void> {
    this.stopped = true;
    const slots = [...this.slots];
    for (const slot of slots) this.retire(slot);
    this.onChange();
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }

  private onDone: (slot: Slot, index: number, outcome: PairOutcome) => void = () => undefined;
  private onDeath: (slot: Slot, error: Error | undefined, exitCode: number | undefined) => void = () => undefined;

  private spawn(): void {
    const init: WorkerInit = {
      settings: this.options.settings,
      embedder: this.options.embedder,
      ...(this.options.testFault === undefined ? {} : { testFault: this.options.testFault }),
    };
    const worker = (this.options.startWorker ?? startWorkerThread)(init, { maxOldGenerationSizeMb: this.heapMb });
    const slot: Slot = { worker, ready: false, tasks: [], closed: false };
    this.slots.add(slot);
    worker.on('message', (message: WorkerMessage) => {
      if (slot.closed) return;
      if (message.type === 'ready') {
        slot.ready = true;
        this.bootFailures = 0;
      } else {
        this.onDone(slot, message.index, message.outcome);
      }
      this.onChange();
    });
    const die = (error: Error | undefined, exitCode: number | undefined): void => {
      if (slot.closed) return;
      if (!slot.ready) {
        this.bootFailures += 1;
        if (this.bootFailures >= MAX_BOOT_FAILURES) this.bootError = error?.message ?? `exit code ${String(exitCode)}`;
      }
      this.onDeath(slot, error, exitCode);
      this.retire(slot);
      this.onChange();
    };
    // An uncaught exception travels on Node's internal port and may arrive before answers the
    // worker posted just before it (nodejs/node#59617): blaming tasks[0] then would name a pair
    // already done. Node delivers every message before 'exit', so the death is judged there.
    let deathError: Error | undefined;
    worker.on('error', (error) => {
      deathError ??= error;
    });
    worker.on('exit', (code) => die(deathError, deathError === undefined ? code : undefined));
  }

  /** Takes a slot out of service and stops its worker (a fresh one is started when work remains). */
  private retire(slot: Slot): void {
    for (const task of slot.tasks) if (task.timer !== undefined) clearTimeout(task.timer);
    slot.closed = true;
    slot.tasks = [];
    this.slots.delete(slot);
    void slot.worker.terminate().catch(() => undefined);
  }
}

/** Checks every pair in worker threads, `jobs` at a time, and returns the outcomes in input order. */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(options.pairs.length, Number.POSITIVE_INFINITY), options.pairs.length || 1));
  const pool = new BatchPool(options);
  try {
    const outcomes = await pool.run(options.pairs, jobs, options.onOutcome);
    return { outcomes, jobs, durationMs: Math.round(performance.now() - started) };
  } finally {
    await pool.stop();
  }
}
