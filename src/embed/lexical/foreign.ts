import { findLexicon, type Lexicon, type LexiconEntry } from './lexicon.js';
import { stemmerFor } from './stem.js';
import { withoutMarks } from '../../text/letters.js';

/**
 * Looking a non-English word up in its language's lexicon: the exact word, an irregular form's
 * lemma, the stem, then per-language fallbacks for what stemmers and dictionaries miss (Italian and
 * Spanish enclitic pronouns, Italian truncated infinitives, German compounds).
 */
export type ForeignLookup = (word: string) => LexiconEntry | undefined;

const ITALIAN_ENCLITIC =
  /^(.+?(?:[aei]r|[ae]ndo))(?:(?:me|te|se|ce|ve|glie)(?:lo|la|li|le|ne)|gli|lo|la|li|le|mi|ti|si|ci|vi|ne)$/;
const ITALIAN_ALTERNATIVE_ENDINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['i', ['o', 'e', 'a', 'io']],
  ['e', ['a', 'o']],
  ['a', ['o', 'e']],
  ['o', ['a', 'e']],
]);
/** decirle, hacerlo, dándoles, explicárselo: infinitive or gerund + up to two clitics. */
const SPANISH_ENCLITIC = /^(.+?(?:[aeiáéí]r|[aá]ndo|[ié]endo|[ié]ndo))(?:me|te|se|nos|os|lo|la|los|las|le|les){1,2}$/;
/** German compounds: the head is the last part; linking elements join the parts (Regierungs|chef). */
const GERMAN_LINKS = ['', 's', 'es', 'n', 'en', 'er', 'e'];
const GERMAN_MIN_PART = 4;
const GERMAN_MIN_COMPOUND = 8;

/** Infinitives an Italian word may be a truncated infinitive or a gerund of. */
function italianVerbGuesses(word: string): string[] {
  if (/[aei]r$/.test(word)) return [`${word}e`];
  if (word.endsWith('ando')) return [`${word.slice(0, -4)}are`];
  if (word.endsWith('endo')) return [`${word.slice(0, -4)}ere`, `${word.slice(0, -4)}ire`];
  return [];
}

function stripAccents(word: string): string {
  return withoutMarks(word.normalize('NFD')).normalize('NFC');
}

export function createForeignLookup(lang: string, lexicon: Lexicon): ForeignLookup {
  const stem = stemmerFor(lang) ?? ((word: string) => word);

  function lemmaEntry(word: string): LexiconEntry | undefined {
    const own = lexicon.words.get(word);
    if (own !== undefined) return own;
    const lemma = lexicon.forms.get(word);
    if (lemma !== undefined) return lexicon.words.get(lemma) ?? lexicon.translations.get(stem(lemma));
    return lexicon.translations.get(stem(word));
  }

  function italianEntry(word: string): LexiconEntry | undefined {
    const entry = lemmaEntry(word);
    if (entry !== undefined) return entry;
    // Infinitives and gerunds carry enclitic pronouns: farlo → fare, dirgli → dire, facendolo → facendo.
    const clitic = ITALIAN_ENCLITIC.exec(word);
    if (clitic !== null) {
      const verb = clitic[1].endsWith('r') ? `${clitic[1]}e` : clitic[1];
      const verbEntry = lemmaEntry(verb);
      if (verbEntry !== undefined) return verbEntry;
    }
    // Truncated infinitives (poter, voler) and gerunds (facendo, andando) the tables miss.
    for (const lemma of italianVerbGuesses(word)) {
      const verbEntry = lemmaEntry(lemma);
      if (verbEntry !== undefined) return verbEntry;
    }
    // The stemmer keeps the final vowel of short words (anni ≠ anno): try the other gender/number.
    const endings = ITALIAN_ALTERNATIVE_ENDINGS.get(word.charAt(word.length - 1));
    if (endings === undefined || word.length < 3) return undefined;
    const base = word.slice(0, -1);
    for (const ending of endings) {
      // funzionari → funzionario: the plural of -io drops the o
      const alternative = lemmaEntry(ending === 'io' ? word + 'o' : base + ending);
      if (alternative !== undefined) return alternative;
    }
    return undefined;
  }

  function spanishEntry(word: string): LexiconEntry | undefined {
    const entry = lemmaEntry(word);
    if (entry !== undefined) return entry;
    const clitic = SPANISH_ENCLITIC.exec(word);
    // The written accent of dándole belongs to the clitic form only: dando.
    return clitic === null ? undefined : lemmaEntry(stripAccents(clitic[1]));
  }

  /**
   * Bundesregierung → Bundes + Regierung: the longest known head, then a known modifier (with or
   * without a linking element). The head carries the meaning; the modifier adds its own concepts
   * at a lower weight.
   */
  function germanEntry(word: string): LexiconEntry | undefined {
    const entry = lemmaEntry(word);
    if (entry !== undefined || word.length < GERMAN_MIN_COMPOUND) return entry;
    for (let cut = GERMAN_MIN_PART; cut <= word.length - GERMAN_MIN_PART; cut++) {
      const head = lemmaEntry(word.slice(cut));
      if (head === undefined) continue;
      const left = word.slice(0, cut);
      for (const link of GERMAN_LINKS) {
        if (!left.endsWith(link) || left.length - link.length < GERMAN_MIN_PART - 1) continue;
        const modifier = lemmaEntry(left.slice(0, left.length - link.length));
        if (modifier !== undefined) return combine(head, modifier);
      }
      return head;
    }
    return undefined;
  }

  if (lang === 'it') return italianEntry;
  if (lang === 'es') return spanishEntry;
  if (lang === 'de') return germanEntry;
  return lemmaEntry;
}

/** The head's concepts at full weight plus the modifier's at half weight, L2 norm about 1. */
function combine(head: LexiconEntry, modifier: LexiconEntry): LexiconEntry {
  const weights = new Map<string, number>();
  head.concepts.forEach((concept, i) => weights.set(concept, head.weights[i]));
  modifier.concepts.forEach((concept, i) => weights.set(concept, (weights.get(concept) ?? 0) + 0.5 * modifier.weights[i]));
  const norm = Math.sqrt([...weights.values()].reduce((sum, w) => sum + w * w, 0));
  const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1]);
  return { concepts: ranked.map(([concept]) => concept), weights: ranked.map(([, w]) => w / norm) };
}

const shippedLookups = new Map<string, ForeignLookup | null>();

/** The lookup of a language's shipped lexicon, built once per process; null without a lexicon. */
export function shippedForeignLookup(lang: string): ForeignLookup | null {
  let lookup = shippedLookups.get(lang);
  if (lookup === undefined) {
    const lexicon = findLexicon(lang);
    lookup = lexicon === null ? null : createForeignLookup(lang, lexicon);
    shippedLookups.set(lang, lookup);
  }
  return lookup;
}
