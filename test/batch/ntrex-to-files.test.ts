import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText, writeNtrexFiles } from '../../scripts/ntrex-to-files.js';

describe('scripts/ntrex-to-files.ts', () => {
  it('writes en/<id>.txt and it/<id>.txt, one paragraph per sentence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-ntrex-'));
    const corpus = join(dir, 'docs.jsonl');
    writeFileSync(
      corpus,
      [
        JSON.stringify({ doc_id: 'bbc.1', en: ['Headline ', 'First 10 facts. '], it: ['Titolo', 'Primi 10 fatti.'] }),
        JSON.stringify({ doc_id: 'cnn/2', en: ['One.'], it: ['Uno.'] }),
        '',
      ].join('\n'),
    );
    expect(writeNtrexFiles(corpus, join(dir, 'out'))).toBe(2);
    expect(readdirSync(join(dir, 'out/en')).sort()).toEqual(['bbc.1.txt', 'cnn_2.txt']);
    expect(readFileSync(join(dir, 'out/en/bbc.1.txt'), 'utf8')).toBe('Headline\n\nFirst 10 facts.\n');
    expect(readFileSync(join(dir, 'out/it/bbc.1.txt'), 'utf8')).toBe('Titolo\n\nPrimi 10 fatti.\n');
    expect(articleText(['a', ' ', 'b'])).toBe('a\n\nb\n');
  });
});
