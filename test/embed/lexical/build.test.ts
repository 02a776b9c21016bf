import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = join(import.meta.dirname, '../../..');
const sharedLexicon = join(projectRoot, '..', 'shared', 'lexicon', 'en-it.wiktionary.tsv');

describe('npm run build:lexicon', () => {
  it.skipIf(!existsSync(sharedLexicon))('reproduces the committed lexicon byte for byte', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicon.ts', '--check'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toContain('is up to date');
    expect(result.status).toBe(0);
  });
});
