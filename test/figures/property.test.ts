import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from '../../src/figures/index.js';

/** Compact-notation words and letters Intl uses in en and it, with their scale. */
const COMPACT: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, mila: 1e3, m: 1e6, million: 1e6, mln: 1e6, milioni: 1e6, milione: 1e6,
  b: 1e9, billion: 1e9, mld: 1e9, miliardi: 1e9, miliardo: 1e9, t: 1e12, trillion: 1e12, bln: 1e12,
  'mila miliardi': 1e12,
};

/** The value a reader sees in Intl's output, rebuilt from its parts (independent of the engine). */
function displayed(parts: Intl.NumberFormatPart[]): { value: number; unit: string | null } {
  let digits = '';
  let sign = 1;
  let scale = 1;
  let unit: string | null = null;
  for (const part of parts) {
    if (part.type === 'integer') digits += part.value;
    else if (part.type === 'decimal') digits += '.';
    else if (part.type === 'fraction') digits += part.value;
    else if (part.type === 'minusSign') sign = -1;
    else if (part.type === 'compact') scale = COMPACT[part.value.toLowerCase()] ?? Number.NaN;
    else if (part.type === 'percentSign') unit = '%';
  }
  return { value: sign * Number(digits) * scale, unit };
}

const styles: Array<{ name: string; options: Intl.NumberFormatOptions; unit?: string }> = [
  { name: 'plain', options: { useGrouping: false, maximumFractionDigits: 3 } },
  { name: 'grouped', options: { useGrouping: true, maximumFractionDigits: 3 } },
  { name: 'compact short', options: { notation: 'compact' } },
  { name: 'compact long', options: { notation: 'compact', compactDisplay: 'long' } },
  { name: 'currency USD', options: { style: 'currency', currency: 'USD' }, unit: 'USD' },
  { name: 'currency EUR', options: { style: 'currency', currency: 'EUR' }, unit: 'EUR' },
  { name: 'currency GBP', options: { style: 'currency', currency: 'GBP' }, unit: 'GBP' },
  { name: 'percent', options: { style: 'percent', maximumFractionDigits: 2 }, unit: '%' },
];

const values = fc.oneof(
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 1e9, max: 9e13, noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
);

describe('Intl.NumberFormat output round-trips through extraction', () => {
  for (const locale of ['en', 'it', 'it-CH']) {
    for (const style of styles) {
      it(`${locale} ${style.name}`, () => {
        const format = new Intl.NumberFormat(locale, style.options);
        fc.assert(
          fc.property(values, (raw) => {
            const parts = format.formatToParts(raw);
            const text = parts.map((p) => p.value).join('');
            const expected = displayed(parts);
            if (!Number.isFinite(expected.value)) return;
            const figures = extractFigures(text, locale);
            expect(figures, text).toHaveLength(1);
            const [figure] = figures;
            expect(figure?.start).toBe(0);
            expect(figure?.end).toBe(text.length);
            const value = figure?.value ?? Number.NaN;
            // `-0` and `0` are the same figure
            expect(Math.abs(value - expected.value) <= Math.abs(expected.value) * 1e-9 + 1e-12, `${text}: ${value} vs ${expected.value}`).toBe(true);
            if (style.unit) expect(figure?.unit, text).toBe(style.unit);
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it('a number round-trips between en and it formatting as the same figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = whole + cents / 100;
        const en = new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(value);
        const itText = new Intl.NumberFormat('it', { minimumFractionDigits: 2 }).format(value);
        const [a] = extractFigures(en, 'en');
        const [b] = extractFigures(itText, 'it');
        expect(a?.value).toBeCloseTo(value, 6);
        expect(b?.value).toBeCloseTo(value, 6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('extraction never throws and keeps its spans honest', () => {
  const pieces = [
    '1', '12', '1.000', '1,5', ' ', '\u00a0', '-', '–', '/', ':', '.', ',', "'", '%', '$', '€', '£', 'million', 'milioni', 'e', 'and',
    'mezzo', 'half', 'a', 'un', 'tre', 'twenty', '-', 'three', 'km', 'miles', '°', 'C', 'p.m.', 'alle', 'in', 'nel', 'April', 'aprile',
    'more than', 'oltre', 'tra', 'between', 'to', '½', '١٢', '三', '万', 'VT', 'Covid', '(', ')', 'st', 'th', 'Q', 'ventunesimo', 'enne',
  ];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
  for (const lang of ['en', 'it', 'de', 'fr', 'es', 'it-CH', 'en-US', 'und', 'ja']) {
    it(lang, () => {
      fc.assert(
        fc.property(fc.oneof(texts, fc.string({ maxLength: 60 })), (text) => {
          const figures = extractFigures(text, lang);
          let previousEnd = 0;
          for (const figure of figures) {
            expect(text.slice(figure.start, figure.end)).toBe(figure.surface);
            expect(figure.end).toBeGreaterThan(figure.start);
            expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = figure.end;
            expect(typeof figure.key).toBe('string');
          }
        }),
        { numRuns: 400 },
      );
    });
  }
});

describe('comparison is total and consistent', () => {
  const amounts = fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom('', ' dollars', '%', ' km', ' million', ' BTC'));
  it('a text compared with itself has no findings; ok mirrors the severities', () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 8 }), fc.array(amounts, { maxLength: 8 }), (a, b) => {
        const text = (xs: Array<[number, string]>): string => xs.map(([n, u]) => `${n.toLocaleString('en')}${u}`).join(' and ');
        expect(compareFigures(text(a), text(a), { from: 'en', to: 'en' }).findings.filter((f) => f.severity !== 'info')).toEqual([]);
        const result = compareFigures(text(a), text(b), { from: 'en', to: 'it' });
        expect(result.ok).toBe(!result.findings.some((f) => f.severity !== 'info'));
      }),
      { numRuns: 200 },
    );
  });
});
