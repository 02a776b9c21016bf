/**
 * The fuzz generators (scripts/lib/fuzz-generators.ts) at small sizes, through the CLI: every
 * hostile input either aligns (exit 0, a clean JSON report on stdout, at most warnings on stderr)
 * or stops at a documented limit (exit 2, one stderr line naming the file and the limit, nothing
 * on stdout). Timing belongs to `npm run fuzz`, not here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_CASES, repeatToSize } from '../../scripts/lib/fuzz-generators.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'align-fuzz-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = readFileSync(join(PROJECT_ROOT, 'fixtures/binance/en.txt'), 'utf8');
const target = join(PROJECT_ROOT, 'fixtures/binance/it.txt');
const SMALL = 24 * 1024;

function writeSource(name: string, hostile: string, format: string): string {
  const path = join(dir, `${name}.${format}`);
  const text =
    format === 'html'
      ? `<!doctype html><html><body>${seed.split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}\n${hostile}</body></html>\n`
      : `${seed}\n\n${hostile}\n`;
  writeFileSync(path, text);
  return path;
}

async function align(source: string, ...extra: string[]) {
  return runCli([source, target, '--from', 'en', '--to', 'it', '-f', 'json', '--fail-on', 'never', ...extra]);
}

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '' && !line.startsWith('align: warning: '));
}

describe('every fuzz case at a small size', () => {
  for (const fuzzCase of FUZZ_CASES) {
    it(`${fuzzCase.name}: aligns with a clean report and no error`, async () => {
      const source = writeSource(fuzzCase.name, fuzzCase.generate(SMALL), fuzzCase.format);
      const run = await align(source);
      expect(errorLines(run.stderr)).toEqual([]);
      expect(run.exitCode).toBe(0);
      const report = JSON.parse(run.stdout) as { source: { sentences: Array<{ text: string }> } };
      // Every sentence stays within the default limit of 2000 characters.
      expect(Math.max(...report.source.sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2001);
      // At most one warning per kind and side: a hostile file does not flood stderr.
      expect(run.stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(4);
    }, 120_000);
  }
});

describe('documented limits', () => {
  it('a sentence past the length limit is cut, with one warning naming the file, the place and the limit', async () => {
    const source = writeSource('long-sentence', repeatToSize('word ', 12_000), 'txt');
    const run = await align(source);
    expect(run.exitCode).toBe(0);
    const warnings = run.stderr.split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^align: warning: .*long-sentence\.txt:\d+:\d+: a sentence of \d+ characters longer than the limit of 2000 characters cut at clause or word boundaries/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  }, 120_000);

  it('more figures than --max-figures: exit 2, one line naming the file and the limit, nothing on stdout', async () => {
    const source = writeSource('figures', repeatToSize('He paid 5 dollars. ', 24_000), 'txt');
    const run = await align(source, '--max-figures', '1000');
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^align: .*figures\.txt: more than 1000 figures \(numbers, amounts, dates\); the limit is 1000 per file \(raise it with --max-figures; see docs\/limits\.md\)\n$/);
  }, 120_000);

  it('a passage with more figures than are compared per bead: one warning, the run goes on', async () => {
    const source = writeSource('crowded', `Prices: ${repeatToSize('7 ', 1_000)}end.`, 'txt');
    const run = await align(source);
    expect(run.exitCode).toBe(0);
    const warnings = run.stderr.split('\n').filter((line) => line.includes('figures; only the first'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/crowded\.txt:\d+:\d+: a passage holds more than 400 figures; only the first 400 of each were compared/);
  }, 120_000);

  it('--timeout: a run past it exits 2 with one line naming the limit and leaves stdout empty', async () => {
    const source = writeSource('slow', FUZZ_CASES.find((c) => c.name === 'long-line')!.generate(256 * 1024), 'txt');
    const run = await align(source, '--timeout', '0.001');
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^align: .*slow\.txt and .*it\.txt: stopped after the time limit of 0\.001 s \(--timeout\)\n$/);
  }, 120_000);

  it('Markdown past the parser limit (256 KB) is read line by line: one warning naming the file, a clean report', async () => {
    const markdownProse = FUZZ_CASES.find((c) => c.name === 'markdown-prose')!;
    const source = writeSource('big-markdown', markdownProse.generate(300 * 1024), 'md');
    const run = await align(source);
    expect(run.exitCode).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^align: warning: .*big-markdown\.md: Markdown of \d+ KB is larger than the 256 KB the parser reads; its syntax was stripped line by line instead \(see docs\/limits\.md\)$/),
    ]);
    const report = JSON.parse(run.stdout) as { source: { sentences: Array<{ text: string }> } };
    // The syntax is gone from the sentences: no emphasis marks, no link targets.
    expect(report.source.sentences.some((s) => /\*\*|\]\(|https:\/\//.test(s.text))).toBe(false);
  }, 120_000);

  it('HTML past the parser limit (2 MB) is read tag by tag: one warning naming the file, a clean report', async () => {
    const paragraph = '<p>The exchange said it had <b>opened</b> an <a href="https://example.com/x">investigation</a> after an unidentified individual threatened to publish customer data.</p>\n';
    const source = writeSource('big-page', `<script>${'var x = 1;\n'.repeat(200_000)}</script>${paragraph.repeat(40)}`, 'html');
    const run = await align(source);
    expect(run.exitCode).toBe(0);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^align: warning: .*big-page\.html: HTML of 2\.\d MB is larger than the 2 MB the HTML parser reads; its text was read tag by tag instead \(see docs\/limits\.md\)$/),
    ]);
    const report = JSON.parse(run.stdout) as { source: { sentences: Array<{ text: string }> } };
    expect(report.source.sentences.some((s) => s.text.includes('var x'))).toBe(false);
    expect(report.source.sentences.some((s) => s.text.startsWith('The exchange said it had opened an investigation'))).toBe(true);
  }, 120_000);

  it('--timeout must be a number of seconds', async () => {
    const run = await align(join(PROJECT_ROOT, 'fixtures/binance/en.txt'), '--timeout', 'soon');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--timeout.*expected a number of seconds above 0/);
  });
});
