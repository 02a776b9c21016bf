import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
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

function emitInline(node: MdNode, out: OffsetMapBuilder): void {
  if (SKIPPED.has(node.type)) return;
  const at = range(node);
  if ((node.type === 'text' || node.type === 'inlineCode') && node.value !== undefined && at !== undefined) {
    out.appendMapped(node.value, at[0], at[1]);
    return;
  }
  if (node.type === 'break' && at !== undefined) {
    out.appendMapped('\n', at[0], at[1]);
    return;
  }
  const children = node.children ?? [];
  children.forEach((child, index) => {
    // Table cells of one row read as one line: separate them with a space.
    if (node.type === 'tableRow' && index > 0) out.appendSynthetic(' ');
    emitInline(child, out);
  });
}

function emitBlock(node: MdNode, out: OffsetMapBuilder): void {
  if (SKIPPED.has(node.type)) return;
  if (PROSE_BLOCKS.has(node.type)) {
    out.breakBlock();
    emitInline(node, out);
    out.breakBlock();
    return;
  }
  for (const child of node.children ?? []) emitBlock(child, out);
}

/**
 * Markdown → plain prose: headings, paragraphs, list items, quotes and table rows become paragraphs;
 * syntax (`**`, `[]()`, `> `, list markers) goes; code blocks, raw HTML and front matter are dropped.
 * `original` must already be LF-normalised.
 */
export function convertMarkdown(original: string): ConvertedText {
  // GitHub-flavoured Markdown: tables, strikethrough, autolinks and footnotes parse as such.
  const tree = fromMarkdown(blankFrontMatter(original), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;
  const out = new OffsetMapBuilder(original);
  emitBlock(tree, out);
  return out.finish('markdown');
}
