/**
 * Unicode-aware word tokenizer for the lexical embedder. It never looks at a token's position in
 * the text (only at the token itself), so the tokens of `a + ' ' + b` are exactly the tokens of `a`
 * followed by the tokens of `b`; the embedder's additivity rests on that.
 */
import { latinPattern } from '../../text/latin-pattern.js';

export type TokenKind = 'word' | 'number';

/** Bit flags describing how a word was written. */
export const CAPITALISED = 1;
export const ACRONYM = 2;

export interface Token {
  /** Lowercased word, or the digits of a number with separators removed. */
  text: string;
  kind: TokenKind;
  /** Bitwise OR of `CAPITALISED` and `ACRONYM`. */
  flags: number;
}

export type TokenVisitor = (text: string, kind: TokenKind, flags: number) => void;

// A number with optional group/decimal separators (10,000.5 or 10.000,5), a dotted acronym (U.S.), or
// a word that may contain apostrophes between letters (dell'anno, didn't, l’ha).
const TOKEN_PATTERN = latinPattern(
  String.raw`(\p{Nd}+(?:[.,]\p{Nd}+)*)|((?:\p{Lu}\.){2,}(?!\p{L}))|([\p{L}\p{M}\p{Nd}]+(?:['’ʼ][\p{L}\p{M}\p{Nd}]+)*)`,
  'gu',
);
const DOT = /\./g;
const APOSTROPHE = /['’ʼ]/;
const NON_DIGIT = /\D/g;
// Italian words that lose their last vowel before an apostrophe and are not function words.
const ITALIAN_ELISIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    com: 'come', dov: 'dove', cos: 'cosa', quest: 'questo', quell: 'quello', tutt: 'tutto', sant: 'santo',
    bell: 'bello', buon: 'buono', mezz: 'mezzo', senz: 'senza', anch: 'anche', nessun: 'nessuno',
    c: 'ci', m: 'mi', t: 'ti', s: 'si', v: 'vi', n: 'ne',
  }),
);
// English negative contractions whose stem changes: can't, won't, shan't.
const NEGATED_AUXILIARY: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
]);

function writtenFlags(word: string): number {
  const first = word.charAt(0);
  if (first === first.toLowerCase()) return 0;
  if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) {
    return CAPITALISED | ACRONYM;
  }
  return CAPITALISED;
}

function visitWordPart(part: string, visit: TokenVisitor, flags: number): void {
  if (part.length === 0) return;
  visit(part.toLowerCase(), 'word', flags);
}

/** Splits a word written with apostrophes into its parts, per language. */
function visitElidedWord(word: string, lang: string, visit: TokenVisitor): void {
  const parts = word.split(APOSTROPHE);
  if (lang === 'en') {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      const next = parts[i + 1];
      if (next !== undefined && next.toLowerCase() === 't' && /n$/i.test(part)) {
        // didn't → did + not; can't → can + not
        const stem = part.slice(0, -1).toLowerCase();
        visitWordPart(NEGATED_AUXILIARY.get(stem) ?? stem, visit, i === 0 ? writtenFlags(part) : 0);
        visit('not', 'word', 0);
        i++;
        continue;
      }
      // The possessive 's carries no meaning of its own.
      if (i > 0 && part.toLowerCase() === 's') continue;
      visitWordPart(part, visit, writtenFlags(part));
    }
    return;
  }
  // Italian and other Romance elisions: dell'anno → dell + anno, l’ha → l + ha, un'altra → un + altra.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const lower = part.toLowerCase();
    const restored = lang === 'it' && i < parts.length - 1 ? ITALIAN_ELISIONS.get(lower) : undefined;
    if (restored !== undefined) visit(restored, 'word', writtenFlags(part));
    else visitWordPart(part, visit, writtenFlags(part));
  }
}

/** Calls `visit` for every token of `text`, in order, without building an array. */
export function forEachToken(text: string, lang: string, visit: TokenVisitor): void {
  const pattern = TOKEN_PATTERN.on(text);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const number = match[1];
    if (number !== undefined) {
      visit(number.replace(NON_DIGIT, ''), 'number', 0);
      continue;
    }
    const dotted = match[2];
    if (dotted !== undefined) {
      // U.S., U.K., E.U. → us, uk, eu
      visit(dotted.replace(DOT, '').toLowerCase(), 'word', CAPITALISED | ACRONYM);
      continue;
    }
    const word = match[3];
    if (APOSTROPHE.test(word)) visitElidedWord(word, lang, visit);
    else visit(word.toLowerCase(), 'word', writtenFlags(word));
  }
}

/** The tokens of `text` as an array (convenient for tests and tools; the embedder uses `forEachToken`). */
export function tokenize(text: string, lang: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text.normalize('NFC'), lang, (tokenText, kind, flags) => {
    tokens.push({ text: tokenText, kind, flags });
  });
  return tokens;
}
