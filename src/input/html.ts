import { parse } from 'parse5';
import { OffsetMapBuilder } from './offset-map.js';
import type { ConvertedText } from './types.js';

/** The parts of parse5's tree this converter reads. */
interface HtmlNode {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: HtmlNode[];
  content?: HtmlNode;
  sourceCodeLocation?: { startOffset: number; endOffset: number } | null;
}

/** Page furniture and non-prose: never part of the article text. */
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button',
  'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'head', 'title', 'menu', 'dialog',
]);

/** Elements that start and end a paragraph of their own. */
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'div', 'section', 'article', 'main', 'body',
  'td', 'th', 'tr', 'table', 'dd', 'dt', 'dl', 'ul', 'ol', 'pre', 'figure', 'figcaption', 'address', 'hr', 'caption',
]);

function findFirst(node: HtmlNode, tag: string): HtmlNode | undefined {
  if (node.tagName === tag) return node;
  if (node.tagName !== undefined && DROPPED.has(node.tagName)) return undefined;
  for (const child of node.childNodes ?? []) {
    const found = findFirst(child, tag);
    if (found !== undefined) return found;
  }
  return undefined;
}

function emit(node: HtmlNode, out: OffsetMapBuilder, inPre: boolean): void {
  if (node.nodeName === '#text') {
    const location = node.sourceCodeLocation;
    if (node.value === undefined || location === undefined || location === null) return;
    // HTML collapses ASCII whitespace only; a no-break space (25&nbsp;bitcoin) stays.
    let value = inPre ? node.value : node.value.replace(/[ \t\n\f\r]+/gu, ' ');
    // Collapse whitespace across nodes too, and never open a block with a space.
    if (!inPre && (out.size === 0 || /[ \t\n\f\r]/u.test(out.lastChar))) value = value.replace(/^ /u, '');
    if (value !== '') out.appendMapped(value, location.startOffset, location.endOffset);
    return;
  }
  const tag = node.tagName;
  if (tag === undefined) {
    for (const child of node.childNodes ?? []) emit(child, out, inPre);
    return;
  }
  if (DROPPED.has(tag)) return;
  if (tag === 'br') {
    const location = node.sourceCodeLocation;
    if (location) out.appendMapped('\n', location.startOffset, location.startOffset);
    else out.appendSynthetic('\n');
    return;
  }
  const block = BLOCKS.has(tag);
  if (block) out.breakBlock();
  for (const child of node.childNodes ?? []) emit(child, out, inPre || tag === 'pre');
  if (block) out.breakBlock();
}

/**
 * An HTML page → the prose of its article: the `<article>` (else `<main>`, else `<body>`), without
 * scripts, styles, navigation, headers, footers and asides. Block elements become paragraphs and
 * every character keeps its offset in the original markup.
 */
export function convertHtml(original: string): ConvertedText {
  const document = parse(original, { sourceCodeLocationInfo: true }) as unknown as HtmlNode;
  const root = findFirst(document, 'article') ?? findFirst(document, 'main') ?? findFirst(document, 'body') ?? document;
  const out = new OffsetMapBuilder(original);
  emit(root, out, false);
  return out.finish('html');
}
