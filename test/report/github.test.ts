import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, formatGithub, formatGithubBatch, workflowCommand } from '../../src/report/github.js';
import type { Finding } from '../../src/types.js';
import { ciSampleReport, OPTIONS, sampleOutcomes, withFindings } from './ci-sample.js';

describe('github workflow-command escaping (as the Actions toolkit escapes)', () => {
  it('escapes %, CR and LF in data, % first so escapes are not escaped twice', () => {
    expect(escapeCommandData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b');
    expect(escapeCommandData('%0A')).toBe('%250A');
  });

  it('escapes : and , in properties as well', () => {
    expect(escapeCommandProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('builds a command with ordered, escaped properties', () => {
    expect(workflowCommand('warning', { file: 'it/a,b.md', line: 3, col: 7, title: 'x: y' }, 'm%\n')).toBe(
      '::warning file=it/a%2Cb.md,line=3,col=7,title=x%3A y::m%25%0A\n',
    );
  });
});

describe('formatGithub', () => {
  it('writes one annotation per finding with file, line, column and a title', () => {
    const lines = formatGithub(ciSampleReport(), OPTIONS).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=stories/it/binance.md,line=3,col=55,endColumn=76,title=article-align%3A figure-mismatch (scale)::scale changed: $3 million (3000000 USD) → 3 miliardi di dollari (3000000000 USD)',
      '::warning file=stories/en/binance.md,line=3,col=11,endColumn=17,title=article-align%3A number-format::"10.000" uses "." as a thousands separator, which English does not',
      '::warning file=stories/en/binance.md,line=4,col=1,title=article-align%3A omission::source sentence has no counterpart in the translation: "Binance refused to pay."',
    ]);
  });

  it('escapes messages and paths that hold %, newlines, : and ,', () => {
    const report = ciSampleReport();
    const tricky: Finding = {
      ...report.findings[2]!,
      severity: 'info',
      message: 'growth 5%\nwas: 3, now 4\r\n',
    };
    const renamed = { ...report, source: { ...report.source, path: 'en/a:b,c%.md' } };
    const out = formatGithub(withFindings(renamed, [tricky]), OPTIONS);
    expect(out).toBe(
      '::notice file=en/a%3Ab%2Cc%25.md,line=4,col=1,title=article-align%3A omission::growth 5%25%0Awas: 3, now 4%0D%0A\n',
    );
    // One command per line: the message's own newlines never start a new line.
    expect(out.split('\n')).toHaveLength(2);
  });

  it('prints nothing for a clean report', () => {
    expect(formatGithub(withFindings(ciSampleReport(), []), OPTIONS)).toBe('');
  });
});

describe('formatGithubBatch', () => {
  it('annotates every pair and reports a broken pair on its source file', () => {
    const lines = formatGithubBatch(sampleOutcomes(), OPTIONS).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('::error file=stories/en/broken.md,title=article-align%3A pair not checked::stories/it/broken.md: no such file');
  });
});
