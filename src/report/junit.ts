import { visibleKeepLayout } from '../text/visible.js';
import type { PairOutcome } from '../batch/types.js';
import type { AlignmentReport, Finding, FormatOptions } from '../types.js';
import type { CiFormatOptions } from './ci-options.js';
import { findingLabel } from './shared.js';
import { formatLocation, locateFinding, SEVERITY_ORDER } from './location.js';

/**
 * JUnit XML, the format most CI dashboards read: one testcase per article pair. A pair fails when it
 * has findings at or above `failOn` (default warning); a pair that could not be checked is an error.
 */

/** XML 1.0 text: escapes markup and drops characters XML cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function findingLine(report: AlignmentReport, finding: Finding): string {
  return `${finding.severity} ${findingLabel(finding)} at ${formatLocation(locateFinding(report, finding))}: ${finding.message}`;
}

interface Testcase {
  xml: string;
  failed: boolean;
  errored: boolean;
}

function testcase(outcome: PairOutcome, options: CiFormatOptions): Testcase {
  const name = escapeXml(`${outcome.pair.source} → ${outcome.pair.target}`);
  const open = `    <testcase classname="article-align" name="${name}" time="${seconds(outcome.durationMs)}"`;
  if (outcome.report === undefined) {
    const message = escapeXml(outcome.error ?? 'unknown error');
    return { xml: `${open}>\n      <error message="${message}" type="input-error">${message}</error>\n    </testcase>\n`, failed: false, errored: true };
  }
  const report = outcome.report;
  const failOn = options.failOn ?? 'warning';
  const failing =
    failOn === 'never' ? [] : report.findings.filter((finding) => SEVERITY_ORDER[finding.severity] >= SEVERITY_ORDER[failOn]);
  const others = report.findings.filter((finding) => !failing.includes(finding));
  let body = '';
  if (failing.length > 0) {
    const kinds = [...new Set(failing.map((finding) => findingLabel(finding)))].join(', ');
    const message = escapeXml(`${failing.length} finding${failing.length === 1 ? '' : 's'} at or above ${failOn}: ${kinds}`);
    const details = escapeXml(failing.map((finding) => findingLine(report, finding)).join('\n'));
    body += `      <failure message="${message}" type="translation-drift">${details}</failure>\n`;
  }
  if (others.length > 0) {
    body += `      <system-out>${escapeXml(others.map((finding) => findingLine(report, finding)).join('\n'))}</system-out>\n`;
  }
  return { xml: body === '' ? `${open}/>\n` : `${open}>\n${body}    </testcase>\n`, failed: failing.length > 0, errored: false };
}

function render(outcomes: readonly PairOutcome[], options: CiFormatOptions, totalMs: number): string {
  const cases = outcomes.map((outcome) => testcase(outcome, options));
  const failures = cases.filter((c) => c.failed).length;
  const errors = cases.filter((c) => c.errored).length;
  const stats = `tests="${cases.length}" failures="${failures}" errors="${errors}" time="${seconds(totalMs)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<testsuites name="article-align" ${stats}>\n`,
    `  <testsuite name="article-align" ${stats} skipped="0">\n`,
    ...cases.map((c) => c.xml),
    '  </testsuite>\n',
    '</testsuites>\n',
  ].join('');
}

/** `--format junit` for one pair: a suite with a single testcase. */
export function formatJunit(report: AlignmentReport, options: FormatOptions): string {
  const durationMs = (options as CiFormatOptions).durationMs ?? 0;
  const outcome: PairOutcome = {
    pair: { id: 'pair', source: report.source.path ?? '<stdin>', target: report.target.path ?? '<stdin>' },
    report,
    durationMs,
  };
  return visibleKeepLayout(render([outcome], options, durationMs));
}

export function formatJunitBatch(outcomes: readonly PairOutcome[], options: FormatOptions, totalMs?: number): string {
  return visibleKeepLayout(render(outcomes, options, totalMs ?? outcomes.reduce((sum, outcome) => sum + outcome.durationMs, 0)));
}
