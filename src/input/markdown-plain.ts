import { createPositionLookup } from './offset-map.js';
import type { ConvertedText } from './types.js';
import { latinPattern } from '../text/latin-pattern.js';

/**
 * Markdown read in one linear pass, for inputs past the parser's limits (see markdown.ts): the
 * syntax is blanked out (replaced by spaces, so every offset and line stays where it was) and the
 * prose is kept. Fenced code, link targets, images, HTML tags, reference definitions, line markers
 * (`#`, `>`, `-`, `1.`), emphasis and table pipes go; the words stay. Coarser than the parser (no
 * setext/indented-code nuances, no entity decoding), but it never slows down on any input: every
 * pattern below is bounded and scans each character a bounded number of times.
 */
export function blankMarkdownSyntax(source: string): string {
  const out: string[] = [];
  let fence: { char: string; length: number } | null = null;
  for (let start = 0; start <= source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const line = source.slice(start, end);
    const opening = /^ {0,3}(`{3,}|~{3,})/u.exec(line);
    if (fence !== null) {
      // Inside a fenced code block: nothing is prose; a fence of the same kind closes it.
      if (opening !== null && opening[1]![0] === fence.char && opening[1]!.length >= fence.length && /^ {0,3}[`~]+\s*$/u.test(line)) fence = null;
      out.push(blank(line));
    } else if (opening !== null) {
      fence = { char: opening[1]![0]!, length: opening[1]!.length };
      out.push(blank(line));
    } else {
      out.push(blankLine(line));
    }
    if (newline === -1) break;
    out.push('\n');
    start = newline + 1;
  }
  return out.join('');
}

function blank(text: string): string {
  return ' '.repeat(text.length);
}

/** Lines that are all syntax: rules, setext underlines, table separators, reference definitions. */
const SYNTAX_LINE =
  /^(?: {0,3}(?:[-*_])(?: *[-*_]){2,} *| {0,3}(?:=+|-+) *| *\|? *:?-{1,}:? *(?:\| *:?-{1,}:? *)+\|? *| {0,3}\[[^\]\n]{1,999}\]: *\S.*)$/u;

function blankLine(line: string): string {
  if (SYNTAX_LINE.test(line)) return blank(line);
  const prefix = linePrefixLength(line);
  return blank(line.slice(0, prefix)) + blankInline(line.slice(prefix));
}

/** Length of the line's block markers: indentation, `>`, list markers, a heading's `#`s. */
function linePrefixLength(line: string): number {
  let i = 0;
  // Bounded: markers only open a line, and no article nests more than a few levels.
  for (let guard = 0; guard < 256; guard += 1) {
    while (line[i] === ' ' || line[i] === '\t') i += 1;
    if (line[i] === '>') {
      i += 1;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$)/u.exec(line.slice(i, i + 11));
    if (marker === null) break;
    i += marker[0].length;
  }
  return i;
}

/** Emphasis, strikethrough and code marks, table pipes; `_` only outside words (snake_case stays). */
const EMPHASIS = latinPattern(String.raw`(?<!\\)(?:[*\x60|]|~~|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}]))`, 'gu');

/** Inline syntax replaced by spaces of the same length; link and emphasis text kept. */
function blankInline(text: string): string {
  const withoutLinks =
    text
      // Images (alt text is not prose the translator sees), HTML comments, tags and autolinks.
      .replace(/!\[[^[\]\n]{0,999}\]\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/gu, blank)
      .replace(/<!--[^<>\n]{0,500}-->|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?\/?>|<(?:https?|mailto):[^<>\s]{1,2000}>/gu, blank)
      // Links: `[text](url "title")` and `[text][ref]` keep the text.
      .replace(/\[([^[\]\n]{0,999})\](\([^()\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)|\[[^[\]\n]{0,200}\])/gu, (_match, inner: string, target: string) => ` ${inner} ${blank(target)}`);
  return (
    withoutLinks
      .replace(EMPHASIS.on(withoutLinks), blank)
      // Backslash escapes: the backslash goes, the character stays.
      .replace(/\\(?=[!-/:-@[-`{-~])/gu, ' ')
  );
}

/**
 * A Markdown input read with `blankMarkdownSyntax`. Offsets and lines map one to one, so it is
 * handed on as `text`: nothing downstream needs remapping (on 10 MB that saves a copy of every
 * sentence and finding).
 */
export function plainMarkdown(original: string, warnings: string[]): ConvertedText {
  const text = blankMarkdownSyntax(original);
  const position = createPositionLookup(original);
  return {
    format: 'text',
    text,
    original,
    toOriginalOffset: (offset) => offset,
    originalPosition: (offset) => position(offset),
    warnings,
  };
}
