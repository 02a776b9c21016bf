/** Runs the whole pipeline on evaluation documents and scores drift findings (for `npm run eval:drift`). */
import { alignTexts } from '../../src/pipeline.js';
import type { Embedder, Finding } from '../../src/types.js';
import { loadEptic, loadNtrex } from './align-corpora.js';
import type { DriftDoc, GoldLink, Injection } from './drift-inject.js';

export interface DriftCorpus {
  name: string;
  docs: DriftDoc[];
}

export function loadDriftCorpora(): DriftCorpus[] {
  return [
    { name: 'NTREX', docs: loadNtrex() },
    { name: 'EPTIC', docs: loadEptic() },
  ];
}

/** One line per sentence, as `--presplit` reads it (the corpora are sentence-split already). */
function asLines(sentences: readonly string[]): string {
  return sentences.map((s) => s.replace(/\s*\n\s*/g, ' ')).join('\n');
}

export async function findingsOf(source: readonly string[], target: readonly string[], embedder: Embedder): Promise<Finding[]> {
  const report = await alignTexts(asLines(source), asLines(target), { from: 'en', to: 'it', presplit: true, embedder });
  return report.findings;
}

export function isWarningOrWorse(finding: Finding): boolean {
  return finding.severity !== 'info';
}

function overlaps(a: readonly number[], b: readonly number[]): boolean {
  return a.some((x) => b.includes(x));
}

/** Whether a warning+ finding touches the edited pair. */
export function caught(injection: Injection, findings: readonly Finding[]): Finding | undefined {
  return findings.find(
    (f) => isWarningOrWorse(f) && (overlaps(f.sourceIds, injection.sourceIds) || overlaps(f.targetIds, injection.targetIds)),
  );
}

/** A gold link is clean when no warning+ finding of the unmodified document touches it. */
export function cleanLinks(findings: readonly Finding[]): (link: GoldLink) => boolean {
  const flagged = findings.filter(isWarningOrWorse);
  return (link) => !flagged.some((f) => overlaps(f.sourceIds, link.source) || overlaps(f.targetIds, link.target));
}

/** A short label of a finding for the false-alarm breakdown: kind, and aspect for figures. */
export function findingFamily(finding: Finding): string {
  return finding.aspect === undefined ? finding.kind : `${finding.kind}/${finding.aspect}`;
}
