/** Generated lexicon module of each language (under src/embed/lexical/), written by scripts/build-lexicon.ts. */
export const LEXICON_MODULE_FILES: Readonly<Record<string, string>> = {
  en: 'lexicon.en.generated.ts',
  it: 'lexicon.generated.ts',
  fr: 'lexicon.fr.generated.ts',
  de: 'lexicon.de.generated.ts',
  es: 'lexicon.es.generated.ts',
  pt: 'lexicon.pt.generated.ts',
};
