import { CR, LF, isLineBreak, isWhitespace } from './chars.js';

/** A paragraph: a run of non-blank lines, trimmed of surrounding whitespace. */
export interface ParagraphSpan {
  /** 0-based paragraph index. */
  index: number;
  /** UTF-16 offsets into the text: the paragraph is `text.slice(start, end)`. */
  start: number;
  end: number;
}

/** A line without its terminator; `contentStart`/`contentEnd` bound its non-whitespace content. */
export interface LineSpan {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** True when the line holds only whitespace. */
  blank: boolean;
}

/**
 * Calls `visit` for each line of `text[from, to)` in order. Lines end at LF, CRLF or a lone CR.
 * Linear in the length of the range.
 */
export function forEachLine(text: string, visit: (line: LineSpan) => void, from = 0, to = text.length): void {
  let pos = from;
  for (;;) {
    let end = pos;
    while (end < to && !isLineBreak(text.charCodeAt(end))) end++;
    let contentStart = pos;
    while (contentStart < end && isWhitespace(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isWhitespace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    visit({ start: pos, end, contentStart, contentEnd, blank: contentStart === end });
    if (end >= to) return;
    pos = end + (text.charCodeAt(end) === CR && end + 1 < to && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
}

/** Splits `text` into paragraphs at blank (whitespace-only) lines. */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  let start = -1;
  let end = -1;
  forEachLine(text, (line) => {
    if (line.blank) {
      if (start >= 0) paragraphs.push({ index: paragraphs.length, start, end });
      start = -1;
      return;
    }
    if (start < 0) start = line.contentStart;
    end = line.contentEnd;
  });
  if (start >= 0) paragraphs.push({ index: paragraphs.length, start, end });
  return paragraphs;
}
