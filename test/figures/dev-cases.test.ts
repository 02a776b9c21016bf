import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFigureCase, type FigureCase } from '../../scripts/lib/figure-cases.js';


const path = fileURLToPath(new URL('../../../shared/cases/figures.dev.json', import.meta.url));

// The shared figure cases (../shared): a mismatch must give a warning or an error, a match none.
describe.skipIf(!existsSync(path))('shared figure cases', () => {
  const cases = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as FigureCase[]) : [];
  it('passes every dev case', () => {
    const failed = cases.filter((c) => !runFigureCase(c).passed);
    expect(failed.map((c) => `${c.category}: ${c.source} → ${c.target}`)).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(118);
  });
});
