/**
 * Adversarial suite: every hostile input in scripts/lib/fuzz-generators.ts, doubled from 64 KB up
 * to the 10 MB default input limit, appended to the seed article (fixtures/binance/en.txt) and run
 * through the real CLI (bin/align.js, built first) in a child process. Prints wall time, CPU time
 * (user + system) and peak RSS per size (from /usr/bin/time) and the ratios per doubling, then
 * checks the targets:
 *   - every CPU-time ratio per doubling ≤ 2.5 (judged once a run takes over a second: below that,
 *     start-up dominates and the ratio says nothing);
 *   - the largest input finishes in under 30 CPU seconds and 1 GB peak RSS, or exits 2 with one
 *     stderr line naming a documented limit (docs/limits.md).
 * CPU time, not wall time, is judged: on a machine shared with other jobs wall time mostly
 * measures the wait for a core. Both are printed.
 * Exits 1 when a target is missed. Timings on a shared machine are noisy: rerun a failing case.
 *
 *   npm run fuzz                                      every case, 64 KB … 10 MB
 *   npm run fuzz -- --case dots,long-line --max 1mb   some cases, smaller sizes
 *   npm run fuzz -- --list                            the cases
 * Options: --min <size> (64kb), --max <size> (10mb), --kill-after <s> (300 wall seconds: a hung run is killed
 * and counted as a miss), --no-build (use dist/ as it is), --keep (keep the generated files).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FUZZ_CASES, type FuzzCase } from './lib/fuzz-generators.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_LIMIT = 10 * 1024 * 1024;
const MAX_RATIO = 2.5;
const MAX_SECONDS = 30;
const MAX_RSS_MB = 1024;
/** Below this wall time a doubling's ratio is start-up noise, not a trend. */
const RATIO_FLOOR_SECONDS = 1;

interface Flags {
  cases: FuzzCase[];
  min: number;
  max: number;
  killAfter: number;
  build: boolean;
  keep: boolean;
}

interface RunResult {
  bytes: number;
  seconds: number;
  /** User + system CPU seconds of the child: the work itself, less the wait on a busy machine. */
  cpuSeconds: number;
  rssMb: number;
  exitCode: number | null;
  killed: boolean;
  stderrLines: string[];
  stdoutBytes: number;
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text}`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 * 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

function parseFlags(argv: readonly string[]): Flags | null {
  const flags: Flags = { cases: [...FUZZ_CASES], min: 64 * 1024, max: DEFAULT_LIMIT, killAfter: 300, build: true, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--list') {
      for (const fuzzCase of FUZZ_CASES) console.log(`${fuzzCase.name.padEnd(22)} ${fuzzCase.description}`);
      return null;
    } else if (arg === '--case') {
      const names = value().split(',');
      flags.cases = names.map((name) => {
        const found = FUZZ_CASES.find((fuzzCase) => fuzzCase.name === name);
        if (!found) throw new Error(`unknown case ${name} (see --list)`);
        return found;
      });
    } else if (arg === '--min') flags.min = parseSize(value());
    else if (arg === '--max') flags.max = Math.min(DEFAULT_LIMIT, parseSize(value()));
    else if (arg === '--kill-after') flags.killAfter = Number(value());
    else if (arg === '--no-build') flags.build = false;
    else if (arg === '--keep') flags.keep = true;
    else throw new Error(`unknown option ${arg}`);
  }
  return flags;
}

/** 64 KB, 128 KB, … doubling, and the maximum itself (the default limit) as the last size. */
export function fuzzSizes(min: number, max: number): number[] {
  const sizes: number[] = [];
  for (let size = min; size < max; size *= 2) sizes.push(size);
  sizes.push(max);
  return sizes;
}

/** The seed article plus the hostile text, in the case's format, of at most `total` bytes. */
function buildInput(fuzzCase: FuzzCase, seed: string, total: number): string {
  const wrapperBytes = fuzzCase.format === 'html' ? 200 : 16;
  const room = total - Buffer.byteLength(seed, 'utf8') - wrapperBytes;
  let hostile = fuzzCase.generate(Math.max(1024, room));
  while (Buffer.byteLength(hostile, 'utf8') > room) hostile = hostile.slice(0, Math.floor(hostile.length * 0.99));
  if (fuzzCase.format === 'html') {
    const paragraphs = seed.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
    return `<!doctype html><html><body>\n${paragraphs}\n${hostile}\n</body></html>\n`;
  }
  return `${seed}\n\n${hostile}\n`;
}

function runCli(sourcePath: string, targetPath: string, killAfter: number): Promise<Omit<RunResult, 'bytes'>> {
  return new Promise((resolve) => {
    const child = spawn(
      '/usr/bin/time',
      ['-f', '@@fuzz %e %M %U %S', process.execPath, join(ROOT, 'bin/align.js'), sourcePath, targetPath, '--from', 'en', '--to', 'it', '-f', 'json', '--fail-on', 'never'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
    );
    let stdoutBytes = 0;
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfter * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const lines = stderr.split('\n').filter((line) => line !== '');
      const timing = lines.find((line) => line.startsWith('@@fuzz '));
      const [, wall, rssKb, user, system] = timing?.split(' ') ?? [];
      const ownLines = lines.filter((line) => !line.startsWith('@@fuzz ') && !line.startsWith('Command exited') && !line.startsWith('Command terminated'));
      // /usr/bin/time exits with the child's status; a signal shows as 128 + n.
      resolve({
        seconds: killed ? killAfter : Number(wall ?? NaN),
        cpuSeconds: killed ? killAfter : Number(user ?? NaN) + Number(system ?? NaN),
        rssMb: Number(rssKb ?? NaN) / 1024,
        exitCode: killed ? null : code,
        killed,
        stderrLines: ownLines,
        stdoutBytes,
      });
    });
  });
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** A one-line error that names a documented limit (see docs/limits.md). */
function isLimitLine(lines: readonly string[]): boolean {
  return lines.length === 1 && /^align: .*(limit|--timeout|--max-)/.test(lines[0]!);
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  if (flags === null) return;
  if (flags.build) {
    process.stderr.write('fuzz: building dist/ (npm run build; skip with --no-build)\n');
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const seed = readFileSync(join(ROOT, 'fixtures/binance/en.txt'), 'utf8');
  const target = join(ROOT, 'fixtures/binance/it.txt');
  const dir = mkdtempSync(join(tmpdir(), 'align-fuzz-'));
  const misses: string[] = [];
  console.log(`sizes ${fuzzSizes(flags.min, flags.max).map(formatSize).join(', ')}; targets: ratio ≤ ${MAX_RATIO}, largest < ${MAX_SECONDS} s and < ${MAX_RSS_MB} MB or exit 2 at a limit`);
  console.log(['case', 'size', 'wall s', 'cpu s', 'ratio', 'RSS MB', 'ratio', 'exit', 'stderr'].join('\t'));
  try {
    for (const fuzzCase of flags.cases) {
      let previous: RunResult | undefined;
      const sizes = fuzzSizes(flags.min, flags.max);
      for (const size of sizes) {
        const path = join(dir, `${fuzzCase.name}-${size}.${fuzzCase.format}`);
        const text = buildInput(fuzzCase, seed, size);
        writeFileSync(path, text);
        const result: RunResult = { bytes: Buffer.byteLength(text, 'utf8'), ...(await runCli(path, target, flags.killAfter)) };
        if (!flags.keep) rmSync(path);
        const timeRatio = previous ? result.cpuSeconds / previous.cpuSeconds : NaN;
        const rssRatio = previous ? result.rssMb / previous.rssMb : NaN;
        // Ratios are per doubling: the last step (8 MB → 10 MB) is scaled to a doubling.
        const steps = previous ? Math.log2(result.bytes / previous.bytes) : 1;
        const perDoubling = previous ? timeRatio ** (1 / steps) : NaN;
        const problems: string[] = [];
        if (result.killed) problems.push(`killed after ${flags.killAfter} s`);
        if (previous && result.cpuSeconds > RATIO_FLOOR_SECONDS && perDoubling > MAX_RATIO) problems.push(`time ratio ${perDoubling.toFixed(2)}`);
        if (result.exitCode !== 0 && result.exitCode !== 2) problems.push(`exit ${String(result.exitCode)}`);
        const errorLines = result.stderrLines.filter((line) => !line.startsWith('align: warning:'));
        if (result.exitCode === 2 && !isLimitLine(errorLines)) problems.push('exit 2 without one limit line');
        if (result.exitCode === 0 && errorLines.length > 0) problems.push('errors on stderr');
        if (result.exitCode === 2 && result.stdoutBytes > 0) problems.push('stdout not empty on error');
        if (size === sizes.at(-1) && result.exitCode === 0) {
          if (result.cpuSeconds >= MAX_SECONDS) problems.push(`${result.cpuSeconds.toFixed(1)} CPU s at the largest size`);
          if (result.rssMb >= MAX_RSS_MB) problems.push(`${result.rssMb.toFixed(0)} MB at the largest size`);
        }
        console.log(
          [
            fuzzCase.name,
            formatSize(result.bytes),
            result.seconds.toFixed(2),
            result.cpuSeconds.toFixed(2),
            previous ? perDoubling.toFixed(2) : '-',
            result.rssMb.toFixed(0),
            previous ? (rssRatio ** (1 / steps)).toFixed(2) : '-',
            String(result.exitCode ?? 'killed'),
            (errorLines[0] ?? '').slice(0, 100) + (errorLines.length > 1 ? ` (+${errorLines.length - 1} lines)` : ''),
          ].join('\t') + (problems.length ? `\tMISS: ${problems.join('; ')}` : ''),
        );
        if (problems.length) misses.push(`${fuzzCase.name} ${formatSize(result.bytes)}: ${problems.join('; ')}`);
        previous = result;
        if (result.killed) break;
      }
    }
  } finally {
    if (!flags.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`inputs kept in ${dir}`);
  }
  console.log(misses.length === 0 ? 'fuzz: every target met' : `fuzz: ${misses.length} target(s) missed:\n  ${misses.join('\n  ')}`);
  process.exitCode = misses.length === 0 ? 0 : 1;
}

await main();
