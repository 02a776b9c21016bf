/**
 * Proper names across a translation: which names of an aligned pair have no counterpart on the
 * other side. Names meet when written alike (`Binance`, `Europe`/`Europa`), through the CLDR and
 * Wiktionary name table (`China` ↔ `Cina`, `U.S.` ↔ `Stati Uniti`), as reordered acronyms
 * (`EU` ↔ `UE`, `UN` ↔ `Nazioni Unite`) or, for capitalised common nouns, through the lexicon.
 */
export { compareNames, type NameComparison } from './compare.js';
export { documentNameKeys, namesInSentence, type FoundName } from './extract.js';
export { nameTable, wordKey } from './table.js';
