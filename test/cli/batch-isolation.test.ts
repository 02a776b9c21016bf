import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, type CliRun } from '../helpers/run-cli.js';

const STORIES = join(PROJECT_ROOT, 'fixtures/batch/stories');
const SECRET = 'TOP-SECRET-0xC0FFEE payroll line';

/** Every file under `dir`, recursively, as text. */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** JSON batch output without what legitimately varies between runs (timings, the job count). */
function comparable(json: string): unknown {
  return JSON.parse(json, (key, value: unknown) => (key === 'durationMs' || key === 'jobs' ? undefined : value));
}

/**
 * project/m/pairs.json listing a good pair and three that reach for project/../secret.txt: through
 * `..`, by absolute path and through a symlink inside m/.
 */
function outsideManifest(): { dir: string; project: string } {
  const dir = mkdtempSync(join(tmpdir(), 'align-outside-'));
  const project = join(dir, 'project');
  mkdirSync(join(project, 'm'), { recursive: true });
  cpSync(STORIES, join(project, 'm/stories'), { recursive: true });
  writeFileSync(join(dir, 'secret.txt'), `${SECRET}\n`);
  symlinkSync('../../secret.txt', join(project, 'm/link.txt'));
  writeFileSync(
    join(project, 'm/pairs.json'),
    JSON.stringify([
      { id: 'ransom', source: 'stories/en/ransom.txt', target: 'stories/it/ransom.txt' },
      { id: 'dotdot', source: 'stories/en/rates.md', target: '../../secret.txt' },
      { id: 'absolute', source: join(dir, 'secret.txt'), target: 'stories/it/rates.md' },
      { id: 'symlink', source: 'stories/en/rates.md', target: 'link.txt' },
    ]),
  );
  return { dir, project };
}

describe('align batch: the path rule', () => {
  it('refuses manifest paths outside its folder (.., absolute, symlink), checks the rest, leaks no byte', async () => {
    const { project } = outsideManifest();
    const run = await runCli(['batch', 'm/pairs.json', '--jobs', '1', '-f', 'json', '-o', 'out/report.json', '-f', 'sarif', '-o', 'out/report.sarif', '-f', 'html', '-o', 'out/html'], { cwd: project });
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(readFileSync(join(project, 'out/report.json'), 'utf8')) as { pairs: Array<{ id: string; error?: string; report?: unknown }> };
    expect(report.pairs.map((pair) => [pair.id, pair.report === undefined ? 'error' : 'checked'])).toEqual([
      ['ransom', 'checked'],
      ['dotdot', 'error'],
      ['absolute', 'error'],
      ['symlink', 'error'],
    ]);
    const diagnostics = run.stderr.split('\n').filter((line) => line.includes('not checked:'));
    expect(diagnostics).toHaveLength(3);
    expect(diagnostics[0]).toMatch(/^align: dotdot \(m\/stories\/en\/rates\.md → .*secret\.txt\) not checked: \/.*secret\.txt: points outside the manifest's folder \(m\); a batch reads only files inside it \(pass --allow-outside to permit\)$/u);
    expect(diagnostics[1]).toMatch(/^align: absolute \(.*secret\.txt → m\/stories\/it\/rates\.md\) not checked: .*points outside the manifest's folder \(m\);/u);
    expect(diagnostics[2]).toMatch(/^align: symlink \(m\/stories\/en\/rates\.md → m\/link\.txt\) not checked: m\/link\.txt: points outside the manifest's folder \(m\) \(through a symlink\)/u);
    for (const text of [run.stdout, run.stderr, allText(join(project, 'out'))]) expect(text).not.toContain('C0FFEE');
  }, 120_000);

  it('--allow-outside lets the same manifest read those files', async () => {
    const { project } = outsideManifest();
    const run = await runCli(['batch', 'm/pairs.json', '--jobs', '1', '--allow-outside', '--include', 'x', '-f', 'ndjson'], { cwd: project });
    expect(run.stderr).not.toMatch(/points outside/u);
    // The secret is not a translation of anything, but it was read and checked.
    expect(run.stdout).toContain('"pair":"symlink"');
  }, 120_000);

  it('a folder batch follows symlinks inside the tree, refuses ones leading outside, and names skipped files', async () => {
    const { dir, project } = outsideManifest();
    const stories = join(project, 'm/stories');
    // Inside the project: followed.
    mkdirSync(join(project, 'shared'));
    cpSync(join(stories, 'en/rates.md'), join(project, 'shared/rates-en.md'));
    cpSync(join(stories, 'it/rates.md'), join(project, 'shared/rates-it.md'));
    symlinkSync('../../../shared/rates-en.md', join(stories, 'en/linked.md'));
    symlinkSync('../../../shared/rates-it.md', join(stories, 'it/linked.md'));
    // Outside the project: refused for that pair.
    symlinkSync(join(dir, 'secret.txt'), join(stories, 'en/leak.txt'));
    cpSync(join(stories, 'it/ransom.txt'), join(stories, 'it/leak.txt'));
    // Broken: skipped and named.
    symlinkSync('nowhere.txt', join(stories, 'en/broken.txt'));
    const run = await runCli(['batch', 'm/stories', '--jobs', '1', '-f', 'json'], { cwd: project });
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(run.stdout) as { pairs: Array<{ id: string; error?: string; report?: { summary: { verdict: string } } }> };
    expect(report.pairs.map((pair) => [pair.id, pair.report?.summary.verdict ?? pair.error])).toEqual([
      ['leak', expect.stringMatching(/^m\/stories\/en\/leak\.txt: points outside the current folder and m\/stories/u)],
      ['linked', 'clean'],
      ['ransom', 'drift'],
      ['rates', 'clean'],
    ]);
    expect(run.stderr).toContain('align: skipped m/stories/en/broken.txt: a symlink to nothing (broken link)\n');
    expect(run.stderr).toMatch(/^align: leak \(m\/stories\/en\/leak\.txt → m\/stories\/it\/leak\.txt\) not checked: /mu);
    expect(`${run.stdout}${run.stderr}`).not.toContain('C0FFEE');
  }, 120_000);
});

describe('align batch: isolation', () => {
  async function crashingBatch(jobs: number, fault: string, extra: string[] = []): Promise<CliRun & { json: unknown }> {
    const dir = mkdtempSync(join(tmpdir(), 'align-crash-'));
    cpSync(STORIES, join(dir, 'stories'), { recursive: true });
    cpSync(join(STORIES, 'en/rates.md'), join(dir, 'stories/en/rates2.md'));
    cpSync(join(STORIES, 'it/rates.md'), join(dir, 'stories/it/rates2.md'));
    const run = await runCli(['batch', 'stories', '--jobs', String(jobs), '-f', 'json', '-o', 'report.json', ...extra], { cwd: dir, env: { ALIGN_TEST_FAULT: fault } });
    return { ...run, json: comparable(readFileSync(join(dir, 'report.json'), 'utf8')) };
  }

  it('a pair that crashes its worker is an error for that pair; --jobs 1 and --jobs 2 give identical JSON and exit code', async () => {
    const one = await crashingBatch(1, 'crash:rates');
    const two = await crashingBatch(2, 'crash:rates');
    expect(one.exitCode).toBe(2);
    expect(two.exitCode).toBe(one.exitCode);
    expect(two.json).toEqual(one.json);
    const pairs = (one.json as { pairs: Array<{ id: string; error?: string }> }).pairs;
    expect(pairs.map((pair) => [pair.id, pair.error ?? 'checked'])).toEqual([
      ['ransom', 'checked'],
      ['rates', 'internal error: checking this pair crashed (test fault: crash on pair rates); the other pairs were still checked'],
      ['rates2', 'checked'],
    ]);
    expect(one.stderr).toMatch(/^align: rates \(stories\/en\/rates\.md → stories\/it\/rates\.md\) not checked: internal error: checking this pair crashed/mu);
    expect(one.stdout).not.toContain('"schemaVersion"');
  }, 180_000);

  it('a pair that runs out of memory is an error for that pair, without a V8 trace, whatever --jobs is', async () => {
    const one = await crashingBatch(1, 'oom:ransom', ['--max-memory', '64mb']);
    const two = await crashingBatch(2, 'oom:ransom', ['--max-memory', '64mb']);
    expect(two.exitCode).toBe(2);
    expect(two.json).toEqual(one.json);
    expect((one.json as { pairs: Array<{ error?: string }> }).pairs[0]!.error).toBe(
      'ran out of memory (more than the 64 MB heap each pair may use); the other pairs were still checked',
    );
    expect(one.stderr).not.toMatch(/JavaScript heap|Mark-Compact|FATAL/u);
  }, 180_000);

  it('--timeout stops a pair that runs too long; a fresh worker checks the rest', async () => {
    const run = await crashingBatch(1, 'hang:ransom', ['--timeout', '3']);
    expect(run.exitCode).toBe(2);
    expect((run.json as { pairs: Array<{ id: string; error?: string }> }).pairs.map((pair) => pair.error ?? 'checked')).toEqual([
      'took longer than the 3 s --timeout; stopped',
      'checked',
      'checked',
    ]);
  }, 180_000);

  it('by default checks a small batch with one worker', async () => {
    const run = await runCli(['batch', 'fixtures/batch/stories', '-f', 'ndjson']);
    expect(run.stderr).toMatch(/2 pairs in [\d.]+ s with 1 job:/u);
  }, 120_000);

  it('caps --jobs at the cores on offer, with a note on stderr', async () => {
    const run = await runCli(['batch', 'fixtures/batch/stories', '--jobs', '64', '-f', 'ndjson']);
    expect(run.stderr).toMatch(/^align: note: --jobs 64 is more than the \d+ cores? on offer; using \d+$/mu);
    expect(run.exitCode).toBe(1);
  }, 120_000);
});

describe('align batch: SIGTERM midway', () => {
  it('stops, keeps the earlier output file untouched, and leaves no partial or temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-sigterm-'));
    cpSync(STORIES, join(dir, 'stories'), { recursive: true });
    writeFileSync(join(dir, 'report.json'), 'previous report\n');
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(PROJECT_ROOT, 'node_modules/tsx/dist/loader.mjs')).href, join(PROJECT_ROOT, 'test/helpers/cli-entry.ts'), 'batch', 'stories', '--jobs', '1', '-f', 'json', '-o', 'report.json'], {
      cwd: dir,
      env: { ...process.env, ALIGN_TEST_FAULT: 'hang:rates', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const midway = new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        // The hang fault prints this when the worker reaches the second pair: the batch is midway.
        if (stderr.includes('test fault: hang on pair rates')) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await Promise.race([midway, exited]);
    child.kill('SIGTERM');
    const exitCode = await exited;
    expect(exitCode).toBe(143);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/│ ransom +│ drift/u);
    expect(stderr).toContain('align: interrupted by SIGTERM after 1 of 2 pairs were checked; no output file written\n');
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('previous report\n');
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'stories']);
    expect(existsSync(join(dir, 'stories/report.json'))).toBe(false);
  }, 180_000);
});
