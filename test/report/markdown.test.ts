import { describe, expect, it } from 'vitest';
import type { PairOutcome } from '../../src/batch/types.js';
import { escapeMarkdownCell, formatMarkdown, formatMarkdownBatch } from '../../src/report/markdown.js';
import { ciSampleReport, OPTIONS, sampleOutcomes, withFindings } from './ci-sample.js';

describe('formatMarkdown', () => {
  it('is a PR comment with a headline and an open details block of findings', () => {
    const md = formatMarkdown(ciSampleReport(), OPTIONS);
    expect(md).toContain('## article-align: translation drift');
    expect(md).toContain('1 error, 2 warnings and 0 info in 1 of 1 article pair.');
    expect(md).toContain('<details open>');
    expect(md).toContain('<summary><b>stories/en/binance.md → stories/it/binance.md</b>: ⚠️ drift, 1 error, 2 warnings, 0 info</summary>');
    expect(md).toContain(
      '| 🔴 error | `figure-mismatch (scale)` | `stories/it/binance.md:3:55` | `$3 million` → `3 miliardi di dollari` | scale changed: $3 million (3000000 USD) → 3 miliardi di dollari (3000000000 USD) |',
    );
    expect(md).toContain('</details>');
  });

  it('says so when there is nothing to report', () => {
    expect(formatMarkdown(withFindings(ciSampleReport(), []), OPTIONS)).toContain('✅ No translation drift in the article pair.');
  });

  it('escapes table cells', () => {
    expect(escapeMarkdownCell('a | b\n<script> *x*')).toBe('a \\| b &lt;script&gt; \\*x\\*');
  });
});

describe('formatMarkdownBatch', () => {
  it('summarises every pair in a table and details the pairs with findings or errors', () => {
    const md = formatMarkdownBatch(sampleOutcomes(), OPTIONS);
    expect(md).toContain('| stories/en/clean.md → stories/it/clean.md | ✅ clean | 0 | 0 | 0 |');
    expect(md).toContain('| stories/en/broken.md → stories/it/broken.md | ⛔ not checked | 0 | 0 | 0 |');
    expect(md.match(/<details>/gu)).toHaveLength(2);
    expect(md).toContain('> stories/it/broken.md: no such file');
  });

  it('stays under 65,000 characters on a huge run and says what it left out', () => {
    const report = ciSampleReport();
    const many = Array.from({ length: 400 }, (_, index) => ({ ...report.findings[0]!, fingerprint: `f${index}` }));
    const outcomes: PairOutcome[] = Array.from({ length: 30 }, (_, index) => ({
      pair: { id: `p${index}`, source: `en/story-${index}.md`, target: `it/story-${index}.md` },
      report: withFindings(report, many),
      durationMs: 10,
    }));
    const md = formatMarkdownBatch(outcomes, OPTIONS);
    expect(md.length).toBeLessThan(65_000);
    expect(md.length).toBeGreaterThan(50_000);
    const truncated = /\*\*Truncated:\*\* (\d+) findings in (\d+) pairs are not shown/u.exec(md);
    expect(truncated).not.toBeNull();
    const shownRows = md.match(/^\| 🔴 error/gmu)?.length ?? 0;
    expect(shownRows + Number(truncated![1])).toBe(400 * 30);
    // Every opened details block is closed, so the comment renders.
    expect(md.match(/<details/gu)?.length).toBe(md.match(/<\/details>/gu)?.length);
  });

  it('honours a smaller budget', () => {
    const md = formatMarkdownBatch(sampleOutcomes(), { ...OPTIONS, maxChars: 900 } as typeof OPTIONS);
    expect(md.length).toBeLessThan(900);
    expect(md).toContain('**Truncated:**');
  });
});
