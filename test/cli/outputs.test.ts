import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

// Issue #12, defect 2: -o and -f together.
const EN = 'fixtures/binance/en.txt';
const IT = 'fixtures/binance/it.txt';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'align-outputs-'));
});

describe('-o takes its format from the extension when no -f precedes it', () => {
  it.each([
    ['report.html', (text: string) => text.startsWith('<!doctype html>')],
    ['report.json', (text: string) => JSON.parse(text).schemaVersion !== undefined],
    ['align.sarif', (text: string) => JSON.parse(text).version === '2.1.0'],
    ['align.sarif.json', (text: string) => JSON.parse(text).version === '2.1.0'],
    ['junit.xml', (text: string) => text.startsWith('<?xml') && text.includes('<testsuites')],
    ['align.md', (text: string) => text.includes('|') && !text.includes('┌')],
    ['findings.ndjson', (text: string) => text.trim().split('\n').every((line) => JSON.parse(line).kind !== undefined)],
  ])('%s', async (name, looksRight) => {
    const file = join(dir, name);
    const run = await runCli([EN, IT, '-o', file]);
    expect(run).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    const written = readFileSync(file, 'utf8');
    expect(written).not.toContain('┌──');
    expect(looksRight(written)).toBe(true);
  });

  it('an explicit -f before -o wins over an unknown extension', async () => {
    const file = join(dir, 'report.txt');
    const run = await runCli([EN, IT, '-f', 'json', '-o', file]);
    expect(run).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8')).findings).toHaveLength(3);
  });

  it('-o before -f: the file gets its extension\'s format, the -f goes to stdout', async () => {
    const file = join(dir, 'a.json');
    const run = await runCli([EN, IT, '-o', file, '-f', 'sarif']);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBeDefined();
  });
});

describe('-o is refused, with one line and exit 2, when its format is wrong or unknown', () => {
  it('an extension that contradicts its -f', async () => {
    const file = join(dir, 'a.json');
    const run = await runCli([EN, IT, '-f', 'sarif', '-o', file]);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `align: -o ${file} looks like json but its format is sarif; rename the file or use -f json\n`,
    });
    expect(existsSync(file)).toBe(false);
  });

  it('a file whose format cannot be told', async () => {
    const file = join(dir, 'report.txt');
    const run = await runCli([EN, IT, '-o', file]);
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `align: cannot tell the format of -o ${file} from its extension; name it with -f (or use .json, .html, .sarif, .xml, .md, .ndjson)\n`,
    });
    expect(existsSync(file)).toBe(false);
  });
});

describe('config outputs', () => {
  it('an output without a format takes its extension, never a silent table', async () => {
    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ format: ['sarif'], output: ['a.sarif', 'b.html'] }));
    const run = await runCli([join(process.cwd(), EN), join(process.cwd(), IT)], { cwd: dir });
    expect(run).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(join(dir, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(dir, 'b.html'), 'utf8')).toMatch(/^<!doctype html>/u);
  });

  it('an output whose format cannot be told is refused, naming the config', async () => {
    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ format: ['sarif'], output: ['a.sarif', 'b.txt'] }));
    const run = await runCli([join(process.cwd(), EN), join(process.cwd(), IT)], { cwd: dir });
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr:
        'align: align.config.json: cannot tell the format of "output" b.txt from its extension; name it with "format" (or use .json, .html, .sarif, .xml, .md, .ndjson)\n',
    });
  });
});
