import type { LanguageCode } from '../types.js';
import { negationLanguage, type NegationLanguage } from './languages.js';

/** What the negation check sees in one side of an aligned pair. */
export interface Polarity {
  /** Negated clauses: a clause with `non … mai` or `not … nor` counts once. */
  negations: number;
  /** Words that negate without a negator (`failed`, `rifiutato`): each may render one negation. */
  implicit: number;
  /** The negating words found, for messages. */
  cues: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[.,;:!?()«»"“”—–]/gu;
const CLAUSE_END = /^[.,;:!?()«»"“”—–]$/u;

function tokens(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).flatMap((token) => {
    // Italian elisions (`c'è`, `l'anno`) split; English contractions (`don't`) stay whole.
    const elision = /^(\p{L}+)['’](\p{L}+)$/u.exec(token);
    if (elision !== null && !/^(?:t|s|re|ve|ll|d|m)$/u.test(elision[2]!) && !/n$/u.test(elision[1]!)) return [`${elision[1]}'`, elision[2]!];
    return [token];
  });
}

/** Positions covered by a phrase whose negator does not negate (`not only`, `non solo`). */
function neutralPositions(words: readonly string[], language: NegationLanguage): Set<number> {
  const neutral = new Set<number>();
  for (const phrase of language.nonNegatingPhrases) {
    const parts = phrase.replace(/’/g, "'").split(' ');
    for (let at = 0; at + parts.length <= words.length; at++) {
      if (parts.every((part, k) => words[at + k]!.replace(/’/g, "'") === part)) for (let k = 0; k < parts.length; k++) neutral.add(at + k);
    }
  }
  return neutral;
}

function isNegator(word: string, language: NegationLanguage): boolean {
  return language.negators.has(word) || language.negatingSuffixes.some((suffix) => word.endsWith(suffix));
}

/**
 * The polarity of a sentence (or of the sentences of one bead side) in a language the check
 * knows; null otherwise.
 */
export function polarityOf(text: string, lang: LanguageCode): Polarity | null {
  const language = negationLanguage(lang);
  if (language === undefined) return null;
  const words = tokens(text);
  const neutral = neutralPositions(words, language);
  const cues: string[] = [];
  let negations = 0;
  let implicit = 0;
  let openInClause = false;
  let clauseStart = true;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (CLAUSE_END.test(word)) {
      openInClause = false;
      clauseStart = true;
      continue;
    }
    const atClauseStart = clauseStart;
    clauseStart = false;
    if (neutral.has(at)) continue;
    if (isNegator(word, language) || (language.concordWords.has(word) && openInClause) || (language.clauseInitialNegators.has(word) && atClauseStart)) {
      if (openInClause) continue; // `non … mai`, `non … nessuno`: one negation
      // Litotes: `not unlikely`, `non è impossibile`, `not without` say something positive.
      // So does a negator before a negative word: `no denying` ↔ `innegabile`.
      const next = words.slice(at + 1, at + 4);
      if (next.some((w) => language.negativePrefix.test(w) || language.implicitNegatives.some((p) => p.test(w)))) {
        implicit += 1;
        continue;
      }
      // `No. 1`, `n. 1`: a number sign, not a negation.
      if (word === 'no' && /^\d/u.test((words[at + 1] === '.' ? words[at + 2] : words[at + 1]) ?? '')) continue;
      negations += 1;
      openInClause = true;
      cues.push(word);
      continue;
    }
    if (language.implicitNegatives.some((pattern) => pattern.test(word))) implicit += 1;
  }
  return { negations, implicit, cues };
}

/**
 * Whether two sides differ in polarity: one side negates more clauses than the other, and the
 * other has no negative-meaning words (`failed to` ↔ `non è riuscito`) to account for it.
 */
export function polarityDiffers(source: Polarity, target: Polarity): boolean {
  // Only a flip between "negated" and "not negated at all" is evidence: how many clauses a
  // translator negates varies with how the sentence is recast.
  if ((source.negations === 0) === (target.negations === 0)) return false;
  const difference = source.negations - target.negations;
  const fewer = difference > 0 ? target : source;
  const more = difference > 0 ? source : target;
  if (fewer.implicit >= Math.abs(difference)) return false;
  // A negative verb rendered by a negated positive one and back (`denied` ↔ `non ha ammesso`).
  if (more.implicit > 0 && fewer.implicit > 0) return false;
  return true;
}
