import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runFigureCase, type FigureCase } from '../../scripts/lib/figure-cases.js';

/**
 * The project's own figure cases per language (fixtures/figures/cases.<lang>.json, the format of
 * ../shared/cases/figures.dev.json): at least 40 per language, every category, all passing.
 */
const CATEGORIES = ['separators', 'scale-words', 'currency', 'percent', 'written-numbers', 'dates-times', 'units', 'qualifiers', 'ordinals', 'ranges'];

describe.each(['fr', 'de', 'es', 'pt'])('figure cases en↔%s', (lang) => {
  const cases = JSON.parse(readFileSync(new URL(`../../fixtures/figures/cases.${lang}.json`, import.meta.url), 'utf8')) as FigureCase[];

  it('has at least 40 cases over every category, with matches and mismatches', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.category))).toEqual(new Set([...CATEGORIES, 'add-remove']));
    expect(cases.every((c) => c.srcLang === 'en' && c.tgtLang === lang)).toBe(true);
    expect(cases.filter((c) => c.expect === 'mismatch').length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases.map((c) => [`${c.category}: ${c.source} → ${c.target} (${c.expect})`, c] as const))('%s', (_name, figureCase) => {
    expect(runFigureCase(figureCase).passed).toBe(true);
  });
});
