/**
 * Comparing the figures of a source and a target by meaning. Figures are paired in passes of
 * decreasing certainty:
 *   1. same meaning under some reading (ambiguous forms pick the reading the other side supports;
 *      a reading that needs another locale's separators costs more and yields `number-format`);
 *   2. the same quantity after a unit conversion (`30 yards` → `25 metri`, reported as info);
 *   3. ranges that found no partner are split into their two ends and tried again;
 *   4. what is left is paired slot by slot to say *what* changed (value, scale, currency, unit,
 *      sign, date), and anything still unpaired is missing or added.
 */
import type { CompareFiguresResult, Figure, FigureCompareOptions, FigureFinding } from '../types.js';
import { conversionPass, identifierDigitsPass } from './compare-convert.js';
import { exactPass } from './compare-exact.js';
import { added, byPosition, dedupe, formatFinding, missing } from './compare-findings.js';
import { coverDaysRenderedAsDates, coverRepeats, linkEquivalents, propagateCover, splitRanges, toItem } from './compare-items.js';
import { mismatchPass } from './compare-mismatch.js';

export { roundingStep } from './compare-convert.js';
export { toFigureRef } from './compare-findings.js';

/** Compares already-extracted figures (spans are kept as given). */
export function compareFigureSets(source: readonly Figure[], target: readonly Figure[], options: FigureCompareOptions): FigureFinding[] {
  const findings: FigureFinding[] = [];
  let sItems = source.map((f, k) => toItem(f, 'source', k, source.length));
  let tItems = target.map((f, k) => toItem(f, 'target', k, target.length));
  linkEquivalents(sItems);
  linkEquivalents(tItems);

  exactPass(sItems, tItems, findings, options);
  conversionPass(sItems, tItems, findings);
  // Unpaired ranges: try their ends one by one.
  sItems = splitRanges(sItems);
  tItems = splitRanges(tItems);
  exactPass(sItems, tItems, findings, options);
  conversionPass(sItems, tItems, findings);
  identifierDigitsPass(sItems, tItems);
  // Leftovers are paired by family before a bracketed equivalent may cover them: in
  // `300 km (180 miles)` → `305 km (180 miglia)` the matched miles must not hide the changed km.
  mismatchPass(sItems, tItems, findings);
  propagateCover(sItems);
  propagateCover(tItems);
  coverRepeats(sItems);
  coverRepeats(tItems);
  coverDaysRenderedAsDates(sItems, tItems);
  // Weak figures (articles, spelled-out numbers, ordinals, time words) are never reported for their absence alone.
  for (const item of sItems) if (!item.matched && !item.covered && !item.figure.weak) findings.push(missing(item));
  for (const item of tItems) if (!item.matched && !item.covered && !item.figure.weak) findings.push(added(item));
  // Format problems that need no partner to be seen (`nel 2.019`, `12,5%` in English).
  for (const item of [...sItems, ...tItems]) {
    if (item.matched || item.end === 'high') continue;
    const primary = item.readings[0];
    if (primary?.formatIssue && !item.readings.some((r) => r.cost === 0)) {
      findings.push(formatFinding(item, primary, null, item.side === 'source' ? options.from : options.to));
    }
  }
  return dedupe(findings).sort(byPosition);
}

/** Extracts and compares the figures of two texts. */
export function compareFiguresWith(
  extract: (text: string, lang: string) => Figure[],
  sourceText: string,
  targetText: string,
  options: FigureCompareOptions,
): CompareFiguresResult {
  const findings = compareFigureSets(extract(sourceText, options.from), extract(targetText, options.to), options);
  return { ok: !findings.some((f) => f.severity !== 'info'), findings };
}
