import { expect } from 'vitest';

import { splitParagraphs } from '../../src/segment/index.js';
import type { Sentence } from '../../src/types.js';

/** 1-based line and column of `offset`, computed the slow, obvious way. */
export function naiveLineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/g) ?? [];
  const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return { line: breaks.length + 1, column: offset - (lastBreak + 1) + 1 };
}

/**
 * Checks what every segmentation must satisfy: exact offsets, trimmed text, ascending ids and
 * positions, sentences inside their paragraph, nothing but whitespace left out, exact line:column.
 */
export function expectSegmentationInvariants(input: string, sentences: readonly Sentence[]): void {
  const paragraphs = splitParagraphs(input);
  let previousEnd = 0;
  let previousParagraph = 0;
  sentences.forEach((sentence, index) => {
    expect(sentence.id).toBe(index);
    expect(sentence.text).toBe(input.slice(sentence.start, sentence.end));
    expect(sentence.text.length).toBeGreaterThan(0);
    expect(sentence.text).toBe(sentence.text.trim());
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    // Only whitespace between consecutive sentences: nothing is dropped.
    expect(input.slice(previousEnd, sentence.start).trim()).toBe('');
    expect(sentence.paragraph).toBeGreaterThanOrEqual(previousParagraph);
    const paragraph = paragraphs[sentence.paragraph];
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    expect({ line: sentence.line, column: sentence.column }).toEqual(naiveLineColumn(input, sentence.start));
    previousEnd = sentence.end;
    previousParagraph = sentence.paragraph;
  });
  expect(input.slice(previousEnd).trim()).toBe('');
}
