import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';
import { validateSarif } from '../report/ci-sample.js';

/**
 * The issue-6 options on the single-pair command (`align <source> <target>`): input formats with
 * line:column in the original file, several outputs, config, suppressions and baselines.
 */
function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'align-single-'));
}

function copyWithEdit(from: string, to: string, search?: string, replacement?: string): void {
  const text = readFileSync(join(PROJECT_ROOT, from), 'utf8');
  if (search !== undefined) expect(text).toContain(search);
  mkdirSync(join(to, '..'), { recursive: true });
  writeFileSync(to, search === undefined ? text : text.replace(search, replacement ?? ''));
}

function ndjson(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('Markdown and HTML inputs report line:column in the original files', () => {
  it('Markdown source ↔ HTML translation: a changed figure points into the markup', async () => {
    const dir = scratch();
    copyWithEdit('fixtures/input/binance.en.md', join(dir, 'en.md'));
    copyWithEdit('fixtures/input/binance.it.html', join(dir, 'it.html'), '25&nbsp;bitcoin', '35&nbsp;bitcoin');
    const run = await runCli(['en.md', 'it.html', '-f', 'ndjson'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const [finding, ...rest] = ndjson(run.stdout);
    expect(rest).toEqual([]);
    // it.html line 17: `    <p>Binance ha rifiutato … ricompensa di 35&nbsp;bitcoin.</p>`; en.md line 11: "… of `25 bitcoins` instead."
    expect(finding).toMatchObject({
      kind: 'figure-mismatch',
      aspect: 'value',
      file: 'it.html',
      line: 17,
      column: 70,
      related: { file: 'en.md', line: 11, column: 49, side: 'source' },
      source: { lines: [11], figure: '25 bitcoins' },
      target: { lines: [17], figure: '35\u00a0bitcoin' }, // the &nbsp; decoded
    });
    const itLine = readFileSync(join(dir, 'it.html'), 'utf8').split('\n')[16]!;
    expect(itLine.slice(69, 71)).toBe('35');
    const enLine = readFileSync(join(dir, 'en.md'), 'utf8').split('\n')[10]!;
    expect(enLine.slice(48, 59)).toBe('25 bitcoins');
  });

  it('Markdown translation: a figure inside **bold** keeps its column', async () => {
    const dir = scratch();
    copyWithEdit('fixtures/batch/stories/en/rates.md', join(dir, 'en.md'));
    copyWithEdit('fixtures/batch/stories/it/rates.md', join(dir, 'it.md'), '**4,5%**', '**5,5%**');
    const run = await runCli(['en.md', 'it.md', '-f', 'github'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    // it.md line 3: "Giovedì la banca centrale ha mantenuto il tasso principale al **5,5%**."
    expect(run.stdout).toMatch(/^::error file=it\.md,line=3,col=65,endColumn=69,title=article-align%3A figure-mismatch \(value\)::/u);
    expect(readFileSync(join(dir, 'it.md'), 'utf8').split('\n')[2]!.slice(64, 68)).toBe('5,5%');
  });

  it('--input-format text reads Markdown as it is', async () => {
    const dir = scratch();
    copyWithEdit('fixtures/batch/stories/en/rates.md', join(dir, 'en.md'));
    copyWithEdit('fixtures/batch/stories/it/rates.md', join(dir, 'it.md'));
    const run = await runCli(['en.md', 'it.md', '--input-format', 'text', '-f', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { source: { sentences: Array<{ text: string }> } };
    expect(report.source.sentences[0]!.text).toContain('# Central bank');
  });
});

describe('several outputs, config and baseline on a single pair', () => {
  it('-f sarif -o file -f github: SARIF to the file, annotations to stdout', async () => {
    const dir = scratch();
    const run = await runCli([join(PROJECT_ROOT, 'fixtures/binance/en.txt'), join(PROJECT_ROOT, 'fixtures/binance/it.txt'), '-f', 'sarif', '-o', 'r.sarif', '-f', 'github'], {
      cwd: dir,
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.split('\n').filter((line) => line !== '').every((line) => /^::(error|warning|notice) file=/u.test(line))).toBe(true);
    expect(validateSarif(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')))).toEqual([]);
  });

  it('config sets the fail threshold and suppressions; a flag wins over the config', async () => {
    const dir = scratch();
    cpSync(join(PROJECT_ROOT, 'fixtures/binance'), join(dir, 'binance'), { recursive: true });
    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ suppress: [{ kind: 'number-format', paths: 'binance/*' }] }));
    const suppressed = await runCli(['binance/en.txt', 'binance/it.txt', '-f', 'ndjson'], { cwd: dir });
    expect(ndjson(suppressed.stdout).filter((finding) => finding.kind === 'number-format')).toEqual([]);
    expect(suppressed.stderr).toMatch(/^align: \d+ findings? suppressed by align\.config\.json\n/u);

    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ failOn: 'never' }));
    expect((await runCli(['binance/en.txt', 'binance/it.txt'], { cwd: dir })).exitCode).toBe(0);
    expect((await runCli(['binance/en.txt', 'binance/it.txt', '--fail-on', 'warning'], { cwd: dir })).exitCode).toBe(1);
  });

  it('--config names a file; an invalid one exits 2 naming the key', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ inputFormat: 'docx' }));
    const run = await runCli([join(PROJECT_ROOT, 'fixtures/binance/en.txt'), join(PROJECT_ROOT, 'fixtures/binance/it.txt'), '--config', 'ci.json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('align: ci.json: inputFormat: Invalid option: expected one of "auto"|"text"|"markdown"|"html"\n');
  });

  it('baseline round trip on one pair: only the changed figure fails', async () => {
    const dir = scratch();
    cpSync(join(PROJECT_ROOT, 'fixtures/binance'), join(dir, 'binance'), { recursive: true });
    const args = ['binance/en.txt', 'binance/it.txt', '--baseline', 'baseline.json'];
    expect((await runCli([...args, '--update-baseline'], { cwd: dir })).exitCode).toBe(0);
    expect((await runCli(args, { cwd: dir })).exitCode).toBe(0);
    const itPath = join(dir, 'binance/it.txt');
    const italian = readFileSync(itPath, 'utf8');
    expect(italian).toContain('25 bitcoin');
    writeFileSync(itPath, italian.replace('25 bitcoin', '35 bitcoin'));
    const changed = await runCli([...args, '-f', 'ndjson'], { cwd: dir });
    expect(changed.exitCode).toBe(1);
    expect(ndjson(changed.stdout).map((finding) => `${String(finding.kind)} ${String(finding.aspect)} ${String(finding.target && (finding.target as { figure?: string }).figure)}`)).toEqual([
      'figure-mismatch value 35 bitcoin',
    ]);
  });
});
