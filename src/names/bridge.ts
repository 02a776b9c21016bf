import { shippedLexicon, type LexiconEntry } from '../embed/lexical/lexicon.js';
import { stemEnglish, stemItalian } from '../embed/lexical/stem.js';
import type { LanguageCode } from '../types.js';
import type { NameWord } from './extract.js';

/**
 * Whether a capitalised word has a translation among the other side's words: capitalised common
 * nouns (`Parliament` ↔ `Parlamento`, `Treasury` ↔ `Tesoro`) are not names that went missing.
 * Only English ↔ Italian has a word lexicon; other pairs rely on the name table and spelling.
 */
export type TranslationBridge = (word: string, otherWords: readonly NameWord[]) => boolean;

function englishConcept(word: string): string {
  const stem = stemEnglish(word.toLowerCase());
  return shippedLexicon().englishForms.get(stem) ?? stem;
}

function italianEntry(word: string): LexiconEntry | undefined {
  const lexicon = shippedLexicon();
  const lower = word.toLowerCase();
  const own = lexicon.words.get(lower);
  if (own !== undefined) return own;
  const lemma = lexicon.forms.get(lower);
  if (lemma !== undefined) return lexicon.words.get(lemma) ?? lexicon.translations.get(stemItalian(lemma));
  return lexicon.translations.get(stemItalian(lower));
}

/** At most this many translations of a word count: the lexicon lists the strongest first. */
const TOP_TRANSLATIONS = 8;

function italianConcepts(word: string): readonly string[] {
  return italianEntry(word)?.concepts.slice(0, TOP_TRANSLATIONS) ?? [];
}

/**
 * Whether two English stems name one concept: equal, or one the other's start on five letters or
 * more (`judiciari` for Judiciary against the lexicon's `judici`).
 */
function sameConcept(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short);
}

const englishToItalian: TranslationBridge = (word, otherWords) => {
  const concept = englishConcept(word);
  return otherWords.some((other) => italianConcepts(other.text).some((c) => sameConcept(c, concept)));
};

const italianToEnglish: TranslationBridge = (word, otherWords) => {
  const concepts = italianConcepts(word);
  return concepts.length > 0 && otherWords.some((other) => {
    const concept = englishConcept(other.text);
    return concepts.some((c) => sameConcept(c, concept));
  });
};

export function translationBridge(from: LanguageCode, to: LanguageCode): TranslationBridge | null {
  if (from === 'en' && to === 'it') return englishToItalian;
  if (from === 'it' && to === 'en') return italianToEnglish;
  return null;
}

/**
 * A test for capitalised common nouns of a language, or null when there is no lexicon for it. A
 * word the lexicon translates by itself (`Kraken`, `Russia`) is a name, not a common noun.
 */
export function commonWordTest(lang: LanguageCode): ((word: string) => boolean) | null {
  if (lang !== 'it') return null;
  return (word) => {
    // Italian words end in a vowel: one ending otherwise (`Kim`, `Collier`, `Van`) is a common word
    // only if the lexicon has it as written (loanwords such as `film`), never through a stem.
    const concepts = /[aeiouàèéìòù]$/iu.test(word) || shippedLexicon().words.has(word.toLowerCase()) ? italianConcepts(word) : [];
    const lower = word.toLowerCase();
    // Only the very same word counts as "translated by itself": `Unione` → `union` is a common noun.
    return concepts.length > 0 && !concepts.includes(lower) && !(stemEnglish(lower) === lower && concepts.includes(lower));
  };
}
