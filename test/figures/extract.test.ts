import { describe, expect, it } from 'vitest';
import { extractFigures, toFigureRef } from '../../src/figures/index.js';
import type { Figure } from '../../src/types.js';

function one(text: string, lang: string): Figure {
  const figures = extractFigures(text, lang);
  expect(figures, JSON.stringify(figures)).toHaveLength(1);
  const [figure] = figures;
  if (!figure) throw new Error('no figure');
  expect(text.slice(figure.start, figure.end)).toBe(figure.surface);
  return figure;
}

describe('extractFigures', () => {
  it('keeps exact spans into the text', () => {
    const text = 'The exchange asked for 300 bitcoin – over $ 3 million – on 21 November 2026.';
    const figures = extractFigures(text, 'en');
    expect(figures.map((f) => [f.surface, text.slice(f.start, f.end)])).toEqual([
      ['300 bitcoin', '300 bitcoin'],
      ['$ 3 million', '$ 3 million'],
      ['21 November 2026', '21 November 2026'],
    ]);
  });

  it('normalises currencies, scales and percentages', () => {
    expect(one('$ 3 million', 'en')).toMatchObject({ kind: 'currency', value: 3e6, unit: 'USD', key: 'USD:3000000', mantissa: 3, scale: 1e6 });
    expect(one('3 milioni di dollari', 'it')).toMatchObject({ kind: 'currency', value: 3e6, unit: 'USD', key: 'USD:3000000' });
    expect(one('£300m', 'en')).toMatchObject({ value: 3e8, unit: 'GBP' });
    expect(one('250mila euro', 'it')).toMatchObject({ value: 250000, unit: 'EUR' });
    expect(one('4 milioni e 325 mila', 'it')).toMatchObject({ value: 4325000 });
    expect(one('3 milioni e mezzo', 'it')).toMatchObject({ value: 3.5e6 });
    expect(one('25 bitcoins', 'en')).toMatchObject({ value: 25, unit: 'BTC' });
    expect(one('300 BTC', 'it')).toMatchObject({ value: 300, unit: 'BTC' });
    expect(one('5 per cento', 'it')).toMatchObject({ kind: 'percent', value: 5, unit: '%' });
    expect(one('5 percentage points', 'en')).toMatchObject({ kind: 'percentage-point', value: 5, unit: 'pp' });
    expect(one('1 bilione', 'it')).toMatchObject({ value: 1e12 });
    expect(one('1 billion', 'en')).toMatchObject({ value: 1e9 });
  });

  it('reads separators by language and keeps the other reading of ambiguous forms', () => {
    expect(one('1.250', 'it')).toMatchObject({ value: 1250 });
    expect(one('1.250', 'en')).toMatchObject({ value: 1.25, alternatives: [{ value: 1250, formatIssue: '`.` does not group thousands in English' }] });
    expect(one('11,200', 'it')).toMatchObject({ value: 11.2 });
    expect(one('11,200', 'en')).toMatchObject({ value: 11200 });
    // `10.000` as ten with three zero decimals is implausible: read as a grouping error
    expect(one('10.000', 'en')).toMatchObject({ value: 10000, formatIssue: '`.` does not group thousands in English' });
    expect(one("10'000", 'it-CH')).toMatchObject({ value: 10000 });
    expect(one('10\u202f000,5', 'fr')).toMatchObject({ value: 10000.5 });
    expect(one('−1.554,5', 'it')).toMatchObject({ value: -1554.5 });
    expect(one('١٧٥٪', 'ar')).toMatchObject({ value: 175, unit: '%' });
  });

  it('tells years, dates and times apart from quantities', () => {
    expect(one('nel 1974', 'it')).toMatchObject({ kind: 'year', value: 1974, key: 'year:1974' });
    expect(one('nel 2.019', 'it')).toMatchObject({ kind: 'year', formatIssue: 'years are never written with a thousands separator' });
    expect(one('1° aprile', 'it')).toMatchObject({ kind: 'date', key: 'date:????-04-01' });
    expect(one('November 21, 2026', 'en')).toMatchObject({ kind: 'date', key: 'date:2026-11-21' });
    expect(one('11/12/2026', 'en-US')).toMatchObject({ key: 'date:2026-11-12' });
    expect(one('11/12/2026', 'it')).toMatchObject({ key: 'date:2026-12-11' });
    expect(one('11/12/2026', 'en').alternatives?.[0]).toMatchObject({ key: 'date:2026-11-12' });
    expect(one('3 p.m.', 'en')).toMatchObject({ kind: 'time', key: 'time:15:00' });
    expect(one('alle 15.00', 'it')).toMatchObject({ kind: 'time', key: 'time:15:00' });
    expect(one('2019-20', 'en')).toMatchObject({ kind: 'range', range: { low: 2019, high: 2020 } });
  });

  it('reads units, ranges, qualifiers and ordinals', () => {
    expect(one('30 yards', 'en')).toMatchObject({ kind: 'quantity', value: 30, unit: 'yd' });
    expect(one('138 km/h', 'it')).toMatchObject({ unit: 'km/h' });
    expect(one('77 °F', 'en')).toMatchObject({ unit: 'degF' });
    expect(one('550 pound hog', 'en')).toMatchObject({ unit: 'GBP', alternatives: [{ unit: 'lb' }] });
    expect(one('10-20 dollars', 'en')).toMatchObject({ kind: 'range', unit: 'USD', range: { low: 10, high: 20 } });
    expect(one('tra 10 e 20 dollari', 'it')).toMatchObject({ kind: 'range', unit: 'USD', range: { low: 10, high: 20 } });
    expect(one('more than 10 euros', 'en')).toMatchObject({ qualifier: 'gt' });
    expect(one('fino a 25 bitcoin', 'it')).toMatchObject({ qualifier: 'le' });
    expect(one('the 44th lap', 'en')).toMatchObject({ kind: 'ordinal', value: 44 });
    expect(one('al 44° giro', 'it')).toMatchObject({ kind: 'ordinal', value: 44 });
    expect(one('terzo trimestre', 'it')).toMatchObject({ kind: 'ordinal', value: 3, weak: true });
  });

  it('reads written numbers in both languages', () => {
    expect(one('twenty-three', 'en')).toMatchObject({ value: 23 });
    expect(one('ventitré', 'it')).toMatchObject({ value: 23 });
    expect(one('duemilatrecento', 'it')).toMatchObject({ value: 2300 });
    expect(one('tre milioni', 'it')).toMatchObject({ value: 3e6, mantissa: 3, scale: 1e6 });
    expect(one('half a million', 'en')).toMatchObject({ value: 5e5 });
    expect(one('mezzo milione', 'it')).toMatchObject({ value: 5e5 });
    expect(one('una dozzina', 'it')).toMatchObject({ value: 12 });
    expect(one('three quarters', 'en')).toMatchObject({ value: 0.75 });
  });

  it('keeps identifiers verbatim and never reads them as grouped numbers', () => {
    expect(one('192.168.1.2', 'en')).toMatchObject({ kind: 'identifier', value: null, key: 'id:192.168.1.2' });
    expect(one('version 12.34.56', 'en')).toMatchObject({ kind: 'identifier', key: 'id:12.34.56' });
    expect(one('Covid-19', 'it')).toMatchObject({ kind: 'identifier', key: 'id:COVID19' });
    expect(one('the G7', 'en')).toMatchObject({ kind: 'identifier', key: 'id:G7' });
    expect(one('+39 06 1234 5678', 'it')).toMatchObject({ kind: 'identifier' });
    expect(one('3D printer', 'en')).toMatchObject({ kind: 'identifier', weak: true });
  });

  it('describes a figure for findings', () => {
    expect(toFigureRef(one('$ 3 million', 'en'))).toEqual({
      surface: '$ 3 million', start: 0, end: 11, kind: 'currency', value: 3e6, unit: 'USD', normalized: '3000000 USD',
    });
  });

  it('treats unknown languages neutrally', () => {
    expect(one('R57.60', 'und')).toMatchObject({ value: 57.6, unit: 'ZAR' });
    expect(one('R57,60', 'af')).toMatchObject({ value: 57.6, unit: 'ZAR' });
  });
});
