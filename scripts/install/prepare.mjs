#!/usr/bin/env node
// The `prepare` script: builds dist/ whenever npm installs this folder or packs it.
//
// npm runs `prepare` for `npm ci` / `npm install` in a checkout (dev dependencies present), for
// `npm pack` / `npm publish` (the tarball must carry a built dist/), and for
// `npm install -g <folder>`, which links the folder and installs only its runtime dependencies,
// so TypeScript is missing there. Plain JavaScript on purpose: nothing else is installed yet.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const builtCli = join(root, 'dist', 'cli', 'run.js');

/** Path of the project's own TypeScript compiler, or undefined when dev dependencies are absent. */
function localTsc() {
  try {
    return createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(message) {
  process.stderr.write(`article-align: ${message}\n`);
  process.exit(1);
}

const tsc = localTsc();
if (tsc !== undefined) {
  // A development checkout: the full, type-checked build with declarations.
  process.exit(run(process.execPath, [tsc, '-p', 'tsconfig.build.json']));
}

if (existsSync(builtCli)) {
  // Already built (a folder unpacked from the tarball, or built earlier): nothing to do.
  process.exit(0);
}

// A fresh clone installed without its dev dependencies (`npm install -g .`): fetch the pinned
// TypeScript into npm's exec cache (not into this folder) and transpile without type checking,
// which needs no @types packages. isolatedModules guarantees per-file output is the same.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const typescript = `typescript@${pkg.devDependencies.typescript}`;
process.stderr.write(`article-align: building dist/ with ${typescript} (dev dependencies are not installed)\n`);

// Inherited settings of the outer install (--global, --prefix) must not leak into `npm exec`.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(global|prefix|location)$/i.test(key)),
);
const npmCli = process.env.npm_execpath;
const status = npmCli
  ? run(process.execPath, [npmCli, 'exec', '--yes', `--package=${typescript}`, '--', 'tsc', '-p', 'scripts/install/tsconfig.transpile.json'], env)
  : run('npm', ['exec', '--yes', `--package=${typescript}`, '--', 'tsc', '-p', 'scripts/install/tsconfig.transpile.json'], env);
if (status !== 0 || !existsSync(builtCli)) {
  fail('could not build dist/; run `npm ci` in this folder first, then `npm install -g .` again');
}
