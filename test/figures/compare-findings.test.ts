import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatGrouped } from '../../src/figures/compare-findings.js';

const intl = (value: number, decimals: number, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 10, minimumFractionDigits: decimals, useGrouping: true }).format(value);

/** The text, or the error's kind (more than 10 decimals is a RangeError either way). */
function outcome(format: () => string): string {
  try {
    return format();
  } catch (error) {
    return (error as Error).name;
  }
}

/** The fraction digits of a value's shortest form, as the suggestion counts them. */
const decimalsOf = (value: number): number => (String(value).split('.')[1] ?? '').length;

describe('formatGrouped', () => {
  it('writes what Intl.NumberFormat writes, in every language it formats itself and one it does not', () => {
    const values = fc.oneof(
      fc.nat(),
      fc.integer({ min: 0, max: 12 }).chain((scale) => fc.nat().map((n) => n / 10 ** scale)),
      fc.double({ min: 0, max: 1e25, noNaN: true }),
    );
    fc.assert(
      fc.property(values, fc.constantFrom('en', 'it', 'fr', 'de', 'es', 'pt', 'nl', 'ja'), (value, lang) => {
        const decimals = decimalsOf(value);
        expect(outcome(() => formatGrouped(value, decimals, lang))).toBe(outcome(() => intl(value, decimals, lang)));
      }),
      { numRuns: 3000 },
    );
  });

  it('groups thousands the way each language does', () => {
    expect(formatGrouped(1234567.5, 1, 'en')).toBe('1,234,567.5');
    expect(formatGrouped(1234567.5, 1, 'it')).toBe('1.234.567,5');
    expect(formatGrouped(1234, 0, 'fr')).toBe('1\u202f234');
    expect(formatGrouped(999, 0, 'de')).toBe('999');
    expect(formatGrouped(5e-7, 7, 'en')).toBe(intl(5e-7, 7, 'en'));
  });
});
