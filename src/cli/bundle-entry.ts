/**
 * Entry of the bundled CLI (dist/bundle/align.js, built by scripts/build-bundle.ts): bin/align.js
 * runs `run`; `main` is exported for scripts/check-identical.ts, which drives the bundle in-process.
 */
export { run } from './run.js';
export { main } from './main.js';

/**
 * `align batch`'s worker thread, from the code-cached script (dist/bundle/align.cjs): its pipeline
 * functions come compiled from the cache instead of being parsed and compiled again in each worker.
 */
export async function runBatchWorker(): Promise<void> {
  (await import('../batch/worker-main.js')).runWorker();
}
