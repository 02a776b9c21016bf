import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';

/** The same-value pass of compare-mismatch.ts pairs through an index, not all pairs: same results. */
describe('leftover figures of the same value in another unit', () => {
  it('pairs each with the first unpaired figure of that value in another unit, in text order', () => {
    const result = compareFigures('The road is 325 kilometers long and the fee is $5.', 'La strada è lunga 325 miglia e la tariffa è del 5%.', { from: 'en', to: 'it' });
    const changed = result.findings.filter((f) => f.kind === 'figure-mismatch').map((f) => [f.source?.surface, f.target?.surface, f.aspect]);
    expect(changed).toEqual([
      ['325 kilometers', '325 miglia', 'unit'],
      ['$5', '5%', 'unit'],
    ]);
  });

  it('thousands of unpaired figures in one text: each same-value pair found once, the rest missing or added', () => {
    const count = 3000;
    const source = Array.from({ length: count }, (_, i) => `${i + 1} km`).join(', ');
    // Another family (percent, not length), listed backwards: only the value can pair them.
    const target = Array.from({ length: count }, (_, i) => `${count - i}%`).join(', ');
    const result = compareFigures(`Distances: ${source}.`, `Distanze: ${target}.`, { from: 'en', to: 'it' });
    const mismatches = result.findings.filter((f) => f.kind === 'figure-mismatch');
    expect(mismatches).toHaveLength(count);
    expect(new Set(mismatches.map((f) => f.target?.start)).size).toBe(count);
    expect(mismatches.every((f) => f.aspect === 'unit' && f.source?.value === f.target?.value)).toBe(true);
  });
});
