/**
 * Negation across a translation, clause by clause: whether a word negated on one side of an aligned
 * pair has an un-negated counterpart on the other. Per-language data in `languages.ts`; the logic
 * in `clauses.ts` (reading one side) and `scope.ts` (comparing the two) is language-independent.
 */
export { compareNegation, negationVerdict, type NegationComparison, type NegationMismatch, type NegationVerdict, type SideCounts } from './scope.js';
export { negationLanguage, type NegationLanguage } from './languages.js';
