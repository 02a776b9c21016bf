import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import type { LongSentenceCut } from '../../src/types.js';

function cutsOf(text: string, maxSentenceLength: number, presplit = false) {
  const cuts: LongSentenceCut[] = [];
  const sentences = segment(text, 'en', { maxSentenceLength, presplit, onLongSentence: (cut) => cuts.push(cut) });
  return { sentences, cuts };
}

describe('sentences longer than the limit', () => {
  it('are cut after a clause mark when there is one in reach', () => {
    const clause = 'the committee met again on the following day, ';
    const text = `First sentence. The ${clause.repeat(40)}and decided nothing.`;
    const { sentences, cuts } = cutsOf(text, 300);
    expect(sentences[0]!.text).toBe('First sentence.');
    expect(sentences.length).toBeGreaterThan(3);
    for (const sentence of sentences.slice(1, -1)) {
      expect(sentence.text.length).toBeLessThanOrEqual(300);
      expect(sentence.text.endsWith(',')).toBe(true);
    }
    expect(cuts).toEqual([{ line: 1, column: 17, length: text.length - 16, pieces: sentences.length - 1 }]);
  });

  it('are cut at a space when no clause mark is in reach, and cover the text without losing words', () => {
    const text = 'word '.repeat(5000).trim();
    const { sentences } = cutsOf(text, 1000);
    expect(sentences.every((s) => s.text.length <= 1000 && s.text === text.slice(s.start, s.end))).toBe(true);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });

  it('are cut between characters, never inside a surrogate pair, when there is no space at all', () => {
    const text = `${'x'.repeat(999)}${'🚀'.repeat(2000)}`;
    const { sentences } = cutsOf(text, 1000);
    expect(sentences.map((s) => s.text).join('')).toBe(text);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(1001);
      // No lone surrogate: a cut never falls inside a surrogate pair.
      expect(sentence.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    }
  });

  it('keep sentences within the limit untouched and report nothing', () => {
    const { sentences, cuts } = cutsOf('One. Two is here. Three!', 200);
    expect(sentences.map((s) => s.text)).toEqual(['One.', 'Two is here.', 'Three!']);
    expect(cuts).toEqual([]);
  });

  it('apply to presplit lines too, with their line numbers', () => {
    const text = `short line\n${'a b '.repeat(400)}\n`;
    const { sentences, cuts } = cutsOf(text, 500, true);
    expect(sentences[0]!.text).toBe('short line');
    expect(sentences.slice(1).every((s) => s.line === 2 && s.text.length <= 500)).toBe(true);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]!.line).toBe(2);
  });
});

describe('punctuation runs', () => {
  it('a text of nothing but full stops is one sentence per limit-sized piece', () => {
    const text = '.'.repeat(10_000);
    const { sentences } = cutsOf(text, 2000);
    expect(sentences.map((s) => s.text.length)).toEqual([2000, 2000, 2000, 2000, 2000]);
  });

  it('an ellipsis before a capital still ends a sentence', () => {
    const sentences = segment('He waited... Then he left… maybe. Or not... "Never" he said.', 'en');
    expect(sentences.map((s) => s.text)).toEqual(['He waited...', 'Then he left… maybe.', 'Or not...', '"Never" he said.']);
  });
});
