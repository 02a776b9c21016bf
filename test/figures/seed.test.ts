import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';

const en = readFileSync(new URL('../../fixtures/binance/en.txt', import.meta.url), 'utf8');
const it_ = readFileSync(new URL('../../fixtures/binance/it.txt', import.meta.url), 'utf8');

describe('figures on the Binance seed pair', () => {
  it('finds no figure mismatch, only the English separator errors', () => {
    const result = compareFigures(en, it_, { from: 'en', to: 'it' });
    expect(result.findings.filter((f) => f.kind === 'figure-mismatch')).toEqual([]);
    const format = result.findings.filter((f) => f.kind === 'number-format');
    expect(format.map((f) => [f.side, f.severity, f.source?.surface])).toEqual([
      ['source', 'warning', '10.000'],
      ['source', 'warning', '10.000'],
      ['source', 'warning', '$ 290.000'],
    ]);
    expect(result.findings.filter((f) => f.kind === 'figure-missing' || f.kind === 'figure-added')).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('reports a changed value and a changed scale in the Italian copy', () => {
    const edited = it_.replace('25 bitcoin', '35 bitcoin').replace('3 milioni', '3 miliardi');
    const mismatches = compareFigures(en, edited, { from: 'en', to: 'it' }).findings.filter((f) => f.kind === 'figure-mismatch');
    expect(mismatches.map((f) => [f.aspect, f.severity, f.source?.surface, f.target?.surface])).toEqual([
      ['scale', 'error', '$ 3 million', '3 miliardi di dollari'],
      ['value', 'error', '25 bitcoins', '35 bitcoin'],
    ]);
  });
});
