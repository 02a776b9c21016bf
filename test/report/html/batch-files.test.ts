import { describe, expect, it } from 'vitest';
import type { PairOutcome } from '../../../src/batch/types.js';
import { batchHtmlFiles, reportFileStem } from '../../../src/report/html/index.js';
import { attr, byTag, parseHtml, textContent } from './dom.js';
import { loadReportFixture } from './seed-report.js';

const seed = loadReportFixture('binance');
const demo = loadReportFixture('drift-demo');

describe('batchHtmlFiles', () => {
  const outcomes: PairOutcome[] = [
    { pair: { id: 'binance', source: 'en/binance.txt', target: 'it/binance.txt' }, report: seed, durationMs: 10, baselineKnown: 1 },
    { pair: { id: 'Binance', source: 'en/Binance.md', target: 'it/Binance.md' }, report: demo, durationMs: 12 },
    { pair: { id: 'index', source: 'en/index.txt', target: 'it/index.txt' }, report: seed, durationMs: 9 },
    { pair: { id: 'città/ú 1', source: 'en/x.txt', target: 'it/x.txt' }, report: demo, durationMs: 9 },
    { pair: { id: 'broken', source: 'en/broken.txt', target: 'it/broken.txt' }, error: 'it/broken.txt: no such file', durationMs: 1 },
  ];
  const files = batchHtmlFiles(outcomes, { color: true, onlyDrift: false }, { tool: 'article-align 1.2.3' });

  it('writes the index and one report per aligned pair under distinct, safe names', () => {
    expect(files.map((file) => file.name)).toEqual(['index.html', 'binance.html', 'Binance-2.html', 'index-pair.html', 'citta-u-1.html']);
    for (const file of files) expect(file.content.startsWith('<!doctype html>')).toBe(true);
    expect(files[2].content).toContain('id="bead-11"');
  });

  it('links every report from the index, and lists the failed pair without a link', () => {
    const index = parseHtml(files[0].content);
    const rows = byTag(byTag(index, 'tbody')[0], 'tr');
    expect(rows.map((row) => byTag(row, 'a').map((a) => attr(a, 'href'))[0])).toEqual([
      'binance.html',
      'Binance-2.html',
      'index-pair.html',
      'citta-u-1.html',
      undefined,
    ]);
    expect(textContent(rows[4])).toContain('it/broken.txt: no such file');
    expect(textContent(rows[0])).toContain('1 known from the baseline');
  });

  it('makes file stems from any id', () => {
    expect(reportFileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(reportFileStem('   ')).toBe('pair');
    expect(reportFileStem('INDEX')).toBe('INDEX-pair');
    expect(reportFileStem('a b\\c')).toBe('a-b-c');
  });
});
