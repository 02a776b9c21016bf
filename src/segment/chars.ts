/** Character classes used by the segmenter, tested on UTF-16 code units for speed. */

/** The characters `String.prototype.trim` removes, so trimmed sentences equal `text.trim()`. */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const LF = 0x0a;
export const CR = 0x0d;

export function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** Punctuation that ends a sentence. */
export function isTerminal(char: string): boolean {
  return char === '.' || char === '!' || char === '?' || char === '…' || char === '‽';
}

/** Quotes and brackets that can close a quotation or parenthesis (straight quotes are ambiguous). */
export function isClosing(char: string): boolean {
  return (
    char === '"' ||
    char === "'" ||
    char === '”' ||
    char === '’' ||
    char === '»' ||
    char === '›' ||
    char === ')' ||
    char === ']' ||
    char === '}'
  );
}

/** Quotes and brackets that can open a quotation or parenthesis. */
export function isOpening(char: string): boolean {
  return (
    char === '"' ||
    char === "'" ||
    char === '“' ||
    char === '‘' ||
    char === '„' ||
    char === '«' ||
    char === '‹' ||
    char === '(' ||
    char === '[' ||
    char === '{'
  );
}

const UPPER = /^[\p{Lu}\p{Lt}]/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{Nd}/u;

/** Tests the character (code point) starting at `index`. */
export function isUpperAt(text: string, index: number): boolean {
  return UPPER.test(text.slice(index, index + 2));
}

export function isLowerAt(text: string, index: number): boolean {
  return LOWER.test(text.slice(index, index + 2));
}

export function isDigitAt(text: string, index: number): boolean {
  return DIGIT.test(text.slice(index, index + 2));
}
