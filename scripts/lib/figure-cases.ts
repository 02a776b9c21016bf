import { compareFigures } from '../../src/figures/index.js';
import type { CompareFiguresResult } from '../../src/types.js';

/** One case of ../shared/cases/figures.dev.json (and of held-out files in the same format). */
export interface FigureCase {
  source: string;
  target: string;
  srcLang: string;
  tgtLang: string;
  expect: 'match' | 'mismatch';
  category: string;
  flag?: string;
  why?: string;
}

/** A mismatch case passes when a warning or error is reported, a match case when none is. */
export function runFigureCase(figureCase: FigureCase): { passed: boolean; result: CompareFiguresResult } {
  const result = compareFigures(figureCase.source, figureCase.target, { from: figureCase.srcLang, to: figureCase.tgtLang });
  return { passed: figureCase.expect === 'match' ? result.ok : !result.ok, result };
}
