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
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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
  // CommonJS dependencies (commander, natural's stemmers, cli-table3) call require() for Node built-ins.
  banner: { js: "import { createRequire as __alignCreateRequire } from 'node:module'; const require = __alignCreateRequire(import.meta.url);" },
  // Optional, user-installed runtime for --embedder onnx: resolved at run time, never bundled.
  external: ['@huggingface/transformers'],
});
