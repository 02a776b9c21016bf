import { describe, expect, it } from 'vitest';
import { renderBatchIndexHtml, type BatchIndexEntry } from '../../../src/report/html/index.js';
import type { ReportSummary } from '../../../src/types.js';
import { attr, byClass, byId, byTag, parseHtml, textContent } from './dom.js';
import { loadReportFixture } from './seed-report.js';

const seed = loadReportFixture('binance').summary;
const demo = loadReportFixture('drift-demo').summary;
const clean: ReportSummary = {
  ...seed,
  verdict: 'clean',
  findings: { total: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byKind: {} },
};

const entries: BatchIndexEntry[] = [
  { name: 'binance', sourcePath: 'en/binance.txt', targetPath: 'it/binance.txt', href: 'binance.html', summary: seed, baselineKnown: 2 },
  { sourcePath: 'en/edited.txt', targetPath: 'it/edited.txt', href: 'edited.html', summary: demo, suppressed: 1 },
  { sourcePath: 'en/markets.txt', targetPath: 'it/markets.txt', href: 'markets.html', summary: clean },
  { sourcePath: 'en/missing.txt', targetPath: 'it/missing.txt', error: 'en/missing.txt: no such file' },
];

describe('renderBatchIndexHtml', () => {
  const dom = parseHtml(renderBatchIndexHtml(entries, { tool: 'article-align 9.9.9' }));
  const rows = byTag(byTag(dom, 'tbody')[0], 'tr');

  it('links every written report, one row per pair, in order', () => {
    expect(rows).toHaveLength(4);
    expect(rows.map((row) => byTag(row, 'a').map((a) => attr(a, 'href'))[0])).toEqual([
      'binance.html',
      'edited.html',
      'markets.html',
      undefined,
    ]);
    expect(textContent(rows[0])).toContain('en/binance.txt');
    expect(textContent(rows[0])).toContain('binance');
  });

  it('shows verdicts and counts by severity and kind', () => {
    const verdicts = rows.map((row) => textContent(byClass(row, 'verdict')[0]).replace(/^\W+/, ''));
    expect(verdicts).toEqual(['Drift', 'Drift', 'Clean', 'Failed']);
    const severityCells = (row: (typeof rows)[number]): string[] =>
      byClass(row, 'num').slice(0, 3).map((cell) => textContent(cell).replace(/[^\d–]/g, ''));
    expect(severityCells(rows[0])).toEqual(['0', '3', '0']);
    expect(severityCells(rows[1])).toEqual(['5', '4', '0']);
    expect(severityCells(rows[3])).toEqual(['–', '–', '–']);
    expect(textContent(byClass(rows[1], 'kinds')[0])).toContain('Figure mismatch 2');
    expect(textContent(rows[0])).toContain('2 known from the baseline');
    expect(textContent(rows[1])).toContain('1 suppressed');
    expect(textContent(rows[3])).toContain('en/missing.txt: no such file');
  });

  it('sums the batch at the top', () => {
    const stats = byClass(dom, 'stat').map((stat) => textContent(byClass(stat, 'value')[0]));
    expect(stats).toEqual(['4', '0', '1', String(3 + 9)]);
    expect(textContent(byClass(dom, 'verdict')[0])).toContain('3 of 4 need attention');
    expect(textContent(byTag(dom, 'footer')[0])).toContain('article-align 9.9.9');
    expect(byId(dom, 'only-problems')).toBeDefined();
  });

  it('says all clean when it is', () => {
    const page = parseHtml(renderBatchIndexHtml([entries[2]]));
    expect(textContent(byClass(page, 'verdict')[0])).toContain('All clean');
  });
});
