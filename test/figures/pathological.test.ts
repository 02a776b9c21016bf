import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from '../../src/figures/index.js';

// Extraction is a single linear scan; these inputs would make a backtracking regex explode.
describe('pathological inputs', () => {
  it('100k digits in a row', () => {
    const text = '7'.repeat(100_000);
    const figures = extractFigures(text, 'en');
    expect(figures).toHaveLength(1);
    expect(figures[0]?.end).toBe(text.length);
  });

  it('100k separators between digits', () => {
    for (const sep of [',', '.', ' ', "'", '-', '/', ':']) {
      const text = `1${`${sep}1`.repeat(100_000)}`;
      const figures = extractFigures(text, 'it');
      expect(figures.length).toBeGreaterThan(0);
    }
    expect(extractFigures(`1${',000'.repeat(100_000)}`, 'en')).toHaveLength(1);
  });

  it('100k separators with no digits between them', () => {
    expect(extractFigures('1' + '.,'.repeat(100_000), 'en').length).toBeGreaterThan(0);
    expect(extractFigures('$'.repeat(100_000), 'en')).toEqual([]);
  });

  it('100k scale words', () => {
    expect(extractFigures(`3 ${'million '.repeat(100_000)}`, 'en').length).toBeGreaterThan(0);
    expect(extractFigures(`3 ${'milioni e '.repeat(100_000)}`, 'it').length).toBeGreaterThan(0);
    expect(extractFigures('millionmillion'.repeat(50_000), 'en')).toEqual([]);
    expect(extractFigures('tre'.repeat(100_000), 'it')).toEqual([]);
  });

  it('100k number words and qualifiers', () => {
    expect(extractFigures('twenty-'.repeat(100_000), 'en').length).toBeGreaterThan(0);
    expect(extractFigures('more than '.repeat(100_000) + '5', 'en')).toHaveLength(1);
  });

  it('a long text with many figures compares', () => {
    const en = 'Over $3 million and 25 bitcoins, 10-20 dollars on 21 November 2026, 30 yards away. '.repeat(2_000);
    const it_ = 'Oltre 3 milioni di dollari e 25 bitcoin, tra 10 e 20 dollari il 21 novembre 2026, a 25 metri. '.repeat(2_000);
    const result = compareFigures(en, it_, { from: 'en', to: 'it' });
    expect(result.ok).toBe(true);
    expect(result.findings.filter((f) => f.conversion !== undefined)).toHaveLength(2_000);
  });
});
