/**
 * Negation across a translation: whether one side of an aligned pair is negated where the other is
 * not. Per-language data in `languages.ts`; the counting in `count.ts` is language-independent.
 */
export { polarityDiffers, polarityOf, type Polarity } from './count.js';
export { negationLanguage, type NegationLanguage } from './languages.js';
