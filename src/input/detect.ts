import type { InputFormat, InputFormatOption } from './types.js';

const BY_EXTENSION: ReadonlyArray<[RegExp, InputFormat]> = [
  [/\.(md|markdown|mdown|mkd|mdx)$/iu, 'markdown'],
  [/\.(html?|xhtml)$/iu, 'html'],
  [/\.(txt|text)$/iu, 'text'],
];

/** HTML when the text opens with markup or is mostly block tags. */
function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  const blockTags = text.match(/<(p|div|article|section|h[1-6]|li|br|body)\b[^>]*>/giu)?.length ?? 0;
  return blockTags >= 2 && head.startsWith('<');
}

/** Markdown when at least two kinds of Markdown syntax show up at line starts or inline. */
function looksLikeMarkdown(text: string): boolean {
  const signals = [
    /^#{1,6}\s+\S/mu, // ATX heading
    /^\s{0,3}([-*+]|\d+[.)])\s+\S/mu, // list item
    /\[[^\]\n]+\]\([^)\s]+\)/u, // inline link
    /(\*\*|__)[^\s*_][^*_\n]*(\*\*|__)/u, // strong
    /^>\s/mu, // block quote
    /^```/mu, // fenced code
    /^---\n[\s\S]*?\n---\n/u, // front matter
  ];
  return signals.filter((signal) => signal.test(text)).length >= 2;
}

/** `auto` resolved: by file extension first, then by content (stdin has no name). */
export function detectInputFormat(path: string | null, text: string, requested: InputFormatOption = 'auto'): InputFormat {
  if (requested !== 'auto') return requested;
  if (path !== null) {
    for (const [pattern, format] of BY_EXTENSION) if (pattern.test(path)) return format;
  }
  if (looksLikeHtml(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  return 'text';
}
