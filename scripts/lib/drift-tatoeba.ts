/**
 * A second clean corpus for the negation check (`npm run eval:drift`): the 17,320 Tatoeba en–it
 * test pairs in ../shared, short everyday sentences, many of them questions, answers and idioms,
 * unlike the news and speeches the drift benchmark injects into. Each pair is compared as one
 * aligned 1-1 pair; every negation warning is a false alarm unless the translation really differs,
 * so the count is an upper bound on the false-alarm rate.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { negationVerdict } from '../../src/negation/index.js';

const tatoebaDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpora', 'tatoeba-en-it');

export interface TatoebaNegation {
  pairs: number;
  /** Pairs with a negator word on either side. */
  negated: number;
  warnings: Array<{ en: string; it: string }>;
}

function lines(name: string): string[] {
  const all = readFileSync(join(tatoebaDir, name), 'utf8').split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

export function tatoebaNegation(): TatoebaNegation {
  const english = lines('tatoeba-test-v2021-08-07.eng');
  const italian = lines('tatoeba-test-v2021-08-07.ita');
  const result: TatoebaNegation = { pairs: 0, negated: 0, warnings: [] };
  for (let i = 0; i < Math.min(english.length, italian.length); i++) {
    const [en, it] = [english[i]!, italian[i]!];
    result.pairs += 1;
    if (/\b(?:not|n't|no|never|nobody|nothing)\b/iu.test(en) || /\b(?:non|mai|nessun\w*|niente|nulla)\b/iu.test(it)) result.negated += 1;
    if (negationVerdict(en, 'en', it, 'it') !== null) result.warnings.push({ en, it });
  }
  return result;
}
