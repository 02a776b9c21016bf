/**
 * Every limit flag can be set in the config file too (docs/limits.md): --max-figures, --timeout,
 * and for align batch --max-memory; a flag on the command line wins over the config.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_CASES } from '../../scripts/lib/fuzz-generators.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

function scratch(config: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'align-limits-'));
  // A batch folder with one pair: stories/en/story.txt ↔ stories/it/story.txt.
  cpSync(join(PROJECT_ROOT, 'fixtures/binance/en.txt'), join(dir, 'stories/en/story.txt'));
  cpSync(join(PROJECT_ROOT, 'fixtures/binance/it.txt'), join(dir, 'stories/it/story.txt'));
  writeFileSync(join(dir, 'align.config.json'), JSON.stringify(config));
  return dir;
}

const pair = ['stories/en/story.txt', 'stories/it/story.txt', '--from', 'en', '--to', 'it', '-f', 'json', '--fail-on', 'never'];

describe('limits in the config file: align', () => {
  it('maxFigures refuses a text with more figures, in one line naming the file and the limit; --max-figures wins', async () => {
    const dir = scratch({ maxFigures: 3 });
    const refused = await runCli(pair, { cwd: dir });
    expect(refused.exitCode).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^align: stories\/en\/story\.txt: more than 3 figures \(numbers, amounts, dates\); the limit is 3 per file \(raise it with --max-figures; see docs\/limits\.md\)\n$/u);
    const raised = await runCli([...pair, '--max-figures', '100000'], { cwd: dir });
    expect(raised.exitCode).toBe(0);
    expect(() => JSON.parse(raised.stdout)).not.toThrow();
  });

  it('timeout stops a run past it with one line and an empty stdout; --timeout wins', async () => {
    const dir = scratch({ timeout: 0.001 });
    writeFileSync(join(dir, 'stories/en/story.txt'), `${readFileSync(join(dir, 'stories/en/story.txt'), 'utf8')}\n\n${FUZZ_CASES.find((c) => c.name === 'long-line')!.generate(128 * 1024)}\n`);
    const stopped = await runCli(pair, { cwd: dir });
    expect(stopped.exitCode).toBe(2);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toMatch(/^align: .*en\/story\.txt and .*it\/story\.txt: stopped after the time limit of 0\.001 s \(--timeout\)\n$/u);
    const generous = await runCli([...pair, '--timeout', '600'], { cwd: dir });
    expect(generous.exitCode).toBe(0);
  }, 120_000);

  it('a bad limit in the config exits 2 naming the file and the key', async () => {
    const dir = scratch({ timeout: -5, maxFigures: 1.5 });
    const run = await runCli(pair, { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^align: .*align\.config\.json: maxFigures: .*\(and 1 more problem\)\n$/u);
  });
});

describe('limits in the config file: align batch', () => {
  it('maxFigures and timeout from the config reach every pair; the pair is reported and the batch exits 2', async () => {
    const dir = scratch({ maxFigures: 3, timeout: 600, maxMemory: '1gb', jobs: 1 });
    const run = await runCli(['batch', 'stories', '-f', 'json', '--fail-on', 'never'], { cwd: dir });
    const json = JSON.parse(run.stdout) as { pairs: Array<{ error?: string }> };
    expect(json.pairs).toHaveLength(1);
    expect(json.pairs[0]!.error).toMatch(/story\.txt: more than 3 figures .*the limit is 3 per file/u);
    expect(run.exitCode).toBe(2);
    const raised = await runCli(['batch', 'stories', '-f', 'json', '--fail-on', 'never', '--max-figures', '100000'], { cwd: dir });
    expect((JSON.parse(raised.stdout) as { pairs: Array<{ error?: string }> }).pairs[0]!.error).toBeUndefined();
    expect(raised.exitCode).toBe(0);

    writeFileSync(join(dir, 'align.config.json'), JSON.stringify({ timeout: 0.001, jobs: 1 }));
    writeFileSync(join(dir, 'stories/en/story.txt'), `${readFileSync(join(dir, 'stories/en/story.txt'), 'utf8')}\n\n${FUZZ_CASES.find((c) => c.name === 'long-line')!.generate(128 * 1024)}\n`);
    const stopped = await runCli(['batch', 'stories', '-f', 'json', '--fail-on', 'never'], { cwd: dir });
    expect((JSON.parse(stopped.stdout) as { pairs: Array<{ error?: string }> }).pairs[0]!.error).toMatch(/stopped after the time limit of 0\.001 s \(--timeout\)/u);
    expect(stopped.exitCode).toBe(2);
  }, 120_000);
});
