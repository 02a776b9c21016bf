import englishPorter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import italianPorter from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import { createRequire } from 'node:module';
import { memoizeWord } from '../../text/memo.js';

interface Stemmer {
  stem(token: string): string;
}

/**
 * The other languages' stemmers load on first use (natural's modules are CommonJS, so require() can
 * load them synchronously): the German one alone cost more start-up than the rest of an en–it run's
 * stemming. Left to Node at run time, also in the bundled CLI.
 */
const requireStemmer = createRequire(import.meta.url);
function lazyStemmer(path: string): Stemmer {
  let stemmer: Stemmer | undefined;
  return { stem: (token) => (stemmer ??= requireStemmer(path) as Stemmer).stem(token) };
}
const frenchPorter = lazyStemmer('natural/lib/natural/stemmers/porter_stemmer_fr.js');
const germanPorter = lazyStemmer('natural/lib/natural/stemmers/porter_stemmer_de.js');
const spanishPorter = lazyStemmer('natural/lib/natural/stemmers/porter_stemmer_es.js');
const portuguesePorter = lazyStemmer('natural/lib/natural/stemmers/porter_stemmer_pt.js');

/** Porter stem of a lowercased English word. */
export const stemEnglish: (word: string) => string = memoizeWord((word) => englishPorter.stem(word));

/** Porter stem of a lowercased Italian word. */
export const stemItalian: (word: string) => string = memoizeWord((word) => italianPorter.stem(word));

/**
 * Spanish and Portuguese plurals the Snowball stemmers leave apart from their singular: short words
 * are outside the stemmer's R1 region (años/año, anos/ano), `-ões` is not `-ão` (eleições/eleição),
 * and natural's Spanish stemmer cuts `gobiernos` to `gobi` but `gobierno` to `gobiern`. Reducing the
 * plural first makes singular and plural meet; the lexicon build stems through the same function.
 */
function singularIberian(word: string, lang: 'es' | 'pt'): string {
  if (word.length < 4 || !word.endsWith('s')) return word;
  if (lang === 'pt') {
    if (/(?:ões|ães|ãos)$/.test(word)) return `${word.slice(0, -3)}ão`;
    if (word.endsWith('is') && word.length > 4) return word; // países, anéis: leave to the stemmer
  } else if (word.endsWith('ces')) {
    return `${word.slice(0, -3)}z`; // veces → vez
  }
  if (/[rlndzsj]es$/.test(word)) return word.slice(0, -2); // ciudades → ciudad, meses → mes
  if (/[aeiouáéíóú]s$/.test(word)) return word.slice(0, -1); // gobiernos → gobierno, anos → ano
  return word;
}

export const stemFrench: (word: string) => string = memoizeWord((word) => frenchPorter.stem(word));

export const stemGerman: (word: string) => string = memoizeWord((word) => germanPorter.stem(word));

export const stemSpanish: (word: string) => string = memoizeWord((word) => spanishPorter.stem(singularIberian(word, 'es')));

export const stemPortuguese: (word: string) => string = memoizeWord((word) => portuguesePorter.stem(singularIberian(word, 'pt')));

const STEMMERS: Readonly<Record<string, (word: string) => string>> = {
  en: stemEnglish,
  it: stemItalian,
  fr: stemFrench,
  de: stemGerman,
  es: stemSpanish,
  pt: stemPortuguese,
};

/** The stemmer of a language, or null when the language has none (its words are used as written). */
export function stemmerFor(lang: string): ((word: string) => string) | null {
  return STEMMERS[lang] ?? null;
}
