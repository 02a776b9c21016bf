#!/usr/bin/env node
/**
 * Bundles the CLI with esbuild into dist/bundle/ (run by `npm run build`, hence by `prepare`):
 * `align.js` for bin/align.js and `worker.js` for `align batch`'s worker threads. Code behind
 * dynamic import() (report formats, Markdown/HTML input, config, batch, neural embedders) stays in
 * chunks of its own, loaded only when a run needs it. One bundle instead of ~100 ES modules cuts
 * the module resolution and file reads of every start-up (numbers in docs/performance.md).
 *
 * The unbundled dist/ (tsc) stays the library: `import 'article-align'` uses dist/index.js, and
 * bin/align.js falls back to it when there is no bundle (an install without dev dependencies).
 * Plain JavaScript so that scripts/install/prepare.mjs can run it before anything else is built.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EXTRA_GROUPS } from '../bin/cached-bundle.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { align: 'src/cli/bundle-entry.ts', worker: 'src/batch/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies (commander, natural's stemmers) call require() for Node built-ins.
  banner: { js: "import { createRequire as __alignCreateRequire } from 'node:module'; const require = __alignCreateRequire(import.meta.url);" },
  // Optional, user-installed runtime for --embedder onnx: resolved at run time, never bundled.
  external: ['@huggingface/transformers'],
});

// The same CLI as one CommonJS-shaped script for bin/cached-bundle.js, which runs it with V8's code
// cache (Node 20 has none for ES modules). What is behind import() is inlined, evaluated on first
// use as in the chunks. Template literals are lowered so that String.raw text becomes plain string
// literals, which esbuild escapes to ASCII like all others.
const cachedBundle = join(outdir, 'align.cjs');
/** Options of the code-cached scripts (the CLI and its extras). */
const cachedScript = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'template-literal': false },
  // Whitespace only: every run reads and decodes the whole source (V8 keeps it beside the cached code).
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
};
await build({
  ...cachedScript,
  entryPoints: ['src/cli/bundle-entry.ts'],
  outfile: cachedBundle,
  define: { 'import.meta.url': '__alignModuleUrl' },
  external: ['@huggingface/transformers', ...Object.keys(EXTRA_GROUPS)],
});
writeFileSync(cachedBundle, asciiSource(withImportHook(readFileSync(cachedBundle, 'utf8'))));

// Packages only some runs need, one script per group beside align.cjs (bin/cached-bundle.js loads
// a group when the CLI first requires one of its packages): a plain-text run reads and decodes
// none of them (zod alone was a quarter of the script).
for (const group of new Set(Object.values(EXTRA_GROUPS))) {
  const specifiers = Object.keys(EXTRA_GROUPS).filter((specifier) => EXTRA_GROUPS[specifier] === group);
  const outfile = join(outdir, `extra-${group}.cjs`);
  await build({
    ...cachedScript,
    stdin: {
      contents: `module.exports = { ${specifiers.map((specifier) => `${JSON.stringify(specifier)}: require(${JSON.stringify(specifier)})`).join(', ')} };`,
      resolveDir: root,
      sourcefile: `extra-${group}.cjs`,
    },
    outfile,
  });
  writeFileSync(outfile, asciiSource(readFileSync(outfile, 'utf8')));
}
// The external onnx runtime is imported from a module next to the chunks, so it resolves as there.
writeFileSync(join(outdir, 'import.js'), '// import() for dist/bundle/align.cjs (see bin/cached-bundle.js).\nexport const importModule = (specifier) => import(specifier);\n');
writeCodeCache();

/** The bundle's one real import() (the optional onnx runtime) goes through the loader's hook. */
function withImportHook(source) {
  const calls = source.match(/\bawait import\(specifier\)/g) ?? [];
  if (calls.length !== 1) throw new Error(`build-bundle: expected the onnx loader's one import(specifier) in align.cjs, found ${calls.length}`);
  return source.replace(/\bawait import\(specifier\)/, 'await __alignImport(specifier)');
}

/**
 * The bundle with every non-ASCII character escaped (\uXXXX), so it can be read as latin1. What
 * esbuild leaves unescaped is in regular expressions and comments, where an escape means the same.
 */
function asciiSource(source) {
  return source.replace(/[^\x00-\x7f]/g, (char, at) => {
    if (source[at - 1] === '\\') throw new Error(`build-bundle: an escaped non-ASCII character at ${at} of align.cjs`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * Runs the seed pair (table and JSON reports) through the script in a fresh Node and keeps the
 * code V8 compiled by then. Without the fixtures (not in the tarball) there is no cache, and runs
 * compile the script as usual.
 */
function writeCodeCache() {
  const en = join(root, 'fixtures', 'binance', 'en.txt');
  const it = join(root, 'fixtures', 'binance', 'it.txt');
  if (!existsSync(en) || !existsSync(it)) return;
  const markdown = join(root, 'fixtures', 'input', 'binance.en.md');
  const html = join(root, 'fixtures', 'input', 'binance.it.html');
  // A folder with a config file, for the config group's cache.
  const configured = mkdtempSync(join(tmpdir(), 'align-cache-'));
  writeFileSync(join(configured, 'align.config.json'), '{ "failOn": "never" }\n');
  const runs = [
    { argv: [en, it], cwd: root },
    { argv: ['-f', 'json', en, it], cwd: root },
    { argv: [en, it], cwd: configured },
    ...(existsSync(markdown) && existsSync(html) ? [{ argv: [markdown, html], cwd: root }] : []),
  ];
  const script = `
    const { loadCachedBundle } = await import(${JSON.stringify(new URL('../bin/cached-bundle.js', import.meta.url).href)});
    const { exports, writeCache } = loadCachedBundle({ produceCache: true });
    const sink = { write: () => true, on: () => sink, once: () => sink, isTTY: false };
    for (const { argv, cwd } of ${JSON.stringify(runs)}) {
      const code = await exports.main({ argv, stdin: process.stdin, stdout: sink, stderr: sink, env: {}, cwd });
      if (code === 2) throw new Error('build-bundle: a code-cache run failed: ' + argv.join(' '));
    }
    writeCache();`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, stdio: 'inherit' });
  rmSync(configured, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`build-bundle: writing the code cache failed (exit ${child.status})`);
}
