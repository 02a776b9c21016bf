import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderColumns, renderGrid, textWidth, type ColumnAlign } from '../../src/report/table-grid.js';
import { seededRandom } from '../../src/align/random.js';

const WORDS = ['the', 'Bitcoin', 'price', 'rose', 'to', '$290,000', 'l’equivalente', 'di', 'circa', 'https://example.com/a/very/long/path/that/overflows', 'è', '—', '12.5%', '東京', '😀'];

/**
 * cli-table3 paints through @colors/colors, which decides from the environment (a TTY, `CI`,
 * FORCE_COLOR) whether to paint at all; the reference must paint whatever runs the tests.
 */
const referenceColors = createRequire(createRequire(import.meta.url).resolve('cli-table3'))('@colors/colors/safe') as {
  enabled: boolean;
};
let colorsWereEnabled = referenceColors.enabled;
beforeAll(() => {
  colorsWereEnabled = referenceColors.enabled;
  referenceColors.enabled = true;
});
afterAll(() => {
  referenceColors.enabled = colorsWereEnabled;
});

function cliTable3(colWidths: number[], head: string[], rows: string[][]): string {
  const table = new Table({ head, colWidths, wordWrap: true, wrapOnWordBoundary: true, style: { head: [], border: [] } });
  for (const row of rows) table.push(row);
  return table.toString();
}

describe('renderGrid', () => {
  it('draws plain text exactly as cli-table3 does with word wrap', () => {
    const rng = seededRandom(7);
    const pick = (): string => WORDS[Math.floor(rng() * WORDS.length)]!;
    for (let trial = 0; trial < 40; trial += 1) {
      const colWidths = [6, 10 + Math.floor(rng() * 30), 10 + Math.floor(rng() * 30), 7, 12];
      const rows = Array.from({ length: 1 + Math.floor(rng() * 5) }, () =>
        colWidths.map(() => Array.from({ length: Math.floor(rng() * 14) }, pick).join(rng() < 0.1 ? '\n' : ' ')),
      );
      const head = ['#', 'EN', 'IT', 'score', 'flags'];
      const expected = cliTable3(colWidths, head, rows);
      const actual = renderGrid(colWidths, head.map((text) => [{ text }]), rows.map((row) => row.map((text) => [{ text }])));
      expect(actual).toBe(expected);
    }
  });

  it('paints each span on every line it wraps to', () => {
    const out = renderGrid([20], undefined, [[[{ text: 'a b ' }, { text: 'painted words that wrap', paint: (t) => `<${t}>` }]]]);
    expect(out.split('\n').slice(1, -1)).toEqual(['│ a b <painted words>  │', '│ <that wrap>          │']);
  });

  it('draws a long table in time proportional to its rows (every row present, one frame)', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [[{ text: String(i) }], [{ text: `sentence number ${i} with a few words` }]]);
    const lines = renderGrid([8, 20], undefined, rows).split('\n');
    expect(lines.filter((line) => line.startsWith('┌'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('└'))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith('├'))).toHaveLength(2999);
    expect(lines.slice(-6).join('\n')).toContain('│ 2999   │');
  });

  it('measures wide and combining characters like a terminal', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('東京')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
  });

  it('draws a summary table exactly as cli-table3 does with column alignment and no row rules, coloured or not', () => {
    const rng = seededRandom(11);
    const pick = (): string => WORDS[Math.floor(rng() * WORDS.length)]!;
    const bold = (text: string): string => `\u001b[1m${text}\u001b[22m`;
    const yellow = (text: string): string => `\u001b[33m${text}\u001b[39m`;
    for (let trial = 0; trial < 40; trial += 1) {
      const columns = 1 + Math.floor(rng() * 6);
      const align: ColumnAlign[] = Array.from({ length: columns }, () => (rng() < 0.5 ? 'left' : 'right'));
      const head = Array.from({ length: columns }, pick);
      const rows = Array.from({ length: Math.floor(rng() * 6) }, () =>
        Array.from({ length: columns }, () => ({ text: Array.from({ length: 1 + Math.floor(rng() * 3) }, pick).join(' '), painted: rng() < 0.3 })),
      );
      for (const color of [false, true]) {
        const table = new Table({
          head: head.map(bold),
          style: color ? {} : { head: [], border: [] },
          chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
          colAligns: align,
        });
        for (const row of rows) table.push(row.map((cell) => (cell.painted ? yellow(cell.text) : cell.text)));
        const actual = renderColumns(
          head.map((text) => ({ text, paint: bold })),
          rows.map((row) => row.map((cell) => (cell.painted ? { text: cell.text, paint: yellow } : { text: cell.text }))),
          { align, color },
        );
        expect(actual).toBe(table.toString());
      }
    }
  });
});
