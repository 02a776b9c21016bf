/**
 * Whole-process timing for the benches: wall time, CPU time and peak RSS of a child `node` run,
 * medians over several runs, and a summary file that `npm run bench` prints at the end.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUMMARY_FILE = join(ROOT, 'bench-results', 'summary.jsonl');

/** Preloaded into the measured process: reports its own peak RSS and CPU time on exit. */
const REPORTER = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\n@@bench ' + JSON.stringify({ rss: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }) + '\\n'); });",
)}`;

export interface ProcessRun {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  status: number | null;
}

/** Runs `node <args>` once (stdout discarded) and measures it. Exit codes 0 and 1 (drift) are success. */
export function runNode(args: readonly string[], options: { cwd?: string; stdin?: string } = {}): ProcessRun {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', REPORTER, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const report = /@@bench (\{.*\})/.exec(child.stderr ?? '');
  if ((child.status !== 0 && child.status !== 1) || report === null) {
    throw new Error(`node ${args.join(' ')} failed (exit ${String(child.status)}): ${(child.stderr ?? '').slice(0, 2000)}`);
  }
  const usage = JSON.parse(report[1]) as { rss: number; cpu: number };
  return { wallMs, cpuMs: usage.cpu / 1000, peakRssMb: usage.rss / 1024, status: child.status };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export interface Timing {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  runs: number;
}

/**
 * Medians of `runs` runs of each command, interleaved (A B C A B C …) so that a burst of load on
 * the shared machine hits every command alike; one unmeasured round first warms the file cache.
 */
export function timeInterleaved(commands: ReadonlyArray<readonly string[]>, runs: number): Timing[] {
  for (const args of commands) runNode(args);
  const samples = commands.map(() => [] as ProcessRun[]);
  for (let round = 0; round < runs; round++) commands.forEach((args, i) => samples[i].push(runNode(args)));
  return samples.map((list) => ({
    wallMs: median(list.map((run) => run.wallMs)),
    cpuMs: median(list.map((run) => run.cpuMs)),
    peakRssMb: Math.max(...list.map((run) => run.peakRssMb)),
    runs,
  }));
}

export function loadLine(): string {
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${availableParallelism()} cores`;
}

export interface SummaryRow {
  measure: string;
  value: string;
  target: string;
  pass: boolean;
}

/** Adds a row to the summary `npm run bench` prints after all the benches. */
export function recordSummary(row: SummaryRow): void {
  mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
  appendFileSync(SUMMARY_FILE, `${JSON.stringify(row)}\n`);
}
