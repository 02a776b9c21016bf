import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';

interface FigureCase {
  source: string;
  target: string;
  srcLang: string;
  tgtLang: string;
  expect: 'match' | 'mismatch';
  category: string;
}

const path = fileURLToPath(new URL('../../../shared/cases/figures.dev.json', import.meta.url));

// The shared figure cases (../shared): a mismatch must give a warning or an error, a match none.
describe.skipIf(!existsSync(path))('shared figure cases', () => {
  const cases = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FigureCase[]) : [];
  it('passes every dev case', () => {
    const failed = cases.filter((c) => {
      const { ok } = compareFigures(c.source, c.target, { from: c.srcLang, to: c.tgtLang });
      return c.expect === 'match' ? !ok : ok;
    });
    expect(failed.map((c) => `${c.category}: ${c.source} → ${c.target}`)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(118);
  });
});
