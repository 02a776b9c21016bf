// The CLI as one script compiled with V8's code cache (built by scripts/build-bundle.mjs): a run
// deserialises the bytecode of the functions a typical run compiles instead of parsing and
// compiling ~1 MB of source, which was the largest single cost of a short run. Node 20 offers no
// code cache for ES modules, hence a CommonJS-shaped bundle run through vm.Script. The cache fits
// one V8 version and architecture only, so its name says which; bin/align.js takes this path only
// when there is a cache for the running Node (without it, compiling the whole script would cost more
// than the ES bundle's chunks).
//
// Packages only some runs need (zod for a config file, the Markdown and HTML parsers, the neural
// tokenizer) are scripts of their own beside it (`extra-<group>.cjs`, each with its code cache),
// loaded when the CLI first requires them: a plain-text run reads half the source it used to.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

export const cachedBundleUrl = new URL('../dist/bundle/align.cjs', import.meta.url);
export const cacheUrl = cacheFor(cachedBundleUrl);
const importerUrl = new URL('../dist/bundle/import.js', import.meta.url);

/** The package each extra script holds, by the specifier the CLI requires (see scripts/build-bundle.mjs). */
export const EXTRA_GROUPS = {
  zod: 'config',
  'mdast-util-from-markdown': 'markdown',
  'mdast-util-gfm': 'markdown',
  'micromark-extension-gfm': 'markdown',
  parse5: 'html',
  '@huggingface/tokenizers': 'tokenizers',
};

function cacheFor(scriptUrl) {
  return new URL(`${scriptUrl.href}.${process.versions.v8}-${process.arch}.cache`);
}

/** A file's bytes, or undefined when it cannot be read. */
function readIfPresent(url) {
  try {
    return readFileSync(url);
  } catch {
    return undefined;
  }
}

/**
 * Compiles `url` (ASCII CommonJS-shaped source: the build escapes everything else, so latin1
 * decodes it without UTF-8 work) with its code cache unless `produceCache`; returns the compiled
 * script and the function to run with `(exports, require, module, __filename, __dirname, …)`.
 */
function compile(url, produceCache) {
  const path = fileURLToPath(url);
  const source = readFileSync(path, 'latin1');
  const cachedData = produceCache ? undefined : readIfPresent(cacheFor(url));
  // Strict like the ES modules it is built from; the parameters are what the bundle expects of CommonJS.
  const wrapper = `(function (exports, require, module, __filename, __dirname, __alignModuleUrl, __alignImport) {"use strict";${source}\n})`;
  const script = new vm.Script(wrapper, { filename: path, cachedData });
  return { script, path, run: script.runInThisContext() };
}

/** A module object that loads the module when one of its properties is first read. */
function onFirstUse(load) {
  let loaded;
  return new Proxy({}, { get: (_target, key) => (loaded ??= load())[key] });
}

/**
 * Compiles and evaluates the bundle; returns its exports (`run`, `main`). `produceCache`: compile
 * without the caches and return a function that writes the caches of what has run by then.
 */
export function loadCachedBundle({ produceCache = false } = {}) {
  const core = compile(cachedBundleUrl, produceCache);
  const nodeRequire = createRequire(core.path);
  const extras = new Map();
  const loadExtra = (group) => {
    let extra = extras.get(group);
    if (extra === undefined) {
      const url = new URL(`extra-${group}.cjs`, cachedBundleUrl);
      // Without its script (a build that made none) the package comes from node_modules.
      if (!existsSync(url)) return undefined;
      const compiled = compile(url, produceCache);
      const module = { exports: {} };
      compiled.run(module.exports, createRequire(compiled.path), module, compiled.path, dirname(compiled.path), pathToFileURL(compiled.path).href, undefined);
      extra = { compiled, url, exports: module.exports };
      extras.set(group, extra);
    }
    return extra.exports;
  };
  const bundleRequire = (specifier) => {
    // commander requires child_process when it loads, for executable subcommands this CLI has none
    // of; loading it (and net, dgram) cost ~4 ms of every start, so it loads on first use instead.
    if (specifier === 'node:child_process') return onFirstUse(() => nodeRequire(specifier));
    const group = EXTRA_GROUPS[specifier];
    const extra = group === undefined ? undefined : loadExtra(group);
    return extra === undefined ? nodeRequire(specifier) : extra[specifier];
  };
  const module = { exports: {} };
  // import() of a package the bundle leaves out (the onnx runtime) resolves from dist/bundle/ as in the ES bundle.
  const dynamicImport = async (specifier) => (await import(importerUrl.href)).importModule(specifier);
  core.run(module.exports, bundleRequire, module, core.path, dirname(core.path), pathToFileURL(core.path).href, dynamicImport);
  const writeCache = () => {
    writeFileSync(cacheUrl, core.script.createCachedData());
    for (const extra of extras.values()) writeFileSync(cacheFor(extra.url), extra.compiled.script.createCachedData());
  };
  return { exports: module.exports, writeCache };
}
