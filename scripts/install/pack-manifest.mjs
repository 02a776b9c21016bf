#!/usr/bin/env node
// `prepack` / `postpack`: the tarball's package.json carries no `prepare` script.
//
// `prepare` builds dist/ in a checkout. A tarball already holds the built dist/, but npm 11.16+
// lists a local tarball's `prepare` as an unreviewed install script and warns on every install of
// it. So `prepack` builds dist/ (then `prepare` no longer runs), sets the manifest aside and writes
// one without `prepare`; `postpack` puts the original back byte for byte.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const manifest = join(root, 'package.json');
const original = join(root, 'package.json.before-pack');

function restore() {
  if (existsSync(original)) renameSync(original, manifest);
}

function strip() {
  restore(); // an interrupted earlier pack left the original aside: start from it
  const text = readFileSync(manifest, 'utf8');
  const pkg = JSON.parse(text);
  delete pkg.scripts.prepare;
  writeFileSync(original, text);
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
}

const mode = process.argv[2];
if (mode === 'strip') strip();
else if (mode === 'restore') restore();
else {
  process.stderr.write('usage: pack-manifest.mjs strip|restore\n');
  process.exit(2);
}
