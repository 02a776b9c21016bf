/** Letter tests many stages share, through `latinPattern` (cheap to compile on Latin text). */
import { latinPattern } from './latin-pattern.js';

const STARTS_UPPER = latinPattern(String.raw`^\p{Lu}`, 'u');
const STARTS_LOWER = latinPattern(String.raw`^\p{Ll}`, 'u');
const LETTER = latinPattern(String.raw`\p{L}`, 'u');
const UPPER = latinPattern(String.raw`\p{Lu}`, 'u');
const LOWER = latinPattern(String.raw`\p{Ll}`, 'u');
const NOT_LETTER = latinPattern(String.raw`[^\p{L}]`, 'gu');
const MARKS = latinPattern(String.raw`\p{M}`, 'gu');
const PLURAL_S = latinPattern(String.raw`(?<=\p{Lu})s$`, 'u');

/** Whether `text` starts with an upper-case letter. */
export function startsUpper(text: string): boolean {
  return STARTS_UPPER.test(text);
}

/** Whether `text` starts with a lower-case letter. */
export function startsLower(text: string): boolean {
  return STARTS_LOWER.test(text);
}

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}

export function hasUpper(text: string): boolean {
  return UPPER.test(text);
}

export function hasLower(text: string): boolean {
  return LOWER.test(text);
}

/** The letters of `text`, without digits, dots, hyphens or apostrophes. */
export function lettersOf(text: string): string {
  return text.replace(NOT_LETTER.on(text), '');
}

/** `NGOs` → `NGO`: the plural s after a capital. */
export function withoutPluralS(text: string): string {
  return text.replace(PLURAL_S.on(text), '');
}

/** `text` without its combining marks (the accents of an NFD text). */
export function withoutMarks(text: string): string {
  return text.replace(MARKS.on(text), '');
}
