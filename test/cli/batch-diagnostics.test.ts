import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

/** A scratch copy of fixtures/batch/stories plus `same`, a pair whose "translation" is another English story. */
function storiesWithWrongLanguage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-diag-'));
  cpSync(join(PROJECT_ROOT, 'fixtures/batch/stories'), join(dir, 'stories'), { recursive: true });
  cpSync(join(dir, 'stories/en/ransom.txt'), join(dir, 'stories/en/same.txt'));
  cpSync(join(dir, 'stories/en/rates.md'), join(dir, 'stories/it/same.txt'));
  writeFileSync(join(dir, 'stories/en/orphan.txt'), 'A story nobody translated yet.\n');
  return dir;
}

const SAME_LINE =
  'align: same (stories/en/same.txt → stories/it/same.txt) not checked: both texts are English (en); expected a text and its translation (override detection with --from/--to)';
const ORPHAN_LINE = 'align: orphan (stories/en/orphan.txt → stories/it/orphan.txt) not checked: stories/en/orphan.txt: no translation found (expected stories/it/orphan.txt)';

describe('align batch diagnostics', () => {
  it('sends every not-checked reason to stderr, one line naming the pair and its files; the table on stdout has none', async () => {
    const dir = storiesWithWrongLanguage();
    const run = await runCli(['batch', 'stories', '--jobs', '1'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([ORPHAN_LINE, SAME_LINE]);
    expect(run.stdout).toMatch(/│ same +│ not checked/u);
    expect(run.stdout).not.toMatch(/✖|both texts|no translation found/u);
  }, 120_000);

  it('still prints the reasons when every format goes to -o files', async () => {
    const dir = storiesWithWrongLanguage();
    const run = await runCli(['batch', 'stories', '--jobs', '1', '-f', 'json', '-o', 'r.json', '-f', 'sarif', '-o', 'r.sarif'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/4 pairs in [\d.]+ s with 1 job: 1 with drift, 1 clean, 2 not checked/u);
    expect(run.stderr).toContain(`${ORPHAN_LINE}\n`);
    expect(run.stderr).toContain(`${SAME_LINE}\n`);
    expect((JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as { summary: { notChecked: number } }).summary.notChecked).toBe(2);
  }, 120_000);

  it('escapes control characters in a pair id so a name cannot forge a second line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-diag-esc-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ id: 'evil\n\u001b[2Jalign: all clean', source: 'a.txt', target: 'b.txt' }]));
    const run = await runCli(['batch', 'm.json', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('\nalign: evil\\n\\x1b[2Jalign: all clean (a.txt → b.txt) not checked: a.txt: no such file\n');
    expect(run.stderr).toMatch(/│ evil\\n\\x1b\[2Jalign: all clean │ not checked/u);
    expect(`${run.stdout}${run.stderr}`).not.toContain('\u001b');
    expect(run.stderr.split('\n').filter((line) => line.startsWith('align: all clean'))).toEqual([]);
  }, 120_000);
});

describe('align batch per-pair languages', () => {
  it('takes from/to per row of a manifest, over the run\'s --from/--to', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-langs-'));
    cpSync(join(PROJECT_ROOT, 'fixtures/batch/stories'), join(dir, 'stories'), { recursive: true });
    writeFileSync(
      join(dir, 'pairs.csv'),
      ['id,source,target,from,to', 'forward,stories/en/ransom.txt,stories/it/ransom.txt,,', 'reverse,stories/it/ransom.txt,stories/en/ransom.txt,it,en', ''].join('\n'),
    );
    const run = await runCli(['batch', 'pairs.csv', '--jobs', '1', '--from', 'en', '--to', 'it', '-f', 'json'], { cwd: dir });
    const json = JSON.parse(run.stdout) as { pairs: Array<{ id: string; report?: { source: { lang: string }; target: { lang: string } } }> };
    expect(json.pairs.map((pair) => [pair.id, pair.report?.source.lang, pair.report?.target.lang])).toEqual([
      ['forward', 'en', 'it'],
      ['reverse', 'it', 'en'],
    ]);
    expect(run.exitCode).toBe(1);
  }, 120_000);

  it('reads "from"/"to" fields of a JSON manifest and refuses a non-string one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-langs-json-'));
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ source: 'a.txt', target: 'b.txt', from: 7 }]));
    const run = await runCli(['batch', 'm.json'], { cwd: dir });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'align: m.json: pairs[0].from must be a non-empty string\n' });
  });
});
