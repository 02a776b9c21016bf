/**
 * How much of one sentence another sentence, in the other language, accounts for: the share of
 * its content words that have a translation (through the word lexicon), the same spelling (names,
 * loanwords) or the same number on the other side. The aligner scores whole beads; this looks
 * inside them, to tell a translator's split from an unrelated sentence glued to a real one.
 * Linear in the sentences' length: one lexicon look-up per word.
 */
import { shippedLexicon, type Lexicon } from '../embed/lexical/lexicon.js';
import { shippedForeignLookup } from '../embed/lexical/foreign.js';
import { stemEnglish } from '../embed/lexical/stem.js';
import { isStopword } from '../embed/lexical/stopwords.js';
import { forEachToken } from '../embed/lexical/tokenize.js';
import { wordKey } from '../names/table.js';
import { ENGLISH_IRREGULAR_LEMMAS } from '../lang/en/embedding.js';
import type { LanguageCode } from '../types.js';

/** Content words of a sentence, each as the set of English concepts it may stand for. */
export type ConceptBag = ReadonlyArray<readonly string[]>;

/** At most this many translations of a foreign word count: the lexicon lists the strongest first. */
const TOP_TRANSLATIONS = 8;

function englishConcept(word: string, lexicon: Lexicon): string {
  const stem = stemEnglish(ENGLISH_IRREGULAR_LEMMAS.get(word) ?? word);
  return lexicon.englishForms.get(stem) ?? stem;
}

/** Whether coverage can be measured between two languages: English and a language with a lexicon. */
export function canMeasureCoverage(a: LanguageCode, b: LanguageCode): boolean {
  if (a === 'en') return shippedForeignLookup(b) !== null;
  if (b === 'en') return shippedForeignLookup(a) !== null;
  return false;
}

/** The content words of `text` as concept sets (English stems; numbers as themselves). */
export function conceptBag(text: string, lang: LanguageCode): ConceptBag {
  const lexicon = shippedLexicon();
  const lookup = lang === 'en' ? null : shippedForeignLookup(lang);
  const bag: string[][] = [];
  forEachToken(text, lang, (token, kind) => {
    if (kind === 'number') {
      bag.push([`#${token}`]);
      return;
    }
    if (token.length < 3 || isStopword(token, lang)) return;
    // Every word also stands for itself, as written and as a name key (`Germania` ↔ `Germany`):
    // names, loanwords and cognates meet that way.
    const own = [stemEnglish(token), `k:${wordKey(token)}`];
    if (lang === 'en') {
      bag.push([englishConcept(token, lexicon), ...own]);
      return;
    }
    const entry = lookup?.(token);
    bag.push(entry === undefined ? own : [...entry.concepts.slice(0, TOP_TRANSLATIONS), ...own]);
  });
  return bag;
}

/** Share of `part`'s content words with a counterpart in `other` (1 for a part without content words). */
export function coverage(part: ConceptBag, other: ConceptBag): number {
  if (part.length === 0) return 1;
  const concepts = new Set<string>();
  for (const word of other) for (const concept of word) concepts.add(concept);
  let met = 0;
  for (const word of part) if (word.some((concept) => concepts.has(concept))) met += 1;
  return met / part.length;
}
