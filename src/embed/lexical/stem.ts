import englishPorter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import italianPorter from 'natural/lib/natural/stemmers/porter_stemmer_it.js';

/** Porter stem of a lowercased English word. */
export function stemEnglish(word: string): string {
  return englishPorter.stem(word);
}

/** Porter stem of a lowercased Italian word. */
export function stemItalian(word: string): string {
  return italianPorter.stem(word);
}

/** The stemmer of a language, or null when the language has none (its words are used as written). */
export function stemmerFor(lang: string): ((word: string) => string) | null {
  if (lang === 'en') return stemEnglish;
  if (lang === 'it') return stemItalian;
  return null;
}
