import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/pipeline.js';
import { formatJson } from '../../src/report/json.js';
import { jsonReportChunks } from '../../src/report/json-chunks.js';
import type { AlignmentReport } from '../../src/types.js';

const fixture = (lang: string): string => readFileSync(new URL(`../../fixtures/binance/${lang}.txt`, import.meta.url), 'utf8');
const options = { color: false, onlyDrift: false, width: 100 };

describe('JSON report in pieces', () => {
  it('joins to exactly the JSON format of a real report, whatever the piece size', async () => {
    const report = await alignTexts(fixture('en'), fixture('it'), { from: 'en', to: 'it' });
    const whole = formatJson(report, options);
    for (const size of [1, 100, 64 * 1024]) expect([...jsonReportChunks(report, size)].join('')).toBe(whole);
    expect([...jsonReportChunks(report, 100)].length).toBeGreaterThan(10);
  });

  it('writes odd values as JSON.stringify does: undefined members dropped, null in arrays, empty containers, controls escaped', () => {
    const odd = {
      a: undefined,
      b: [undefined, () => 1, null, [], {}, { c: undefined }, 'x\u0085y\n"z"', 1.5e-7, -0, true],
      d: { e: { f: { g: [1, { h: 'deep' }] } }, i: [] },
      j: {},
      k: [[[['nested']]]],
    };
    expect([...jsonReportChunks(odd, 7)].join('')).toBe(formatJson(odd as unknown as AlignmentReport, options));
  });
});
