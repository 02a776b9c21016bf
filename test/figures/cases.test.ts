import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';
import type { FigureFinding } from '../../src/types.js';

/** Hand-written pairs per aspect: [source, target, from, to, expected]. */
type Case = [string, string, string, string, string];
const cases = JSON.parse(readFileSync(new URL('../../fixtures/figures/cases.json', import.meta.url), 'utf8')) as Case[];

function label(f: FigureFinding): string {
  return `${f.kind}${f.aspect ? `/${f.aspect}` : ''}${f.side ? `/${f.side}` : ''}`;
}

describe('figure comparison per aspect', () => {
  for (const [source, target, from, to, expected] of cases) {
    it(`${from}>${to} ${JSON.stringify(source)} → ${JSON.stringify(target)}: ${expected}`, () => {
      const result = compareFigures(source, target, { from, to });
      const serious = result.findings.filter((f) => f.severity !== 'info').map(label);
      if (expected === 'match') {
        expect(serious).toEqual([]);
        expect(result.ok).toBe(true);
      } else {
        expect(serious).toContain(expected);
        expect(result.ok).toBe(false);
      }
    });
  }
});
