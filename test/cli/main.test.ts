import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentReport } from '../../src/types.js';
import { validateReport } from '../report/json.test.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

const EN = 'fixtures/binance/en.txt';
const IT = 'fixtures/binance/it.txt';
const COINDESK = 'fixtures/coindesk/en.txt';
const itText = readFileSync(join(PROJECT_ROOT, IT), 'utf8');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'align-cli-'));
});

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function jsonReport(argv: string[]): Promise<{ exitCode: number; report: AlignmentReport; stderr: string }> {
  const run = await runCli([...argv, '--format', 'json']);
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as AlignmentReport, stderr: run.stderr };
}

describe('align on the seed pair', () => {
  it('prints the table and exits 1 for the English separator errors', async () => {
    const run = await runCli([EN, IT]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('number-format');
    expect(run.stdout).not.toContain('figure-mismatch');
    expect(run).toMatchSnapshot();
  });

  it('reports the English 10.000 and $ 290.000 as format errors, not value changes', async () => {
    const { exitCode, report } = await jsonReport([EN, IT]);
    expect(exitCode).toBe(1);
    expect(report.findings.filter((f) => f.kind === 'figure-mismatch')).toEqual([]);
    const formatSurfaces = report.findings.filter((f) => f.kind === 'number-format').map((f) => f.source?.surface ?? '');
    expect(formatSurfaces.some((surface) => surface.includes('10.000'))).toBe(true);
    expect(formatSurfaces.some((surface) => surface.includes('290.000'))).toBe(true);
    expect(report.findings.filter((f) => f.kind === 'number-format').map((f) => f.side)).toEqual(['source', 'source', 'source']);
  });

  it('flags exactly a value and a scale change on the right sentence pairs', async () => {
    const edited = itText.replace('25 bitcoin', '35 bitcoin').replace('3 milioni', '3 miliardi');
    expect(edited).not.toBe(itText);
    const path = scratchFile('it-edited.txt', edited);
    const { report } = await jsonReport([EN, path]);
    const mismatches = report.findings.filter((f) => f.kind === 'figure-mismatch');
    expect(mismatches.map((f) => f.aspect).sort()).toEqual(['scale', 'value']);
    for (const finding of mismatches) {
      const sourceText = finding.sourceIds.map((id) => report.source.sentences[id]!.text).join(' ');
      const targetText = finding.targetIds.map((id) => report.target.sentences[id]!.text).join(' ');
      if (finding.aspect === 'value') {
        expect(sourceText).toContain('25 bitcoins');
        expect(targetText).toContain('35 bitcoin');
      } else {
        expect(sourceText).toContain('$ 3 million');
        expect(targetText).toContain('3 miliardi');
      }
    }
  });

  it('reports one omission when an Italian sentence is deleted and keeps the rest aligned', async () => {
    const original = await jsonReport([EN, IT]);
    const dropped = original.report.target.sentences.find((s) => s.text.startsWith('Dunque, sarebbero'))!;
    expect(dropped).toBeDefined();
    const path = scratchFile('it-dropped.txt', itText.slice(0, dropped.start) + itText.slice(dropped.end).replace(/^ /u, ''));
    const { report } = await jsonReport([EN, path]);
    const omissions = report.findings.filter((f) => f.kind === 'omission');
    expect(omissions).toHaveLength(1);
    expect(report.source.sentences[omissions[0]!.sourceIds[0]!]!.text).toMatch(/^Therefore, KYC images/u);
    const pairs = (r: AlignmentReport) =>
      r.alignment.beads.filter((b) => b.source.length > 0 && b.target.length > 0).map((b) => b.target.map((id) => r.target.sentences[id]!.text).join(' '));
    const expected = pairs(original.report).filter((text) => !text.includes(dropped.text));
    expect(pairs(report)).toEqual(expected);
  });

  it('says once that a different article is not a translation', async () => {
    const { exitCode, report } = await jsonReport([COINDESK, IT]);
    expect(exitCode).toBe(1);
    expect(report.findings.map((f) => f.kind)).toEqual(['not-a-translation']);
    expect(report.summary.verdict).toBe('not-a-translation');
  });
});

describe('--format json', () => {
  it('writes only schema-valid JSON to stdout', async () => {
    const run = await runCli([EN, IT, '--format', 'json']);
    expect(run.stderr).toBe('');
    const report: unknown = JSON.parse(run.stdout);
    expect(validateReport(report)).toEqual([]);
  });

  it('reads one side from stdin', async () => {
    const run = await runCli([EN, '-', '--format', 'json'], { stdin: itText });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as AlignmentReport;
    expect(report.target.path).toBeNull();
    expect(report.target.lang).toBe('it');
  });
});

describe('bad input exits 2 with one line on stderr', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['nope.txt', IT], /^align: nope\.txt: no such file$/u],
    ['a directory', () => ['fixtures', IT], /^align: fixtures: is a directory, not a text file$/u],
    ['a binary file', () => [scratchFile('photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])), IT], /looks like a binary file/u],
    ['invalid UTF-8', () => [scratchFile('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe8])), IT], /is not valid UTF-8 \(bad byte at offset 3\)/u],
    ['an empty file', () => [scratchFile('empty.txt', ''), IT], /empty\.txt: is empty/u],
    ['a whitespace-only file', () => [scratchFile('blank.txt', '  \n\n\t \n'), IT], /blank\.txt: is empty/u],
    ['a file over --max-bytes', () => [EN, IT, '--max-bytes', '1kb'], /en\.txt: is 2\.1 kB, more than the 1 kB limit \(raise it with --max-bytes\)$/u],
    ['two English texts', () => [EN, COINDESK], /^align: both texts are English \(en\)/u],
    ['a --from that is not a language tag', () => [EN, IT, '--from', 'e1'], /^align: fixtures\/binance\/en\.txt: 'e1' is not a language tag/u],
    ['stdin on both sides', () => ['-', '-'], /only one side can be read from stdin/u],
    ['an unknown option', () => [EN, IT, '--frobnicate'], /^align: unknown option '--frobnicate'/u],
    ['a missing argument', () => [EN], /^align: missing required argument 'target'/u],
    ['an unknown format', () => [EN, IT, '--format', 'yaml'], /^align: option '-f, --format <name>' argument 'yaml' is invalid/u],
  ];

  it.each(cases)('%s', async (_name, argv, message) => {
    const run = await runCli(argv());
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
  });

  it('an internal error is one line without a stack unless --debug', async () => {
    const brokenFs = {
      stat: async () => {
        throw new RangeError('disk on fire');
      },
      readFile: async () => new Uint8Array(),
      writeFile: async () => undefined,
    };
    const plain = await runCli([EN, IT], { fs: { ...brokenFs, stat: async () => ({ isDirectory: () => { throw new RangeError('disk on fire'); }, isFile: () => true, size: 1 }) } });
    expect(plain.exitCode).toBe(2);
    expect(plain.stderr).toBe('align: internal error: disk on fire (run with --debug for details)\n');
    const debug = await runCli([EN, IT, '--debug'], { fs: { ...brokenFs, stat: async () => ({ isDirectory: () => { throw new RangeError('disk on fire'); }, isFile: () => true, size: 1 }) } });
    expect(debug.exitCode).toBe(2);
    expect(debug.stderr).toMatch(/^align: internal error: RangeError: disk on fire\n\s+at /u);
  });
});

describe('options', () => {
  it('--help goes to stdout and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('Usage: align [options] <source> <target>');
    expect(run.stdout).toContain('Exit codes: 0');
    expect(run.stderr).toBe('');
  });

  it('--fail-on error ignores warnings; --fail-on never always exits 0', async () => {
    expect((await runCli([EN, IT, '--fail-on', 'error'])).exitCode).toBe(0);
    expect((await runCli([COINDESK, IT, '--fail-on', 'never'])).exitCode).toBe(0);
  });

  it('colours a terminal, but not with NO_COLOR or --no-color', async () => {
    expect((await runCli([EN, IT], { stdoutIsTTY: true })).stdout).toMatch(/\u001b\[/u);
    expect((await runCli([EN, IT], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/u);
    expect((await runCli([EN, IT, '--no-color'], { stdoutIsTTY: true })).stdout).not.toMatch(/\u001b\[/u);
    expect((await runCli([EN, IT, '--color'])).stdout).toMatch(/\u001b\[/u);
  });

  it('--only-drift leaves out clean pairs', async () => {
    const all = await runCli([EN, IT]);
    const drift = await runCli([EN, IT, '--only-drift']);
    expect(drift.stdout.length).toBeLessThan(all.stdout.length);
    expect(drift.stdout).not.toContain('Binance under extortion');
    expect(drift.stdout).toContain('10.000 photos');
  });

  it('--presplit numbers sentences by non-blank line', async () => {
    const en = scratchFile('en-lines.txt', 'The exchange asked for 300 BTC.\nIt refused.\n\nThe reward is 25 bitcoins.\n');
    const it = scratchFile('it-lines.txt', "L'exchange ha chiesto 300 BTC.\nHa rifiutato.\n\nLa ricompensa è di 25 bitcoin.\n");
    const { report } = await jsonReport([en, it, '--presplit', '--from', 'en', '--to', 'it']);
    expect(report.source.sentences.map((s) => [s.id, s.line, s.paragraph])).toEqual([
      [0, 1, 0],
      [1, 2, 0],
      [2, 4, 1],
    ]);
    expect(report.findings).toEqual([]);
  });

  it('-o writes the result to a file and nothing to stdout', async () => {
    const out = join(scratch, 'report.json');
    const run = await runCli([EN, IT, '--format', 'json', '-o', out]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe('1.0.0');
  });
});
