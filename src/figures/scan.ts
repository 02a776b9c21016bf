/**
 * A single-pass tokenizer for figure extraction. Every character is looked at a bounded number of
 * times (no backtracking regexes), so extraction is linear in the text length.
 *
 * Tokens: `num` (a run of digits with inner separators, digits folded to ASCII), `word` (letters),
 * and `punct` (any other single non-space character). Whitespace is not a token; `space` records
 * whether whitespace precedes a token.
 */
import { latinPattern } from '../text/latin-pattern.js';

export interface Token {
  type: 'num' | 'word' | 'punct';
  start: number;
  end: number;
  /** The surface text. */
  text: string;
  /** Lowercased surface with typographic apostrophes folded (`’` → `'`); digits folded for `num`. */
  lower: string;
  /** Whitespace precedes this token. */
  space: boolean;
  /** For `num`: digit groups (ASCII) and the separators between them (`.`, `,`, `'`, ` `). */
  groups?: string[];
  seps?: string[];
  /** For `num`: the digits were not ASCII (Arabic-Indic, Devanagari, full-width …). */
  nonAscii?: boolean;
  /** For `num`: an enclosed or circled number (`⓵`, `①`). */
  enclosed?: boolean;
  /** For `num`: a space follows the thousands separator (`EUR 1, 000`). */
  brokenSeparator?: boolean;
  /** For `word`, when tokenized for extraction: what the word may open (see word-class.ts). */
  cls?: number;
}

/**
 * Classifies words as the tokenizer meets them, given the FNV-1a hash of their UTF-16 units:
 * the text is in hand and the hash costs one multiply per character, so the class costs one
 * probe of a table instead of a Map lookup that hashes the string again.
 */
export interface WordClassifier {
  /** The class of the word `source[start, end)`, which is `text` (`lower` lowercased). */
  classOf(source: string, start: number, end: number, hash: number, text: string, lower: string): number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Vulgar fractions as decimal digits (`½` → `5`, i.e. 0.5). */
const VULGAR: Readonly<Record<string, string>> = {
  '½': '5', '¼': '25', '¾': '75', '⅓': '333333', '⅔': '666667', '⅕': '2', '⅖': '4', '⅗': '6', '⅘': '8',
  '⅙': '166667', '⅚': '833333', '⅛': '125', '⅜': '375', '⅝': '625', '⅞': '875',
};

/** Han ideographs stand alone as tokens, so `150万人` reads as `150` `万` `人`. */
function isHan(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3007;
}

/** Code points of the digit zero in every decimal-digit block we fold. */
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
  0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];

/** Value of a decimal digit in any script, or -1. */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x660) return -1;
  for (const zero of ZEROS) {
    if (code >= zero && code <= zero + 9) return code - zero;
  }
  return -1;
}

/** Value of an enclosed/circled number character (`①` = 1, `⓾` = 10), or -1. */
export function enclosedValue(code: number): number {
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1; // ① … ⑳
  if (code >= 0x2474 && code <= 0x2487) return code - 0x2474 + 1; // ⑴ … ⒇
  if (code >= 0x2488 && code <= 0x249b) return code - 0x2488 + 1; // ⒈ … ⒛
  if (code >= 0x24eb && code <= 0x24f4) return code - 0x24eb + 11; // ⓫ … ⓴
  if (code >= 0x24f5 && code <= 0x24fe) return code - 0x24f5 + 1; // ⓵ … ⓾
  if (code === 0x24ea || code === 0x24ff) return 0; // ⓪ ⓿
  if (code >= 0x2776 && code <= 0x277f) return code - 0x2776 + 1; // ❶ … ❿
  if (code >= 0x2780 && code <= 0x2789) return code - 0x2780 + 1; // ➀ … ➉
  if (code >= 0x278a && code <= 0x2793) return code - 0x278a + 1; // ➊ … ➓
  return -1;
}

const LETTER = latinPattern(String.raw`[\p{L}\p{M}]`, 'u');

export function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true;
  if (code < 0xaa) return false;
  // Ordinal indicators `º` `ª` are letters to Unicode but signs here (`1º`, `26 ºC`).
  if (code === 0xaa || code === 0xba) return false;
  // Latin-1 letters (à, è, ü …) without the regular expression: all of U+00C0–U+00FF but × and ÷.
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  // General punctuation (’ “ ” — …, frequent in news) holds no letter nor mark.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER.test(ch);
}

/** Spaces that may group digits: space, no-break space, narrow no-break space, thin space, figure space. */
export function isGroupSpace(ch: string): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\u2007';
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' ||
    ch === '\u2009' || ch === '\u2007' || ch === '\u2002' || ch === '\u2003' || ch === '\u200a' ||
    ch === '\u3000' || ch === '\u2028' || ch === '\u2029' || ch === '\f' || ch === '\v';
}

/** Separators that may sit between digit groups when a digit follows. */
function separatorOf(ch: string): string | null {
  switch (ch) {
    case '.':
    case '\u066b': // Arabic decimal separator
      return ch === '.' ? '.' : 'D';
    case ',':
    case '\uff0c': // full-width comma
      return ',';
    case '\uff0e': // full-width full stop
      return '.';
    case '\u066c': // Arabic thousands separator
      return 'G';
    case "'":
    case '\u2019':
      return "'";
    default:
      return null;
  }
}

/** Characters of a code point starting at `i` (1 or 2 UTF-16 units). */
function charAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) return text.slice(i, i + 2);
  return text[i] ?? '';
}

function digitAt(text: string, i: number): number {
  return i < text.length ? digitValue(text.charCodeAt(i)) : -1;
}

/** Reads a run of digits from `i`; returns the ASCII digits and the end. */
function readDigits(text: string, i: number): { digits: string; end: number; nonAscii: boolean } {
  let digits = '';
  let nonAscii = false;
  let j = i;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    const d = digitValue(code);
    if (d < 0) break;
    if (code > 0x39) nonAscii = true;
    digits += String.fromCharCode(0x30 + d);
    j += 1;
  }
  return { digits, end: j, nonAscii };
}

function countDigits(text: string, i: number): number {
  let j = i;
  while (digitAt(text, j) >= 0) j += 1;
  return j - i;
}

/** Scans a number starting at `start` (a digit, or a `.`/`,` directly followed by a digit). */
function scanNumber(text: string, start: number): Token {
  const groups: string[] = [];
  const seps: string[] = [];
  let i = start;
  let nonAscii = false;
  let broken = false;
  if (digitAt(text, i) < 0) {
    // Leading separator: `.55`, `,5`.
    groups.push('');
    seps.push(separatorOf(text[i] ?? '') ?? '.');
    i += 1;
  }
  for (;;) {
    const run = readDigits(text, i);
    groups.push(run.digits);
    nonAscii ||= run.nonAscii;
    i = run.end;
    const ch = text[i] ?? '';
    const sep = separatorOf(ch);
    if (sep !== null && digitAt(text, i + 1) >= 0) {
      seps.push(sep);
      i += 1;
      continue;
    }
    // `1½`: a vulgar fraction glued to the digits
    const vulgar = VULGAR[ch];
    if (vulgar !== undefined && seps.length === 0) {
      groups.push(vulgar);
      seps.push('D');
      i += 1;
      break;
    }
    // `EUR 1, 000`: a stray space after the thousands separator
    if (sep === ',' && text[i + 1] === ' ' && seps.length === 0 && run.digits.length <= 3 && countDigits(text, i + 2) === 3 &&
      !isLetter(text[i + 5] ?? ' ')) {
      seps.push(',');
      i += 2;
      broken = true;
      continue;
    }
    if (isGroupSpace(ch) && digitAt(text, i + 1) >= 0 && spaceGroupOk(text, i, groups, seps)) {
      seps.push(' ');
      i += 1;
      continue;
    }
    break;
  }
  const surface = text.slice(start, i);
  return {
    type: 'num', start, end: i, text: surface,
    lower: foldNumber(groups, seps), space: false, groups, seps, nonAscii, ...(broken ? { brokenSeparator: true } : {}),
  };
}

/**
 * A space groups digits only in the `1 234 567` shape: a head of 1-3 digits (or 3 after an earlier
 * space group), then exactly three digits not followed by another digit.
 */
function spaceGroupOk(text: string, at: number, groups: string[], seps: string[]): boolean {
  const last = groups[groups.length - 1] ?? '';
  if (seps.some((s) => s !== ' ')) return false;
  if (seps.length === 0 ? last.length < 1 || last.length > 3 : last.length !== 3) return false;
  const next = countDigits(text, at + 1);
  if (next !== 3) return false;
  // A space-grouped head must not itself be preceded by a digit group we declined (e.g. `2019 200`).
  return true;
}

function foldNumber(groups: readonly string[], seps: readonly string[]): string {
  let out = groups[0] ?? '';
  for (let k = 0; k < seps.length; k += 1) out += seps[k] + (groups[k + 1] ?? '');
  return out;
}

/** Tokenizes `text`. Linear time: each character is consumed once. */
export function tokenize(text: string, classifier?: WordClassifier): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let space = true;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x20) {
      // the commonest character first, without a one-character string
      space = true;
      i += 1;
      continue;
    }
    const ch = text[i] ?? '';
    if (isSpace(ch)) {
      space = true;
      i += 1;
      continue;
    }
    if (digitValue(code) >= 0 || ((ch === '.' || ch === ',') && digitAt(text, i + 1) >= 0 && !precededByWordChar(text, i))) {
      const token = scanNumber(text, i);
      token.space = space;
      tokens.push(token);
      i = token.end;
      space = false;
      continue;
    }
    const enclosed = enclosedValue(code);
    if (enclosed >= 0) {
      const digits = String(enclosed);
      tokens.push({
        type: 'num', start: i, end: i + 1, text: ch, lower: digits, space, groups: [digits], seps: [],
        enclosed: true,
      });
      i += 1;
      space = false;
      continue;
    }
    const vulgar = VULGAR[ch];
    if (vulgar !== undefined) {
      tokens.push({ type: 'num', start: i, end: i + 1, text: ch, lower: `0.${vulgar}`, space, groups: ['0', vulgar], seps: ['D'] });
      i += 1;
      space = false;
      continue;
    }
    if (isLetter(ch)) {
      let j = i + 1;
      let hash = Math.imul(FNV_OFFSET ^ code, FNV_PRIME);
      if (!isHan(code)) {
        while (j < n) {
          // ASCII letters and non-letters decided from the code unit, without a one-character string.
          const unit = text.charCodeAt(j);
          if (unit < 0x80) {
            if ((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x41 && unit <= 0x5a)) {
              hash = Math.imul(hash ^ unit, FNV_PRIME);
              j += 1;
              continue;
            }
            break;
          }
          const c = charAt(text, j);
          if (!isLetter(c) || isHan(c.charCodeAt(0))) break;
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          if (c.length > 1) hash = Math.imul(hash ^ c.charCodeAt(1), FNV_PRIME);
          j += c.length;
        }
      }
      const surface = text.slice(i, j);
      const lower = surface.toLowerCase();
      const cls = classifier === undefined ? 0 : classifier.classOf(text, i, j, hash, surface, lower);
      tokens.push({ type: 'word', start: i, end: j, text: surface, lower, space, cls });
      i = j;
      space = false;
      continue;
    }
    const c = charAt(text, i);
    tokens.push({ type: 'punct', start: i, end: i + c.length, text: c, lower: normalizePunct(c), space });
    i += c.length;
    space = false;
  }
  return tokens;
}

function precededByWordChar(text: string, i: number): boolean {
  if (i === 0) return false;
  const prev = text[i - 1] ?? '';
  return isLetter(prev) || digitValue(prev.charCodeAt(0)) >= 0;
}

function normalizePunct(c: string): string {
  switch (c) {
    case '\u2019':
    case '\u2018':
    case '\u02bc':
    case '`':
    case '\u00b4':
      return "'";
    case '\u2212': // minus sign
    case '\u2010':
    case '\u2011':
    case '\uff0d':
    case '\ufe63':
      return '-';
    case '\u2013':
    case '\u2014':
      return '–';
    case '\uff0b':
      return '+';
    case '\uff05':
    case '\u066a':
      return '%';
    case '\u00ba':
      return '°';
    case '\uff04':
      return '$';
    case '\uff1a':
      return ':';
    case '\uff0f':
      return '/';
    default:
      return c;
  }
}

/** Tokenizes a data phrase (`per cent`, `all'ora`) into the lowercase token texts used for lookup. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}
