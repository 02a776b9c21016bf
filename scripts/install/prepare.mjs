#!/usr/bin/env node
// The `prepare` script: builds dist/ whenever npm installs this folder or packs it.
//
// npm runs `prepare` for `npm ci` / `npm install` in a checkout (dev dependencies present), for
// `npm pack` / `npm publish` (the tarball must carry a built dist/), and for
// `npm install -g <folder>`, which only symlinks the folder into the global prefix: it installs
// none of the folder's dependencies, so neither the runtime packages nor TypeScript are there.
// Plain JavaScript on purpose: nothing else may be installed yet.
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

// Settings of the outer install (--global, --prefix, --allow-scripts, which npm refuses in a
// project) must not leak into the npm commands run here, which act on this folder as a project.
const OUTER_INSTALL_SETTING = /^npm_config_(global|prefix|location|allow_scripts\w*|strict_allow_scripts|dangerously_allow_all_scripts)$/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !OUTER_INSTALL_SETTING.test(key)));

function npm(args) {
  const npmCli = process.env.npm_execpath;
  return npmCli ? run(process.execPath, [npmCli, ...args], env) : run('npm', args, env);
}

const isGlobalLink = process.env.npm_config_global === 'true';
if (isGlobalLink && !existsSync(join(root, 'node_modules', 'commander'))) {
  // `npm install -g .` from a fresh clone: the linked `align` runs from this folder, so it needs
  // the runtime dependencies here, exactly as locked.
  process.stderr.write('article-align: installing runtime dependencies into the linked folder\n');
  if (npm(['ci', '--omit=dev', '--no-audit', '--no-fund']) !== 0) {
    fail('could not install the runtime dependencies; run `npm ci` in this folder, then `npm install -g .` again');
  }
}

const tsc = localTsc();
if (tsc !== undefined) {
  // A development checkout: the full, type-checked build with declarations, then the bundled CLI
  // (scripts/build-bundle.mjs, esbuild is a dev dependency too).
  const status = run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
  process.exit(status !== 0 ? status : run(process.execPath, [join(root, 'scripts', 'build-bundle.mjs')]));
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
const status = npm(['exec', '--yes', `--package=${typescript}`, '--', 'tsc', '-p', 'scripts/install/tsconfig.transpile.json']);
if (status !== 0 || !existsSync(builtCli)) {
  fail('could not build dist/; run `npm ci` in this folder first, then `npm install -g .` again');
}
