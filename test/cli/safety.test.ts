/**
 * Output and input safety through the CLI (issues #15 and #16): every refusal is exit 2, exactly one
 * stderr line, nothing on stdout; no ESC byte ever reaches stdout or stderr.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli, type CliRun } from '../helpers/run-cli.js';

const EN_TEXT = readFileSync(join(PROJECT_ROOT, 'fixtures/binance/en.txt'), 'utf8');
const IT_TEXT = readFileSync(join(PROJECT_ROOT, 'fixtures/binance/it.txt'), 'utf8');
const isRoot = process.getuid?.() === 0;

/** A scratch folder holding en.txt and it.txt (the seed pair). */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-safety-'));
  writeFileSync(join(dir, 'en.txt'), EN_TEXT);
  writeFileSync(join(dir, 'it.txt'), IT_TEXT);
  return dir;
}

function expectRefusal(run: CliRun, message: RegExp): void {
  expect(run.exitCode).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(/^align: /u);
  expect(run.stderr.trimEnd()).toMatch(message);
}

function expectNoEscape(run: CliRun): void {
  expect(run.stdout.includes('\u001b')).toBe(false);
  expect(run.stderr.includes('\u001b')).toBe(false);
  expect(/[\u0080-\u009f]/u.test(run.stdout + run.stderr)).toBe(false);
}

describe('an output that is one of the inputs is refused and the input left untouched', () => {
  it.each([
    ['by name', (dir: string) => join(dir, 'en.txt')],
    ['through a symlink', (dir: string) => (symlinkSync(join(dir, 'en.txt'), join(dir, 'report.json')), join(dir, 'report.json'))],
    ['through a hard link', (dir: string) => (linkSync(join(dir, 'en.txt'), join(dir, 'report.json')), join(dir, 'report.json'))],
  ])('%s', async (_how, output) => {
    const dir = project();
    const target = output(dir);
    const run = await runCli(['en.txt', 'it.txt', '-f', 'json', '-o', target], { cwd: dir });
    expectRefusal(run, /refusing to write .*: it is the input en\.txt.*; choose another output file$/u);
    expect(readFileSync(join(dir, 'en.txt'), 'utf8')).toBe(EN_TEXT);
  });

  it('also the config file and the baseline', async () => {
    const dir = project();
    writeFileSync(join(dir, 'align.config.json'), '{"failOn": "never"}');
    expectRefusal(await runCli(['en.txt', 'it.txt', '-f', 'json', '-o', 'align.config.json'], { cwd: dir }), /it is the config align\.config\.json/u);
    writeFileSync(join(dir, 'baseline.json'), '{}');
    expectRefusal(await runCli(['en.txt', 'it.txt', '--baseline', 'baseline.json', '-f', 'json', '-o', 'baseline.json'], { cwd: dir }), /it is the baseline baseline\.json/u);
    expect(readFileSync(join(dir, 'align.config.json'), 'utf8')).toBe('{"failOn": "never"}');
  });
});

describe('-o errors name the path and the problem in one line', () => {
  it.each([
    ['a directory', (dir: string) => (mkdirSync(join(dir, 'out')), 'out'), /^align: out: is a directory; give a file name$/u],
    ['/dev/full', () => '/dev/full', /^align: \/dev\/full: no space left on the device$/u],
    ['a path under a regular file', () => 'en.txt/report.json', /^align: en\.txt\/report\.json: a part of the path is a file, not a folder$/u],
  ])('%s', async (_name, output, message) => {
    const dir = project();
    const run = await runCli(['en.txt', 'it.txt', '-f', 'json', '-o', output(dir)], { cwd: dir });
    expectRefusal(run, message);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(isRoot)('a read-only folder', async () => {
    const dir = project();
    mkdirSync(join(dir, 'locked'));
    chmodSync(join(dir, 'locked'), 0o555);
    expectRefusal(await runCli(['en.txt', 'it.txt', '-f', 'json', '-o', 'locked/r.json'], { cwd: dir }), /^align: locked\/r\.json: permission denied/u);
  });

  it('a successful write replaces the file whole and leaves no temporary file', async () => {
    const dir = project();
    writeFileSync(join(dir, 'report.json'), 'old');
    const run = await runCli(['en.txt', 'it.txt', '-f', 'json', '-o', 'report.json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).source.path).toBe('en.txt');
    expect(readdirSync(dir).sort()).toEqual(['en.txt', 'it.txt', 'report.json']);
  });
});

describe('every file read is a regular file under a size limit', () => {
  const fifo = (dir: string, name: string): string => (execFileSync('mkfifo', [join(dir, name)]), name);
  const zero = (dir: string, name: string): string => (symlinkSync('/dev/zero', join(dir, name)), name);

  it.each([
    ['-c a FIFO', (dir: string) => ['-c', fifo(dir, 'align.json')], /align\.json \(config\): is a named pipe \(FIFO\), not a regular file$/u],
    ['-c /dev/zero', () => ['-c', '/dev/zero'], /\/dev\/zero \(config\): is a device, not a regular file$/u],
    ['-c a symlink to /dev/zero', (dir: string) => ['-c', zero(dir, 'align.json')], /align\.json \(config\): is a device, not a regular file$/u],
    ['--baseline a FIFO', (dir: string) => ['--baseline', fifo(dir, 'baseline.json')], /baseline\.json \(baseline\): is a named pipe/u],
    ['--baseline a symlink to /dev/zero', (dir: string) => ['--baseline', zero(dir, 'baseline.json')], /baseline\.json \(baseline\): is a device/u],
    ['an input that is a FIFO', (dir: string) => [fifo(dir, 'fifo.txt')], /^align: fifo\.txt: is a named pipe \(FIFO\), not a regular file$/u],
    ['an input that links to /dev/zero', (dir: string) => [zero(dir, 'zero.txt')], /^align: zero\.txt: is a device, not a regular file$/u],
  ])('%s', async (_name, extra, message) => {
    const dir = project();
    const args = extra(dir);
    const argv = args[0]!.startsWith('-') ? ['en.txt', 'it.txt', ...args] : [args[0]!, 'it.txt'];
    expectRefusal(await runCli(argv, { cwd: dir }), message);
  });

  it('a cache entry that is a FIFO is refused in one line', async () => {
    const dir = project();
    const cacheArgs = ['--cache', '--cache-dir', join(dir, 'cache'), '-f', 'json'];
    await runCli(['en.txt', 'it.txt', ...cacheArgs], { cwd: dir });
    const entries = readdirSync(join(dir, 'cache'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const victim = join(entries[0]!.parentPath, entries[0]!.name);
    execFileSync('rm', [victim]);
    execFileSync('mkfifo', [victim]);
    expectRefusal(await runCli(['en.txt', 'it.txt', ...cacheArgs], { cwd: dir }), /\(embedding cache entry\): is a named pipe \(FIFO\), not a regular file; remove it or clear the cache folder$/u);
  });

  it('an input one byte over the limit gives exact byte counts', async () => {
    const dir = project();
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(10 * 1024 * 1024 + 1, 'a'));
    expectRefusal(
      await runCli(['big.txt', 'it.txt'], { cwd: dir }),
      /^align: big\.txt: is 10,485,761 bytes, more than the 10,485,760-byte \(10 MB\) limit \(raise it with --max-bytes\)$/u,
    );
  });
});

describe('config', () => {
  it('several mistakes: one line naming the first and counting the others', async () => {
    const dir = project();
    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ failOn: 'sometimes', colour: true, maxSentences: 'ten' }));
    expectRefusal(await runCli(['en.txt', 'it.txt'], { cwd: dir }), /align\.config\.json: \S+: .* \(and 2 more problems\)$/u);
  });

  it("an output from a config in a parent folder stays inside that folder unless the command line allows it", async () => {
    const parent = project();
    const work = join(parent, 'work');
    mkdirSync(work);
    copyFileSync(join(parent, 'en.txt'), join(work, 'en.txt'));
    copyFileSync(join(parent, 'it.txt'), join(work, 'it.txt'));
    const victim = join(tmpdir(), `align-victim-${process.pid}.json`);
    writeFileSync(victim, 'precious');
    writeFileSync(join(parent, 'align.config.json'), JSON.stringify({ format: 'json', output: victim }));
    expectRefusal(await runCli(['en.txt', 'it.txt'], { cwd: work }), /points outside the config's folder \(through an absolute path\).*--allow-outside\)$/u);
    writeFileSync(join(parent, 'align.config.json'), JSON.stringify({ format: 'json', output: '../escape.json' }));
    expectRefusal(await runCli(['en.txt', 'it.txt'], { cwd: work }), /^align: \.\.\/escape\.json: points outside the config's folder \(through '\.\.'\)/u);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    // Inside the folder: fine. With --allow-outside on the command line: written.
    writeFileSync(join(parent, 'align.config.json'), JSON.stringify({ format: 'json', output: 'reports/r.json' }));
    expect((await runCli(['en.txt', 'it.txt'], { cwd: work })).exitCode).toBe(1);
    expect(statSync(join(parent, 'reports', 'r.json')).isFile()).toBe(true);
    writeFileSync(join(parent, 'align.config.json'), JSON.stringify({ format: 'json', output: '../escape.json' }));
    expect((await runCli(['en.txt', 'it.txt', '--allow-outside'], { cwd: work })).exitCode).toBe(1);
    expect(statSync(join(parent, '..', 'escape.json')).isFile()).toBe(true);
  });
});

describe('identical texts', () => {
  it('are refused even with both languages named', async () => {
    const dir = project();
    copyFileSync(join(dir, 'en.txt'), join(dir, 'copy.txt'));
    expectRefusal(await runCli(['en.txt', 'copy.txt', '--from', 'en', '--to', 'it'], { cwd: dir }), /en\.txt and copy\.txt: the two texts are identical/u);
  });
});

describe('terminal escapes never reach the terminal', () => {
  const ESCAPES = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';

  it('in a file name, also with a newline in it: one line, escapes visible', async () => {
    const dir = project();
    const name = `evil${ESCAPES}\nalign: all clean.txt`;
    const run = await runCli([name, 'it.txt'], { cwd: dir });
    expectRefusal(run, /evil\\x1b\]0;pwned\\x07\\x1b\[2J\\x9b31m\\nalign: all clean\.txt: no such file$/u);
    expectNoEscape(run);
  });

  it.each(['table', 'markdown', 'github', 'junit', 'json', 'sarif', 'ndjson'])('in article text, with -f %s', async (format) => {
    const dir = project();
    const evilEn = EN_TEXT.replace('Binance', `Binance${ESCAPES}`);
    writeFileSync(join(dir, 'evil.txt'), evilEn);
    writeFileSync(join(dir, `evil${ESCAPES}.txt`), evilEn);
    for (const file of ['evil.txt', `evil${ESCAPES}.txt`]) {
      const run = await runCli([file, 'it.txt', '-f', format, '--no-color'], { cwd: dir });
      expect(run.exitCode).toBe(1);
      expectNoEscape(run);
      if (format === 'table') expect(run.stdout).toContain('\\x1b]0;pwned\\x07');
    }
  });
});

describe('hostile HTML and Markdown', () => {
  it('an article inside 5,000 nested <div> aligns', async () => {
    const dir = project();
    const paragraphs = EN_TEXT.split(/\n\s*\n/u).map((p) => `<p>${p.replace(/&/gu, '&amp;').replace(/</gu, '&lt;')}</p>`).join('');
    writeFileSync(join(dir, 'en.html'), `<html><body>${'<div>'.repeat(5000)}${paragraphs}${'</div>'.repeat(5000)}</body></html>`);
    const run = await runCli(['en.html', 'it.txt', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).source.sentences.length).toBeGreaterThan(10);
  });

  it('Markdown nested past the limit is read line by line, with one warning', async () => {
    const dir = project();
    writeFileSync(join(dir, 'en.md'), `${'> '.repeat(5000)}Quoted.\n\n${EN_TEXT}`);
    const run = await runCli(['en.md', 'it.txt', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('align: warning: en.md: Markdown nests deeper than the 64-level limit at line 1 (block quotes and lists); its syntax was stripped line by line instead (see docs/limits.md)');
    expect(lines.every((line) => line.startsWith('align: warning: '))).toBe(true);
    expect(JSON.parse(run.stdout).source.sentences.length).toBeGreaterThan(10);
  });
});
