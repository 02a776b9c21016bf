import { parentPort, workerData } from 'node:worker_threads';
import { createEmbedder } from '../embed/index.js';
import type { Embedder } from '../types.js';
import { checkPair } from './check-pair.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';

/**
 * Worker thread entry: builds its own embedder once, then checks the pairs the pool sends, one at
 * a time, replying with each outcome (or with a startup error the pool reports on every pair).
 */
const init = workerData as WorkerInit;
const port = parentPort;
if (port === null) throw new Error('worker.ts must run in a worker thread');

let embedderPromise: Promise<Embedder> | undefined;

port.on('message', (task: WorkerTask) => {
  embedderPromise ??= createEmbedder(init.embedder);
  void embedderPromise
    .then((embedder) => checkPair(task.pair, init.settings, embedder))
    .then(
      (outcome) => port.postMessage({ index: task.index, outcome } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          index: task.index,
          outcome: { pair: task.pair, error: error instanceof Error ? error.message : String(error), durationMs: 0 },
        } satisfies WorkerReply),
    );
});
