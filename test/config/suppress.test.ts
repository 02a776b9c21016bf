import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/index.js';
import { createSuppressor, pathForGlob } from '../../src/suppress/index.js';
import type { AlignmentReport, Finding } from '../../src/types.js';
import { ciSampleReport } from '../report/ci-sample.js';

function suppress(rules: unknown, report: AlignmentReport = ciSampleReport(), cwd = '/repo', baseDir = '/repo') {
  const config = parseConfig({ suppress: rules }, 'align.config.json');
  return createSuppressor(config.suppress ?? [], { cwd, baseDir })(report);
}

const kinds = (findings: readonly Finding[]): string[] => findings.map((finding) => finding.kind);

describe('suppressions', () => {
  it('drop a finding kind and bring the summary in line', () => {
    const { report, suppressed } = suppress([{ kind: 'omission' }]);
    expect(kinds(suppressed)).toEqual(['omission']);
    expect(kinds(report.findings)).toEqual(['figure-mismatch', 'number-format']);
    expect(report.summary.findings).toEqual({
      total: 2,
      bySeverity: { error: 1, warning: 1, info: 0 },
      byKind: { 'figure-mismatch': 1, 'number-format': 1 },
    });
  });

  it('drop findings about one figure, written or normalised, on either side', () => {
    expect(kinds(suppress([{ figure: '$3 Million' }]).suppressed)).toEqual(['figure-mismatch']);
    expect(kinds(suppress([{ figure: '3000000000 USD' }]).suppressed)).toEqual(['figure-mismatch']);
    expect(kinds(suppress([{ figure: '10.000', kind: 'number-format' }]).suppressed)).toEqual(['number-format']);
    // Every criterion must hold: the figure is right but the kind is not.
    expect(suppress([{ figure: '10.000', kind: 'figure-mismatch' }]).suppressed).toEqual([]);
  });

  it('drop a known conversion', () => {
    const base = ciSampleReport();
    const converted: Finding = { ...base.findings[0]!, conversion: 'yd -> m' };
    const report = { ...base, findings: [converted, ...base.findings.slice(1)] };
    expect(kinds(suppress([{ conversion: 'yd → m' }], report).suppressed)).toEqual(['figure-mismatch']);
    expect(suppress([{ conversion: 'mi → km' }], report).suppressed).toEqual([]);
  });

  it('apply only to files matching their globs, relative to the config folder', () => {
    expect(suppress([{ paths: 'stories/it/**', kind: 'omission' }]).suppressed).toHaveLength(1);
    expect(suppress([{ paths: ['sport/**'], kind: 'omission' }]).suppressed).toHaveLength(0);
    // Run from a subfolder: report paths are relative to cwd, globs to the config file.
    const report = ciSampleReport();
    const fromSub = { ...report, target: { ...report.target, path: 'it/binance.md' }, source: { ...report.source, path: 'en/binance.md' } };
    expect(suppress([{ paths: 'stories/it/*.md', kind: 'omission' }], fromSub, '/repo/stories', '/repo').suppressed).toHaveLength(1);
    expect(pathForGlob('it/x.md', '/repo/stories', '/repo')).toBe('stories/it/x.md');
  });

  it('leave the report as it was when nothing matches', () => {
    const report = ciSampleReport();
    expect(suppress([{ kind: 'addition' }], report).report).toBe(report);
  });
});
