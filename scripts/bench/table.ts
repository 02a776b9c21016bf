/**
 * The default table at scale: a 10k- and a 100k-sentence report (NTREX en-it sentences, 1-1 beads,
 * a finding every 25 beads) formatted as the table and as JSON. Prints the format times and the
 * table/JSON ratio. With `--aligned` the reports come from the real pipeline (presplit text), and the
 * end-to-end times of a CLI run (alignment + format) are printed too; that takes many minutes at 100k. The table is drawn in one linear pass (src/report/table-grid.ts); cli-table3, which drew
 * it before, grows faster than the row count (shown at 10k only, where it still finishes).
 * Target: the 100k table run takes under 2× the JSON run.
 *
 *   npm run bench -- table
 *   tsx scripts/bench/table.ts --aligned 10000
 */
import Table from 'cli-table3';
import { loadavg } from 'node:os';
import { alignTexts } from '../../src/pipeline.js';
import { formatJson } from '../../src/report/json.js';
import { formatTable } from '../../src/report/table.js';
import type { AlignmentReport } from '../../src/types.js';
import { loadNtrex } from '../lib/align-corpora.js';

const aligned = process.argv.includes('--aligned');
const sizeArgs = process.argv.slice(2).filter((arg) => /^\d+$/u.test(arg)).map(Number);
const SIZES = sizeArgs.length > 0 ? sizeArgs : [10_000, 100_000];

/** Sentence lists of `size` lines per side, cycling through NTREX (one sentence per line). */
function buildTexts(size: number): { en: string; it: string } {
  const pairs = loadNtrex().flatMap((doc) => doc.source.map((en, i) => [en, doc.target[i] ?? en] as const));
  const en: string[] = [];
  const it: string[] = [];
  for (let i = 0; en.length < size; i += 1) {
    const [s, t] = pairs[i % pairs.length]!;
    en.push(s);
    it.push(t);
  }
  return { en: en.join('\n'), it: it.join('\n') };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** A report of `size` 1-1 beads over NTREX sentences, a finding every 25 beads. */
function syntheticReport(size: number): AlignmentReport {
  const pairs = loadNtrex().flatMap((doc) => doc.source.map((en, i) => [en, doc.target[i] ?? en] as const));
  const sentencesOf = (side: 0 | 1): AlignmentReport['source']['sentences'] => {
    let offset = 0;
    return Array.from({ length: size }, (_, id) => {
      const text = pairs[id % pairs.length]![side];
      const sentence = { id, text, start: offset, end: offset + text.length, paragraph: id, line: id * 2 + 1, column: 1 };
      offset += text.length + 2;
      return sentence;
    });
  };
  const findings: AlignmentReport['findings'] = [];
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
    source: { path: 'en.txt', lang: 'en', sentences: sentencesOf(0), figures: [] },
    target: { path: 'it.txt', lang: 'it', sentences: sentencesOf(1), figures: [] },
    alignment: { beads: Array.from({ length: size }, (_, i) => ({ source: [i], target: [i], type: '1-1' as const, score: 0.8, similarity: 0.7 })) },
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
    const text = (side: AlignmentReport['source'], ids: readonly number[]): string => ids.map((id) => side.sentences[id]!.text).join('\n');
    table.push([String(i), text(report.source, bead.source), text(report.target, bead.target), bead.score.toFixed(2), '']);
  }
  return table.toString();
}

console.log(`load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} (timings are noisy on a shared machine)`);
let failed = false;
const tableMs: number[] = [];
for (const size of SIZES) {
  let alignMs = 0;
  let report: AlignmentReport;
  if (aligned) {
    const texts = buildTexts(size);
    const run = await timeAsync(() => alignTexts(texts.en, texts.it, { from: 'en', to: 'it', presplit: true, maxSentences: 1_000_000, maxFigures: 10_000_000 }));
    alignMs = run.ms;
    report = run.value;
  } else {
    report = syntheticReport(size);
  }
  const options = { color: false, onlyDrift: false, width: 120 };
  const json = time(() => formatJson(report, options));
  const table = time(() => formatTable(report, options));
  tableMs.push(table.ms);
  const ratio = (alignMs + table.ms) / (alignMs + json.ms);
  const lines = table.value.split('\n').length;
  const run = aligned ? ` · align ${alignMs.toFixed(0)} ms · run: table ${(alignMs + table.ms).toFixed(0)} ms, json ${(alignMs + json.ms).toFixed(0)} ms` : '';
  console.log(
    `${String(size).padStart(7)} sentences: format: table ${table.ms.toFixed(0)} ms (${lines} lines), json ${json.ms.toFixed(0)} ms${run} · table/json ${ratio.toFixed(2)}`,
  );
  if (size === 10_000) {
    const big = time(() => oneBigTable(report));
    console.log(`         one cli-table3 table over all 10k rows (before): ${big.ms.toFixed(0)} ms`);
  }
  if (aligned && size === 100_000 && ratio >= 2) {
    console.log('  FAIL: the 100k table run takes 2× the JSON run or more');
    failed = true;
  }
}
console.log(`table time 100k / 10k: ${(tableMs[1]! / tableMs[0]!).toFixed(1)} (10 would be linear)`);
process.exitCode = failed ? 1 : 0;
