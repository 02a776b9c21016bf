/**
 * A box-drawn table with fixed column widths, drawn in one pass: time linear in the text. It draws
 * what cli-table3 draws with `wordWrap` and `wrapOnWordBoundary` (same borders, padding, greedy word
 * wrap, `…` for a word wider than its column) but cli-table3 lays out a table in time that grows
 * faster than its size (a 10k-sentence report took minutes). Colour is applied per span after
 * wrapping, so a coloured figure that wraps keeps its colour on both lines.
 */

// JavaScript's `\s`: what cli-table3 splits words on.
import { isWhitespace } from '../text/whitespace.js';
import { palette } from './ansi.js';

/** A run of text and how to paint it (src/report/ansi.ts), or plain. A `\n` in the text starts a new line. */
export interface Span {
  text: string;
  paint?: (text: string) => string;
}

export type Cell = readonly Span[];

const B = {
  top: ['┌', '┬', '┐'],
  mid: ['├', '┼', '┤'],
  bottom: ['└', '┴', '┘'],
  line: '─',
  side: '│',
} as const;

/** Terminal columns of one code point: 0 for combining marks, 2 for wide East Asian text and emoji. */
function charWidth(code: number): number {
  if (code < 0x300) return 1;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x1f900 && code <= 0x1f9ff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

export function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // Most article text is below U+0300: one column each, no lookup.
    if (unit < 0x300) {
      width += 1;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i += 1;
    width += charWidth(code);
  }
  return width;
}

/** A wrapped line: a [start, end) range of the cell's plain text. */
interface LineRange {
  start: number;
  end: number;
}

/** Greedy word wrap of `plain[from, to)` (cli-table3's `wordWrap`): line ranges of the cell text. */
function wrapLine(plain: string, from: number, to: number, width: number, out: LineRange[]): void {
  let lineStart = from;
  let lineEnd = from;
  let lineWidth = 0;
  let whitespace = 0;
  let i = from;
  for (;;) {
    // A word (possibly empty) from i, then the whitespace after it.
    const wordStart = i;
    while (i < to && !isWhitespace(plain.charCodeAt(i))) i += 1;
    const wordEnd = i;
    const wordWidth = textWidth(plain.slice(wordStart, wordEnd));
    const newWidth = lineWidth + wordWidth + (lineWidth > 0 ? whitespace : 0);
    if (newWidth > width) {
      if (lineWidth !== 0) out.push({ start: lineStart, end: lineEnd });
      lineStart = wordStart;
      lineEnd = wordEnd;
      lineWidth = wordWidth;
    } else {
      if (lineWidth === 0) lineStart = wordStart;
      lineEnd = wordEnd;
      lineWidth = newWidth;
    }
    if (i >= to) break;
    const spaceStart = i;
    while (i < to && isWhitespace(plain.charCodeAt(i))) i += 1;
    whitespace = i - spaceStart;
  }
  if (lineWidth > 0) out.push({ start: lineStart, end: lineEnd });
}

/** The end of the longest prefix of `plain[start, end)` that fits in `width` columns. */
function fitEnd(plain: string, start: number, end: number, width: number): number {
  let used = 0;
  let i = start;
  while (i < end) {
    const code = plain.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    used += charWidth(code);
    if (used > width) return i;
    i = next;
  }
  return end;
}

/** The cell wrapped to `width` columns: painted lines, each exactly `width` columns wide. */
function layoutCell(cell: Cell, width: number): string[] {
  const plain = cell.map((span) => span.text).join('');
  const ranges: LineRange[] = [];
  for (let offset = 0; offset <= plain.length; ) {
    const newline = plain.indexOf('\n', offset);
    const end = newline === -1 ? plain.length : newline;
    const before = ranges.length;
    wrapLine(plain, offset, end, width, ranges);
    if (ranges.length === before && end === offset) ranges.push({ start: offset, end: offset });
    offset = end + 1;
  }
  if (ranges.length === 0) ranges.push({ start: 0, end: 0 });
  // Span boundaries in the plain text, to paint each line's pieces.
  const bounds: Array<{ start: number; end: number; paint?: (text: string) => string }> = [];
  let at = 0;
  for (const span of cell) {
    bounds.push({ start: at, end: at + span.text.length, ...(span.paint === undefined ? {} : { paint: span.paint }) });
    at += span.text.length;
  }
  let spanIndex = 0;
  return ranges.map((range) => {
    let end = range.end;
    let ellipsis = '';
    let lineWidth = textWidth(plain.slice(range.start, end));
    if (lineWidth > width) {
      // A word wider than the column: cut it and mark the cut, as cli-table3 does.
      end = fitEnd(plain, range.start, end, width - 1);
      lineWidth = textWidth(plain.slice(range.start, end)) + 1;
      ellipsis = '…';
    }
    while (spanIndex < bounds.length - 1 && bounds[spanIndex]!.end <= range.start) spanIndex += 1;
    let text = '';
    for (let i = spanIndex; i < bounds.length && bounds[i]!.start < end; i += 1) {
      const bound = bounds[i]!;
      const piece = plain.slice(Math.max(bound.start, range.start), Math.min(bound.end, end));
      if (piece === '') continue;
      text += bound.paint === undefined ? piece : bound.paint(piece);
    }
    return text + ellipsis + spaces(width - lineWidth);
  });
}

const SPACES: string[] = [];
function spaces(count: number): string {
  if (count <= 0) return '';
  return (SPACES[count] ??= ' '.repeat(count));
}

function border(colWidths: readonly number[], [left, middle, right]: readonly string[]): string {
  return `${left}${colWidths.map((w) => B.line.repeat(w)).join(middle)}${right}`;
}

function pushRowLines(out: string[], colWidths: readonly number[], cells: readonly Cell[]): void {
  const laid = colWidths.map((w, i) => layoutCell(cells[i] ?? [], Math.max(1, w - 2)));
  let height = 0;
  for (const lines of laid) height = Math.max(height, lines.length);
  for (let row = 0; row < height; row += 1) {
    let line = B.side;
    for (let i = 0; i < laid.length; i += 1) line += ` ${laid[i]![row] ?? spaces(Math.max(1, colWidths[i]! - 2))} ${B.side}`;
    out.push(line);
  }
}

/**
 * Draws the table: a head row (optional) and the rows, each followed by a separator, framed. Column
 * widths include one space of padding on each side, as in cli-table3's `colWidths`.
 */
export function renderGrid(colWidths: readonly number[], head: readonly Cell[] | undefined, rows: readonly (readonly Cell[])[]): string {
  const out: string[] = [border(colWidths, B.top)];
  const middle = border(colWidths, B.mid);
  if (head !== undefined) pushRowLines(out, colWidths, head);
  rows.forEach((cells, index) => {
    if (index > 0 || head !== undefined) out.push(middle);
    pushRowLines(out, colWidths, cells);
  });
  out.push(border(colWidths, B.bottom));
  return out.join('\n');
}

export type ColumnAlign = 'left' | 'right';

export interface ColumnTableOptions {
  /** Alignment per column (head included); left when missing. */
  align: readonly ColumnAlign[];
  /** Grey borders and a red head, as cli-table3's default style draws them. */
  color: boolean;
}

/**
 * A one-line-per-row table sized to its content, without rules between rows: what cli-table3 draws
 * with `colAligns` and empty `mid` characters (the batch summary), in time linear in the rows and
 * without loading cli-table3.
 */
export function renderColumns(head: readonly Span[], rows: readonly (readonly Span[])[], options: ColumnTableOptions): string {
  const widths = head.map((cell, c) => rows.reduce((widest, row) => Math.max(widest, textWidth(row[c]?.text ?? '')), textWidth(cell.text)) + 2);
  const colors = palette(options.color);
  const frame = colors.grey;
  const border = ([left, middle, right]: readonly string[]): string =>
    widths.map((w, c) => frame(`${c === 0 ? left : middle}${B.line.repeat(w)}${c === widths.length - 1 ? right : ''}`)).join('');
  const line = (cells: readonly Span[], paintCell: (text: string) => string): string => {
    let out = frame(B.side);
    widths.forEach((w, c) => {
      const cell = cells[c] ?? { text: '' };
      const gap = spaces(w - 2 - textWidth(cell.text));
      const shown = cell.paint ? cell.paint(cell.text) : cell.text;
      out += `${paintCell(` ${options.align[c] === 'right' ? gap + shown : shown + gap} `)}${frame(B.side)}`;
    });
    return out;
  };
  const lines = [border(B.top), line(head, colors.red), ...rows.map((row) => line(row, (text) => text)), border(B.bottom)];
  return lines.join('\n');
}
