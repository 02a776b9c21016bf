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
/** One pair at a time: the pool keeps a second one queued here, so the first answer comes back soonest. */
let queue: Promise<void> = Promise.resolve();

port.on('message', (task: WorkerTask) => {
  embedderPromise ??= createEmbedder(init.embedder);
  const embedderReady = embedderPromise;
  queue = queue.then(async () => {
    try {
      const outcome = await checkPair(task.pair, init.settings, await embedderReady);
      port.postMessage({ index: task.index, outcome } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({
        index: task.index,
        outcome: { pair: task.pair, error: error instanceof Error ? error.message : String(error), durationMs: 0 },
      } satisfies WorkerReply);
    }
  });
});
