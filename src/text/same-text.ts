import { isWhitespace } from './whitespace.js';

/** Identical once whitespace is ignored: the same file twice, or a copy instead of a translation. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 2) return false;
  // `a.replace(/\s+/gu, ' ').trim() === b.replace(…).trim()`, walked in place: no copies of two
  // whole texts, and a translation differs within its first few characters.
  let i = skipSpaces(a, 0);
  let j = skipSpaces(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = isWhitespace(a.charCodeAt(i));
    const spaceB = isWhitespace(b.charCodeAt(j));
    // One text has a space (or trailing spaces) where the other has a character.
    if (spaceA !== spaceB) return false;
    if (spaceA) {
      i = skipSpaces(a, i);
      j = skipSpaces(b, j);
      if ((i === a.length) !== (j === b.length)) return false;
      continue;
    }
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
  return skipSpaces(a, i) === a.length && skipSpaces(b, j) === b.length;
}

/** The first index at or after `at` that is not whitespace as `\s` defines it. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}
