import { CR, LF } from './chars.js';

/**
 * Converts ascending UTF-16 offsets to 1-based line and column in one forward pass over the text,
 * so locating every sentence costs O(text length) in total. Lines end at LF, CRLF or a lone CR.
 * Columns count UTF-16 code units from the line start, plus one.
 */
export class LineTracker {
  private position = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  locate(offset: number): { line: number; column: number } {
    if (offset < this.position) throw new RangeError(`LineTracker offsets must ascend (${offset} < ${this.position})`);
    const { text } = this;
    for (let i = this.position; i < offset; i++) {
      const code = text.charCodeAt(i);
      if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.position = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}
