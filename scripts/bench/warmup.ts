/**
 * How much of a short run is V8 warming up: the CLI's `main` (from the code-cached script, as
 * bin/align.js loads it) run several times in one process on the same input, output discarded.
 * Run 1 is what a CLI run does after Node has started; the later runs show the same pipeline once
 * V8 has compiled and optimised it (and the word caches are full). `node -e 0` + load + warm run
 * is the floor of a run that had nothing left to warm up (docs/performance.md, "Warm-up").
 *
 *   npm run bench -- warmup             tsx scripts/bench/warmup.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLongDocument } from '../lib/bench-docs.js';
import { loadLine, median, ROOT, timeInterleaved } from '../lib/bench-process.js';

const RUNS = 5;

if (!existsSync(join(ROOT, 'dist', 'bundle', 'align.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

/** Runs in a fresh process: loads the cached script, then times `main` RUNS times; prints JSON. */
function childScript(argv: readonly string[], cwd: string): string {
  const loader = pathToFileURL(join(ROOT, 'bin', 'cached-bundle.js')).href;
  return `
const { loadCachedBundle } = await import(${JSON.stringify(loader)});
const started = performance.now();
const { main } = loadCachedBundle().exports;
const load = performance.now() - started;
const sink = { columns: 120, isTTY: false, write: () => true };
const runs = [];
for (let k = 0; k < ${RUNS}; k++) {
  const t = performance.now();
  const code = await main({ argv: ${JSON.stringify(argv)}, stdin: (async function* () {})(), stdout: sink, stderr: sink, env: { NO_COLOR: '1' }, cwd: ${JSON.stringify(cwd)} });
  if (code !== 0 && code !== 1) throw new Error('exit ' + code);
  runs.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ load, runs }));`;
}

interface InProcess {
  load: number;
  runs: number[];
}

function inProcess(argv: readonly string[], cwd: string): InProcess {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript(argv, cwd)], { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`in-process run failed: ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout) as InProcess;
}

const dir = mkdtempSync(join(tmpdir(), 'align-bench-warmup-'));
try {
  const doc = buildLongDocument(1_000);
  writeFileSync(join(dir, 'en.txt'), `${doc.source.join('\n')}\n`);
  writeFileSync(join(dir, 'it.txt'), `${doc.target.join('\n')}\n`);
  const cases = [
    { name: 'seed pair (12 × 12, table)', argv: [join(ROOT, 'fixtures/binance/en.txt'), join(ROOT, 'fixtures/binance/it.txt')], target: 0.25 },
    { name: `1k × 1k (--presplit -f json)`, argv: ['--presplit', '-f', 'json', join(dir, 'en.txt'), join(dir, 'it.txt')], target: 0.8 },
  ];
  const [bare] = timeInterleaved([['-e', '0']], 5);
  const nodeStart = bare!.wallMs;
  process.stdout.write(`${loadLine()}; node -e 0 ${(nodeStart / 1000).toFixed(3)} s (median of 5)\n`);
  process.stdout.write('case                            load    run 1    run 2  runs 3–5   floor (node + load + warm run)\n');
  for (const c of cases) {
    const measured = inProcess(c.argv, dir);
    const warm = median(measured.runs.slice(2));
    const floor = (nodeStart + measured.load + warm) / 1000;
    const s = (ms: number): string => `${(ms / 1000).toFixed(3).padStart(6)} s`;
    process.stdout.write(
      `${c.name.padEnd(30)} ${s(measured.load)} ${s(measured.runs[0]!)} ${s(measured.runs[1]!)} ${s(warm)}   ${floor.toFixed(3)} s (target ${c.target} s)\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
