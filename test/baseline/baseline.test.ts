import { describe, expect, it } from 'vitest';
import { BaselineError, buildBaseline, createBaselineMatcher, parseBaseline, serializeBaseline } from '../../src/baseline/index.js';
import { ciSampleReport } from '../report/ci-sample.js';

const PATHS = { source: 'stories/en/binance.md', target: 'stories/it/binance.md' };

describe('baseline', () => {
  it('round-trips through its file format, sorted and without timestamps', () => {
    const report = ciSampleReport();
    const text = serializeBaseline(buildBaseline([{ paths: PATHS, findings: report.findings }]));
    const parsed = parseBaseline(text, 'align-baseline.json');
    expect(parsed.findings.map((entry) => entry.fingerprint)).toEqual(['0f1e2d3c4b5a6978', '99887766554433aa', 'a1b2c3d4e5f60718']);
    expect(serializeBaseline(parsed)).toBe(text);
  });

  it('hides known findings and keeps new ones, per pair', () => {
    const report = ciSampleReport();
    const baseline = buildBaseline([{ paths: PATHS, findings: report.findings.slice(1) }]);
    const matcher = createBaselineMatcher(baseline);
    const { report: filtered, known } = matcher.apply(report, PATHS);
    expect(known.map((finding) => finding.kind)).toEqual(['number-format', 'omission']);
    expect(filtered.findings.map((finding) => finding.kind)).toEqual(['figure-mismatch']);
    expect(filtered.summary.findings.total).toBe(1);
    // The same fingerprints in another pair are not known there.
    expect(matcher.apply(report, { source: 'en/other.md', target: 'it/other.md' }).known).toEqual([]);
  });

  it('keeps the old entries of pairs that could not be checked', () => {
    const report = ciSampleReport();
    const old = buildBaseline([
      { paths: PATHS, findings: report.findings },
      { paths: { source: 'en/b.md', target: 'it/b.md' }, findings: report.findings.slice(0, 1) },
    ]);
    const updated = buildBaseline([{ paths: PATHS, findings: [] }], old, [{ source: 'en/b.md', target: 'it/b.md' }]);
    expect(updated.findings.map((entry) => entry.target)).toEqual(['it/b.md']);
  });

  it('rejects files that are not baselines, naming the file', () => {
    expect(() => parseBaseline('{', 'b.json')).toThrow(BaselineError);
    expect(() => parseBaseline('{"findings": 3}', 'b.json')).toThrow('b.json: not an article-align baseline (no "findings" list)');
    expect(() => parseBaseline('{"baselineVersion": 1, "findings": [{"fingerprint": 1}]}', 'b.json')).toThrow(
      'b.json: findings[0] needs string "source", "target" and "fingerprint"',
    );
  });
});
