/** Character classes used by the segmenter, tested on UTF-16 code units for speed. */
import { latinPattern, type LatinPattern } from '../text/latin-pattern.js';
import { startsLower } from '../text/letters.js';

/** The characters `String.prototype.trim` removes, so trimmed sentences equal `text.trim()`. */
export { isWhitespace } from '../text/whitespace.js';

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

const UPPER = latinPattern(String.raw`^[\p{Lu}\p{Lt}]`, 'u');
const DIGIT = latinPattern(String.raw`^\p{Nd}`, 'u');

/** Tests the character (code point) starting at `index`. */
export function isUpperAt(text: string, index: number): boolean {
  return testAt(UPPER, text, index);
}

export function isLowerAt(text: string, index: number): boolean {
  return startsLower(text.slice(index, index + 2));
}

export function isDigitAt(text: string, index: number): boolean {
  return testAt(DIGIT, text, index);
}

function testAt(pattern: LatinPattern, text: string, index: number): boolean {
  return pattern.test(text.slice(index, index + 2));
}
