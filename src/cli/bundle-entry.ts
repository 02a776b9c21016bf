/**
 * Entry of the bundled CLI (dist/bundle/align.js, built by scripts/build-bundle.ts): bin/align.js
 * runs `run`; `main` is exported for scripts/check-identical.ts, which drives the bundle in-process.
 */
export { run } from './run.js';
export { main } from './main.js';
