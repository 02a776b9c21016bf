/**
 * The default table at scale: formats a 10k- and a 100k-sentence report (NTREX en-it sentences,
 * 1-1 beads, a finding every 25 beads) as the table and as JSON, and prints both times and their
 * ratio. The table is drawn in chunks (src/report/table.ts), so it grows linearly; one cli-table3
 * table over every row grows faster (shown at 10k only, where it still finishes).
 * Target: the 100k table takes under 2× the JSON time.
 *
 *   npm run bench -- table
 */
import Table from 'cli-table3';
import { loadavg } from 'node:os';
import { formatJson } from '../../src/report/json.js';
import { formatTable } from '../../src/report/table.js';
import type { AlignmentReport, Bead, Finding, Sentence } from '../../src/types.js';
import { loadNtrex } from '../lib/align-corpora.js';

const SIZES = [10_000, 100_000];

function sentencesOf(texts: readonly string[]): Sentence[] {
  let offset = 0;
  return texts.map((text, id) => {
    const sentence: Sentence = { id, text, start: offset, end: offset + text.length, paragraph: id, line: id * 2 + 1, column: 1 };
    offset += text.length + 2;
    return sentence;
  });
}

function buildReport(size: number): AlignmentReport {
  const pairs = loadNtrex().flatMap((doc) => doc.source.map((en, i) => [en, doc.target[i] ?? en] as const));
  const en: string[] = [];
  const it: string[] = [];
  for (let i = 0; en.length < size; i += 1) {
    const [s, t] = pairs[i % pairs.length]!;
    en.push(s);
    it.push(t);
  }
  const beads: Bead[] = en.map((_, i) => ({ source: [i], target: [i], type: '1-1', score: 0.8, similarity: 0.7 }));
  const findings: Finding[] = [];
  for (let i = 0; i < size; i += 25) {
    findings.push({
      kind: 'omission',
      severity: 'warning',
      message: `Source sentence ${i} (line ${i * 2 + 1}) has no full counterpart in the translation`,
      bead: i,
      sourceIds: [i],
      targetIds: [i],
      sourceLines: [i * 2 + 1],
      targetLines: [i * 2 + 1],
      fingerprint: i.toString(16).padStart(16, '0'),
    });
  }
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'article-align', version: 'bench' },
    embedder: 'bench',
    source: { path: 'en.txt', lang: 'en', sentences: sentencesOf(en), figures: [] },
    target: { path: 'it.txt', lang: 'it', sentences: sentencesOf(it), figures: [] },
    alignment: { beads },
    findings,
    summary: {
      sourceSentences: size,
      targetSentences: size,
      beads: size,
      beadTypes: { '1-1': size, '1-2': 0, '2-1': 0, '2-2': 0, '1-0': 0, '0-1': 0, '1-3': 0, '3-1': 0, '2-3': 0, '3-2': 0, '1-4': 0, '4-1': 0 },
      meanScore: 0.8,
      findings: { total: findings.length, bySeverity: { error: 0, warning: findings.length, info: 0 }, byKind: { omission: findings.length } },
      verdict: 'drift',
    },
  } as AlignmentReport;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The old way: every row in one cli-table3 table (for comparison). */
function oneBigTable(report: AlignmentReport): string {
  const table = new Table({ colWidths: [6, 44, 44, 7, 30], wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } });
  for (const [i, bead] of report.alignment.beads.entries()) {
    table.push([String(i), report.source.sentences[bead.source[0]!]!.text, report.target.sentences[bead.target[0]!]!.text, bead.score.toFixed(2), '']);
  }
  return table.toString();
}

console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} (timings are noisy on a shared machine)`);
let failed = false;
const tableMs: number[] = [];
for (const size of SIZES) {
  const report = buildReport(size);
  const options = { color: false, onlyDrift: false, width: 120 };
  const json = time(() => formatJson(report, options));
  const table = time(() => formatTable(report, options));
  tableMs.push(table.ms);
  const ratio = table.ms / json.ms;
  const lines = table.value.split('\n').length;
  console.log(
    `${String(size).padStart(7)} sentences: table ${table.ms.toFixed(0).padStart(6)} ms (${lines} lines)   json ${json.ms.toFixed(0).padStart(5)} ms   table/json ${ratio.toFixed(2)}`,
  );
  if (size === 10_000) {
    const big = time(() => oneBigTable(report));
    console.log(`         one cli-table3 table over all 10k rows (before): ${big.ms.toFixed(0)} ms`);
  }
  if (size === 100_000 && ratio >= 2) {
    console.log('  FAIL: the 100k table takes 2× the JSON time or more');
    failed = true;
  }
}
console.log(`table time 100k / 10k: ${(tableMs[1]! / tableMs[0]!).toFixed(1)} (10 would be linear)`);
process.exitCode = failed ? 1 : 0;
