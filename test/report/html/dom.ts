/** A small DOM query helper over parse5's tree, for asserting on rendered HTML without a browser. */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? (node.childNodes as Node[]) : [];
  // <template> content is not rendered; the report has none, but stay correct.
  return own;
}

export function parseHtml(markup: string): Element {
  const document = parse(markup);
  const html = document.childNodes.find(isElement);
  if (!html) throw new Error('no <html> element');
  return html;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attr(element, 'class') ?? '').split(/\s+/).includes(name);
}

export function findAll(root: Node, predicate: (element: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node) && predicate(node)) out.push(node);
    for (const child of children(node)) walk(child);
  };
  walk(root);
  return out;
}

export function byTag(root: Node, tag: string): Element[] {
  return findAll(root, (e) => e.tagName === tag);
}

export function byClass(root: Node, name: string): Element[] {
  return findAll(root, (e) => hasClass(e, name));
}

export function byId(root: Node, id: string): Element | undefined {
  return findAll(root, (e) => attr(e, 'id') === id)[0];
}

export function textContent(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return (node as { value: string }).value;
  return children(node).map(textContent).join('');
}
