import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentReport } from '../../src/types.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';
import { validateSarif } from '../report/ci-sample.js';

// Issue #12: a newcomer's first hour (positions, numbering, terminal width, languages, small fixes).
const EN = 'fixtures/binance/en.txt';
const IT = 'fixtures/binance/it.txt';
const enText = readFileSync(join(PROJECT_ROOT, EN), 'utf8');
const itText = readFileSync(join(PROJECT_ROOT, IT), 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'align-newcomer-'));
});

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The Italian copy without its third paragraph (`L’exchange, al primo posto …`). */
function itWithoutThirdParagraph(): string {
  const paragraphs = itText.split('\n\n');
  return [...paragraphs.slice(0, 2), ...paragraphs.slice(3)].join('\n\n');
}

const FRONT_MATTER = '---\ntitle: Binance\nauthor: desk\ntags: [crypto]\n---\n\n';

describe('positions: Markdown inputs name the line of the file in every message (defect 4)', () => {
  it('an omission message gives the file line, the same as the header and sourceLines', async () => {
    const en = file('en.md', `${FRONT_MATTER}${enText}`);
    const it = file('it.md', `${FRONT_MATTER}${itWithoutThirdParagraph()}`);
    const run = await runCli([en, it, '-f', 'json']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as AlignmentReport;
    const omission = report.findings.find((finding) => finding.kind === 'omission')!;
    const sentence = report.source.sentences[omission.sourceIds[0]!]!;
    const fileLine = `${FRONT_MATTER}${enText}`.split('\n').findIndex((line) => line.startsWith(sentence.text.slice(0, 30))) + 1;
    expect(fileLine).toBeGreaterThan(6);
    expect(sentence.line).toBe(fileLine);
    expect(omission.sourceLines).toEqual([fileLine]);
    expect(omission.message).toContain(`Source sentence ${omission.sourceIds[0]! + 1} (line ${fileLine})`);
  });

  it('the table says the same 1-based sentence and pair numbers as the message', async () => {
    const en = file('en2.md', `${FRONT_MATTER}${enText}`);
    const it = file('it2.md', `${FRONT_MATTER}${itWithoutThirdParagraph()}`);
    const json = JSON.parse((await runCli([en, it, '-f', 'json'])).stdout) as AlignmentReport;
    const omission = json.findings.find((finding) => finding.kind === 'omission')!;
    const sentenceNo = omission.sourceIds[0]! + 1;
    const pairNo = omission.bead! + 1;
    const line = omission.sourceLines[0]!;
    const run = await runCli([en, it, '--only-drift']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`⚠ warning omission  pair ${pairNo} · en sentence ${sentenceNo} (line ${line})`);
    expect(run.stdout).toContain(`Source sentence ${sentenceNo} (line ${line}) has no counterpart`);
    expect(run.stdout).toMatch(new RegExp(`│ ${pairNo} +│ \\[${sentenceNo}\\] The exchange`, 'u'));
  });
});

describe('terminal width (defect 5)', () => {
  const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));

  it('honours COLUMNS, also when piped', async () => {
    const run = await runCli([EN, IT], { env: { COLUMNS: '80' }, stdoutColumns: null });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
    expect(widest(run.stdout)).toBeGreaterThan(70);
  });

  it('uses the terminal width when COLUMNS is unset', async () => {
    const run = await runCli([EN, IT], { stdoutIsTTY: true, stdoutColumns: 150, env: { NO_COLOR: '1' } });
    expect(run.exitCode).toBe(1);
    expect(widest(run.stdout)).toBe(150);
  });

  it('falls back to 80 columns for a pipe without COLUMNS (not a fixed 120)', async () => {
    const run = await runCli([EN, IT], { stdoutColumns: null });
    expect(run.exitCode).toBe(1);
    expect(widest(run.stdout)).toBeLessThanOrEqual(80);
  });

  it('wraps finding messages at word boundaries', async () => {
    const run = await runCli([EN, IT], { env: { COLUMNS: '80' } });
    expect(run.exitCode).toBe(1);
    const messageLines = run.stdout.split('\n').filter((line) => line.startsWith('    '));
    expect(messageLines.length).toBeGreaterThan(3);
    for (const line of messageLines) expect(line.length).toBeLessThanOrEqual(80);
    const message = messageLines.map((line) => line.trim()).join(' ');
    expect(message).toContain('`.` does not group thousands in English. It matches target `10.000` only when read as 10000. Write the number as `10,000`.');
  });
});

describe('languages: BCP 47 tags (defect 6)', () => {
  const dateEn = 'The meeting of the board is set for 11/12/2026.\n';
  const dateIt = 'La riunione del consiglio è fissata per il 12 novembre 2026.\n';

  it('accepts --from en-GB --to it-IT', async () => {
    const run = await runCli([EN, IT, '--from', 'en-GB', '--to', 'it-IT', '-f', 'json']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as AlignmentReport;
    expect([report.source.lang, report.target.lang]).toEqual(['en-GB', 'it-IT']);
    expect(report.findings.map((finding) => finding.kind)).toEqual(['number-format', 'number-format', 'number-format']);
  });

  it('a region refines how dates are read: 11/12/2026 is 12 November in en-US, 11 December in en-GB', async () => {
    const en = file('date-en.txt', dateEn);
    const it = file('date-it.txt', dateIt);
    const us = await runCli([en, it, '--from', 'en-US', '--to', 'it', '-f', 'json']);
    expect(us.exitCode).toBe(0);
    expect(us.stderr).toBe('');
    expect((JSON.parse(us.stdout) as AlignmentReport).findings).toEqual([]);
    const gb = await runCli([en, it, '--from', 'en-GB', '--to', 'it', '-f', 'json']);
    expect(gb.exitCode).toBe(1);
    expect(gb.stderr).toBe('');
    const findings = (JSON.parse(gb.stdout) as AlignmentReport).findings;
    expect(findings.map((finding) => [finding.kind, finding.aspect, finding.severity])).toEqual([['figure-mismatch', 'date', 'error']]);
  });

  it('refuses what is not a language tag with one line', async () => {
    const run = await runCli([EN, IT, '--from', 'english', '--to', 'it']);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^align: ${EN}: 'english' is not a language tag \\([^\n]+\\)\n$`, 'u'));
  });

  it('--from it --to en on an en/it pair says the declared languages contradict detection', async () => {
    const run = await runCli([EN, IT, '--from', 'it', '--to', 'en']);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `align: the declared languages contradict detection: --from it but ${EN} reads as English (en); --to en but ${IT} reads as Italian (it); are --from and --to swapped?\n`,
    });
  });
});

describe('smaller fixes (defect 7)', () => {
  it('align help shows the help, exit 0', async () => {
    const run = await runCli(['help']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: align \[options\] <source> <target>\n/u);
    expect(run.stdout).toBe((await runCli(['--help'])).stdout);
  });

  it('align help batch shows the batch help, exit 0', async () => {
    const run = await runCli(['help', 'batch']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: align batch /u);
    expect(run.stdout).toBe((await runCli(['batch', '--help'])).stdout);
  });

  it.each(['model2vec', 'onnx'])('the %s embedder without a model says to pass --model', async (kind) => {
    const run = await runCli([EN, IT, '--embedder', kind]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^align: the ${kind} embedder needs a model: pass --model <folder or hub id> \\(or set ALIGN_MODEL\\), e\\.g\\. --model \\S+\\n$`, 'u'));
  });

  it('the summary does not say drift found when only info findings exist and the exit code is 0', async () => {
    const en = file('info-en.txt', 'The stadium is 30 yards from the river.\n');
    const it = file('info-it.txt', 'Lo stadio si trova a 25 metri dal fiume.\n');
    const json = JSON.parse((await runCli([en, it, '--from', 'en', '--to', 'it', '-f', 'json'])).stdout) as AlignmentReport;
    expect(json.findings.length).toBeGreaterThan(0);
    expect(new Set(json.findings.map((finding) => finding.severity))).toEqual(new Set(['info']));
    const run = await runCli([en, it, '--from', 'en', '--to', 'it'], { env: { COLUMNS: '200' } });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/ · no drift found( \(\d+ info findings? to review\))?$/u);
    expect(run.stdout).not.toMatch(/(?<!no )drift found/u);
  });

  it('HTML counts pluralise: "0 errors", "3 warnings"', async () => {
    const run = await runCli([EN, IT, '-f', 'html']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const text = run.stdout.replace(/<[^>]+>/gu, '');
    expect(text).toContain('0 errors');
    expect(text).toContain('3 warnings');
    expect(text).not.toMatch(/\b0 error\b|\b3 warning\b/u);
  });

  it('HTML numbers pairs and sentences from 1, like the table', async () => {
    const run = await runCli([EN, IT, '-f', 'html']);
    const text = run.stdout.replace(/<[^>]+>/gu, '');
    expect(text).toContain('EN sentence 3 (line 5) · IT sentence 3 (line 5) · pair 3');
    expect(text).not.toMatch(/\bbead \d/u);
  });

  it('the HTML findings list is not an inner scroll box', async () => {
    const run = await runCli([EN, IT, '-f', 'html']);
    const rule = /ol\.finding-list \{[^}]*\}/u.exec(run.stdout)?.[0] ?? '';
    expect(rule).not.toBe('');
    expect(rule).not.toMatch(/max-height|overflow/u);
  });

  it('JUnit time is the real time of a single pair', async () => {
    const run = await runCli([EN, IT, '-f', 'junit']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const times = [...run.stdout.matchAll(/time="([\d.]+)"/gu)].map((match) => Number(match[1]));
    expect(times).toHaveLength(3);
    expect(Math.min(...times)).toBeGreaterThan(0);
  });

  it('SARIF: a stdin side gets a logical location, rules have a human name and the driver an informationUri', async () => {
    const run = await runCli([EN, '-', '-f', 'sarif'], { stdin: itText });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const log = JSON.parse(run.stdout) as {
      runs: Array<{
        tool: { driver: { informationUri?: string; rules: Array<{ id: string; name: string }> } };
        results: Array<{ relatedLocations?: Array<{ logicalLocations?: Array<{ name: string }> }> }>;
      }>;
    };
    const run0 = log.runs[0]!;
    expect(run0.tool.driver.informationUri).toMatch(/^https:\/\//u);
    for (const rule of run0.tool.driver.rules) expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
    for (const result of run0.results) {
      expect(result.relatedLocations?.[0]?.logicalLocations?.[0]?.name).toBe('stdin');
    }
    expect(validateSarif(log)).toEqual([]);
  });
});

describe('JSON ids stay 0-based, and the schema says so (defect 4)', () => {
  it('sentence ids and bead indices in JSON are array indices', async () => {
    const run = await runCli([EN, IT, '-f', 'json']);
    const report = JSON.parse(run.stdout) as AlignmentReport;
    expect(report.source.sentences.map((sentence) => sentence.id)).toEqual(report.source.sentences.map((_, index) => index));
    expect(report.findings[0]!.sourceIds).toEqual([2]);
    expect(report.findings[0]!.bead).toBe(2);
    const schema = readFileSync(join(PROJECT_ROOT, 'schema/report.schema.json'), 'utf8');
    const parsed = JSON.parse(schema) as { definitions: { ids: { description: string } } };
    expect(parsed.definitions.ids.description).toMatch(/0-based/u);
  });
});
