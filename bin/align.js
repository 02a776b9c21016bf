#!/usr/bin/env node
// The bundled CLI (scripts/build-bundle.mjs): a few files to load instead of ~100 modules. An
// install built without dev dependencies has only the unbundled dist/, which works the same.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/bundle/align.js', import.meta.url);
const { run } = await import(existsSync(bundle) ? bundle.href : new URL('../dist/cli/run.js', import.meta.url).href);

await run();
