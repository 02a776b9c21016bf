import type { Figure } from '../types.js';
import { latinPattern } from '../text/latin-pattern.js';

const NAME = latinPattern(String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Ll}\p{M}'’-]{2,}|\p{Lu}{2,}[\p{L}]*)(?![\p{L}\p{N}])`, 'gu');
const NUMBER = latinPattern(String.raw`(?<![\p{L}\p{N}])\d+(?:[.,\u00a0\u202f ]\d+)*`, 'gu');

/**
 * Language-independent keys of a sentence: figure keys, bare digit strings (separators dropped, so
 * `10,000` and `10.000` agree) and capitalised words (names, acronyms).
 */
export function anchorKeys(text: string, figures?: readonly Figure[]): Set<string> {
  const keys = new Set<string>();
  for (const figure of figures ?? []) keys.add(`f:${figure.key}`);
  for (const match of text.matchAll(NUMBER.on(text))) keys.add(`#${match[0].replace(/\D/g, '')}`);
  for (const match of text.matchAll(NAME.on(text))) keys.add(`n:${match[0].toLowerCase()}`);
  return keys;
}

/**
 * For each source unit, the target units it shares a *unique* key with: a key found in exactly one
 * sentence on each side is strong evidence that the two sentences belong together.
 */
export function uniqueAnchorPairs(
  source: readonly Set<string>[],
  target: readonly Set<string>[],
): Int32Array[] {
  const where = (side: readonly Set<string>[]): Map<string, number> => {
    const found = new Map<string, number>();
    side.forEach((keys, index) => {
      for (const key of keys) found.set(key, found.has(key) ? -1 : index);
    });
    return found;
  };
  const inSource = where(source);
  const inTarget = where(target);
  const partners: number[][] = source.map(() => []);
  for (const [key, s] of inSource) {
    if (s < 0) continue;
    const t = inTarget.get(key);
    if (t !== undefined && t >= 0) partners[s].push(t);
  }
  return partners.map((list) => Int32Array.from(list));
}
