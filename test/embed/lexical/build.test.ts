import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '../../..');
const sharedLexicon = join(projectRoot, '..', 'shared', 'lexicon', 'en-it.wiktionary.tsv');

describe.skipIf(!existsSync(sharedLexicon))('npm run build:lexicon -- --check', () => {
  let result: SpawnSyncReturns<string>;
  beforeAll(() => {
    // One build of every language (the English table depends on all of them), checked per language below.
    result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicon.ts', '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
  }, 600_000);

  it.each(['it', 'fr', 'de', 'es', 'pt', 'en', 'it.vocabulary'])('reproduces the committed %s lexicon byte for byte', (lang) => {
    expect(result.stderr).toMatch(new RegExp(`^lexicon ${lang}: .* is up to date$`, 'm'));
  });

  it('exits 0 when every module is up to date', () => {
    expect(result.status).toBe(0);
  });
});
