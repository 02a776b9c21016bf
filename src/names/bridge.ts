import { shippedLexicon, type LexiconEntry } from '../embed/lexical/lexicon.js';
import { isStopword } from '../embed/lexical/stopwords.js';
import { stemEnglish, stemItalian } from '../embed/lexical/stem.js';
import { memoizeWord } from '../text/memo.js';
import type { LanguageCode } from '../types.js';
import type { NameWord } from './extract.js';
import { englishVocabulary } from './vocabulary.js';

/**
 * Whether a capitalised word has a translation among the other side's words: capitalised common
 * nouns (`Parliament` ↔ `Parlamento`, `Treasury` ↔ `Tesoro`) are not names that went missing.
 * Only English ↔ Italian has a word lexicon; other pairs rely on the name table and spelling.
 */
export type TranslationBridge = (word: string, otherWords: readonly NameWord[]) => boolean;

const englishConcept = memoizeWord((word: string): string => {
  const stem = stemEnglish(word.toLowerCase());
  return shippedLexicon().englishForms.get(stem) ?? stem;
});

function italianEntry(word: string): LexiconEntry | undefined {
  const lexicon = shippedLexicon();
  const lower = word.toLowerCase();
  const own = lexicon.words.get(lower);
  if (own !== undefined) return own;
  const lemma = lexicon.forms.get(lower);
  if (lemma !== undefined) return lexicon.words.get(lemma) ?? lexicon.translations.get(stemItalian(lemma));
  return lexicon.translations.get(stemItalian(lower));
}

/**
 * The concepts of an Italian word through its stem, when only an inflection ending separates the
 * two (`montagne` → `montagn`, `pelosi` → `pelos`), not a longer tail (`Laverne` → `lav`).
 */
function inflectedConcepts(lower: string): readonly string[] {
  const lexicon = shippedLexicon();
  const lemma = lexicon.forms.get(lower);
  if (lemma !== undefined) return italianConcepts(lemma);
  // A plural or feminine of a listed word: `camere` → `camera`, `pelosi` → `peloso`.
  const base = lower.slice(0, -1).replace(/([cg])h$/u, '$1');
  // Not through a function word: `Alloa` is no form of `allo`, `Essie` none of `essi`.
  for (const ending of ['o', 'a', 'e']) {
    const entry = isStopword(base + ending, 'it') ? undefined : lexicon.words.get(base + ending);
    if (entry !== undefined) return entry.concepts.slice(0, TOP_TRANSLATIONS);
  }
  const stem = stemItalian(lower);
  if (isStopword(stem, 'it') || !/^(?:[aeiouàèéìòù]|h[ei])$/u.test(lower.slice(stem.length))) return [];
  return lexicon.translations.get(stem)?.concepts.slice(0, TOP_TRANSLATIONS) ?? [];
}

/** At most this many translations of a word count: the lexicon lists the strongest first. */
const TOP_TRANSLATIONS = 8;

/**
 * Remembered per word as written: the bridge asks for every word of the other sentence once per
 * unmet name word, and a word's own string keeps its hash, so a repeat costs one look-up instead of
 * a lower-case copy and three lexicon look-ups.
 */
const italianConcepts = memoizeWord((word: string): readonly string[] => italianEntry(word)?.concepts.slice(0, TOP_TRANSLATIONS) ?? []);

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
    const lower = word.toLowerCase();
    // Italian words end in a vowel and do not use k, j, w, x, y: a word otherwise (`Kim`, `Collier`,
    // `Kante`) is a common word only if the lexicon has it as written (loanwords such as `film`).
    const native = /[aeiouàèéìòù]$/iu.test(word) && !/[jkwxy]/iu.test(word);
    const concepts = shippedLexicon().words.has(lower) ? italianConcepts(word) : native ? inflectedConcepts(lower) : [];
    // Only the very same word counts as "translated by itself": `Unione` → `union` is a common noun.
    return concepts.length > 0 && !concepts.includes(lower) && !(stemEnglish(lower) === lower && concepts.includes(lower));
  };
}

/**
 * A test for words the language's lexicon does not know in any form (`Vettel`, `Rangers` in
 * Italian text; `Villarreal`, `Stihler` in English text), or undefined when there is no lexicon to
 * ask.
 */
export function unknownWordTest(lang: LanguageCode): ((word: string) => boolean) | undefined {
  if (lang === 'en') return (word) => !englishVocabulary().has(englishConcept(word));
  if (lang !== 'it') return undefined;
  return (word) => italianEntry(word) === undefined && inflectedConcepts(word.toLowerCase()).length === 0;
}
