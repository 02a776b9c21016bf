/**
 * `align batch` on the 123 NTREX-128 articles, with --jobs 1, --jobs 2 and the default --jobs.
 *
 *   npm run bench -- batch
 *   tsx scripts/bench/batch.ts [--rounds 2]
 *
 * Writes the articles as en/<id>.txt and it/<id>.txt (scripts/ntrex-to-files.ts) into a temporary
 * folder, then runs the built CLI (`node bin/align.js batch <dir>`; when dist/ is older than src/,
 * a fresh build in node_modules/.cache/ is used instead) and prints each run's summary line and wall
 * time, Node start-up included. Because the machine may be shared, it also measures how much CPU
 * parallelism it actually offers right now (one CPU-bound process against two at once), which
 * bounds any --jobs 2 speed-up.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeNtrexFiles } from '../ntrex-to-files.js';
import { recordSummary } from '../lib/bench-process.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = resolve(ROOT, '../shared/corpora/ntrex-en-it/ntrex_en_it_docs.jsonl');

function newestMtime(dir: string, extension: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, extension));
    else if (entry.name.endsWith(extension)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** A command that runs the built CLI: the package's own when current, else a fresh private build. */
function builtCli(): string[] {
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'batch/worker.js')) && newestMtime(dist, '.js') >= newestMtime(join(ROOT, 'src'), '.ts')) {
    return [join(ROOT, 'bin/align.js')];
  }
  const cache = join(ROOT, 'node_modules/.cache/article-align-bench');
  process.stdout.write('dist/ is missing or older than src/: building a private copy for the bench …\n');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(cache, 'dist')], {
    stdio: 'inherit',
  });
  if (tsc.status !== 0) throw new Error('tsc failed');
  mkdirSync(cache, { recursive: true });
  const runner = join(cache, 'align.mjs');
  writeFileSync(runner, "import { run } from './dist/cli/run.js';\nawait run();\n");
  return [runner];
}

/** Wall time of one CPU-bound process alone and of two at once: 2 × alone / together = cores on offer. */
function measureParallelism(): number {
  const spin = 'let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; if (x < 0) console.log(x);';
  const once = (): number => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', spin]);
    return performance.now() - started;
  };
  const alone = once();
  const started = performance.now();
  spawnSync('sh', ['-c', `"${process.execPath}" -e '${spin}' & "${process.execPath}" -e '${spin}' & wait`]);
  const together = performance.now() - started;
  return (2 * alone) / together;
}

interface Run {
  /** 0: no --jobs, the default. */
  jobs: number;
  wallMs: number;
  exitCode: number | null;
  summary: string;
}

function runBatch(cli: readonly string[], dir: string, jobs: number, out: string): Run {
  const started = performance.now();
  const jobsArgs = jobs === 0 ? [] : ['--jobs', String(jobs)];
  const child = spawnSync(process.execPath, [...cli, 'batch', dir, ...jobsArgs, '--format', 'json', '--output', out], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // stderr stays attached: in a terminal the progress bar shows while the batch runs.
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const wallMs = performance.now() - started;
  const lines = child.stdout.trim().split('\n');
  return { jobs, wallMs, exitCode: child.status, summary: lines[lines.length - 1] ?? '' };
}

function main(): void {
  const roundsFlag = process.argv.indexOf('--rounds');
  const rounds = roundsFlag === -1 ? 2 : Math.max(1, Number(process.argv[roundsFlag + 1]));
  if (!existsSync(CORPUS)) {
    process.stdout.write(`skipped: ${CORPUS} not found\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'align-bench-ntrex-'));
  try {
    const pairs = writeNtrexFiles(CORPUS, dir);
    const cli = builtCli();
    process.stdout.write(`${pairs} NTREX article pairs written to ${dir}/{en,it}\n`);
    process.stdout.write(`command: node ${cli.map((part) => part.replace(`${ROOT}/`, '')).join(' ')} batch <dir> --jobs N --format json --output <file>\n`);
    const cores = measureParallelism();
    process.stdout.write(`CPU parallelism on offer right now: ${cores.toFixed(2)} of 2 cores (2 spinning processes vs 1)\n\n`);

    const runs: Run[] = [];
    for (let round = 0; round < rounds; round += 1) {
      for (const jobs of [1, 2, 0]) {
        const run = runBatch(cli, dir, jobs, join(dir, `report-${jobs}.json`));
        runs.push(run);
        process.stdout.write(`${jobs === 0 ? 'default' : `--jobs ${jobs}`}: wall ${(run.wallMs / 1000).toFixed(2)} s (exit ${String(run.exitCode)})  ${run.summary}\n`);
      }
    }
    const best = (jobs: number): number => Math.min(...runs.filter((run) => run.jobs === jobs).map((run) => run.wallMs));
    const one = best(1);
    const two = best(2);
    const auto = best(0);
    process.stdout.write(
      `\nbest of ${rounds}: --jobs 1 ${(one / 1000).toFixed(2)} s, --jobs 2 ${(two / 1000).toFixed(2)} s, speed-up ×${(one / two).toFixed(2)}` +
        `${two < one ? '' : ' (no gain: see the CPU parallelism line above)'}; default --jobs ${(auto / 1000).toFixed(2)} s\n`,
    );
    recordSummary({
      measure: `align batch, ${pairs} NTREX pairs (default --jobs)`,
      value: `${(auto / 1000).toFixed(2)} s (best of ${rounds}; --jobs 1 ${(one / 1000).toFixed(2)} s, --jobs 2 ${(two / 1000).toFixed(2)} s)`,
      target: '≤ 1.2 s',
      pass: auto <= 1200,
    });
    recordSummary({
      measure: 'align batch: default --jobs vs --jobs 1',
      value: `${(auto / one).toFixed(2)}× (load varies between runs: see the parallelism line)`,
      target: '≤ 1× (never slower; 5 % allowed for noise)',
      pass: auto <= one * 1.05,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
