import type { AlignmentReport, Finding } from '../types.js';

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

/** One line a person can read at a glance: sizes, bead mix and finding counts. */
export function summaryLine(report: AlignmentReport): string {
  const { summary } = report;
  const beadMix = Object.entries(summary.beadTypes)
    .filter(([, count]) => count > 0)
    .map(([type, count]) => `${count}× ${type}`)
    .join(', ');
  const { error, warning, info } = summary.findings.bySeverity;
  const verdict =
    summary.verdict === 'not-a-translation'
      ? 'not a translation of each other'
      : summary.verdict === 'drift'
        ? 'drift found'
        : 'no drift found';
  return [
    `${summary.sourceSentences} ${report.source.lang} / ${summary.targetSentences} ${report.target.lang} sentences`,
    `${plural(summary.beads, 'bead')}${beadMix === '' ? '' : ` (${beadMix})`}`,
    `mean score ${summary.meanScore.toFixed(2)}`,
    `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${info} info`,
    verdict,
  ].join(' · ');
}
