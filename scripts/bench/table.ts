/**
 * The default table at scale: aligns a 10k- and a 100k-sentence pair (NTREX en-it sentences,
 * presplit, the real pipeline), then formats the report as the table and as JSON. Prints the
 * format times and the end-to-end times a CLI run would take (alignment + format) and their ratio. The table is drawn in one linear pass (src/report/table-grid.ts); cli-table3, which drew
 * it before, grows faster than the row count (shown at 10k only, where it still finishes).
 * Target: the 100k table run takes under 2× the JSON run.
 *
 *   npm run bench -- table
 */
import Table from 'cli-table3';
import { loadavg } from 'node:os';
import { alignTexts } from '../../src/pipeline.js';
import { formatJson } from '../../src/report/json.js';
import { formatTable } from '../../src/report/table.js';
import type { AlignmentReport } from '../../src/types.js';
import { loadNtrex } from '../lib/align-corpora.js';

const SIZES = [10_000, 100_000];

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
  const texts = buildTexts(size);
  const aligned = await timeAsync(() => alignTexts(texts.en, texts.it, { from: 'en', to: 'it', presplit: true, maxSentences: 1_000_000 }));
  const report = aligned.value;
  const options = { color: false, onlyDrift: false, width: 120 };
  const json = time(() => formatJson(report, options));
  const table = time(() => formatTable(report, options));
  tableMs.push(table.ms);
  const ratio = (aligned.ms + table.ms) / (aligned.ms + json.ms);
  const lines = table.value.split('\n').length;
  console.log(
    `${String(size).padStart(7)} sentences: align ${aligned.ms.toFixed(0)} ms · format: table ${table.ms.toFixed(0)} ms (${lines} lines), json ${json.ms.toFixed(0)} ms · run: table ${(aligned.ms + table.ms).toFixed(0)} ms, json ${(aligned.ms + json.ms).toFixed(0)} ms, table/json ${ratio.toFixed(2)}`,
  );
  if (size === 10_000) {
    const big = time(() => oneBigTable(report));
    console.log(`         one cli-table3 table over all 10k rows (before): ${big.ms.toFixed(0)} ms`);
  }
  if (size === 100_000 && ratio >= 2) {
    console.log('  FAIL: the 100k table run takes 2× the JSON run or more');
    failed = true;
  }
}
console.log(`table time 100k / 10k: ${(tableMs[1]! / tableMs[0]!).toFixed(1)} (10 would be linear)`);
process.exitCode = failed ? 1 : 0;
