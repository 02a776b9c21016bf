/**
 * Synthetic perturbations of a 1:1 parallel document, for evaluating n:m alignment where no gold
 * n:m data exists: merge two adjacent target sentences, split one at a clause boundary, delete
 * one, insert a sentence taken from another document. The gold beads follow from the edits.
 */
import { seededRandom } from '../../src/align/random.js';

export interface PerturbRates {
  merge: number;
  split: number;
  delete: number;
  insert: number;
}

/** A few percent each, as in real translated news copy. */
export const DEFAULT_RATES: PerturbRates = { merge: 0.04, split: 0.04, delete: 0.03, insert: 0.03 };

export interface GoldBead {
  source: number[];
  target: number[];
}

export interface PerturbedPair {
  docId: string;
  source: string[];
  target: string[];
  gold: GoldBead[];
  edits: Record<keyof PerturbRates, number>;
}

export interface ParallelDoc {
  docId: string;
  source: string[];
  target: string[];
}


function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const CLAUSE_BREAK = /[,;:](?=\s)|\s(?=(?:e|ma|mentre|perché|poiché|quando|dove|anche se|ed)\s)/g;

/** Splits a sentence at the clause boundary nearest its middle, or returns null. */
export function splitAtClause(sentence: string): [string, string] | null {
  const middle = sentence.length / 2;
  let best = -1;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    if (at < 20 || sentence.length - at < 20) continue;
    if (best < 0 || Math.abs(at - middle) < Math.abs(best - middle)) best = at;
  }
  if (best < 0) return null;
  const head = sentence.slice(0, best).trimEnd().replace(/[,;:]$/, '');
  let tail = sentence.slice(best).replace(/^[,;:]?\s*/, '');
  if (head.length === 0 || tail.length === 0) return null;
  tail = tail.charAt(0).toUpperCase() + tail.slice(1);
  return [`${head}.`, tail];
}

/** Joins two sentences into one, as a translator merging them would. */
export function mergeSentences(first: string, second: string): string {
  const head = first.replace(/[.!?…]+["”»']?\s*$/, (end) => (end.startsWith('.') ? `;${end.slice(1)}` : end));
  return `${head.trimEnd()} ${second.trimStart()}`;
}

/**
 * Perturbs the target side of every document. `seed` fixes all choices; a document's edits depend
 * only on the seed and its id, so adding documents does not change the others.
 */
export function perturbDocuments(
  docs: readonly ParallelDoc[],
  seed: number,
  rates: PerturbRates = DEFAULT_RATES,
): PerturbedPair[] {
  return docs.map((doc, index) => {
    const random = seededRandom(seed ^ hashString(doc.docId));
    const target: string[] = [];
    const gold: GoldBead[] = [];
    const edits = { merge: 0, split: 0, delete: 0, insert: 0 };
    const n = doc.source.length;
    for (let i = 0; i < n; ) {
      if (docs.length > 1 && random() < rates.insert) {
        let other = Math.floor(random() * (docs.length - 1));
        if (other >= index) other++;
        const pool = docs[other].target;
        if (pool.length > 0) {
          gold.push({ source: [], target: [target.length] });
          target.push(pool[Math.floor(random() * pool.length)]);
          edits.insert++;
        }
      }
      const r = random();
      if (r < rates.merge && i + 1 < n) {
        gold.push({ source: [i, i + 1], target: [target.length] });
        target.push(mergeSentences(doc.target[i], doc.target[i + 1]));
        edits.merge++;
        i += 2;
        continue;
      }
      if (r < rates.merge + rates.split) {
        const parts = splitAtClause(doc.target[i]);
        if (parts) {
          gold.push({ source: [i], target: [target.length, target.length + 1] });
          target.push(...parts);
          edits.split++;
          i++;
          continue;
        }
      } else if (r < rates.merge + rates.split + rates.delete) {
        gold.push({ source: [i], target: [] });
        edits.delete++;
        i++;
        continue;
      }
      gold.push({ source: [i], target: [target.length] });
      target.push(doc.target[i]);
      i++;
    }
    return { docId: doc.docId, source: [...doc.source], target, gold, edits };
  });
}
