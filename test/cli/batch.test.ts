import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';
import { validateSarif } from '../report/ci-sample.js';

// Every pair is checked in a worker thread, booted from the TypeScript sources: slow on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const STORIES = join(PROJECT_ROOT, 'fixtures/batch/stories');

/** A scratch copy of fixtures/batch/stories (en/ransom.txt, en/rates.md and their it/ twins). */
function scratchStories(): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-batch-'));
  cpSync(STORIES, join(dir, 'stories'), { recursive: true });
  return dir;
}

function edit(path: string, from: string, to: string): void {
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

function ndjson(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('align batch <dir>', () => {
  it('checks every en/ ↔ it/ pair and prints a summary table; exit 1 for drift', async () => {
    const run = await runCli(['batch', 'fixtures/batch/stories', '--jobs', '1']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/│ ransom +│ drift +│ +3\/3 │ +0 │ +1 │ +0 │/u);
    expect(run.stdout).toMatch(/│ rates +│ clean +│/u);
    expect(run.stdout).toContain('warning number-format  fixtures/batch/stories/en/ransom.txt:3:30');
    expect(run.stdout).toMatch(/2 pairs in [\d.]+ s with 1 job: 1 with drift, 1 clean · 0 errors, 1 warning, 0 info\n$/u);
  });

  it('reports broken pairs, still checks the others, and exits 2', async () => {
    const dir = scratchStories();
    writeFileSync(join(dir, 'stories/en/orphan.txt'), 'A story nobody translated yet.\n');
    writeFileSync(join(dir, 'stories/en/photo.txt'), 'A caption.\n');
    writeFileSync(join(dir, 'stories/it/photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const run = await runCli(['batch', 'stories', '--jobs', '1', '--format', 'ndjson'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const lines = ndjson(run.stdout);
    expect(lines.filter((line) => line.type === 'error').map((line) => line.message)).toEqual([
      'stories/en/orphan.txt: no translation found (expected stories/it/orphan.txt)',
      'stories/it/photo.txt: looks like a binary file (NUL byte at offset 4), not text',
    ]);
    expect(lines.filter((line) => line.type === 'finding').map((line) => `${String(line.pair)} ${String(line.kind)}`)).toEqual(['ransom number-format']);
    // With a machine format on stdout, the summary table goes to stderr.
    expect(run.stderr).toMatch(/│ orphan +│ not checked/u);
    expect(run.stderr).toMatch(/4 pairs in [\d.]+ s with 1 job: 1 with drift, 1 clean, 2 not checked/u);
  });

  it('reads a JSON or CSV manifest', async () => {
    const dir = scratchStories();
    writeFileSync(join(dir, 'pairs.csv'), 'source,target\nstories/en/rates.md,stories/it/rates.md\n');
    writeFileSync(join(dir, 'pairs.json'), JSON.stringify([{ source: 'stories/en/rates.md', target: 'stories/it/rates.md' }]));
    for (const manifest of ['pairs.csv', 'pairs.json']) {
      const run = await runCli(['batch', manifest, '--jobs', '1'], { cwd: dir });
      expect(run.exitCode).toBe(0);
      expect(run.stdout).toMatch(/1 pair in [\d.]+ s with 1 job: 0 with drift, 1 clean/u);
    }
  });

  it('writes several formats in one run: SARIF and JUnit to files, GitHub annotations to stdout', async () => {
    const dir = scratchStories();
    const run = await runCli(
      ['batch', 'stories', '--jobs', '1', '-f', 'sarif', '-o', 'out/align.sarif', '-f', 'github', '--format=junit', '--output=out/junit.xml'],
      { cwd: dir },
    );
    expect(run.exitCode).toBe(1);
    // One annotation, on the English file where `10.000` is written (the message wording belongs to the figures stage).
    expect(run.stdout).toMatch(/^::warning file=stories\/en\/ransom\.txt,line=3,col=30,endColumn=36,title=article-align%3A number-format::[^\n]*`10\.000`[^\n]*\n$/u);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/align.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(validateSarif(sarif)).toEqual([]);
    expect(sarif.runs[0]!.results).toHaveLength(1);
    const junit = readFileSync(join(dir, 'out/junit.xml'), 'utf8');
    expect(junit.match(/<testcase /gu)).toHaveLength(2);
    expect(junit).toContain('failures="1" errors="0"');
  });

  it('--format html -o dir writes a page per pair and an index linking them', async () => {
    const dir = scratchStories();
    const run = await runCli(['batch', 'stories', '--jobs', '1', '-f', 'html', '-o', 'site'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const index = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(index).toContain('href="ransom.html"');
    expect(index).toContain('href="rates.html"');
    expect(readFileSync(join(dir, 'site/ransom.html'), 'utf8')).toMatch(/^<!doctype html>/iu);
    const noDir = await runCli(['batch', 'stories', '-f', 'html'], { cwd: dir });
    expect(noDir.exitCode).toBe(2);
    expect(noDir.stderr).toContain('give it a folder with --output <dir>');
  });

  it('refuses two formats on stdout', async () => {
    const run = await runCli(['batch', 'fixtures/batch/stories', '-f', 'json', '-f', 'github']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('align: only one format can go to stdout (json, github); give the others an --output file\n');
  });

  it('runs in worker threads with --jobs 2 and gives the same findings as --jobs 1', async () => {
    const one = await runCli(['batch', 'fixtures/batch/stories', '--jobs', '1', '-f', 'ndjson']);
    const two = await runCli(['batch', 'fixtures/batch/stories', '--jobs', '2', '-f', 'ndjson']);
    expect(two.exitCode).toBe(one.exitCode);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toMatch(/with 2 jobs/u);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    let stderr = '';
    const exitCode = await main({
      argv: ['batch', 'fixtures/batch/stories', '--jobs', '1', '-f', 'json', '-o', join(mkdtempSync(join(tmpdir(), 'align-p-')), 'r.json')],
      stdin: (async function* () {})(),
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: true, columns: 100 },
      env: { NO_COLOR: '1' },
      cwd: PROJECT_ROOT,
    });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('2/2 pairs · 1 with drift · 0 not checked');
    expect(stderr).toContain('\r\u001b[2K');
  });
  it('passes on the pipeline\'s warnings, naming the pair, after the summary', async () => {
    const dir = scratchStories();
    writeFileSync(join(dir, 'stories/en/brief.txt'), 'Shares rose 5% today.\n');
    writeFileSync(join(dir, 'stories/it/brief.txt'), 'Le azioni sono salite del 5% oggi.\n');
    const run = await runCli(['batch', 'stories', '--jobs', '1', '--include', 'brief.txt'], { cwd: dir });
    expect(run.stderr).toMatch(/^align: warning: brief: .*language detection is unsure/mu);
  });
});

describe('align batch with a config file', () => {
  it('takes options from align.config.json; flags win', async () => {
    const dir = scratchStories();
    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ failOn: 'error', jobs: 1 }));
    expect((await runCli(['batch', 'stories'], { cwd: dir })).exitCode).toBe(0);
    expect((await runCli(['batch', 'stories', '--fail-on', 'warning'], { cwd: dir })).exitCode).toBe(1);
  });

  it('applies suppressions by path glob and kind', async () => {
    const dir = scratchStories();
    writeFileSync(
      join(dir, '.alignrc.json'),
      JSON.stringify({ jobs: 1, suppress: [{ paths: 'stories/en/ransom.*', kind: 'number-format', reason: 'house style' }] }),
    );
    const run = await runCli(['batch', 'stories', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout) as { pairs: Array<{ id: string; suppressed?: number; report: { findings: unknown[] } }> };
    expect(json.pairs.find((pair) => pair.id === 'ransom')).toMatchObject({ suppressed: 1, report: { findings: [] } });
    expect(run.stderr).toContain('align: 1 finding suppressed by .alignrc.json\n');
  });

  it('names the file and the key of a bad setting, and exits 2', async () => {
    const dir = scratchStories();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', align: { jobs: 'many', batch: { sourceDir: 'en', colour: 1 } } }));
    const run = await runCli(['batch', 'stories'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`align: ${join(dir, 'package.json')}: align.jobs: Invalid input: expected number, received string (and 1 more problem)\n`);
  });
});

describe('align batch --baseline', () => {
  it('round trip: write the baseline, change one figure, and only that finding fails', async () => {
    const dir = scratchStories();
    const args = ['batch', 'stories', '--jobs', '1', '--baseline', 'align-baseline.json'];

    const write = await runCli([...args, '--update-baseline'], { cwd: dir });
    expect(write.exitCode).toBe(0);
    expect(write.stderr).toBe('align: wrote align-baseline.json: 1 accepted finding\n');
    const baseline = JSON.parse(readFileSync(join(dir, 'align-baseline.json'), 'utf8')) as { findings: Array<{ kind: string; target: string }> };
    expect(baseline.findings.map((entry) => `${entry.target} ${entry.kind}`)).toEqual(['stories/it/ransom.txt number-format']);

    // The known finding no longer fails the run, even after edits elsewhere move it down two lines.
    for (const side of ['en', 'it']) {
      const path = join(dir, `stories/${side}/ransom.txt`);
      writeFileSync(path, `${side === 'en' ? 'A new opening line.' : 'Una nuova riga iniziale.'}\n\n${readFileSync(path, 'utf8')}`);
    }
    const known = await runCli([...args, '-f', 'ndjson'], { cwd: dir });
    expect(known.exitCode).toBe(0);
    expect(known.stdout).toBe('');
    expect(known.stderr).toContain('align: 1 known finding accepted by align-baseline.json\n');

    edit(join(dir, 'stories/it/ransom.txt'), 'una ricompensa di 25 bitcoin', 'una ricompensa di 35 bitcoin');
    const changed = await runCli([...args, '-f', 'ndjson'], { cwd: dir });
    expect(changed.exitCode).toBe(1);
    const findings = ndjson(changed.stdout);
    expect(findings.map((finding) => [finding.kind, finding.aspect, finding.file, finding.line])).toEqual([
      ['figure-mismatch', 'value', 'stories/it/ransom.txt', 7],
    ]);
  });

  it('a missing baseline file is an error unless it is being created', async () => {
    const run = await runCli(['batch', 'fixtures/batch/stories', '--baseline', 'nope.json']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('align: nope.json: no such baseline file (create it with --update-baseline)\n');
  });
});
