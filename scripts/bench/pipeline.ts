/**
 * The whole CLI at scale: `align --presplit -f json en.txt it.txt` on long documents of 1k, 10k
 * and 100k sentences per side (scripts/lib/bench-docs.ts), each run as its own process through
 * bin/align.js. Prints wall time, CPU time and peak RSS (medians) and the 10×-size ratios.
 *
 *   npm run bench -- pipeline                  tsx scripts/bench/pipeline.ts [1000 10000]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLongDocument } from '../lib/bench-docs.js';
import { loadLine, median, recordSummary, ROOT, runNode, type ProcessRun } from '../lib/bench-process.js';

const SIZES = [1_000, 10_000, 100_000];
const RUNS: Record<number, number> = { 1_000: 5, 10_000: 3, 100_000: 1 };

if (!existsSync(join(ROOT, 'dist', 'bundle', 'align.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'align-bench-pipeline-'));
const rows: Array<{ size: number; wall: number; cpu: number; rss: number }> = [];
process.stdout.write(`${loadLine()}\ncommand: node bin/align.js --presplit -f json --max-bytes 1gb en.txt it.txt > /dev/null\n`);
process.stdout.write('sentences (en × it)      runs      wall   × prev       CPU   × prev   peak RSS\n');
try {
  for (const size of sizes.length > 0 ? sizes : SIZES) {
    const doc = buildLongDocument(size);
    writeFileSync(join(dir, 'en.txt'), `${doc.source.join('\n')}\n`);
    writeFileSync(join(dir, 'it.txt'), `${doc.target.join('\n')}\n`);
    const args = [join(ROOT, 'bin', 'align.js'), '--presplit', '-f', 'json', '--max-bytes', '1gb', '--max-sentences', '1000000', '--max-figures', '10000000', join(dir, 'en.txt'), join(dir, 'it.txt')];
    const runs = RUNS[size] ?? 1;
    if (size <= 10_000) runNode(args); // warms the file cache
    const samples: ProcessRun[] = [];
    for (let k = 0; k < runs; k++) samples.push(runNode(args));
    const row = {
      size,
      wall: median(samples.map((s) => s.wallMs)) / 1000,
      cpu: median(samples.map((s) => s.cpuMs)) / 1000,
      rss: Math.max(...samples.map((s) => s.peakRssMb)),
    };
    const previous = rows.at(-1);
    rows.push(row);
    const ratio = (a: number, b: number | undefined): string => (b === undefined ? '' : `${(a / b).toFixed(1)}×`);
    process.stdout.write(
      `${`${doc.source.length} × ${doc.target.length}`.padEnd(22)} ${String(runs).padStart(6)} ${row.wall.toFixed(2).padStart(8)} s ${ratio(row.wall, previous?.wall).padStart(7)} ` +
        `${row.cpu.toFixed(2).padStart(8)} s ${ratio(row.cpu, previous?.cpu).padStart(7)} ${row.rss.toFixed(0).padStart(7)} MB\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const at = (size: number) => rows.find((row) => row.size === size);
const k1 = at(1_000);
const k10 = at(10_000);
const k100 = at(100_000);
if (k1) recordSummary({ measure: '1k × 1k full pipeline', value: `${k1.wall.toFixed(2)} s`, target: '≤ 0.8 s', pass: k1.wall <= 0.8 });
if (k100) {
  const ratios = [k10 && k1 ? k10.wall / k1.wall : undefined, k100 && k10 ? k100.wall / k10.wall : undefined].filter((r): r is number => r !== undefined);
  recordSummary({
    measure: '100k × 100k full pipeline',
    value: `${k100.wall.toFixed(1)} s, ${k100.rss.toFixed(0)} MB, 10× ratios ${ratios.map((r) => r.toFixed(1)).join(' / ')}`,
    target: '≤ 15 s, ≤ 800 MB, ratios ≤ 11',
    pass: k100.wall <= 15 && k100.rss <= 800 && ratios.every((r) => r <= 11),
  });
}
