/** Identical once whitespace is ignored: the same file twice, or a copy instead of a translation. */
export function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 2) return false;
  // `a.replace(/\s+/gu, ' ').trim() === b.replace(…).trim()`, walked in place: no copies of two
  // whole texts, and a translation differs within its first few characters.
  let i = skipSpaces(a, 0);
  let j = skipSpaces(b, 0);
  while (i < a.length && j < b.length) {
    const spaceA = isJsSpace(a.charCodeAt(i));
    const spaceB = isJsSpace(b.charCodeAt(j));
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
  while (i < text.length && isJsSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `\s` of JavaScript regular expressions (WhiteSpace and LineTerminator). */
function isJsSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
