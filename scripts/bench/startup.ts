/**
 * Start-up: `align --help`, `align --version` and the seed pair end to end (table output, languages
 * detected), each against `node -e 0` measured in the same interleaved rounds. Runs the built CLI
 * (bin/align.js → dist/bundle/); builds it first when dist/bundle/ is missing.
 *
 *   npm run bench -- startup            tsx scripts/bench/startup.ts [--runs 9]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadLine, recordSummary, ROOT, timeInterleaved } from '../lib/bench-process.js';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag < 0 ? 9 : Number(process.argv[runsFlag + 1]);
if (!existsSync(join(ROOT, 'dist', 'bundle', 'align.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const bin = join(ROOT, 'bin', 'align.js');
const cases: Array<{ name: string; args: string[] }> = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'align --help', args: [bin, '--help'] },
  { name: 'align --version', args: [bin, '--version'] },
  { name: 'align seed pair (12 × 12, table)', args: [bin, 'fixtures/binance/en.txt', 'fixtures/binance/it.txt'] },
];
process.stdout.write(`${loadLine()}; medians of ${runs} interleaved runs\n`);
const timings = timeInterleaved(
  cases.map((c) => c.args),
  runs,
);
const floor = timings[0];
process.stdout.write('case                                   wall      × node      CPU     × node   peak RSS\n');
cases.forEach((c, i) => {
  const t = timings[i];
  process.stdout.write(
    `${c.name.padEnd(36)} ${(t.wallMs / 1000).toFixed(3).padStart(7)} s ${(t.wallMs / floor.wallMs).toFixed(2).padStart(7)}× ` +
      `${(t.cpuMs / 1000).toFixed(3).padStart(7)} s ${(t.cpuMs / floor.cpuMs).toFixed(2).padStart(7)}× ${t.peakRssMb.toFixed(0).padStart(6)} MB\n`,
  );
});
const help = timings[1];
const seed = timings[3];
recordSummary({
  measure: 'align --help wall',
  value: `${(help.wallMs / 1000).toFixed(3)} s = ${(help.wallMs / floor.wallMs).toFixed(2)}× node -e 0 (${(floor.wallMs / 1000).toFixed(3)} s)`,
  target: '≤ 1.6× node -e 0',
  pass: help.wallMs <= 1.6 * floor.wallMs,
});
recordSummary({
  measure: 'seed pair end to end',
  value: `${(seed.wallMs / 1000).toFixed(3)} s = ${(seed.wallMs / floor.wallMs).toFixed(2)}× node -e 0`,
  target: '≤ 0.25 s and ≤ 2.5× node -e 0',
  pass: seed.wallMs <= 250 && seed.wallMs <= 2.5 * floor.wallMs,
});
