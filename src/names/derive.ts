/** Words derived from places and peoples (`Cina` ↔ `cinese`), and places mentioned more often on one side. */
import type { LanguageCode } from '../types.js';
import type { FoundName } from './extract.js';
import type { SideIndex } from './side.js';
import { conceptsOfKey, nameTable, wordKey, type NameTable } from './table.js';
import { latinPattern } from '../text/latin-pattern.js';

export function stemOf(form: string): string {
  return form.slice(0, Math.min(MIN_SHARED_PREFIX, form.length - 1));
}

export const MIN_SHARED_PREFIX = 4;

/**
 * Endings of words derived from a place name, after its stem: demonyms and adjectives
 * (`cin|ese`, `cil|eno`, `russ|o`, `Chil|ean`, `Brit|ish`). `chil|dren` and `cin|que` are not.
 */
const DERIVED_ENDING = latinPattern(String.raw`^\p{L}{0,2}(?:ese|esi|an[aeio]?|ans|i?an|in[aeio]|ic[aeio]?|ich[ei]|it[aei]|en[aeio]|ish|[aeios])$`, 'u');

/** Whether `word` is derived from the place form whose stem is `stem`; in English demonyms are capitalised. */
export function derivedWord(word: string, capitalised: boolean, stem: string, lang: LanguageCode): boolean {
  if (lang === 'en' && !capitalised) return false;
  if (!word.startsWith(stem)) return false;
  const ending = word.slice(stem.length);
  return DERIVED_ENDING.test(ending);
}

/**
 * Whether the other side has a word derived from one of a concept's forms there: the country for
 * its nationality and back (`China` ↔ `cinese`, `Chilean` ↔ `Cile`) share the form's stem.
 */
export function derivedFromConcept(concepts: readonly string[], other: SideIndex): boolean {
  const table = nameTable(other.lang);
  return concepts.some((concept) =>
    (table.conceptForms.get(concept) ?? []).some((form) => {
      if (form.includes(' ') || !table.properForms.has(form)) return false;
      const stem = form.slice(0, Math.min(MIN_SHARED_PREFIX, form.length - 1));
      return stem.length >= 3 && other.plain.some((word, at) => !other.inLongerPlace.has(at) && derivedWord(word, other.words[at]!.capitalised, stem, other.lang));
    }),
  );
}

/**
 * The concepts a word is the name of, when it is one (`Europe` is `Europe`): words are derived from
 * those only, not from the other forms of an alias (`Europe` also stands for the European Union,
 * whose `Comunità` must not make `comune` a word derived from `Europe`).
 */
export function ownConcepts(concepts: readonly string[], key: string): readonly string[] {
  const own = concepts.filter((concept) => wordKey(concept) === key);
  return own.length > 0 ? own : concepts;
}

/**
 * Source names written more often in the source sentence than in the translation (`Trump … Donald
 * Trump … according to Trump` against two `Trump`s): one mention may have been replaced. A place
 * counts with the words derived from it (`Hungarian Government … Hungary` against one `ungherese`).
 */
export function fewerMentions(names: readonly FoundName[], source: SideIndex, target: SideIndex, table: NameTable): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const targetTable = nameTable(target.lang);
  // Looked up once per word of each side, not once per name word (a bead may be long), and only
  // once some name word asks.
  let sourceConcepts: Array<readonly string[]> = [];
  let translatedStems: string[][] = [];
  let targetConcepts: Array<readonly string[]> = [];
  for (const word of names.flatMap((name) => name.words)) {
    if (!word.capitalised || seen.has(word.key)) continue;
    if (seen.size === 0) {
      sourceConcepts = source.words.map((other) => (other.capitalised ? conceptsOfKey(table, other.key) : []));
      translatedStems = sourceConcepts.map((concepts) => placeStems(concepts, targetTable, stemOf, false));
      targetConcepts = target.words.map((other) => conceptsOfKey(targetTable, other.key));
    }
    seen.add(word.key);
    const concepts = conceptsOfKey(table, word.key);
    const own = ownConcepts(concepts, word.key);
    // In its own language a derived word keeps the whole name but its last vowel (`Romani|an`,
    // `Hungar|ian`): four letters would make `Christian` a mention of `Christmas`.
    const sourceStems = placeStems(own, table, wholeStem);
    const targetStems = placeStems(own, targetTable, stemOf);
    // `European … Europe` are two mentions of one concept; `Welsh` is a mention of `Wales` because
    // their translations share a stem (`gallese`, `Galles`).
    const inSource = source.words.filter(
      (other, at) =>
        other.key === word.key ||
        (other.capitalised &&
          (sourceConcepts[at]!.some((c) => concepts.includes(c)) ||
            derivedFromStems(source.plain[at]!, true, sourceStems, source.lang) ||
            translatedStems[at]!.some((stem) => targetStems.includes(stem)))),
    ).length;
    const inTarget = target.words.filter(
      (other, at) =>
        other.key === word.key ||
        targetConcepts[at]!.some((c) => concepts.includes(c)) ||
        (!target.inLongerPlace.has(at) && derivedFromStems(target.plain[at]!, other.capitalised, targetStems, target.lang)),
    ).length;
    if (inSource > inTarget && inTarget > 0) result.push(word.text);
  }
  return result;
}

/**
 * Stems of a concept's one-word forms in a table (`ungh` of `Ungheria`): of its places and peoples
 * only, or with `properOnly` false of its adjectives too (`ungherese`).
 */
function placeStems(concepts: readonly string[], table: NameTable, stem: (form: string) => string, properOnly = true): string[] {
  return concepts
    .flatMap((concept) => table.conceptForms.get(concept) ?? [])
    .filter((form) => !form.includes(' ') && (!properOnly || table.properForms.has(form)))
    .map(stem)
    .filter((s) => s.length >= 3);
}

/** A form without its final vowels (`romani` of `Romania`, `hungar` of `Hungary`). */
function wholeStem(form: string): string {
  return form.replace(/[aeiouy]+$/u, '');
}

function derivedFromStems(word: string, capitalised: boolean, stems: readonly string[], lang: LanguageCode): boolean {
  return stems.some((stem) => derivedWord(word, capitalised, stem, lang));
}
