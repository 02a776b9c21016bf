import type { AlignmentReport, FigureRef, Finding, Sentence, TextSide } from '../types.js';
import type { PositionedFigureRef } from '../report/location.js';
import type { ConvertedText } from './types.js';

function remapSentence(sentence: Sentence, converted: ConvertedText): Sentence {
  const { line, column } = converted.originalPosition(sentence.start);
  return { ...sentence, line, column };
}

function remapFigure<F extends FigureRef>(figure: F, converted: ConvertedText): F & PositionedFigureRef {
  const start = converted.originalPosition(figure.start);
  // The end is exclusive: locate the last character and step past it.
  const last = converted.originalPosition(Math.max(figure.start, figure.end - 1));
  return { ...figure, line: start.line, column: start.column, endLine: last.line, endColumn: last.column + 1 };
}

function remapSide(side: TextSide, converted: ConvertedText | undefined): TextSide {
  if (converted === undefined || converted.format === 'text') return side;
  return {
    ...side,
    sentences: side.sentences.map((sentence) => remapSentence(sentence, converted)),
    figures: side.figures.map((figure) => remapFigure(figure, converted)),
  };
}

function linesOf(side: TextSide, ids: readonly number[], fallback: number[]): number[] {
  if (ids.length !== fallback.length) return fallback;
  return ids.map((id, index) => side.sentences[id]?.line ?? fallback[index]!);
}

function remapFinding(finding: Finding, source: TextSide, target: TextSide, conv: { source?: ConvertedText; target?: ConvertedText }): Finding {
  const remapped: Finding = {
    ...finding,
    sourceLines: linesOf(source, finding.sourceIds, finding.sourceLines),
    targetLines: linesOf(target, finding.targetIds, finding.targetLines),
  };
  if (finding.source !== undefined && conv.source !== undefined && conv.source.format !== 'text') remapped.source = remapFigure(finding.source, conv.source);
  if (finding.target !== undefined && conv.target !== undefined && conv.target.format !== 'text') remapped.target = remapFigure(finding.target, conv.target);
  return remapped;
}

/**
 * Puts a report computed on converted text (Markdown or HTML stripped to prose) back into the user's
 * files: sentence and finding lines/columns, and figure positions, become those of the original file.
 * Offsets (`start`/`end`) keep referring to the converted text the pipeline read.
 */
export function remapReport(report: AlignmentReport, converted: { source?: ConvertedText; target?: ConvertedText }): AlignmentReport {
  const changed = [converted.source, converted.target].some((c) => c !== undefined && c.format !== 'text');
  if (!changed) return report;
  const source = remapSide(report.source, converted.source);
  const target = remapSide(report.target, converted.target);
  return {
    ...report,
    source,
    target,
    findings: report.findings.map((finding) => remapFinding(finding, source, target, converted)),
  };
}
