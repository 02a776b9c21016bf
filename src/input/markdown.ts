import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { plainMarkdown } from './markdown-plain.js';
import { OffsetMapBuilder } from './offset-map.js';
import type { ConvertedText } from './types.js';

/** Minimal view of mdast nodes (the package's own types come from @types/mdast, not a direct dependency). */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Blocks that hold prose; each becomes its own paragraph in the plain text. */
const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);
/** Nothing an editor translates: code, raw HTML, link definitions, images, rules. */
const SKIPPED = new Set(['code', 'html', 'definition', 'image', 'imageReference', 'thematicBreak', 'yaml', 'toml', 'footnoteReference']);

/** Front matter (`---` … `---` at the very top) blanked out, offsets kept, so it is not read as prose. */
function blankFrontMatter(source: string): string {
  const match = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/u.exec(source);
  if (match === null) return source;
  return match[0].replace(/[^\n]/gu, ' ') + source.slice(match[0].length);
}

function range(node: MdNode): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

/**
 * Deepest Markdown nesting read (block quotes and list levels on one line). micromark parses deeper
 * nesting in time that grows faster than the text and can overflow the call stack; no article nests
 * this deep.
 */
export const MAX_MARKDOWN_NESTING = 64;

/**
 * Largest Markdown input given to the parser, in characters. micromark builds an event per token and
 * takes seconds per megabyte on ordinary Markdown (and far more on dense inline syntax), with memory
 * to match; a long feature is 30-60 KB. Larger inputs are read in one linear pass (markdown-plain.ts).
 */
export const MAX_MARKDOWN_PARSE = 256 * 1024;

/**
 * Longest block (a run of non-blank lines) given to the parser: micromark's inline pass is quadratic
 * in a paragraph's tokens. A news paragraph is under 2 KB.
 */
export const MAX_MARKDOWN_BLOCK = 16 * 1024;

/** Delimiter runs longer than this (`*****…`) are never emphasis; they are read as spaces. */
const MAX_DELIMITER_RUN = 32;

/** A Markdown input past a documented limit (convertMarkdownFile reads it as plain text). */
export class MarkdownLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkdownLimitError';
  }
}

/** Nesting of one line: `>` markers, list markers, and indentation (two columns per level). */
function lineNesting(line: string): number {
  let depth = 0;
  let indent = 0;
  let i = 0;
  for (;;) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
      indent += line[i] === '\t' ? 4 : 1;
      i += 1;
    }
    if (line[i] === '>') {
      depth += 1;
      i += 1;
      continue;
    }
    const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/u.exec(line.slice(i, i + 11));
    if (marker !== null) {
      depth += 1;
      i += marker[0].length;
      continue;
    }
    return depth + Math.floor(indent / 2);
  }
}

/** Refuses inputs past the parser's limits (size, block length, nesting), naming the line. */
function checkLimits(source: string): void {
  if (source.length > MAX_MARKDOWN_PARSE) {
    throw new MarkdownLimitError(`Markdown of ${Math.round(source.length / 1024)} KB is larger than the ${MAX_MARKDOWN_PARSE / 1024} KB the parser reads`);
  }
  let lineNumber = 0;
  let blockStart = 0;
  let blockLine = 1;
  for (let start = 0; start <= source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    lineNumber += 1;
    // Only the line's opening (markers and indentation) counts; a long line is not scanned further.
    const depth = lineNesting(source.slice(start, Math.min(end, start + MAX_MARKDOWN_NESTING * 8 + 16)));
    if (depth > MAX_MARKDOWN_NESTING) {
      throw new MarkdownLimitError(
        `Markdown nests deeper than the ${MAX_MARKDOWN_NESTING}-level limit at line ${lineNumber} (block quotes and lists)`,
      );
    }
    // A blank line (or one holding only `>` markers) ends a block.
    if (end - start < 64 && /^[\s>]*$/u.test(source.slice(start, end))) {
      blockStart = end + 1;
      blockLine = lineNumber + 1;
    } else if (end - blockStart > MAX_MARKDOWN_BLOCK) {
      throw new MarkdownLimitError(`a Markdown paragraph from line ${blockLine} is longer than the ${MAX_MARKDOWN_BLOCK / 1024} KB the parser reads`);
    }
    if (newline === -1) break;
    start = newline + 1;
  }
}

/** Long runs of `*`, `_` or `~` blanked out (offsets kept): the emphasis parser is slow on them. */
function blankDelimiterRuns(source: string): string {
  return source.replace(new RegExp(`([*_~])\\1{${MAX_DELIMITER_RUN},}`, 'gu'), (run) => ' '.repeat(run.length));
}

/** Inline content of a prose block, in order (iterative: any depth). */
function emitInline(root: MdNode, out: OffsetMapBuilder): void {
  // Steps: a node to visit, or a synthetic space between two table cells.
  const stack: Array<MdNode | ' '> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === ' ') {
      out.appendSynthetic(' ');
      continue;
    }
    if (SKIPPED.has(node.type)) continue;
    const at = range(node);
    if ((node.type === 'text' || node.type === 'inlineCode') && node.value !== undefined && at !== undefined) {
      out.appendMapped(node.value, at[0], at[1]);
      continue;
    }
    if (node.type === 'break' && at !== undefined) {
      out.appendMapped('\n', at[0], at[1]);
      continue;
    }
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push(children[index]!);
      // Table cells of one row read as one line: separate them with a space.
      if (node.type === 'tableRow' && index > 0) stack.push(' ');
    }
  }
}

/** Prose blocks of the tree, each its own paragraph (iterative: any depth). */
function emitBlock(root: MdNode, out: OffsetMapBuilder): void {
  const stack: MdNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (SKIPPED.has(node.type)) continue;
    if (PROSE_BLOCKS.has(node.type)) {
      out.breakBlock();
      emitInline(node, out);
      out.breakBlock();
      continue;
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}

/**
 * Markdown → plain prose: headings, paragraphs, list items, quotes and table rows become paragraphs;
 * syntax (`**`, `[]()`, `> `, list markers) goes; code blocks, raw HTML and front matter are dropped.
 * `original` must already be LF-normalised.
 */
export function convertMarkdown(original: string): ConvertedText {
  // GitHub-flavoured Markdown: tables, strikethrough, autolinks and footnotes parse as such.
  checkLimits(original);
  const tree = fromMarkdown(blankDelimiterRuns(blankFrontMatter(original)), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;
  const out = new OffsetMapBuilder(original);
  emitBlock(tree, out);
  return out.finish('markdown');
}

/**
 * `convertMarkdown` for a named file. Markdown past the parser's limits (size, paragraph length,
 * nesting) is read in one linear pass that blanks the syntax out, with a warning naming the file
 * and the limit: the run still works, in linear time.
 */
export function convertMarkdownFile(original: string, path: string | null): ConvertedText {
  try {
    return convertMarkdown(original);
  } catch (error) {
    if (!(error instanceof MarkdownLimitError)) throw error;
    return plainMarkdown(original, [`${path ?? '<stdin>'}: ${error.message}; its syntax was stripped line by line instead (see docs/limits.md)`]);
  }
}
