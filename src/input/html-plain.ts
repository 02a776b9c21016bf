import { OffsetMapBuilder } from './offset-map.js';
import type { ConvertedText } from './types.js';

/**
 * HTML read in one linear pass, for pages past the tree parser's limit (see html.ts): parse5 keeps
 * a node with its source location for every element and text, several hundred bytes each, so a
 * 10 MB page costs around a gigabyte. This reader never builds a tree: it keeps the text between
 * tags, drops the same non-prose elements (scripts, styles, navigation, …), starts a paragraph at
 * block elements, decodes the common entities and keeps every character's offset. The article is
 * the first `<article>` … last `</article>` (else `<main>`, else `<body>`).
 */
export function convertHtmlLinearly(original: string, dropped: ReadonlySet<string>, blocks: ReadonlySet<string>, warning: string): ConvertedText {
  const lower = original.toLowerCase();
  const [from, to] = articleRange(lower);
  const out = new OffsetMapBuilder(original);
  const tag = /<(\/?)([a-z][a-z0-9-]{0,30})(?=[\s/>])[^<>]*>/y;
  const special = /[<&]/g;
  // Elements with no closing tag after some point have none after any later point either.
  const unclosed = new Set<string>();
  let pos = from;
  while (pos < to) {
    special.lastIndex = pos;
    const next = special.exec(original);
    const stop = next === null || next.index >= to ? to : next.index;
    if (stop > pos) emitText(original.slice(pos, stop), pos, stop, out);
    if (stop >= to) break;
    pos = stop;
    if (original[pos] === '&') {
      pos = emitEntity(original, pos, out);
      continue;
    }
    if (lower.startsWith('<!--', pos)) {
      const close = lower.indexOf('-->', pos + 4);
      pos = close === -1 ? to : close + 3;
      continue;
    }
    tag.lastIndex = pos;
    const match = tag.exec(lower);
    if (match === null) {
      // A `<` that opens no tag is text, as browsers read it.
      emitText('<', pos, pos + 1, out);
      pos += 1;
      continue;
    }
    const [whole, closing, name] = match as unknown as [string, string, string];
    pos += whole.length;
    if (closing === '' && dropped.has(name)) {
      // The element and everything in it go; an unclosed one ends at its own tag.
      const close = unclosed.has(name) ? -1 : lower.indexOf(`</${name}`, pos);
      if (close === -1) unclosed.add(name);
      else pos = Math.max(pos, lower.indexOf('>', close) + 1 || to);
    } else if (name === 'br') {
      out.appendMapped('\n', pos - whole.length, pos - whole.length);
    } else if (blocks.has(name)) {
      out.breakBlock();
    }
  }
  const converted = out.finish('html');
  return { ...converted, warnings: [warning] };
}

/** [start, end) of the article's markup: inside the first article/main/body element, else all. */
function articleRange(lower: string): [number, number] {
  for (const name of ['article', 'main', 'body']) {
    const open = new RegExp(`<${name}(?=[\\s>])[^<>]*>`, 'g').exec(lower);
    if (open === null) continue;
    const close = lower.lastIndexOf(`</${name}`);
    const start = open.index + open[0].length;
    return [start, close > start ? close : lower.length];
  }
  return [0, lower.length];
}

function emitText(raw: string, start: number, end: number, out: OffsetMapBuilder): void {
  // HTML collapses ASCII whitespace only, across elements too, and never opens a block with a space.
  let value = raw.replace(/[ \t\n\f\r]+/gu, ' ');
  if (out.size === 0 || /[ \t\n\f\r]/u.test(out.lastChar)) value = value.replace(/^ /u, '');
  if (value !== '') out.appendMapped(value, start, end);
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€', pound: '£', yen: '¥', cent: '¢',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  copy: '©', reg: '®', deg: '°', times: '×', middot: '·', shy: '\u00ad', thinsp: '\u2009', minus: '−', percnt: '%',
};

/** Decodes `&amp;`, `&#49;`, `&#x31;` and the common named entities; anything else stays as written. */
function emitEntity(original: string, pos: number, out: OffsetMapBuilder): number {
  const entity = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/y;
  entity.lastIndex = pos;
  const match = entity.exec(original);
  const code = match?.[1] !== undefined ? Number(match[1]) : match?.[2] !== undefined ? Number.parseInt(match[2], 16) : undefined;
  const value =
    code !== undefined ? (code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd') : match?.[3] !== undefined ? NAMED[match[3]] : undefined;
  if (match === null || value === undefined) {
    emitText('&', pos, pos + 1, out);
    return pos + 1;
  }
  const end = pos + match[0].length;
  emitText(value, pos, end, out);
  return end;
}
