import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignmentReport } from '../../src/types.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

const EN = 'fixtures/binance/en.txt';
const itText = readFileSync(join(PROJECT_ROOT, 'fixtures/binance/it.txt'), 'utf8');

async function reportFor(itEdited: string): Promise<{ exitCode: number; report: AlignmentReport }> {
  const path = join(mkdtempSync(join(tmpdir(), 'align-figwords-')), 'it.txt');
  writeFileSync(path, itEdited);
  const run = await runCli([EN, path, '--format', 'json']);
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as AlignmentReport };
}

describe('align on the seed pair with a changed time word', () => {
  it('`lo scorso anno` → `due anni fa` is exactly one date mismatch, on that sentence pair', async () => {
    expect(itText).toContain('lo scorso anno');
    const { exitCode, report } = await reportFor(itText.replace('lo scorso anno', 'due anni fa'));
    expect(exitCode).toBe(1);
    const mismatches = report.findings.filter((f) => f.kind === 'figure-mismatch');
    expect(mismatches.map((f) => [f.aspect, f.source?.surface, f.target?.surface])).toEqual([['date', 'last year', 'due anni fa']]);
    const finding = mismatches[0]!;
    expect(finding.sourceIds.map((id) => report.source.sentences[id]!.text).join(' ')).toContain('Binance last year');
    expect(finding.targetIds.map((id) => report.target.sentences[id]!.text).join(' ')).toContain('Binance due anni fa');
    // The unedited separator errors are still the only other warnings.
    expect(report.findings.filter((f) => f.kind !== 'figure-mismatch' && f.severity !== 'info').map((f) => f.kind))
      .toEqual(['number-format', 'number-format', 'number-format']);
  });
});
