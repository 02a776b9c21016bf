#!/usr/bin/env node
// The bundled CLI (scripts/build-bundle.mjs): a few files to load instead of ~100 modules. An
// install built without dev dependencies has only the unbundled dist/, which works the same.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/align.js', import.meta.url);
// Named as bin/cached-bundle.js names it: a code cache for this V8 and architecture.
const codeCache = new URL(`../dist/bundle/align.cjs.${process.versions.v8}-${process.arch}.cache`, import.meta.url);

/**
 * Runs that align texts take the code-cached script (bin/cached-bundle.js) when the build made a
 * cache for this Node: it saves more compile time than reading the cache costs. --help, --version
 * and `align batch` load less through the ES chunks (a batch's main thread only finds pairs and
 * writes reports; its workers take the cached script, see src/batch/pool.ts; taking it here too
 * measured the same).
 */
function alignsTexts(argv) {
  if (argv.length === 0 || argv[0] === 'batch' || argv[0] === 'help') return false;
  return !argv.some((arg) => arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version');
}

let run;
if (alignsTexts(process.argv.slice(2)) && existsSync(codeCache)) {
  const { loadCachedBundle } = await import('./cached-bundle.js');
  ({ run } = loadCachedBundle().exports);
} else {
  ({ run } = await import(existsSync(bundle) ? bundle.href : new URL('../dist/cli/run.js', import.meta.url).href));
}

await run();
