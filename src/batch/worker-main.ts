import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../embed/index.js';
import { alignTexts } from '../pipeline.js';
import type { Embedder } from '../types.js';
import { checkPair } from './check-pair.js';
import type { WorkerInit, WorkerMessage, WorkerTask } from './pool.js';
import { injectFault, parseTestFaults } from './test-faults.js';

/** One tiny pair through the whole pipeline, so the first real pair does not pay for loading. */
async function warmUp(embedder: Embedder): Promise<void> {
  try {
    await alignTexts('The council approved 12 new homes on Monday.', 'Il consiglio ha approvato 12 nuove case lunedì.', {
      embedder,
      from: 'en',
      to: 'it',
      presplit: false,
      maxSentences: 10,
      onWarning: () => undefined,
    });
  } catch {
    // Warming up is an optimisation only; a real pair will report any problem.
  }
}

/**
 * The worker thread's life: builds its embedder once and warms it up (lexicon loaded, hot code
 * compiled) before saying `ready`, then checks the pairs the pool sends, one at a time and in order,
 * for as long as it lives. A pair that crashes or exhausts the heap takes only this worker down; the pool
 * reports that pair and starts a fresh worker for the rest. A function rather than top-level code so
 * that the code-cached CLI script (bin/cached-bundle.js) can carry it and run it on demand.
 */
export function runWorker(): void {
  const init = workerData as WorkerInit;
  const port = parentPort;
  if (port === null) throw new Error('the batch worker must run in a worker thread');
  const faults = parseTestFaults(init.testFault);

  const createEmbedderSafely = async (): Promise<{ embedder?: Embedder; error?: string }> => {
    try {
      return { embedder: await createEmbedder(init.embedder) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };

  const ready = createEmbedderSafely();
  void ready.then(async (state) => {
    // With --cache the warm-up sentences would land in the user's cache: skip it then.
    if (state.embedder !== undefined && init.embedder.cache !== true) await warmUp(state.embedder);
    port.postMessage({ type: 'ready' } satisfies WorkerMessage);
  });

  const check = async (task: WorkerTask): Promise<void> => {
    const state = await ready;
    await injectFault(faults.get(task.pair.id), task.pair.id);
    const outcome =
      state.embedder === undefined
        ? { pair: task.pair, error: state.error ?? 'embedder unavailable', durationMs: 0 }
        : await checkPair(task.pair, init.settings, state.embedder);
    port.postMessage({ type: 'done', index: task.index, outcome } satisfies WorkerMessage);
  };
  // The pool sends the next pair before this one is done (pool.ts, PAIRS_IN_HAND): one at a time,
  // in the order sent, so that a crash is always the pair the pool takes to be running.
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (task: WorkerTask) => {
    queue = queue.then(() => check(task));
  });
}
