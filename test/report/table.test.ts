import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/table.js';
import { sampleReport } from '../helpers/sample-report.js';

describe('formatTable', () => {
  it('renders every bead, the findings and a summary line', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width: 120 });
    expect(output).toContain('[0] Binance is under extortion.');
    expect(output).toContain('[0] Binance è sotto estorsione.');
    expect(output).toContain('✖ figure-mismatch (value)');
    expect(output).toContain('⚠ omission');
    expect(output).toContain('Findings (2)');
    expect(output).toContain('en 1 (line 3) ↔ it 1 (line 3)');
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

  it('fits the requested width', () => {
    const output = formatTable(sampleReport(), { color: false, onlyDrift: false, width: 80 });
    const tableLines = output.split('\n').filter((line) => line.startsWith('│') || line.startsWith('┌'));
    expect(Math.max(...tableLines.map((line) => line.length))).toBeLessThanOrEqual(80);
  });
});
