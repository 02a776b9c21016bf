import { paintSeverity, palette, type Palette } from '../report/ansi.js';
import type { BatchResult, PairOutcome } from '../batch/types.js';
import { formatGithubBatch } from '../report/github.js';
import { formatJunitBatch } from '../report/junit.js';
import { formatLocation, locateFinding } from '../report/location.js';
import { formatMarkdownBatch } from '../report/markdown.js';
import { formatNdjsonBatch } from '../report/ndjson.js';
import { formatSarifBatch } from '../report/sarif.js';
import { findingLabel } from '../report/shared.js';
import { renderColumns, type Span } from '../report/table-grid.js';
import { REPORT_SCHEMA_VERSION, type FormatOptions, type Severity } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { visible } from './batch-diagnostics.js';

/** Options of the batch formatters: the shared ones plus the run's `--fail-on`. */
export interface BatchFormatOptions extends FormatOptions {
  failOn?: Severity | 'never';
}

/** A batch formatter: pure, over the whole run. */
export type BatchFormatter = (result: BatchResult, options: BatchFormatOptions) => string;

export interface BatchTotals {
  pairs: number;
  clean: number;
  drift: number;
  notATranslation: number;
  notChecked: number;
  findings: Record<Severity, number>;
}

export function batchTotals(outcomes: readonly PairOutcome[]): BatchTotals {
  const totals: BatchTotals = { pairs: outcomes.length, clean: 0, drift: 0, notATranslation: 0, notChecked: 0, findings: { error: 0, warning: 0, info: 0 } };
  for (const outcome of outcomes) {
    const report = outcome.report;
    if (report === undefined) {
      totals.notChecked += 1;
      continue;
    }
    for (const finding of report.findings) totals.findings[finding.severity] += 1;
    if (report.findings.some((finding) => finding.kind === 'not-a-translation')) totals.notATranslation += 1;
    else if (report.findings.length > 0) totals.drift += 1;
    else totals.clean += 1;
  }
  return totals;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `23 ms` or `1.4 s`: most pairs take milliseconds. */
function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms);
}

/** `123 pairs in 41.2 s with 2 jobs: 40 with drift, 83 clean · 10 errors, 50 warnings, 3 info` */
export function batchSummaryLine(result: BatchResult): string {
  const t = batchTotals(result.outcomes);
  const parts = [`${t.drift} with drift`, `${t.clean} clean`];
  if (t.notATranslation > 0) parts.push(`${t.notATranslation} not a translation`);
  if (t.notChecked > 0) parts.push(`${t.notChecked} not checked`);
  return `${t.pairs} pair${t.pairs === 1 ? '' : 's'} in ${seconds(result.durationMs)} with ${result.jobs} job${result.jobs === 1 ? '' : 's'}: ${parts.join(', ')} · ${t.findings.error} error${t.findings.error === 1 ? '' : 's'}, ${t.findings.warning} warning${t.findings.warning === 1 ? '' : 's'}, ${t.findings.info} info`;
}

function verdict(colors: Palette, outcome: PairOutcome): Span {
  const report = outcome.report;
  if (report === undefined) return { text: 'not checked', paint: colors.red };
  if (report.findings.some((finding) => finding.kind === 'not-a-translation')) return { text: 'not a translation', paint: colors.red };
  return report.findings.length === 0 ? { text: 'clean', paint: colors.green } : { text: 'drift', paint: colors.yellow };
}


const SUMMARY_HEAD = ['pair', 'verdict', 'sentences', 'errors', 'warnings', 'info', 'time'];

/** The summary table over all pairs (what a person reads after the progress bar). */
export function formatBatchSummaryTable(result: BatchResult, options: BatchFormatOptions): string {
  const colors = palette(options.color);
  const shown = options.onlyDrift ? result.outcomes.filter((o) => o.report === undefined || o.report.findings.length > 0) : result.outcomes;
  const rows = shown.map((outcome): Span[] => {
    const report = outcome.report;
    const count = (severity: Severity): Span => {
      const n = report?.findings.filter((finding) => finding.severity === severity).length ?? 0;
      return n === 0 ? { text: '0', paint: colors.dim } : { text: String(n), paint: (text) => paintSeverity(colors, severity, text) };
    };
    return [
      { text: visible(outcome.pair.id) },
      verdict(colors, outcome),
      { text: report === undefined ? '–' : `${report.summary.sourceSentences}/${report.summary.targetSentences}` },
      count('error'),
      count('warning'),
      count('info'),
      { text: duration(outcome.durationMs) },
    ];
  });
  const head = SUMMARY_HEAD.map((text): Span => ({ text, paint: colors.bold }));
  return `${renderColumns(head, rows, { align: ['left', 'left', 'right', 'right', 'right', 'right', 'right'], color: options.color })}\n`;
}

/**
 * `table` for a batch: the summary table, every finding, the totals. Why a pair was not checked is
 * a diagnostic: the CLI prints it on stderr (whatever the formats), never in this report.
 */
export function formatBatchTable(result: BatchResult, options: BatchFormatOptions): string {
  const colors = palette(options.color);
  const lines: string[] = [formatBatchSummaryTable(result, options).trimEnd()];
  const problems: string[] = [];
  for (const outcome of result.outcomes) {
    if (outcome.report === undefined) continue;
    for (const finding of outcome.report.findings) {
      const where = formatLocation(locateFinding(outcome.report, finding));
      problems.push(`${paintSeverity(colors, finding.severity, `${finding.severity.padEnd(7)} ${findingLabel(finding)}`)}  ${colors.dim(where)}\n    ${finding.message}`);
    }
  }
  if (problems.length > 0) lines.push('', ...problems);
  lines.push('', colors.bold(batchSummaryLine(result)));
  return `${lines.join('\n')}\n`;
}

/** `json` for a batch: versioned, each pair with its full report (the single-pair JSON) or its error. */
export function formatBatchJson(result: BatchResult, _options: BatchFormatOptions): string {
  const totals = batchTotals(result.outcomes);
  const document = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    kind: 'batch',
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    jobs: result.jobs,
    durationMs: result.durationMs,
    summary: totals,
    pairs: result.outcomes.map((outcome) => ({
      id: outcome.pair.id,
      source: outcome.pair.source,
      target: outcome.pair.target,
      durationMs: outcome.durationMs,
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
      ...(outcome.baselineKnown ? { baselineKnown: outcome.baselineKnown } : {}),
      ...(outcome.suppressed ? { suppressed: outcome.suppressed } : {}),
      ...(outcome.report === undefined ? {} : { report: outcome.report }),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Batch formatters by `--format` name. */
export const BATCH_FORMATTERS: Readonly<Record<string, BatchFormatter>> = {
  table: formatBatchTable,
  json: formatBatchJson,
  ndjson: (result, options) => formatNdjsonBatch(result.outcomes, options),
  markdown: (result, options) => formatMarkdownBatch(result.outcomes, options),
  sarif: (result, options) => formatSarifBatch(result.outcomes, options),
  github: (result, options) => formatGithubBatch(result.outcomes, options),
  junit: (result, options) => formatJunitBatch(result.outcomes, options, result.durationMs),
};
