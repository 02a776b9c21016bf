/**
 * `npm run build:names`: builds the name table under data/names/ (one file per language, English
 * as the hub) from CLDR (Node's `Intl.DisplayNames`), ../shared/lexicon Wiktionary entries and the
 * project's aliases. `--check` rebuilds in memory and exits 1 if the shipped files differ.
 * `--langs it` chooses the languages besides English (each needs en-<lang>.wiktionary.tsv).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildNameTables, indexFiles, NAME_LANGUAGES } from './lib/names-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = join(root, '..', 'shared');
const outDir = join(root, 'data', 'names');

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const langs = argValue('--langs')?.split(',') ?? [...NAME_LANGUAGES];
const tables = buildNameTables(sharedDir, langs);
const outputs = new Map<string, string | Uint8Array>([...tables, ...indexFiles(tables)].map(([file, content]) => [join(outDir, file), content]));
if (process.argv.includes('--check')) {
  const stale = [...outputs].filter(([path, text]) => {
    try {
      return !readFileSync(path).equals(typeof text === 'string' ? Buffer.from(text) : text);
    } catch {
      return true;
    }
  });
  for (const [path] of stale) process.stderr.write(`build-names: ${relative(root, path)} is out of date (run npm run build:names)\n`);
  process.exit(stale.length === 0 ? 0 : 1);
}
mkdirSync(outDir, { recursive: true });
for (const [path, text] of outputs) {
  writeFileSync(path, text);
  process.stdout.write(`${relative(root, path)}: ${text.length} ${typeof text === 'string' ? 'characters' : 'bytes'}\n`);
}
