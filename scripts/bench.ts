/**
 * Runs every benchmark in scripts/bench/ in its own Node process (so memory numbers are not
 * polluted by the previous benchmark), lets each print its own numbers, then prints the summary
 * of the targets (issue #13) the benches recorded in bench-results/summary.jsonl.
 * `npm run bench -- startup pipeline` runs only the named ones. Details: docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLine, SUMMARY_FILE, type SummaryRow } from './lib/bench-process.js';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.ts$/, '')));

rmSync(SUMMARY_FILE, { force: true });
let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n=== bench: ${file.replace(/\.ts$/, '')} ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}

if (existsSync(SUMMARY_FILE)) {
  const rows = readFileSync(SUMMARY_FILE, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as SummaryRow);
  process.stdout.write(`\n=== summary (${loadLine()}; timings are noisy on a shared machine) ===\n`);
  const width = Math.max(...rows.map((row) => row.measure.length));
  for (const row of rows) {
    process.stdout.write(`${row.pass ? 'meets ' : 'misses'}  ${row.measure.padEnd(width)}  ${row.value}   (target ${row.target})\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
