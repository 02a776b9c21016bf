import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AlignmentReport, Bead, Finding, FormatOptions, Sentence, Severity } from '../types.js';
import { visible, visibleKeepLayout } from '../text/visible.js';
import { findingsByBead, findingLabel, summaryLine } from './shared.js';

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

/** The sentence with the figures named by findings painted in their severity's colour. */
function highlighted(chalk: ChalkInstance, sentence: Sentence, highlights: readonly Highlight[]): string {
  let out = '';
  let cursor = sentence.start;
  const inside = highlights
    .filter((h) => h.start >= sentence.start && h.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  for (const h of inside) {
    if (h.start < cursor) continue;
    out += shown(sentence.text.slice(cursor - sentence.start, h.start - sentence.start));
    out += chalk.bold(paint(chalk, h.severity, shown(sentence.text.slice(h.start - sentence.start, h.end - sentence.start))));
    cursor = h.end;
  }
  return out + shown(sentence.text.slice(cursor - sentence.start));
}

function sentencesText(chalk: ChalkInstance, sentences: readonly Sentence[], ids: readonly number[], highlights: readonly Highlight[]): string {
  if (ids.length === 0) return '—';
  return ids.map((id) => `[${id}] ${highlighted(chalk, sentences[id]!, highlights)}`).join('\n');
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

function beadFlags(chalk: ChalkInstance, findings: readonly Finding[]): string {
  return findings.map((finding) => paint(chalk, finding.severity, `${SEVERITY_ICON[finding.severity]} ${visible(findingLabel(finding))}`)).join('\n');
}

function beadRow(chalk: ChalkInstance, report: AlignmentReport, bead: Bead, index: number, findings: readonly Finding[]): string[] {
  const type = bead.type === '1-1' ? '' : `\n${chalk.magenta(bead.type)}`;
  return [
    `${index}${type}`,
    sentencesText(chalk, report.source.sentences, bead.source, figureHighlights(findings, 'source')),
    sentencesText(chalk, report.target.sentences, bead.target, figureHighlights(findings, 'target')),
    bead.score.toFixed(2),
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

/**
 * Rows per cli-table3 render. cli-table3 lays out a table in time that grows faster than its row
 * count, so a long article is drawn as a run of small tables with the same fixed column widths,
 * stitched at their borders: linear in the number of rows, and identical to one big table.
 */
export const TABLE_CHUNK_ROWS = 200;

type Row = string[];

function newTable(colWidths: number[], head: string[]): Table.Table {
  return new Table({
    head,
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
}

/** One table drawn chunk by chunk: the first chunk keeps the top border, the last the bottom one. */
function renderRows(colWidths: number[], head: string[], rows: readonly Row[]): string {
  if (rows.length === 0) return '';
  const parts: string[] = [];
  for (let start = 0; start < rows.length; start += TABLE_CHUNK_ROWS) {
    const table = newTable(colWidths, start === 0 ? head : []);
    for (const row of rows.slice(start, start + TABLE_CHUNK_ROWS)) table.push(row);
    const lines = table.toString().split('\n');
    const first = start === 0;
    const last = start + TABLE_CHUNK_ROWS >= rows.length;
    // A middle border (├─┼─┤) joins two chunks where the bottom (└─┴─┘) and top (┌─┬─┐) would be.
    if (!first) lines[0] = lines[0]!.replace('┌', '├').replace(/┬/gu, '┼').replace('┐', '┤');
    if (!last) lines.pop();
    parts.push(lines.join('\n'));
  }
  return parts.join('\n');
}

/** The human format: aligned pairs with scores and flags, then every finding, then a summary line. */
export function formatTable(report: AlignmentReport, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const perBead = findingsByBead(report.findings);
  const head = ['#', visible(report.source.lang.toUpperCase()), visible(report.target.lang.toUpperCase()), 'score', 'flags'].map((h) => chalk.bold(h));
  const rows: Row[] = [];
  report.alignment.beads.forEach((bead, index) => {
    const findings = perBead.get(index) ?? [];
    if (options.onlyDrift && findings.length === 0) return;
    rows.push(beadRow(chalk, report, bead, index, findings));
  });

  const parts: string[] = [];
  if (rows.length > 0) parts.push(renderRows(columnWidths(options.width ?? 120), head, rows));
  else if (options.onlyDrift) parts.push(chalk.green('No aligned pair has a finding.'));
  if (report.findings.length > 0) {
    parts.push(chalk.bold(`Findings (${report.findings.length})`));
    parts.push(report.findings.map((finding) => findingLine(chalk, report, finding)).join('\n'));
  }
  const summary = visibleKeepLayout(summaryLine(report));
  parts.push(report.summary.verdict === 'clean' ? chalk.green(summary) : chalk.bold(summary));
  return `${parts.join('\n\n')}\n`;
}
