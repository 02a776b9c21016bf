import { describe, expect, it } from 'vitest';
import { checkOutputTargets, pairConfigOutputs, pairFormatsAndOutputs } from '../../src/cli/batch-formats.js';
import { batchSummaryLine, formatBatchJson, formatBatchTable } from '../../src/cli/batch-output.js';
import { sampleOutcomes } from '../report/ci-sample.js';

describe('pairFormatsAndOutputs', () => {
  it('gives each --output to the --format before it, in argv order', () => {
    expect(pairFormatsAndOutputs(['stories', '-f', 'sarif', '-o', 'a.sarif', '--format=github', '-fjunit', '--output=j.xml'], 'table')).toEqual([
      { format: 'sarif', output: 'a.sarif' },
      { format: 'github' },
      { format: 'junit', output: 'j.xml' },
    ]);
  });

  it('an --output before any --format is for the default format; no flags, no targets', () => {
    expect(pairFormatsAndOutputs(['-o', 'report.txt', 'x'], 'table')).toEqual([{ format: 'table', output: 'report.txt' }]);
    expect(pairFormatsAndOutputs(['a.txt', 'b.txt'], 'table')).toEqual([]);
    expect(pairFormatsAndOutputs(['--', '-f', 'json'], 'table')).toEqual([]);
  });

  it('pairs config lists by position', () => {
    expect(pairConfigOutputs(['sarif', 'github'], 'a.sarif', 'table')).toEqual([{ format: 'sarif', output: 'a.sarif' }, { format: 'github' }]);
    expect(pairConfigOutputs(undefined, undefined, 'table')).toEqual([]);
  });

  it('refuses two stdout formats, one file twice and unknown formats', () => {
    expect(checkOutputTargets([{ format: 'json' }, { format: 'sarif', output: 'x' }], ['json', 'sarif'])).toEqual([]);
    expect(checkOutputTargets([{ format: 'json' }, { format: 'sarif' }], ['json', 'sarif'])).toEqual([
      'only one format can go to stdout (json, sarif); give the others an --output file',
    ]);
    expect(checkOutputTargets([{ format: 'json', output: 'x' }, { format: 'sarif', output: 'x' }], ['json', 'sarif'])).toEqual([
      'x is named as --output more than once',
    ]);
    expect(checkOutputTargets([{ format: 'yaml' }], ['json'])).toEqual(['unknown format "yaml" (choose from json)']);
  });
});

describe('batch table and JSON', () => {
  const result = { outcomes: sampleOutcomes(), jobs: 2, durationMs: 1534 };

  it('summarises the run in one line', () => {
    expect(batchSummaryLine(result)).toBe('3 pairs in 1.5 s with 2 jobs: 1 with drift, 1 clean, 1 not checked · 1 error, 2 warnings, 0 info');
  });

  it('the table lists every pair, then every finding, then the totals (why a pair was not checked goes to stderr)', () => {
    const table = formatBatchTable(result, { color: false, onlyDrift: false });
    expect(table).toMatch(/│ binance │ drift +│ +4\/3 │ +1 │ +2 │ +0 │ +1\.2 s │/u);
    expect(table).toMatch(/│ clean +│ clean +│/u);
    expect(table).toMatch(/│ broken +│ not checked │ +– │/u);
    expect(table).toContain('error   figure-mismatch (scale)  stories/it/binance.md:3:55');
    expect(table).not.toContain('stories/it/broken.md: no such file');
    expect(table.trimEnd().split('\n').at(-1)).toBe(batchSummaryLine(result));
    expect(formatBatchTable(result, { color: false, onlyDrift: true })).not.toMatch(/│ clean +│/u);
  });

  it('the JSON holds every pair with its report or error, and the totals', () => {
    const json = JSON.parse(formatBatchJson(result, { color: false, onlyDrift: false })) as {
      kind: string;
      summary: { pairs: number; notChecked: number; findings: Record<string, number> };
      pairs: Array<{ id: string; error?: string; report?: unknown }>;
    };
    expect(json.kind).toBe('batch');
    expect(json.summary).toMatchObject({ pairs: 3, notChecked: 1, findings: { error: 1, warning: 2, info: 0 } });
    expect(json.pairs.map((pair) => [pair.id, pair.error !== undefined, pair.report !== undefined])).toEqual([
      ['binance', false, true],
      ['clean', false, true],
      ['broken', true, false],
    ]);
  });
});
