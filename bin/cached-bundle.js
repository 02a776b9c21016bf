// The CLI as one script compiled with V8's code cache (built by scripts/build-bundle.mjs): a run
// deserialises the bytecode of the functions a typical run compiles instead of parsing and
// compiling ~1 MB of source, which was the largest single cost of a short run. Node 20 offers no
// code cache for ES modules, hence a CommonJS-shaped bundle run through vm.Script. The cache fits
// one V8 version and architecture only, so its name says which; bin/align.js takes this path only
// when there is a cache for the running Node (without it, compiling the whole script would cost more
// than the ES bundle's chunks).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

export const cachedBundleUrl = new URL('../dist/bundle/align.cjs', import.meta.url);
export const cacheUrl = new URL(`../dist/bundle/align.cjs.${process.versions.v8}-${process.arch}.cache`, import.meta.url);
const importerUrl = new URL('../dist/bundle/import.js', import.meta.url);

/** A file's bytes, or undefined when it cannot be read. */
function readIfPresent(url) {
  try {
    return readFileSync(url);
  } catch {
    return undefined;
  }
}

/**
 * Compiles and evaluates the bundle; returns its exports (`run`, `main`). `produceCache`: compile
 * without the cache and return a function that writes the cache of what has run by then.
 */
export function loadCachedBundle({ produceCache = false } = {}) {
  const path = fileURLToPath(cachedBundleUrl);
  // The bundle is ASCII (the build escapes everything else), so latin1 decodes it without UTF-8 work.
  const source = readFileSync(path, 'latin1');
  const cachedData = produceCache ? undefined : readIfPresent(cacheUrl);
  // Strict like the ES modules it is built from; the parameters are what the bundle expects of CommonJS.
  const wrapper = `(function (exports, require, module, __filename, __dirname, __alignModuleUrl, __alignImport) {"use strict";${source}\n})`;
  const script = new vm.Script(wrapper, { filename: path, cachedData });
  const module = { exports: {} };
  // import() of a package the bundle leaves out (the onnx runtime) resolves from dist/bundle/ as in the ES bundle.
  const dynamicImport = async (specifier) => (await import(importerUrl.href)).importModule(specifier);
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path), pathToFileURL(path).href, dynamicImport);
  const writeCache = () => writeFileSync(cacheUrl, script.createCachedData());
  return { exports: module.exports, writeCache };
}
