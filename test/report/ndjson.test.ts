import { describe, expect, it } from 'vitest';
import { formatNdjson, formatNdjsonBatch } from '../../src/report/ndjson.js';
import { ciSampleReport, OPTIONS, sampleOutcomes, withFindings } from './ci-sample.js';

function parseLines(text: string): Array<Record<string, unknown>> {
  expect(text.endsWith('\n')).toBe(true);
  return text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('formatNdjson', () => {
  it('writes one JSON object per finding and line', () => {
    const lines = parseLines(formatNdjson(ciSampleReport(), OPTIONS));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      type: 'finding',
      kind: 'figure-mismatch',
      severity: 'error',
      aspect: 'scale',
      message: 'scale changed: $3 million (3000000 USD) → 3 miliardi di dollari (3000000000 USD)',
      file: 'stories/it/binance.md',
      line: 3,
      column: 55,
      endLine: 3,
      endColumn: 76,
      side: 'target',
      related: { file: 'stories/en/binance.md', line: 3, column: 55, side: 'source' },
      source: { path: 'stories/en/binance.md', lang: 'en', sentenceIds: [2], lines: [3], figure: '$3 million' },
      target: { path: 'stories/it/binance.md', lang: 'it', sentenceIds: [2], lines: [3], figure: '3 miliardi di dollari' },
      fingerprint: 'a1b2c3d4e5f60718',
    });
    expect(lines.map((line) => line.kind)).toEqual(['figure-mismatch', 'number-format', 'omission']);
  });

  it('keeps each record on one line even when messages hold newlines', () => {
    const report = ciSampleReport();
    const out = formatNdjson(withFindings(report, [{ ...report.findings[0]!, message: 'a\nb' }]), OPTIONS);
    expect(out.split('\n')).toHaveLength(2);
    expect(parseLines(out)[0]!.message).toBe('a\nb');
  });

  it('writes nothing for a clean report', () => {
    expect(formatNdjson(withFindings(ciSampleReport(), []), OPTIONS)).toBe('');
  });
});

describe('formatNdjsonBatch', () => {
  it('tags findings with their pair and adds an error line per broken pair', () => {
    const lines = parseLines(formatNdjsonBatch(sampleOutcomes(), OPTIONS));
    expect(lines.map((line) => `${String(line.type)}:${String(line.pair)}`)).toEqual([
      'finding:binance',
      'finding:binance',
      'finding:binance',
      'error:broken',
    ]);
    expect(lines[3]).toEqual({
      type: 'error',
      pair: 'broken',
      source: 'stories/en/broken.md',
      target: 'stories/it/broken.md',
      message: 'stories/it/broken.md: no such file',
    });
  });
});
