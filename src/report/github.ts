import { visibleKeepLayout } from '../text/visible.js';
import type { PairOutcome } from '../batch/types.js';
import type { AlignmentReport, Finding, FormatOptions, Severity } from '../types.js';
import { findingLabel } from './shared.js';
import { locateFinding } from './location.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`). Escaping follows the Actions
 * toolkit: data escapes `%`, CR and LF; property values also escape `:` and `,`.
 */
export function escapeCommandData(value: string): string {
  // Other control characters are made visible: an annotation must not carry a terminal escape.
  return visibleKeepLayout(value.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A'));
}

export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

const COMMAND_BY_SEVERITY: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

export interface WorkflowCommandProperties {
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

/** One workflow command line; properties keep a fixed order and absent ones are left out. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: WorkflowCommandProperties, message: string): string {
  const order: Array<keyof WorkflowCommandProperties> = ['file', 'line', 'col', 'endLine', 'endColumn', 'title'];
  const rendered = order
    .filter((key) => properties[key] !== undefined)
    .map((key) => `${key}=${escapeCommandProperty(String(properties[key]))}`)
    .join(',');
  return `::${command}${rendered === '' ? '' : ` ${rendered}`}::${escapeCommandData(message)}\n`;
}

function findingCommand(report: AlignmentReport, finding: Finding): string {
  const at = locateFinding(report, finding);
  const properties: WorkflowCommandProperties = {
    ...(at.path === null ? {} : { file: at.path }),
    line: at.line,
    col: at.column,
    ...(at.endLine !== undefined && at.endLine === at.line && at.endColumn !== undefined ? { endColumn: at.endColumn } : {}),
    title: `article-align: ${findingLabel(finding)}`,
  };
  return workflowCommand(COMMAND_BY_SEVERITY[finding.severity], properties, finding.message);
}

/** `--format github`: one annotation per finding. */
export function formatGithub(report: AlignmentReport, _options: FormatOptions): string {
  return report.findings.map((finding) => findingCommand(report, finding)).join('');
}

/** Batch: annotations for every pair, and an error annotation on the source file of a broken pair. */
export function formatGithubBatch(outcomes: readonly PairOutcome[], _options: FormatOptions): string {
  return outcomes
    .map((outcome) =>
      outcome.report !== undefined
        ? formatGithub(outcome.report, _options)
        : workflowCommand('error', { file: outcome.pair.source, title: 'article-align: pair not checked' }, outcome.error ?? 'unknown error'),
    )
    .join('');
}
