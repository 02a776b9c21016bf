import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLexicalEmbedder } from '../../../src/embed/lexical/index.js';
import { isSparseEmbedder } from '../../../src/embed/sparse.js';

const fixture = (lang: string): string[] =>
  readFileSync(new URL(`../../../fixtures/binance/${lang}.txt`, import.meta.url), 'utf8')
    .split(/(?<=[.!?])\s+/u)
    .filter((text) => text.trim() !== '');

describe('lexical embedder, sparse rows', () => {
  it('writes exactly the non-zero entries of the dense vectors, in index order', async () => {
    const embedder = createLexicalEmbedder();
    if (!isSparseEmbedder(embedder)) throw new Error('the lexical embedder should write sparse rows');
    for (const lang of ['en', 'it']) {
      const texts = [...fixture(lang), '', 'NATO and the U.S. paid $3.5bn in 2019.', 'Roma, Roma, Roma!'];
      const dense = await embedder.embed(texts, lang);
      const rows: Array<Array<[number, number]>> = [[]];
      await embedder.embedSparse(texts, lang, {
        push: (index, value) => rows.at(-1)!.push([index, value]),
        endRow: () => rows.push([]),
      });
      rows.pop();
      expect(rows.length).toBe(texts.length);
      dense.forEach((vector, i) => {
        const expected: Array<[number, number]> = [];
        vector.forEach((value, index) => {
          if (value !== 0) expected.push([index, value]);
        });
        expect(rows[i], `${lang} #${i}`).toEqual(expected);
      });
    }
  });
});
