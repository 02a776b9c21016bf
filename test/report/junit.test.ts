import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit, formatJunitBatch } from '../../src/report/junit.js';
import { ciSampleReport, OPTIONS, sampleOutcomes, withFindings } from './ci-sample.js';

describe('formatJunit', () => {
  it('is one testcase that fails on findings at or above --fail-on', () => {
    const xml = formatJunit(ciSampleReport(), OPTIONS);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="article-align" tests="1" failures="1" errors="0"/u);
    expect(xml.match(/<testcase /gu)).toHaveLength(1);
    expect(xml).toContain('name="stories/en/binance.md → stories/it/binance.md"');
    expect(xml).toContain('<failure message="3 findings at or above warning: figure-mismatch (scale), number-format, omission" type="translation-drift">');
    expect(xml).toContain('error figure-mismatch (scale) at stories/it/binance.md:3:55: scale changed');
  });

  it('with --fail-on error only the error fails; the warnings go to system-out', () => {
    const xml = formatJunit(ciSampleReport(), { ...OPTIONS, failOn: 'error' } as typeof OPTIONS);
    expect(xml).toContain('<failure message="1 finding at or above error: figure-mismatch (scale)"');
    expect(xml).toMatch(/<system-out>warning number-format at stories\/en\/binance.md:3:11/u);
  });

  it('a clean pair is a passing, empty testcase', () => {
    const xml = formatJunit(withFindings(ciSampleReport(), []), OPTIONS);
    expect(xml).toContain('failures="0" errors="0"');
    expect(xml).toMatch(/<testcase classname="article-align" name="[^"]+" time="0.000"\/>/u);
  });

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml('a < b & "c" \'d\' > e\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e');
  });
});

describe('formatJunitBatch', () => {
  it('has one testcase per pair: a failure, a pass and an error', () => {
    const xml = formatJunitBatch(sampleOutcomes(), OPTIONS);
    expect(xml).toContain('<testsuites name="article-align" tests="3" failures="1" errors="1" time="1.501">');
    expect(xml.match(/<testcase /gu)).toHaveLength(3);
    expect(xml).toContain('<error message="stories/it/broken.md: no such file" type="input-error">');
    expect(xml).toContain('time="1.200"');
  });
});
