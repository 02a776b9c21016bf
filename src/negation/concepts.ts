import { SPELLING_VARIANTS } from '../embed/lexical/spelling.js';
import { createForeignLookup, type ForeignLookup } from '../embed/lexical/foreign.js';
import { findLexicon, loadLexicon, type Lexicon, type LexiconEntry } from '../embed/lexical/lexicon.js';
import { stemEnglish, stemmerFor } from '../embed/lexical/stem.js';
import { ENGLISH_IRREGULAR_LEMMAS } from '../lang/en/embedding.js';
import type { LanguageCode } from '../types.js';
import { withoutMarks } from '../text/letters.js';

/**
 * Cross-lingual keys of a word, so that a negated word can be looked for on the other side of a
 * pair: the English concepts the shipped lexicon maps it to (English stems, as in the lexical
 * embedder), and a cognate key (`approvato` / `approved` → `aprov`) for what the lexicon misses.
 */

/** Concepts weaker than this share of an entry are too loose a sense to anchor a word. */
const MIN_CONCEPT_WEIGHT = 0.15;
const MAX_CONCEPTS = 6;
const COGNATE_LENGTH = 6;
const COGNATE_PREFIX = '~';
/** Caches are cleared past this size, so a long-lived process stays bounded. */
const MAX_CACHED = 50_000;


function cognateKey(word: string): string | undefined {
  if (word.length <= COGNATE_LENGTH) return undefined;
  let key = withoutMarks(word.normalize('NFD'));
  for (const [pattern, replacement] of SPELLING_VARIANTS) key = key.replace(pattern, replacement);
  return key.length >= COGNATE_LENGTH ? COGNATE_PREFIX + key.slice(0, COGNATE_LENGTH) : undefined;
}

/**
 * News renders `said` by many verbs (`ha affermato`, `ha dichiarato`, `ha spiegato`): concepts of
 * saying share one key, so that a negated verb of saying finds its counterpart.
 */
const SAYING = new Set(['sai', 'tell', 'declar', 'affirm', 'claim', 'explain', 'announc', 'comment', 'insist', 'assert', 'specifi', 'stat', 'report', 'mention']);
const SAYING_KEY = '@say';

/** English past forms the embedder leaves alone (they are also other words) but a verb match needs. */
const AMBIGUOUS_PAST: ReadonlyMap<string, string> = new Map([
  ['saw', 'see'], ['found', 'find'], ['left', 'leave'], ['felt', 'feel'], ['fell', 'fall'], ['led', 'lead'], ['lay', 'lie'], ['bound', 'bind'], ['wound', 'wind'],
]);
/** Italian past participles the lexicon lists as adjectives or nouns (`inviato` = envoy): their verb too. */
const ITALIAN_PARTICIPLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/at[oaie]$/u, 'are'],
  [/ut[oaie]$/u, 'ere'],
  [/it[oaie]$/u, 'ire'],
];

interface LanguageKeys {
  lexicon: Lexicon | null;
  lookup: ForeignLookup | null;
  cache: Map<string, readonly string[]>;
}

const states = new Map<string, LanguageKeys>();
let englishTable: Lexicon | undefined;

function englishConcept(word: string): string {
  englishTable ??= loadLexicon('en');
  const stem = stemEnglish(ENGLISH_IRREGULAR_LEMMAS.get(word) ?? word);
  return englishTable.englishForms.get(stem) ?? stem;
}

function stateOf(lang: LanguageCode): LanguageKeys {
  let state = states.get(lang);
  if (state === undefined) {
    const lexicon = lang === 'en' ? null : findLexicon(lang);
    state = { lexicon, lookup: lexicon === null ? null : createForeignLookup(lang, lexicon), cache: new Map() };
    states.set(lang, state);
  }
  return state;
}

/**
 * English light verbs: as a weak secondary sense of a word (`dire` → say, tell, go) they are too loose
 * to anchor it, and would meet any `going`, `make`, `take` on the other side.
 */
const LIGHT_CONCEPTS = new Set(['go', 'get', 'make', 'take', 'put', 'have', 'do', 'come', 'give', 'set', 'keep', 'let']);
const MIN_LIGHT_WEIGHT = 0.4;

function addEntry(concepts: Set<string>, entry: LexiconEntry | undefined): void {
  if (entry === undefined) return;
  for (let i = 0, taken = 0; i < entry.concepts.length && taken < MAX_CONCEPTS; i++) {
    if (i === 0 || entry.weights[i]! >= (LIGHT_CONCEPTS.has(entry.concepts[i]!) ? MIN_LIGHT_WEIGHT : MIN_CONCEPT_WEIGHT)) {
      concepts.add(entry.concepts[i]!);
      taken += 1;
    }
  }
}

/**
 * The concepts of a word without its cognate key (empty for a word the lexicon does not know): the
 * embedder's entry, and also the entry of its lemma and of its stem, since a negated word is mostly
 * a verb and the word's own entry is often its adjective or noun sense (`inviato` = envoy, sent).
 */
function conceptsOf(word: string, lang: LanguageCode, state: LanguageKeys): string[] {
  if (lang === 'en') {
    const concepts = [englishConcept(word)];
    const past = AMBIGUOUS_PAST.get(word);
    if (past !== undefined) concepts.push(englishConcept(past));
    return concepts;
  }
  const concepts = new Set<string>();
  addEntry(concepts, state.lookup?.(word));
  const lexicon = state.lexicon;
  if (lexicon !== null) {
    const stem = stemmerFor(lang) ?? ((w: string) => w);
    const lemma = lexicon.forms.get(word);
    if (lemma !== undefined) addEntry(concepts, lexicon.words.get(lemma) ?? lexicon.translations.get(stem(lemma)));
    if (lang === 'it') {
      for (const [ending, infinitive] of ITALIAN_PARTICIPLE) {
        if (ending.test(word)) addEntry(concepts, lexicon.words.get(word.slice(0, -3) + infinitive));
      }
    }
  }
  return [...concepts];
}

/**
 * The keys of a lower-case word in `lang`: its English concepts, its cognate key, and the word as
 * written (names and loanwords are written alike in both languages).
 */
export function wordKeys(word: string, lang: LanguageCode): readonly string[] {
  const state = stateOf(lang);
  let keys = state.cache.get(word);
  if (keys === undefined) {
    const concepts = conceptsOf(word, lang, state);
    const found = new Set<string>(concepts);
    if (concepts.some((concept) => SAYING.has(concept))) found.add(SAYING_KEY);
    found.add(`=${withoutMarks(word.normalize('NFD'))}`);
    const cognate = cognateKey(word);
    if (cognate !== undefined) found.add(cognate);
    keys = [...found];
    if (state.cache.size >= MAX_CACHED) state.cache.clear();
    state.cache.set(word, keys);
  }
  return keys;
}


/**
 * Antonyms that translators swap for a negated word (`non è facile` ↔ `it's hard`, `not enough` ↔
 * `insufficiente`), as English concepts (Porter stems), both ways.
 */
const ANTONYM_PAIRS = `
easi:hard,difficult,tough,complic simpl:hard,difficult,tough,complic possibl:imposs,unabl clear:unclear,obscur
true:fals,untru,wrong right:wrong,fals,unfair fair:unfair,unjust good:bad,poor well:bad,badli,poorli
enough:insuffici,short suffici:insuffici,short work:down,broken,fail function:down,broken,fail
sure:unsur,uncertain certain:uncertain,unsur known:unknown necessari:unnecessari,needless
happi:unhappi,sad like:dislik,hate agre:disagre allow:forbid,ban,prohibit accept:reject,refus,unaccept
includ:exclud present:absent soft:hard,tough tender:hard,tough,harsh legal:illeg success:fail,failur win:lose,lost,defeat remember:forget
`;

function antonymTable(): ReadonlyMap<string, readonly string[]> {
  const table = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = table.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    table.set(a, list);
  };
  for (const entry of ANTONYM_PAIRS.split(/\s+/u).filter((e) => e !== '')) {
    const [word, others] = entry.split(':');
    for (const other of others!.split(',')) {
      add(word!, other);
      add(other, word!);
    }
  }
  return table;
}

export const ANTONYMS: ReadonlyMap<string, readonly string[]> = antonymTable();
