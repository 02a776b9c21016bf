import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/align/index.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { segment } from '../../src/segment/index.js';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const english = fixture('binance/en.txt');
const italian = fixture('binance/it.txt');
const embedder = createLexicalEmbedder();

async function align(en: string, it: string) {
  const result = await alignSentences(
    { sentences: segment(en, 'en'), lang: 'en' },
    { sentences: segment(it, 'it'), lang: 'it' },
    { embedder },
  );
  return result.beads.map((b) => `${b.type} ${b.source.join(',')}|${b.target.join(',')}`);
}

/** The Italian text without paragraph `index` (0-based; paragraphs are separated by blank lines). */
const withoutParagraph = (text: string, index: number): string =>
  text
    .split(/\n\s*\n/)
    .filter((_, p) => p !== index)
    .join('\n\n');

describe('alignment of the seed article with the default lexical embedder', () => {
  it('pairs the translation sentence by sentence', async () => {
    const beads = await align(english, italian);
    expect(beads).toHaveLength(12);
    expect(beads).toEqual(beads.map((_, i) => `1-1 ${i}|${i}`));
  });

  it('finds the English sentences whose Italian paragraph was deleted, and keeps the rest aligned', async () => {
    // Paragraph 2 of the Italian holds the translations of English sentences 2 and 3.
    const beads = await align(english, withoutParagraph(italian, 2));
    expect(beads.filter((b) => !b.startsWith('1-1'))).toEqual(['1-0 2|', '1-0 3|']);
    expect(beads).toContain('1-1 4|2');
    expect(beads).toContain('1-1 11|9');
  });

  it('finds a 2-1 bead where two Italian sentences are merged into one', async () => {
    const paragraphs = italian.split(/\n\s*\n/);
    // Paragraph 2 has two sentences; join them with a semicolon into one.
    paragraphs[2] = paragraphs[2].replace(/\.\s+(\S)/, (_, next: string) => `; ${next.toLowerCase()}`);
    const beads = await align(english, paragraphs.join('\n\n'));
    expect(beads.filter((b) => !b.startsWith('1-1'))).toEqual(['2-1 2,3|2']);
  });
});
