import { Chalk, type ChalkInstance } from 'chalk';
import type { AlignmentReport, Bead, Finding, FormatOptions, Sentence, Severity } from '../types.js';
import { visible, visibleKeepLayout } from '../text/visible.js';
import { findingsByBead, findingLabel, summaryLine } from './shared.js';
import { renderGrid, type Cell, type Span } from './table-grid.js';

const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

function paint(chalk: ChalkInstance, severity: Severity, text: string): string {
  if (severity === 'error') return chalk.red(text);
  if (severity === 'warning') return chalk.yellow(text);
  return chalk.cyan(text);
}

interface Highlight {
  start: number;
  end: number;
  severity: Severity;
}

/** Article text as a cell shows it: whitespace runs as one space, control characters visible (`\x1b`). */
function shown(text: string): string {
  return visible(text.replace(/\s+/gu, ' '));
}

const plain = (text: string): Span => ({ text });

/** Spans of a sentence: the figures named by findings painted in their severity's colour. */
function highlighted(chalk: ChalkInstance, sentence: Sentence, highlights: readonly Highlight[]): Span[] {
  const spans: Span[] = [];
  let cursor = sentence.start;
  const inside = highlights
    .filter((h) => h.start >= sentence.start && h.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  const push = (span: Span): void => {
    // Whitespace runs are one space, also across the edge of a painted figure.
    const previous = spans[spans.length - 1];
    const text = previous?.text.endsWith(' ') === true && span.text.startsWith(' ') ? span.text.slice(1) : span.text;
    if (text !== '') spans.push({ ...span, text });
  };
  for (const h of inside) {
    if (h.start < cursor) continue;
    push(plain(shown(sentence.text.slice(cursor - sentence.start, h.start - sentence.start))));
    push({ text: shown(sentence.text.slice(h.start - sentence.start, h.end - sentence.start)), paint: (text) => chalk.bold(paint(chalk, h.severity, text)) });
    cursor = h.end;
  }
  push(plain(shown(sentence.text.slice(cursor - sentence.start))));
  return spans;
}

function sentencesText(chalk: ChalkInstance, sentences: readonly Sentence[], ids: readonly number[], highlights: readonly Highlight[]): Span[] {
  if (ids.length === 0) return [plain('—')];
  return ids.flatMap((id, index) => [plain(`${index === 0 ? '' : '\n'}[${id}] `), ...highlighted(chalk, sentences[id]!, highlights)]);
}

function figureHighlights(findings: readonly Finding[], side: 'source' | 'target'): Highlight[] {
  return findings.flatMap((finding) => {
    const figure = finding[side];
    return figure === undefined ? [] : [{ start: figure.start, end: figure.end, severity: finding.severity }];
  });
}

function columnWidths(width: number): number[] {
  const fixed = [6, 7, width < 100 ? 24 : 30];
  const borders = 6;
  const text = Math.max(16, Math.floor((width - fixed.reduce((a, b) => a + b, 0) - borders) / 2));
  return [fixed[0]!, text, text, fixed[1]!, fixed[2]!];
}

function beadFlags(chalk: ChalkInstance, findings: readonly Finding[]): Span[] {
  return findings.map((finding, index) => ({
    text: `${index === 0 ? '' : '\n'}${SEVERITY_ICON[finding.severity]} ${visible(findingLabel(finding))}`,
    paint: (text: string) => paint(chalk, finding.severity, text),
  }));
}

function beadRow(chalk: ChalkInstance, report: AlignmentReport, bead: Bead, index: number, findings: readonly Finding[]): Cell[] {
  const type: Span[] = bead.type === '1-1' ? [] : [plain('\n'), { text: bead.type, paint: (text) => chalk.magenta(text) }];
  return [
    [plain(String(index)), ...type],
    sentencesText(chalk, report.source.sentences, bead.source, figureHighlights(findings, 'source')),
    sentencesText(chalk, report.target.sentences, bead.target, figureHighlights(findings, 'target')),
    [plain(bead.score.toFixed(2))],
    beadFlags(chalk, findings),
  ];
}

function findingLine(chalk: ChalkInstance, report: AlignmentReport, finding: Finding): string {
  const where = [
    finding.sourceIds.length > 0 ? `${report.source.lang} ${finding.sourceIds.join('+')} (line ${finding.sourceLines.join(', ')})` : '',
    finding.targetIds.length > 0 ? `${report.target.lang} ${finding.targetIds.join('+')} (line ${finding.targetLines.join(', ')})` : '',
  ]
    .filter((part) => part !== '')
    .join(' ↔ ');
  const head = paint(chalk, finding.severity, `${SEVERITY_ICON[finding.severity]} ${finding.severity.padEnd(7)} ${findingLabel(finding)}`);
  return `${head}${where === '' ? '' : `  ${chalk.dim(where)}`}\n    ${visible(finding.message)}`;
}

/** The human format: aligned pairs with scores and flags, then every finding, then a summary line. */
export function formatTable(report: AlignmentReport, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const perBead = findingsByBead(report.findings);
  const head: Cell[] = ['#', visible(report.source.lang.toUpperCase()), visible(report.target.lang.toUpperCase()), 'score', 'flags'].map((h) => [
    { text: h, paint: (text: string) => chalk.bold(text) },
  ]);
  const rows: Cell[][] = [];
  report.alignment.beads.forEach((bead, index) => {
    const findings = perBead.get(index) ?? [];
    if (options.onlyDrift && findings.length === 0) return;
    rows.push(beadRow(chalk, report, bead, index, findings));
  });

  const parts: string[] = [];
  if (rows.length > 0) parts.push(renderGrid(columnWidths(options.width ?? 120), head, rows));
  else if (options.onlyDrift) parts.push(chalk.green('No aligned pair has a finding.'));
  if (report.findings.length > 0) {
    parts.push(chalk.bold(`Findings (${report.findings.length})`));
    parts.push(report.findings.map((finding) => findingLine(chalk, report, finding)).join('\n'));
  }
  const summary = visibleKeepLayout(summaryLine(report));
  parts.push(report.summary.verdict === 'clean' ? chalk.green(summary) : chalk.bold(summary));
  return `${parts.join('\n\n')}\n`;
}
