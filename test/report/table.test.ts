import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/table.js';
import { sampleReport } from '../helpers/sample-report.js';

describe('formatTable', () => {
  it('renders every bead, the findings and a summary line', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width: 120 });
    expect(output).toContain('[1] Binance is under extortion.');
    expect(output).toContain('[1] Binance è sotto estorsione.');
    expect(output).toContain('✖ figure-mismatch (value)');
    expect(output).toContain('⚠ omission');
    expect(output).toContain('Findings (2)');
    expect(output).toContain('pair 2 · en sentence 2 (line 3) ↔ it sentence 2 (line 3)');
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      '3 en / 2 it sentences · 3 beads (2× 1-1, 1× 1-0) · mean score 0.75 · 1 error, 1 warning, 0 info · drift found',
    );
    expect(output).toMatchSnapshot();
  });

  it('keeps only beads with findings when asked', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: true, width: 120 });
    expect(output).not.toContain('Binance is under extortion.');
    expect(output).toContain('The reward is 25 bitcoins.');
    expect(output).toContain('Nobody knows why.');
  });

  it('emits ANSI colour only when colour is on', () => {
    const plain = formatTable(sampleReport(), { color: false, onlyDrift: false });
    const coloured = formatTable(sampleReport(), { color: true, onlyDrift: false });
    expect(plain).not.toMatch(/\u001b\[/u);
    expect(coloured).toMatch(/\u001b\[31m/u);
  });

  it('paints the figures a finding names inside the sentence text', () => {
    const coloured = formatTable(sampleReport(), { color: true, onlyDrift: false, width: 160 });
    expect(coloured).toContain('\u001b[1m\u001b[31m25 bitcoins\u001b[39m\u001b[22m');
    expect(coloured).toContain('\u001b[1m\u001b[31m35 bitcoin\u001b[39m\u001b[22m');
  });

  it('fits the requested width, every line of it', () => {
    for (const width of [60, 80, 100]) {
      const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width });
      expect(Math.max(...output.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(width);
    }
  });

  it('gives the text columns the space at 80 columns: compact flags that carry the score', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width: 80 });
    const header = output.split('\n')[1]!;
    const [, pair, en, it, flags] = header.split('│');
    expect(header.split('│')).toHaveLength(6);
    expect(pair!.length).toBe(6);
    expect(flags!.length).toBe('✖ figure-mismatch'.length + 2);
    expect(en!.length).toBe(it!.length);
    expect(en!.length).toBeGreaterThanOrEqual(24);
    expect(output).toContain('score 0.84');
  });

  it('counts pairs and sentences from 1', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width: 120 });
    const rows = output.split('\n').filter((line) => /^│ \d+ +│/u.test(line)).map((line) => line.split('│')[1]!.trim());
    expect(rows).toEqual(['1', '2', '3']);
    expect(output).not.toContain('[0]');
  });

  it('wraps finding messages at word boundaries, never inside a word', () => {
    const report = sampleReport();
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    report.findings[0]!.message = words.join(' ');
    const output = formatTable(report, { color: false, onlyDrift: false, width: 60 });
    const messageLines = output.split('\n').filter((line) => line.startsWith('    word'));
    expect(messageLines.length).toBeGreaterThan(3);
    expect(messageLines.join(' ').replace(/\s+/gu, ' ').trim()).toBe(words.join(' '));
    for (const line of messageLines) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('never says drift found when nothing reaches --fail-on', () => {
    const report = sampleReport();
    for (const finding of report.findings) finding.severity = 'info';
    report.summary.findings.bySeverity = { error: 0, warning: 0, info: report.findings.length };
    const output = formatTable(report, { color: false, onlyDrift: false, width: 200, failOn: 'warning' } as Parameters<typeof formatTable>[1]);
    expect(output.trimEnd().split('\n').at(-1)).toMatch(/· no drift found \(2 info findings to review\)$/u);
    expect(output).not.toMatch(/(?<!no )drift found/u);
  });
});
