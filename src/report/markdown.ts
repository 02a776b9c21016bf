import { visibleKeepLayout } from '../text/visible.js';
import type { PairOutcome } from '../batch/types.js';
import type { AlignmentReport, Finding, FormatOptions, Severity } from '../types.js';
import type { CiFormatOptions } from './ci-options.js';
import { findingLabel } from './shared.js';
import { formatLocation, locateFinding, SEVERITY_ORDER } from './location.js';

/**
 * A pull-request comment: a summary table, then one collapsible `<details>` per article pair with
 * its findings. GitHub rejects comment bodies over 65,536 characters, so the output stays under
 * `maxChars` (default 65,000) and says how much it left out.
 */
export const MARKDOWN_DEFAULT_MAX_CHARS = 65_000;

const SEVERITY_ICON: Readonly<Record<Severity, string>> = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' };

/** Text safe inside a Markdown table cell and in HTML blocks: no pipes, no line breaks, no tags. */
export function escapeMarkdownCell(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/\|/gu, '\\|')
    // Backticks stay: messages quote figures as `code` on purpose.
    .replace(/[*_[\]]/gu, (char) => `\\${char}`)
    .replace(/\r?\n|\r/gu, ' ');
}

function code(text: string): string {
  const clean = text.replace(/\r?\n|\r/gu, ' ').replace(/\|/gu, '¦');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityCounts(c: Record<Severity, number>, joiner: string): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}${joiner}${c.info} info`;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity] += 1;
  return bySeverity;
}

function pairTitle(outcome: PairOutcome): string {
  return `${outcome.pair.source} → ${outcome.pair.target}`;
}

function verdictOf(outcome: PairOutcome): string {
  if (outcome.report === undefined) return '⛔ not checked';
  const { verdict } = outcome.report.summary;
  if (verdict === 'not-a-translation') return '🔴 not a translation';
  return outcome.report.findings.length === 0 ? '✅ clean' : '⚠️ drift';
}

function findingRow(report: AlignmentReport, finding: Finding): string {
  const where = formatLocation(locateFinding(report, finding));
  const figures =
    finding.source !== undefined || finding.target !== undefined
      ? `${finding.source === undefined ? '–' : code(finding.source.surface)} → ${finding.target === undefined ? '–' : code(finding.target.surface)}`
      : '';
  return `| ${SEVERITY_ICON[finding.severity]} | ${code(findingLabel(finding))} | ${code(where)} | ${figures} | ${escapeMarkdownCell(finding.message)} |`;
}

const FINDINGS_HEADER = ['| Severity | Finding | Where | Figures | Message |', '| --- | --- | --- | --- | --- |'];

interface Budget {
  left: number;
  omittedFindings: number;
  omittedPairs: number;
}

/** Appends `lines` when they fit the budget (keeping `reserve` free); returns whether they did. */
function take(out: string[], lines: readonly string[], budget: Budget, reserve: number): boolean {
  const size = lines.reduce((sum, line) => sum + line.length + 1, 0);
  if (size > budget.left - reserve) return false;
  out.push(...lines);
  budget.left -= size;
  return true;
}

const PAIR_CLOSE = ['', '</details>', ''];
const CLOSE_RESERVE = 400;

function renderPair(out: string[], outcome: PairOutcome, budget: Budget, open: boolean): void {
  const report = outcome.report;
  const findings = report === undefined ? [] : sortFindings(report.findings);
  const summaryCounts = counts(findings);
  const header = [
    `<details${open ? ' open' : ''}>`,
    `<summary><b>${escapeMarkdownCell(pairTitle(outcome))}</b>: ${verdictOf(outcome)}, ${severityCounts(summaryCounts, ', ')}</summary>`,
    '',
  ];
  if (!take(out, header, budget, CLOSE_RESERVE)) {
    budget.omittedPairs += 1;
    budget.omittedFindings += findings.length;
    return;
  }
  if (report === undefined) {
    take(out, [`> ${escapeMarkdownCell(outcome.error ?? 'unknown error')}`], budget, 0);
  } else if (findings.length === 0) {
    take(out, ['No findings.'], budget, 0);
  } else {
    const notes = [
      ...(outcome.baselineKnown ? [`${outcome.baselineKnown} known findings hidden by the baseline.`] : []),
      ...(outcome.suppressed ? [`${outcome.suppressed} findings suppressed by config.`] : []),
    ];
    take(out, [...(notes.length > 0 ? [notes.join(' '), ''] : []), ...FINDINGS_HEADER], budget, CLOSE_RESERVE);
    let shown = 0;
    for (const finding of findings) {
      if (!take(out, [findingRow(report, finding)], budget, CLOSE_RESERVE)) break;
      shown += 1;
    }
    if (shown < findings.length) {
      budget.omittedFindings += findings.length - shown;
      take(out, ['', `_…and ${findings.length - shown} more findings for this pair, not shown (comment size limit)._`], budget, 0);
    }
  }
  out.push(...PAIR_CLOSE);
  budget.left -= PAIR_CLOSE.join('\n').length + 1;
}

function render(outcomes: readonly PairOutcome[], options: CiFormatOptions): string {
  const maxChars = options.maxChars ?? MARKDOWN_DEFAULT_MAX_CHARS;
  const all = outcomes.flatMap((outcome) => outcome.report?.findings ?? []);
  const total = counts(all);
  const broken = outcomes.filter((outcome) => outcome.report === undefined).length;
  const drifted = outcomes.filter((outcome) => (outcome.report?.findings.length ?? 0) > 0).length;
  const headline =
    all.length === 0 && broken === 0
      ? `✅ No translation drift in ${outcomes.length === 1 ? 'the article pair' : `${outcomes.length} article pairs`}.`
      : `${severityCounts(total, ' and ')} in ${drifted} of ${plural(outcomes.length, 'article pair')}${broken > 0 ? `; ${broken} could not be checked` : ''}.`;
  const out: string[] = ['## article-align: translation drift', '', headline, ''];
  const budget: Budget = { left: maxChars - out.join('\n').length - 1, omittedFindings: 0, omittedPairs: 0 };

  if (outcomes.length > 1) {
    const rows = ['| Pair | Verdict | Errors | Warnings | Info |', '| --- | --- | ---: | ---: | ---: |'];
    for (const outcome of outcomes) {
      const c = counts(outcome.report?.findings ?? []);
      rows.push(`| ${escapeMarkdownCell(pairTitle(outcome))} | ${verdictOf(outcome)} | ${c.error} | ${c.warning} | ${c.info} |`);
    }
    // The summary table is dropped as a whole, not cut, when it would crowd out every finding.
    if (!take(out, [...rows, ''], budget, Math.floor(maxChars / 2))) take(out, ['_Summary table left out (comment size limit)._', ''], budget, 0);
  }
  const interesting = outcomes.filter((outcome) => outcome.report === undefined || outcome.report.findings.length > 0);
  for (const outcome of interesting) renderPair(out, outcome, budget, interesting.length === 1);

  if (budget.omittedFindings > 0 || budget.omittedPairs > 0) {
    out.push(
      `> **Truncated:** ${budget.omittedFindings} findings${budget.omittedPairs > 0 ? ` in ${budget.omittedPairs} pairs` : ''} are not shown to keep this comment under ${maxChars.toLocaleString('en-US')} characters. Run \`align\` with \`--format json\` or \`--format sarif\` for all of them.`,
      '',
    );
  }
  return `${out.join('\n').replace(/\n+$/u, '')}\n`;
}

function single(report: AlignmentReport): PairOutcome {
  return {
    pair: { id: 'pair', source: report.source.path ?? '<stdin>', target: report.target.path ?? '<stdin>' },
    report,
    durationMs: 0,
  };
}

/** `--format markdown`: a pull-request comment for one pair. */
export function formatMarkdown(report: AlignmentReport, options: FormatOptions): string {
  return visibleKeepLayout(render([single(report)], options));
}

/** Batch: summary table over all pairs, then the pairs with findings or errors. */
export function formatMarkdownBatch(outcomes: readonly PairOutcome[], options: FormatOptions): string {
  return visibleKeepLayout(render(outcomes, options));
}
