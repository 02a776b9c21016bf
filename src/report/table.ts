import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AlignmentReport, Bead, Finding, FormatOptions, Sentence, Severity } from '../types.js';
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

/** The sentence with the figures named by findings painted in their severity's colour. */
function highlighted(chalk: ChalkInstance, sentence: Sentence, highlights: readonly Highlight[]): string {
  let out = '';
  let cursor = sentence.start;
  const inside = highlights
    .filter((h) => h.start >= sentence.start && h.end <= sentence.end)
    .sort((a, b) => a.start - b.start);
  for (const h of inside) {
    if (h.start < cursor) continue;
    out += sentence.text.slice(cursor - sentence.start, h.start - sentence.start);
    out += chalk.bold(paint(chalk, h.severity, sentence.text.slice(h.start - sentence.start, h.end - sentence.start)));
    cursor = h.end;
  }
  return (out + sentence.text.slice(cursor - sentence.start)).replace(/\s+/gu, ' ');
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
  return findings.map((finding) => paint(chalk, finding.severity, `${SEVERITY_ICON[finding.severity]} ${findingLabel(finding)}`)).join('\n');
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
  return `${head}${where === '' ? '' : `  ${chalk.dim(where)}`}\n    ${finding.message}`;
}

/** The human format: aligned pairs with scores and flags, then every finding, then a summary line. */
export function formatTable(report: AlignmentReport, options: FormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const perBead = findingsByBead(report.findings);
  const table = new Table({
    head: ['#', report.source.lang.toUpperCase(), report.target.lang.toUpperCase(), 'score', 'flags'].map((h) => chalk.bold(h)),
    colWidths: columnWidths(options.width ?? 120),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  report.alignment.beads.forEach((bead, index) => {
    const findings = perBead.get(index) ?? [];
    if (options.onlyDrift && findings.length === 0) return;
    table.push(beadRow(chalk, report, bead, index, findings));
  });

  const parts: string[] = [];
  if (table.length > 0) parts.push(table.toString());
  else if (options.onlyDrift) parts.push(chalk.green('No aligned pair has a finding.'));
  if (report.findings.length > 0) {
    parts.push(chalk.bold(`Findings (${report.findings.length})`));
    parts.push(report.findings.map((finding) => findingLine(chalk, report, finding)).join('\n'));
  }
  const summary = summaryLine(report);
  parts.push(report.summary.verdict === 'clean' ? chalk.green(summary) : chalk.bold(summary));
  return `${parts.join('\n\n')}\n`;
}
