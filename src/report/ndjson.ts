import { escapeJsonControls } from '../text/visible.js';
import type { PairOutcome } from '../batch/types.js';
import type { AlignmentReport, Finding, FormatOptions } from '../types.js';
import { counterpartLocation, locateFinding, type FindingLocation } from './location.js';

/** One line per finding, for `jq` and log pipelines. Keys are stable; absent values are omitted. */
export interface NdjsonFindingLine {
  type: 'finding';
  /** Set in batch runs: the pair's id. */
  pair?: string;
  kind: Finding['kind'];
  severity: Finding['severity'];
  aspect?: Finding['aspect'];
  message: string;
  file: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  side: FindingLocation['side'];
  related?: { file: string | null; line: number; column: number; side: FindingLocation['side'] };
  source: { path: string | null; lang: string; sentenceIds: number[]; lines: number[]; figure?: string };
  target: { path: string | null; lang: string; sentenceIds: number[]; lines: number[]; figure?: string };
  conversion?: string;
  fingerprint: string;
}

/** A pair that could not be checked (batch runs only). */
export interface NdjsonErrorLine {
  type: 'error';
  pair: string;
  source: string;
  target: string;
  message: string;
}

export function ndjsonFindingLine(report: AlignmentReport, finding: Finding, pair?: string): NdjsonFindingLine {
  const at = locateFinding(report, finding);
  const other = counterpartLocation(report, finding, at);
  return {
    type: 'finding',
    ...(pair === undefined ? {} : { pair }),
    kind: finding.kind,
    severity: finding.severity,
    ...(finding.aspect === undefined ? {} : { aspect: finding.aspect }),
    message: finding.message,
    file: at.path,
    line: at.line,
    column: at.column,
    ...(at.endLine === undefined ? {} : { endLine: at.endLine, endColumn: at.endColumn }),
    side: at.side,
    ...(other === undefined ? {} : { related: { file: other.path, line: other.line, column: other.column, side: other.side } }),
    source: {
      path: report.source.path,
      lang: report.source.lang,
      sentenceIds: finding.sourceIds,
      lines: finding.sourceLines,
      ...(finding.source === undefined ? {} : { figure: finding.source.surface }),
    },
    target: {
      path: report.target.path,
      lang: report.target.lang,
      sentenceIds: finding.targetIds,
      lines: finding.targetLines,
      ...(finding.target === undefined ? {} : { figure: finding.target.surface }),
    },
    ...(finding.conversion === undefined ? {} : { conversion: finding.conversion }),
    fingerprint: finding.fingerprint,
  };
}

function toLines(objects: readonly object[]): string {
  return objects.map((object) => `${escapeJsonControls(JSON.stringify(object))}\n`).join('');
}

/** `--format ndjson`: one JSON object per finding and line; empty output when there are none. */
export function formatNdjson(report: AlignmentReport, _options: FormatOptions): string {
  return toLines(report.findings.map((finding) => ndjsonFindingLine(report, finding)));
}

/** Batch: every pair's findings (tagged with `pair`), and one `type: "error"` line per broken pair. */
export function formatNdjsonBatch(outcomes: readonly PairOutcome[], _options: FormatOptions): string {
  const lines: object[] = [];
  for (const outcome of outcomes) {
    if (outcome.report !== undefined) {
      const report = outcome.report;
      for (const finding of report.findings) lines.push(ndjsonFindingLine(report, finding, outcome.pair.id));
    } else {
      const error: NdjsonErrorLine = {
        type: 'error',
        pair: outcome.pair.id,
        source: outcome.pair.source,
        target: outcome.pair.target,
        message: outcome.error ?? 'unknown error',
      };
      lines.push(error);
    }
  }
  return toLines(lines);
}
