import type { LanguageCode } from '../types.js';
import { readSide, type Cue, type NegationSide } from './clauses.js';
import { ANTONYMS, wordKeys } from './concepts.js';
import { readIdioms, type IdiomMismatch } from './idioms.js';
import { negationLanguage } from './languages.js';
import { hasLetter } from '../text/letters.js';

/**
 * Negation compared clause by clause: for each negator on one side, the words it negates are looked
 * for on the other side (through the lexicon, cognates and identical spellings), and the
 * counterpart found there must be negated too, in some way: a negator or a negative-meaning word
 * in its clause, or a negative affix (`not fit` ↔ `inadatto`). A negator whose words have no
 * counterpart cannot be checked this way; it is reported as unresolved.
 */

/** A negator whose negated word has an un-negated counterpart on the other side. */
export interface NegationMismatch {
  /** The side the negator is on: `target` means a negation the translation adds. */
  side: 'source' | 'target';
  cue: string;
  /** The negated word, and its counterpart on the other side. */
  word: string;
  counterpart: string;
}

/** What one side says, counted. */
export interface SideCounts {
  /** Negated clauses (`non … mai` once; litotes, expletive `non`, `not only`, questions left out). */
  negations: number;
  /** Of those, the ones that negate a clause (`non ha pagato`), not one word (`non residenti`). */
  clausal: number;
  /** Negative-meaning words that are not negators (`failed`, `senza`) and words negative by affix (`unfit`). */
  implicit: number;
  /** Negative-meaning words that clearly render a negation (`failed`, `without`, `mancata`). */
  strongImplicit: number;
  /** Words negative by their affix (`non-biodegradable`, `unfit`): each may render a one-word negator. */
  affixNegatives: number;
  /** Clause negators rendered by an antonym on the other side (`non è facile` ↔ `it's hard`): they need no negation there. */
  byAntonym: number;
  /** The side has a question, which may render a negation rhetorically (`You're going to …?` ↔ `Non si può …`). */
  question: boolean;
  /** Negators as written, also those that negate nothing (`not only`, `no doubt`). */
  negatorWords: number;
  /** Clause negators whose negated words have no counterpart on the other side. */
  unresolved: number;
  /** Of those, the ones with no negative-meaning word of the other side near their place, which could render them. */
  unresolvedAlone: number;
}

export interface NegationComparison {
  mismatches: NegationMismatch[];
  /**
   * A `not only` whose other side says `only` alone in its place (`can't just rely` ↔ `possiamo
   * affidarci al solo`), or an idiom's rendering left without its negation (`no doubt` ↔ `v'è dubbio`).
   */
  restrictionMismatch?: NegationMismatch;
  source: SideCounts;
  target: SideCounts;
}

interface Occurrence {
  at: number;
  /** The word has a negative affix and this key is its stem's (`unfit` → `fit`). */
  byAffix: boolean;
}

type KeyIndex = Map<string, Occurrence[]>;

const MAX_PLACE_SHIFT = 0.35;
const MAX_OCCURRENCES = 64;
/** Negators checked per side: a pair is a sentence or a few; beyond this it is not prose to check word by word. */
const MAX_CUES = 200;

/** Every content word of a side under each of its keys (a stem-by-affix too). Built only when needed. */
function indexSide(side: NegationSide): KeyIndex {
  const index: KeyIndex = new Map();
  const add = (key: string, occurrence: Occurrence): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [occurrence]);
    else list.push(occurrence);
  };
  for (let at = 0; at < side.words.length; at++) {
    const word = side.words[at]!;
    if (!hasLetter(word) || word.length < 3) continue;
    const keys = wordKeys(word, side.lang);
    for (const key of keys) add(key, { at, byAffix: false });
    const stem = side.affixStem.get(at);
    // `unfit` is also looked up as `fit`, negated; `introduced` keeps only its own keys.
    if (stem !== undefined) for (const key of wordKeys(stem, side.lang)) if (!keys.includes(key) && !key.startsWith('~')) add(key, { at, byAffix: true });
  }
  return index;
}

/** The first index in a list sorted by position whose position is at least `at`. */
function firstAtOrAfter(list: readonly Occurrence[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Occurrences of a word's keys on the other side near `place` (a share of the sentence). Each
 * key's list is in text order, so the window is found by binary search and capped: a pair whose
 * sides repeat one word thousands of times stays cheap.
 */
function counterpartsOf(word: string, lang: LanguageCode, index: KeyIndex, place: number, length: number): Occurrence[] {
  const found: Occurrence[] = [];
  const from = Math.floor((place - MAX_PLACE_SHIFT) * length);
  const to = (place + MAX_PLACE_SHIFT) * length;
  for (const key of wordKeys(word, lang)) {
    // The identical-spelling key is only evidence for words long enough not to be chance (`art`, `film`).
    if (key.startsWith('=') && key.length < 5) continue;
    const list = index.get(key);
    if (list === undefined) continue;
    for (let i = firstAtOrAfter(list, from); i < list.length && list[i]!.at <= to && found.length < MAX_OCCURRENCES; i++) found.push(list[i]!);
  }
  return found;
}

function hasAntonymThere(word: string, lang: LanguageCode, index: KeyIndex, place: number, length: number): boolean {
  for (const key of wordKeys(word, lang)) {
    for (const antonym of ANTONYMS.get(key) ?? []) {
      if ((index.get(antonym) ?? []).some((o) => Math.abs(o.at / length - place) <= MAX_PLACE_SHIFT)) return true;
    }
  }
  return false;
}

/** Window, as a share of the sentence, in which a negative word counts as standing in a word's place. */
const NEGATIVE_WORD_SHIFT = 0.15;

/** A negative-meaning word of `side` near `place` that nothing negates, if any (`denied`). */
function bareNegativeNear(side: NegationSide, place: number): string | undefined {
  const length = side.words.length;
  for (const at of side.implicitPositions) {
    if (Math.abs(at / length - place) <= NEGATIVE_WORD_SHIFT && !side.negatedAt(at)) return side.words[at];
  }
  return undefined;
}

function nearestTo(found: readonly Occurrence[], place: number, length: number): Occurrence {
  let best = found[0]!;
  for (const occurrence of found) if (Math.abs(occurrence.at / length - place) < Math.abs(best.at / length - place)) best = occurrence;
  return best;
}

function isNegatedThere(occurrence: Occurrence, side: NegationSide): boolean {
  return occurrence.byAffix || side.negatedAt(occurrence.at);
}

interface CueCheck {
  resolved: boolean;
  /** The negated word's antonym stands on the other side (`non è facile` ↔ `it's hard`). */
  byAntonym?: boolean;
  counterpart?: string;
  word?: string;
}

function checkCue(cue: Cue, from: NegationSide, to: NegationSide, index: () => KeyIndex): CueCheck {
  if (cue.litotes === true) {
    // A litotes says yes: it only contradicts the same negative word left bare on the other side
    // (`non è illegittimo` ↔ `is illegitimate`), not its positive (`non è impossibile` ↔ `possible`).
    const word = from.words[cue.heads[0]!]!;
    const place = cue.heads[0]! / from.words.length;
    const found = counterpartsOf(word, from.lang, index(), place, to.words.length).filter((o) => !o.byAffix);
    const bare = found.length > 0 && found.every((occurrence) => !isNegatedThere(occurrence, to));
    if (bare) return { resolved: true, word, counterpart: to.words[found[0]!.at]! };
    // `non hanno respinto` ↔ `denied`: a negated negative verb says yes, so a bare negative word
    // standing in its place on the other side says the opposite, whatever its exact concept.
    const opposite = found.length === 0 ? bareNegativeNear(to, place) : undefined;
    return opposite !== undefined ? { resolved: true, word, counterpart: opposite } : { resolved: true };
  }
  let mismatch: CueCheck | undefined;
  for (const [k, head] of cue.heads.entries()) {
    const word = from.words[head]!;
    // Translations keep the order of a sentence's parts roughly: a counterpart far from where the
    // word stands is another use of the same concept (`establish` ↔ a later `affermato`).
    const place = head / from.words.length;
    const found = counterpartsOf(word, from.lang, index(), place, to.words.length);
    // Without a counterpart the next word may anchor the clause (`non ha fatto ricorso` ↔ `took to`).
    // `non è facile` ↔ `it's hard`: a negated word whose antonym stands on the other side.
    if (hasAntonymThere(word, from.lang, index(), place, to.words.length)) return { resolved: true, byAntonym: true };
    if (found.length === 0) continue;
    // The counterpart nearest the word's place decides: a sentence may use a concept twice, once negated.
    const nearest = nearestTo(found, place, to.words.length);
    // A later head met negated may be another phrase of the negated clause (`not being considered
    // by the party` ↔ `non fa parte … del partito`): it does not show the negation rendered.
    if (isNegatedThere(nearest, to)) return k === 0 || cue.inQuestion === true || head === cue.heads[k - 1]! + 1 ? { resolved: true } : { resolved: false };
    mismatch ??= { resolved: true, word, counterpart: to.words[nearest.at]! };
    // A question inverts its subject (`Why didn't Mr Kavanaugh want`): any negated head will do.
    if (cue.inQuestion !== true) return mismatch;
  }
  return mismatch ?? { resolved: false };
}

/** Window, as a share of the sentence, in which a negative-meaning word may render an unresolved negator. */
const IMPLICIT_SHIFT = 0.25;

/** How many negative-meaning words `side` has near `place` (a share of the sentence). */
function implicitNear(side: NegationSide, place: number): number {
  return side.implicitPositions.filter((at) => Math.abs(at / side.words.length - place) <= IMPLICIT_SHIFT).length;
}

/** Whether the negator's clause ends at a comma (or a stop) followed by `but`/`ma` (`not X, but Y`). */
function correctionFollows(side: NegationSide, at: number): boolean {
  const language = negationLanguage(side.lang);
  for (let next = at + 1; next < side.words.length && next <= at + 4; next++) {
    // `Maybe she didn't, but`: an elliptical negation, nothing between it and the comma, is no `not X, but Y`.
    if (side.segments[next] !== side.segments[at]) return next > at + 1 && /^[,;.]$/u.test(side.words[next]!) && language?.contrastWords.has(side.words[next + 1] ?? '') === true;
  }
  return false;
}

/**
 * `not only` on one side where the other says `only` alone near its place, with no `not only` of its
 * own there: the restriction has lost (or gained) its negation, which says the opposite.
 */
function restrictionMismatch(source: NegationSide, target: NegationSide): NegationMismatch | undefined {
  // Places are in text order: the first at or after the window's start decides (binary search keeps hostile input linear).
  const near = (places: readonly number[], place: number): boolean => {
    let [low, high] = [0, places.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (places[middle]! < place - MAX_PLACE_SHIFT) low = middle + 1;
      else high = middle;
    }
    return low < places.length && places[low]! <= place + MAX_PLACE_SHIFT;
  };
  for (const [from, to, side] of [[source, target, 'source'], [target, source, 'target']] as const) {
    for (const place of from.notOnlyPlaces.slice(0, MAX_CUES)) {
      if (near(to.notOnlyPlaces, place) || !near(to.bareOnlyPlaces, place)) continue;
      const word = (sideOf: NegationSide, at: number): string => sideOf.words[Math.round(at * sideOf.words.length)] ?? '';
      const counterpart = word(to, to.bareOnlyPlaces.find((other) => Math.abs(other - place) <= MAX_PLACE_SHIFT)!);
      return { side, cue: 'not', word: word(from, place), counterpart };
    }
  }
  return undefined;
}

function idiomAsMismatch(found: IdiomMismatch | undefined): NegationMismatch | undefined {
  return found === undefined ? undefined : { side: found.side, cue: found.negator, word: found.idiom, counterpart: found.anchor };
}

/** `cues` without their first `count` negators in a question. */
function withoutQuestionCues(cues: Cue[], count: number): Cue[] {
  let left = count;
  return left === 0 ? cues : cues.filter((cue) => !(cue.inQuestion === true && left-- > 0));
}

const NO_COUNTS: SideCounts = {
  negations: 0, negatorWords: 0, clausal: 0, implicit: 0, strongImplicit: 0, affixNegatives: 0, byAntonym: 0, question: false, unresolved: 0, unresolvedAlone: 0,
};

/** Compares the negation of two texts clause by clause; null when a language has no negation data. */
export function compareNegation(sourceText: string, sourceLang: LanguageCode, targetText: string, targetLang: LanguageCode): NegationComparison | null {
  const sourceLanguage = negationLanguage(sourceLang);
  const targetLanguage = negationLanguage(targetLang);
  if (sourceLanguage === undefined || targetLanguage === undefined) return null;
  if (!sourceLanguage.mayNegate.test(sourceText) && !targetLanguage.mayNegate.test(targetText)) {
    return { mismatches: [], source: { ...NO_COUNTS }, target: { ...NO_COUNTS } };
  }
  const source = readSide(sourceText, sourceLang, sourceLanguage);
  const target = readSide(targetText, targetLang, targetLanguage);
  const idioms = readIdioms(source, target);
  // An idiom rendered with its negation (`can't wait to` ↔ `non vedo l'ora`): neither negator negates a clause.
  source.cues = source.cues.filter((cue) => !idioms.consumed.source.has(cue.at));
  target.cues = target.cues.filter((cue) => !idioms.consumed.target.has(cue.at));
  // A negation in a question compares only with a question: against a statement it may be rhetorical.
  if (!target.question) source.cues = source.cues.filter((cue) => cue.inQuestion !== true);
  if (!source.question) target.cues = target.cues.filter((cue) => cue.inQuestion !== true);
  // `Aren't you glad?` ↔ `Non sei felice?`, `…, don't you?` ↔ `…, non è vero?`: the same question.
  target.cues = withoutQuestionCues(target.cues, source.invertedQuestions);
  source.cues = withoutQuestionCues(source.cues, target.invertedQuestions);
  // What a side says by itself; the comparison below fills in the rest.
  const counts = (side: NegationSide): SideCounts => ({
    ...NO_COUNTS,
    negations: side.cues.length + side.continuedClauses,
    negatorWords: side.negatorCount,
    clausal: side.cues.filter((cue) => cue.clausal).length,
    implicit: side.implicitCount,
    strongImplicit: side.strongImplicitCount,
    affixNegatives: side.affixNegativeCount,
    question: side.question,
  });
  const comparison: NegationComparison = { mismatches: [], source: counts(source), target: counts(target) };
  const restriction = restrictionMismatch(source, target) ?? idiomAsMismatch(idioms.mismatch);
  if (restriction !== undefined) comparison.restrictionMismatch = restriction;
  if (source.cues.length === 0 && target.cues.length === 0) return comparison;
  let sourceIndex: KeyIndex | undefined;
  let targetIndex: KeyIndex | undefined;
  const sides: Array<[NegationSide, NegationSide, 'source' | 'target', () => KeyIndex]> = [
    [source, target, 'source', () => (targetIndex ??= indexSide(target))],
    [target, source, 'target', () => (sourceIndex ??= indexSide(source))],
  ];
  for (const [from, to, side, index] of sides) {
    for (const cue of from.cues.slice(0, MAX_CUES)) {
      // A one-word negator (`not guilty`, `non governative`) is checked only against a side with no
      // negator and no negative word of its own (`lost` ↔ `perso` pair up): anywhere else an affix or
      // a paraphrase may render it (`innocente`).
      const wordLevel = !cue.clausal;
      if (wordLevel && (to.negatorCount > 0 || to.implicitCount > from.implicitCount)) continue;
      // Nothing to look for (`is not over`): unresolved. `non dovrebbe, ma deve` is "not only … but":
      // no hint either way.
      if (cue.heads.length === 0 && correctionFollows(from, cue.at)) continue;
      const result = cue.heads.length === 0 ? { resolved: false } : checkCue(cue, from, to, index);
      if (wordLevel) {
        if (result.counterpart !== undefined) comparison.mismatches.push({ side, cue: cue.word, word: result.word!, counterpart: result.counterpart });
        continue;
      }
      if (!result.resolved) {
        comparison[side].unresolved += 1;
        const place = cue.at / from.words.length;
        // `can't afford to miss` ↔ `puoi perdere`: negative words near the place pair up first.
        if (implicitNear(to, place) <= implicitNear(from, place)) comparison[side].unresolvedAlone += 1;
      }
      else if (result.counterpart !== undefined) comparison.mismatches.push({ side, cue: cue.word, word: result.word!, counterpart: result.counterpart });
      else if (result.byAntonym === true) comparison[side].byAntonym += 1;
    }
  }
  return comparison;
}

/** What the drift check reports about a pair's negation (always a warning). */
export interface NegationVerdict {
  /** The side that is negated where the other is not. */
  side: 'source' | 'target';
  /** The negated word whose counterpart is not negated (absent for an unresolved hint). */
  mismatch?: NegationMismatch;
}

function otherSide(side: 'source' | 'target'): 'source' | 'target' {
  return side === 'source' ? 'target' : 'source';
}

/**
 * The negation finding of a pair, or null. Either of two pieces of evidence is a warning:
 * - a clause negator whose negated word has an un-negated counterpart, on a side with more
 *   negations than the other has negations and extra negative nouns (a negation moved to another
 *   word, `non sono candidato ma` ↔ `I'm not running but`, keeps the counts even);
 * - a clause negator the other side does not show rendered, against a side with no question
 *   (unless both ask) and either no negator word and no unpaired negative word near its place, or
 *   fewer negations and negative words than this side has negated clauses.
 */
export function negationVerdict(sourceText: string, sourceLang: LanguageCode, targetText: string, targetLang: LanguageCode): NegationVerdict | null {
  const comparison = compareNegation(sourceText, sourceLang, targetText, targetLang);
  if (comparison === null) return null;
  const mismatch = comparison.mismatches.find((m) => {
    const own = comparison[m.side];
    const other = comparison[otherSide(m.side)];
    // `without` ↔ `senza` render each other: only the other side's extra negative nouns may render a negator.
    // A negator of the other side that only this side's negative words render (`failed to meet` ↔
    // `non abbia rispettato`) balances nothing.
    const rendered = other.unresolved - other.unresolvedAlone;
    return countedNegations(own, other) > other.negations - rendered + Math.max(0, other.strongImplicit - own.strongImplicit);
  });
  if (mismatch !== undefined) return { side: mismatch.side, mismatch };
  const restriction = comparison.restrictionMismatch;
  if (restriction !== undefined) return { side: restriction.side, mismatch: restriction };
  for (const side of ['target', 'source'] as const) {
    const own = comparison[side];
    const other = comparison[otherSide(side)];
    if (own.unresolved > 0 && (!other.question || own.question) && (other.negatorWords === 0 && own.unresolvedAlone > 0 || own.clausal - own.byAntonym > other.negations + other.implicit)) return { side };
  }
  return null;
}

/**
 * A side's negations as counted against the other side: clause negators, and one-word negators too
 * (`di non aver rivelato` ↔ `did not leak`) unless a negative-affix word of the other side renders
 * them (`rifiuti non biodegradabili` ↔ `non-biodegradable waste`).
 */
function countedNegations(own: SideCounts, other: SideCounts): number {
  return own.clausal - own.byAntonym + Math.max(0, own.negations - own.clausal - other.affixNegatives);
}
