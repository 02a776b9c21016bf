/**
 * How much of a short run is V8 warming up: the CLI's `main` (from the code-cached script, as
 * bin/align.js loads it) run several times in one process on the same input, output discarded.
 * Run 1 is what a CLI run does after Node has started; the later runs show the same pipeline once
 * V8 has compiled and optimised it (and the word caches are full). `node -e 0` + load + warm run
 * is the floor of a run that had nothing left to warm up (docs/performance.md, "Warm-up"). The
 * third case runs the 123 NTREX pairs of `align batch` one after another, twice: what a batch
 * worker does, cold and warm.
 *
 *   npm run bench -- warmup             tsx scripts/bench/warmup.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLongDocument } from '../lib/bench-docs.js';
import { writeNtrexFiles } from '../ntrex-to-files.js';
import { loadLine, median, ROOT, timeInterleaved } from '../lib/bench-process.js';

const RUNS = 5;
const CORPUS = join(ROOT, '..', 'shared', 'corpora', 'ntrex-en-it', 'ntrex_en_it_docs.jsonl');

if (!existsSync(join(ROOT, 'dist', 'bundle', 'align.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

/** Runs in a fresh process: loads the cached script, then times `main` RUNS times; prints JSON. */
function childScript(argvs: ReadonlyArray<readonly string[]>, cwd: string): string {
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
  for (const argv of ${JSON.stringify(argvs)}) {
    const code = await main({ argv, stdin: (async function* () {})(), stdout: sink, stderr: sink, env: { NO_COLOR: '1' }, cwd: ${JSON.stringify(cwd)} });
    if (code !== 0 && code !== 1) throw new Error('exit ' + code + ': ' + argv.join(' '));
  }
  runs.push(performance.now() - t);
}
process.stdout.write(JSON.stringify({ load, runs }));`;
}

interface InProcess {
  load: number;
  runs: number[];
}

function inProcess(argvs: ReadonlyArray<readonly string[]>, cwd: string): InProcess {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript(argvs, cwd)], { cwd, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`in-process run failed: ${child.stderr.slice(0, 2000)}`);
  return JSON.parse(child.stdout) as InProcess;
}

const dir = mkdtempSync(join(tmpdir(), 'align-bench-warmup-'));
try {
  const doc = buildLongDocument(1_000);
  writeFileSync(join(dir, 'en.txt'), `${doc.source.join('\n')}\n`);
  writeFileSync(join(dir, 'it.txt'), `${doc.target.join('\n')}\n`);
  const cases = [
    { name: 'seed pair (12 × 12, table)', argvs: [[join(ROOT, 'fixtures/binance/en.txt'), join(ROOT, 'fixtures/binance/it.txt')]], target: 0.25 },
    { name: `1k × 1k (--presplit -f json)`, argvs: [['--presplit', '-f', 'json', join(dir, 'en.txt'), join(dir, 'it.txt')]], target: 0.8 },
  ];
  if (existsSync(CORPUS)) {
    const pairs = writeNtrexFiles(CORPUS, join(dir, 'ntrex'));
    const names = readdirSync(join(dir, 'ntrex', 'en')).sort();
    const argvs = names.map((name) => ['-f', 'json', join(dir, 'ntrex', 'en', name), join(dir, 'ntrex', 'it', name)]);
    cases.push({ name: `${pairs} NTREX pairs in turn (-f json)`, argvs, target: 1.2 });
  }
  const [bare] = timeInterleaved([['-e', '0']], 5);
  const nodeStart = bare!.wallMs;
  process.stdout.write(`${loadLine()}; node -e 0 ${(nodeStart / 1000).toFixed(3)} s (median of 5)\n`);
  process.stdout.write('case                                 load    run 1    run 2  runs 3–5   floor (node + load + warm run)\n');
  for (const c of cases) {
    const measured = inProcess(c.argvs, dir);
    const warm = median(measured.runs.slice(2));
    const floor = (nodeStart + measured.load + warm) / 1000;
    const s = (ms: number): string => `${(ms / 1000).toFixed(3).padStart(6)} s`;
    process.stdout.write(
      `${c.name.padEnd(36)} ${s(measured.load)} ${s(measured.runs[0]!)} ${s(measured.runs[1]!)} ${s(warm)}   ${floor.toFixed(3)} s (target ${c.target} s)\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
