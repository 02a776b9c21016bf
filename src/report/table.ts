import { paintSeverity, palette, type Palette } from './ansi.js';
import type { AlignmentReport, Bead, Finding, FormatOptions, Sentence, Severity } from '../types.js';
import { visible, visibleKeepLayout } from '../text/visible.js';
import type { CiFormatOptions } from './ci-options.js';
import { findingsByBead, findingLabel, joinParts, summaryParts } from './shared.js';
import { wrapWords } from './wrap.js';
import { renderGrid, type Cell, type Span } from './table-grid.js';

const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ' };

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
function highlighted(colors: Palette, sentence: Sentence, highlights: readonly Highlight[]): Span[] {
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
    push({ text: shown(sentence.text.slice(h.start - sentence.start, h.end - sentence.start)), paint: (text) => colors.bold(paintSeverity(colors, h.severity, text)) });
    cursor = h.end;
  }
  push(plain(shown(sentence.text.slice(cursor - sentence.start))));
  return spans;
}

function sentencesText(colors: Palette, sentences: readonly Sentence[], ids: readonly number[], highlights: readonly Highlight[]): Span[] {
  if (ids.length === 0) return [plain('—')];
  // People count from 1: `[1]` is the first sentence (JSON ids stay 0-based).
  return ids.flatMap((id, index) => [plain(`${index === 0 ? '' : '\n'}[${id + 1}] `), ...highlighted(colors, sentences[id]!, highlights)]);
}

function figureHighlights(findings: readonly Finding[], side: 'source' | 'target'): Highlight[] {
  return findings.flatMap((finding) => {
    const figure = finding[side];
    return figure === undefined ? [] : [{ start: figure.start, end: figure.end, severity: finding.severity }];
  });
}

/** Below this width the score moves into the flags column, so the texts keep their space. */
const NARROW = 100;

interface Layout {
  /** The score has its own column (wide terminals) or heads the flags cell (narrow ones). */
  scoreColumn: boolean;
  widths: number[];
}

/**
 * Column widths (padding included) that fill `width`: the pair number, score and flags take what
 * their content needs, the two text columns share the rest. On a narrow terminal the flags column
 * is as wide as its longest word (`(value)` wraps under the kind) and also carries the score.
 */
function tableLayout(width: number, flagLabels: readonly string[]): Layout {
  const pair = 6;
  const borders = width < NARROW ? 5 : 6;
  const longestWord = Math.max(0, ...flagLabels.flatMap((label) => label.split(' ')).map((word) => [...word].length));
  const longestLabel = Math.max(0, ...flagLabels.map((label) => [...label].length));
  if (width < NARROW) {
    const flags = Math.max('score 1.00'.length, [...'✖ '].length + longestWord) + 2;
    const text = Math.max(6, Math.floor((width - pair - flags - borders) / 2));
    return { scoreColumn: false, widths: [pair, text, text, flags] };
  }
  const score = 7;
  const flags = Math.min(Math.max('flags'.length, longestLabel) + 2, 32);
  const text = Math.floor((width - pair - score - flags - borders) / 2);
  return { scoreColumn: true, widths: [pair, text, text, score, flags] };
}

function beadFlags(colors: Palette, findings: readonly Finding[]): Span[] {
  return findings.map((finding, index) => ({
    text: `${index === 0 ? '' : '\n'}${SEVERITY_ICON[finding.severity]} ${visible(findingLabel(finding))}`,
    paint: (text: string) => paintSeverity(colors, finding.severity, text),
  }));
}

function beadRow(colors: Palette, report: AlignmentReport, bead: Bead, index: number, findings: readonly Finding[], layout: Layout): Cell[] {
  const type: Span[] = bead.type === '1-1' ? [] : [plain('\n'), { text: bead.type, paint: (text) => colors.magenta(text) }];
  const texts = [
    sentencesText(colors, report.source.sentences, bead.source, figureHighlights(findings, 'source')),
    sentencesText(colors, report.target.sentences, bead.target, figureHighlights(findings, 'target')),
  ];
  const flags = beadFlags(colors, findings);
  if (!layout.scoreColumn) {
    const score: Span = { text: `score ${bead.score.toFixed(2)}`, paint: (text) => colors.dim(text) };
    return [[plain(String(index + 1)), ...type], ...texts, flags.length === 0 ? [score] : [score, plain('\n'), ...flags]];
  }
  return [[plain(String(index + 1)), ...type], ...texts, [plain(bead.score.toFixed(2))], flags];
}

/** `en sentence 3 (line 5)`: 1-based sentence numbers, lines of the file as written. */
function sideWhere(lang: string, ids: readonly number[], lines: readonly number[]): string {
  if (ids.length === 0) return '';
  const numbers = ids.map((id) => id + 1).join('+');
  return `${visible(lang)} sentence${ids.length === 1 ? '' : 's'} ${numbers} (line ${lines.join(', ')})`;
}

function findingLine(colors: Palette, report: AlignmentReport, finding: Finding, width: number): string {
  const where = [
    sideWhere(report.source.lang, finding.sourceIds, finding.sourceLines),
    sideWhere(report.target.lang, finding.targetIds, finding.targetLines),
  ]
    .filter((part) => part !== '')
    .join(' ↔ ');
  const pair = finding.bead === undefined ? '' : `pair ${finding.bead + 1}`;
  const headText = `${SEVERITY_ICON[finding.severity]} ${finding.severity.padEnd(7)} ${visible(findingLabel(finding))}`;
  const head = paintSeverity(colors, finding.severity, headText);
  const place = [pair, where].filter((part) => part !== '').join(' · ');
  // The place goes beside the head when it fits, else on its own line; never past the width.
  const placeLine = place === '' ? '' : [...headText].length + 2 + [...place].length <= width ? `  ${colors.dim(place)}` : `\n${colors.dim(wrapWords(place, width, '  '))}`;
  return `${head}${placeLine}\n${wrapWords(visible(finding.message), width, '    ')}`;
}

/** The human format: aligned pairs with scores and flags, then every finding, then a summary line. */
export function formatTable(report: AlignmentReport, options: FormatOptions): string {
  const colors = palette(options.color);
  const perBead = findingsByBead(report.findings);
  const width = options.width ?? 80;
  const layout = tableLayout(width, report.findings.map((finding) => `${SEVERITY_ICON[finding.severity]} ${visible(findingLabel(finding))}`));
  const headings = ['pair', visible(report.source.lang.toUpperCase()), visible(report.target.lang.toUpperCase()), ...(layout.scoreColumn ? ['score'] : []), 'flags'];
  const head: Cell[] = headings.map((h) => [
    { text: h, paint: (text: string) => colors.bold(text) },
  ]);
  const rows: Cell[][] = [];
  report.alignment.beads.forEach((bead, index) => {
    const findings = perBead.get(index) ?? [];
    if (options.onlyDrift && findings.length === 0) return;
    rows.push(beadRow(colors, report, bead, index, findings, layout));
  });

  const parts: string[] = [];
  if (rows.length > 0) parts.push(renderGrid(layout.widths, head, rows));
  else if (options.onlyDrift) parts.push(colors.green('No aligned pair has a finding.'));
  if (report.findings.length > 0) {
    parts.push(colors.bold(`Findings (${report.findings.length})`));
    parts.push(report.findings.map((finding) => findingLine(colors, report, finding, width)).join('\n'));
  }
  const summary = joinParts(summaryParts(report, (options as CiFormatOptions).failOn ?? 'warning').map((part) => visibleKeepLayout(part)), width);
  parts.push(report.summary.verdict === 'clean' ? colors.green(summary) : colors.bold(summary));
  return `${parts.join('\n\n')}\n`;
}
