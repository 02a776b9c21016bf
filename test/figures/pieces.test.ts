import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/figures/index.js';

/** Paragraphs with figures, joined by blank lines (some holding spaces or a carriage return). */
function longText(paragraphs: number): { text: string; starts: number[] } {
  const separators = ['\n\n', '\n \n', '\r\n\r\n', '\n\t\n'];
  const parts: string[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let k = 0; k < paragraphs; k += 1) {
    const paragraph = `Paragraph ${k}: sales rose 12.5% to $3.1 billion on 21 November 2026, up from 1,250 in 2019.`;
    if (k > 0) {
      const separator = separators[k % separators.length]!;
      parts.push(separator);
      length += separator.length;
    }
    starts.push(length);
    parts.push(paragraph);
    length += paragraph.length;
  }
  return { text: parts.join(''), starts };
}

describe('a long text is read a group of paragraphs at a time', () => {
  it('finds the same figures, with the same spans, as reading each paragraph on its own', () => {
    const { text, starts } = longText(3_000);
    expect(text.length).toBeGreaterThan(3 * 64 * 1024);
    const whole = extractFigures(text, 'en');
    const byParagraph = starts.flatMap((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
      return extractFigures(text.slice(start, end), 'en').map((figure) => ({ ...figure, start: figure.start + start, end: figure.end + start }));
    });
    expect(whole.map((f) => [f.start, f.end, f.key])).toEqual(byParagraph.map((f) => [f.start, f.end, f.key]));
    for (const figure of whole) expect(text.slice(figure.start, figure.end)).toBe(figure.surface);
  });

  it('keeps a text without blank lines in one piece', () => {
    const line = 'Sales rose 12.5% to $3.1 billion.\n';
    const text = line.repeat(5_000);
    const figures = extractFigures(text, 'en');
    expect(figures).toHaveLength(2 * 5_000);
    expect(figures.at(-1)!.start).toBe(text.lastIndexOf('$3.1 billion'));
  });
});
