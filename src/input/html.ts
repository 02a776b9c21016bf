import { parse } from 'parse5';
import { convertHtmlLinearly } from './html-plain.js';
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

/** The first `tag` element in document order outside dropped elements (iterative: any depth). */
function findFirst(root: HtmlNode, tag: string): HtmlNode | undefined {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.tagName === tag) return node;
    if (node.tagName !== undefined && DROPPED.has(node.tagName)) continue;
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return undefined;
}

function emitText(node: HtmlNode, out: OffsetMapBuilder, inPre: boolean): void {
  const location = node.sourceCodeLocation;
  if (node.value === undefined || location === undefined || location === null) return;
  // HTML collapses ASCII whitespace only; a no-break space (25&nbsp;bitcoin) stays.
  let value = inPre ? node.value : node.value.replace(/[ \t\n\f\r]+/gu, ' ');
  // Collapse whitespace across nodes too, and never open a block with a space.
  if (!inPre && (out.size === 0 || /[ \t\n\f\r]/u.test(out.lastChar))) value = value.replace(/^ /u, '');
  if (value !== '') out.appendMapped(value, location.startOffset, location.endOffset);
}

/** A step of the walk: visit a node, or close the block an element opened. */
type Step = { node: HtmlNode; inPre: boolean } | 'close-block';

/**
 * Emits the prose under `root`. The walk keeps its own stack instead of recursing, so a page of
 * thousands of nested `<div>` (parse5 builds them all) cannot overflow the call stack.
 */
function emit(root: HtmlNode, out: OffsetMapBuilder): void {
  const stack: Step[] = [{ node: root, inPre: false }];
  const pushChildren = (node: HtmlNode, inPre: boolean): void => {
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, inPre });
  };
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (step === 'close-block') {
      out.breakBlock();
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeName === '#text') {
      emitText(node, out, inPre);
      continue;
    }
    const tag = node.tagName;
    if (tag === undefined) {
      pushChildren(node, inPre);
      continue;
    }
    if (DROPPED.has(tag)) continue;
    if (tag === 'br') {
      const location = node.sourceCodeLocation;
      if (location) out.appendMapped('\n', location.startOffset, location.startOffset);
      else out.appendSynthetic('\n');
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      out.breakBlock();
      stack.push('close-block');
    }
    pushChildren(node, inPre || tag === 'pre');
  }
}

/**
 * Largest page given to the tree parser, in characters: parse5 keeps every element and text with
 * its source location (about 80 MB and a second or more per MB of markup). A news page, scripts and
 * all, is usually under 2 MB; larger ones are read by the linear reader of html-plain.ts.
 */
export const MAX_HTML_PARSE = 2 * 1024 * 1024;

/** `convertHtml` for a named file: a page past MAX_HTML_PARSE is read linearly, with one warning. */
export function convertHtmlFile(original: string, path: string | null): ConvertedText {
  if (original.length <= MAX_HTML_PARSE) return convertHtml(original);
  const warning = `${path ?? '<stdin>'}: HTML of ${(original.length / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_HTML_PARSE / 1024 / 1024} MB the HTML parser reads; its text was read tag by tag instead (see docs/limits.md)`;
  return convertHtmlLinearly(original, DROPPED, BLOCKS, warning);
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
  emit(root, out);
  return out.finish('html');
}
