/**
 * Sentence-boundary edits for `npm run eval:drift` (issue #10, item 6):
 * - `inserted-adjacent`: a short unrelated sentence from another document inserted right after a
 *   real one, the case an aligner absorbs into a 1-2 bead. Drift: it must be reported.
 * - `clean-split`: a translator's split: one Italian sentence cut in two at a clause boundary.
 * - `clean-merge`: a translator's merge: two adjacent Italian sentences joined into one.
 * The clean edits change no meaning: any warning+ finding on the edited pair is a false alarm.
 */
import { documentNameKeys, wordKey } from '../../src/names/index.js';

export const BEAD_EDIT_KINDS = ['clean-split', 'clean-merge'] as const;
export type BeadEditKind = (typeof BEAD_EDIT_KINDS)[number];
export const CLEAN_EDIT_KINDS: ReadonlySet<string> = new Set<string>(BEAD_EDIT_KINDS);

export interface BeadEdit {
  target: string[];
  sourceIds: number[];
  targetIds: number[];
  description: string;
}

interface Link {
  source: readonly number[];
  target: readonly number[];
}

type Pick = <T>(items: readonly T[]) => T;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Clause boundaries a translator splits at: `;`, or a comma before a conjunction or relative. */
const CLAUSE_BOUNDARY = /(?:;\s+|,\s+(?=(?:e|ma|mentre|però|quindi|poiché|perché|dove|quando|anche|che|secondo|dopo|prima|infatti|tuttavia|inoltre|ed|oppure|cioè)\s))/giu;

/** The clause boundary nearest the middle with at least five words either side, or null. */
export function splitAtClause(text: string): [string, string] | null {
  let best: [string, string] | null = null;
  let bestDistance = Infinity;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) {
    const left = text.slice(0, match.index).trimEnd();
    const right = text.slice(match.index + match[0].length).trimStart();
    if (wordCount(left) < 5 || wordCount(right) < 5) continue;
    const distance = Math.abs(left.length - right.length);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = [`${left.replace(/[,;:]+$/u, '')}.`, capitalise(right)];
    }
  }
  return best;
}

/** Two sentences joined as a translator would: `A; b` (lower-case unless `b` starts with a name of the document). */
export function mergeSentences(first: string, second: string, nameKeys: ReadonlySet<string>): string {
  const head = first.trimEnd().replace(/[.!?…]+["”»]?$/u, '');
  const firstWord = /^[\p{L}]+/u.exec(second)?.[0] ?? '';
  const name = firstWord === '' || nameKeys.has(wordKey(firstWord)) || /^\p{Lu}{2,}$/u.test(firstWord);
  return `${head}; ${name ? second : firstWord.toLowerCase() + second.slice(firstWord.length)}`;
}

/**
 * One edit of `kind` on `target`, or null when the document has no place for it. `links` are the
 * clean 1-1 gold links, in document order.
 */
export function beadEdit(
  kind: 'inserted-adjacent' | BeadEditKind,
  target: readonly string[],
  links: readonly Link[],
  unrelated: readonly string[],
  pick: Pick,
): BeadEdit | null {
  if (kind === 'inserted-adjacent') {
    const short = unrelated.filter((text) => wordCount(text) >= 6 && wordCount(text) <= 20);
    if (short.length === 0 || links.length === 0) return null;
    const at = pick(links).target[0]!;
    const sentence = pick(short);
    const edited = [...target];
    edited.splice(at + 1, 0, sentence);
    return { target: edited, sourceIds: [], targetIds: [at + 1], description: `inserted after “${target[at]}”: ${sentence}` };
  }
  if (kind === 'clean-split') {
    const splittable = links.flatMap((link) => {
      const parts = splitAtClause(target[link.target[0]!]!);
      return parts === null ? [] : [{ link, parts }];
    });
    if (splittable.length === 0) return null;
    const { link, parts } = pick(splittable);
    const at = link.target[0]!;
    const edited = [...target];
    edited.splice(at, 1, ...parts);
    return { target: edited, sourceIds: [...link.source], targetIds: [at, at + 1], description: `split: ${parts.join(' ⏎ ')}` };
  }
  const adjacent = links.filter((link, i) => {
    const next = links[i + 1];
    return next !== undefined && next.target[0] === link.target[0]! + 1 && next.source[0] === link.source[0]! + 1;
  });
  if (adjacent.length === 0) return null;
  const link = pick(adjacent);
  const at = link.target[0]!;
  const merged = mergeSentences(target[at]!, target[at + 1]!, documentNameKeys(target, 'it'));
  const edited = [...target];
  edited.splice(at, 2, merged);
  return { target: edited, sourceIds: [link.source[0]!, link.source[0]! + 1], targetIds: [at], description: `merged: ${merged}` };
}
