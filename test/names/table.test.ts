import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildNameTables, indexFiles, NAME_LANGUAGES } from '../../scripts/lib/names-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shipped = (file: string) => readFileSync(join(root, 'data', 'names', file), 'utf8');
const builtWith = /with CLDR (\S+);/u.exec(shipped('en.tsv'))?.[1];

// CLDR names come from Node's ICU: a rebuild only reproduces the files on the CLDR they were built with.
describe.skipIf(builtWith !== process.versions.cldr)('data/names (npm run build:names -- --check)', () => {
  const tables = buildNameTables(join(root, '..', 'shared'), [...NAME_LANGUAGES]);

  it('matches a rebuild from CLDR, ../shared Wiktionary and the aliases', () => {
    for (const [file, text] of tables) expect(shipped(file), file).toBe(text);
  });

  it('matches the indexes the runtime reads', () => {
    for (const [file, bytes] of indexFiles(tables)) expect(Buffer.from(readFileSync(join(root, 'data', 'names', file))).equals(Buffer.from(bytes)), file).toBe(true);
  });
});
