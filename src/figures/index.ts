/**
 * The figure engine: extraction of every figure in a text (numbers, amounts, percentages, dates,
 * times, quantities, ranges, ordinals, identifiers) normalised by meaning, and comparison of a
 * source's figures with a target's.
 */
import type { CompareFiguresResult, Figure, FigureCompareOptions, FigureFinding } from '../types.js';
import { compareFigureSets as compareSets, compareFiguresWith, toFigureRef } from './compare.js';
import { extractFigures } from './extract.js';

export { extractFigures, toFigureRef };
export { extractFiguresInChunks, type ChunkedExtractOptions } from './chunked.js';
export { figureProfile, FIGURE_LANGUAGES } from './profile.js';
export type { FigureLanguageData, FigureRegionData } from './language.js';

/** Compares figures already extracted (with spans into any text); returns findings in order. */
export function compareFigureSets(
  source: readonly Figure[],
  target: readonly Figure[],
  options: FigureCompareOptions,
): FigureFinding[] {
  return compareSets(source, target, options);
}

/**
 * Extracts the figures of both texts and compares them by meaning. `ok` is false when any
 * finding is at warning or error severity.
 */
export function compareFigures(sourceText: string, targetText: string, options: FigureCompareOptions): CompareFiguresResult {
  return compareFiguresWith(extractFigures, sourceText, targetText, options);
}
