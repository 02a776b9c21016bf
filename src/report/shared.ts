import type { AlignmentReport, Finding, Severity } from '../types.js';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** `figure-mismatch (value)`, `omission`, … */
export function findingLabel(finding: Finding): string {
  return finding.aspect === undefined ? finding.kind : `${finding.kind} (${finding.aspect})`;
}

export function findingsByBead(findings: readonly Finding[]): Map<number, Finding[]> {
  const byBead = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (finding.bead === undefined) continue;
    const list = byBead.get(finding.bead) ?? [];
    list.push(finding);
    byBead.set(finding.bead, list);
  }
  return byBead;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The verdict in words, agreeing with the exit code: findings below `--fail-on` (info only, by
 * default) are worth a look but are not "drift found".
 */
function verdictWords(report: AlignmentReport, failOn: Severity | 'never'): string {
  const { verdict, findings } = report.summary;
  if (verdict === 'not-a-translation') return 'not a translation of each other';
  if (verdict !== 'drift') return 'no drift found';
  if (failOn === 'never') return 'drift found (not failing: --fail-on never)';
  const failing = report.findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]);
  if (failing) return 'drift found';
  const below = findings.total === findings.bySeverity.info ? `${plural(findings.total, 'info finding')} to review` : `${plural(findings.total, 'finding')} below --fail-on ${failOn}`;
  return `no drift found (${below})`;
}

/** The summary's parts on as few lines of `width` as it takes, broken only between parts. */
export function joinParts(parts: readonly string[], width: number, separator = ' · '): string {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines[lines.length - 1];
    if (last !== undefined && [...last].length + separator.length + [...part].length <= width) lines[lines.length - 1] = `${last}${separator}${part}`;
    else lines.push(part);
  }
  return lines.join('\n');
}

/** A summary a person can read at a glance: sizes, bead mix, finding counts and the verdict. */
export function summaryParts(report: AlignmentReport, failOn: Severity | 'never' = 'warning'): string[] {
  const { summary } = report;
  const beadMix = Object.entries(summary.beadTypes)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${count}× ${type}`)
    .join(', ');
  const { error, warning, info } = summary.findings.bySeverity;
  return [
    `${summary.sourceSentences} ${report.source.lang} / ${summary.targetSentences} ${report.target.lang} sentences`,
    `${plural(summary.beads, 'bead')}${beadMix === '' ? '' : ` (${beadMix})`}`,
    `mean score ${summary.meanScore.toFixed(2)}`,
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`,
    verdictWords(report, failOn),
  ];
}

/** The summary on one line. */
export function summaryLine(report: AlignmentReport, failOn: Severity | 'never' = 'warning'): string {
  return summaryParts(report, failOn).join(' · ');
}
