import { isStopword } from '../embed/lexical/stopwords.js';
import type { LanguageCode } from '../types.js';
import type { NegationLanguage } from './languages.js';
import { latinPattern } from '../text/latin-pattern.js';
import { hasLetter } from '../text/letters.js';

/**
 * One side of a pair read for negation, clause by clause: its words, the punctuation-delimited
 * segment each word is in, the negators with what they negate, and which segments say something
 * negative in any way (a negator, `mai`, `failed`, `without` …). Linear in the text's length.
 */
export interface Cue {
  /** The negator as written (lower case). */
  word: string;
  at: number;
  /** Positions of the content words it negates, nearest first (at most two). */
  heads: number[];
  /** It negates a clause (`non ha pagato`), not one word (`non residenti`, `not guilty`). */
  clausal: boolean;
  /** It negates a negative word (`non è impossibile`, `not unlikely`): together they say yes. */
  litotes?: boolean;
  /** It stands in a question, which compares only with a question (`Why didn't he …?` ↔ `Perché non …?`). */
  inQuestion?: boolean;
}

export interface NegationSide {
  lang: LanguageCode;
  words: string[];
  /** Segment of each word (segments are cut at punctuation). */
  segments: number[];
  /** Negators that negate something (not expletive, not part of `not only`); those in a question are marked. */
  cues: Cue[];
  /** Places (shares of the text) of `not only`, `non si tratta soltanto`: a negator restricting an only-word. */
  notOnlyPlaces: number[];
  /** Places of only-words that no negator restricts (`possiamo affidarci al solo inglese`). */
  bareOnlyPlaces: number[];
  /** Negators that open a question by inversion (`Aren't you glad`, `…, don't you?`): no negation of their own. */
  invertedQuestions: number;
  /** Clauses a `nor`/`né` negates by continuing a negation opened earlier in the sentence (`not X, nor Y`). */
  continuedClauses: number;
  /**
   * Whether the word at a position is negated in some way: a negator or a negative-meaning word
   * (`failed`, `senza`) shortly before it in its segment, or just after it (`said nothing`).
   */
  negatedAt: (at: number) => boolean;
  /** Whether the text is a question (its last sentence ends with `?`): a rhetorical question may render a negation. */
  question: boolean;
  /** Whether a word is only negative in form: `unfit`, `non-executive`, `sconosciuto`. */
  affixStem: Map<number, string>;
  /** Negators as written, also those that negate nothing (`not only`, `no doubt`, `non … che`). */
  negatorCount: number;
  /** Negative-meaning words that are not negators (`failed`, `senza`, `lack`): each may render a negation. */
  implicitCount: number;
  /** Of those, the words negative by their affix (`non-biodegradable`, `unfit`, `sconosciuto`). */
  affixNegativeCount: number;
  /** Negative-meaning words that clearly render a negation (`failed`, `without`, `mancata`). */
  strongImplicitCount: number;
  /** Positions of the negative-meaning words (`denied`, `respinto`, `senza`), in text order. */
  implicitPositions: readonly number[];
}

const TOKEN = latinPattern(String.raw`[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*['’]?|[.,;:!?()[\]—–"“”«»‘]|\s-\s`, 'gu');
const SPACED_ELISION = latinPattern(String.raw`(\p{L}) ' (?=\p{L})`, 'gu');
const NEGATIVE_CONTRACTION = latinPattern(String.raw`^(\p{L}+)n't$`, 'u');
const CONTRACTION = latinPattern(String.raw`^(\p{L}+)'(s|re|ve|ll|d|m)$`, 'u');
const GLUED_POSSESSIVE = latinPattern(String.raw`^(\p{L}+s)'(\p{L}{3,})$`, 'u');
const ELISION = latinPattern(String.raw`^(\p{L}+)'(\p{L}[\p{L}\p{N}'\-]*)?$`, 'u');
const STARTS_NUMBER = latinPattern(String.raw`^\p{N}`, 'u');
const LETTERS_ONLY = latinPattern(String.raw`^\p{L}+$`, 'u');
const BOUNDARY = /^(?:[.,;:!?()[\]—–"“”«»‘]|-)$/u;
const SENTENCE_END = /^[.!?]$/u;
/** Abbreviations whose dot ends no sentence (`Mr. Trump`, `Dott. Rossi`). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr st prof sen rep gov gen lt col capt sgt rev hon jr sr vs sig sigg dott avv ing on'.split(' '),
);

/** Whether the word at `at` ends a sentence (a stop after a title such as `Mr.` does not). */
function endsSentence(words: readonly string[], at: number): boolean {
  return SENTENCE_END.test(words[at]!) && !(words[at] === '.' && TITLE_ABBREVIATIONS.has(words[at - 1] ?? ''));
}
const NEGATED_AUXILIARY: ReadonlyMap<string, string> = new Map([
  ['ca', 'can'],
  ['wo', 'will'],
  ['sha', 'shall'],
]);
const ENGLISH_CONTRACTED: ReadonlyMap<string, string> = new Map([
  ['re', 'are'],
  ['ve', 'have'],
  ['ll', 'will'],
  ['d', 'would'],
  ['m', 'am'],
]);
/** Words whose `'s` is `is` (or `has`), not a possessive. */
const ENGLISH_S_IS: ReadonlySet<string> = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'this', 'let']);
const ITALIAN_ELIDED: ReadonlyMap<string, string> = new Map([
  ['senz', 'senza'],
  ['nessun', 'nessun'],
  ['c', 'ci'],
  ['un', 'un'],
]);

/** Words of `text`, English `n't` and `cannot` split off, Italian elisions split (`c'è` → `ci è`). */
function wordsOf(text: string, lang: LanguageCode): string[] {
  const out: string[] = [];
  // `c ' è`, `l ' anno` (tokenised corpora): the elision, written apart.
  const straight = text.toLowerCase().replace(/’/gu, "'");
  const joined = straight.replace(SPACED_ELISION.on(straight), "$1'");
  for (const match of joined.matchAll(TOKEN.on(joined))) {
    const token = match[0].trim();
    // Contractions and elisions all have an apostrophe: most words go straight through.
    if (!token.includes("'")) {
      if (lang === 'en' && token === 'cannot') out.push('can', 'not');
      else out.push(token);
      continue;
    }
    if (lang === 'en') {
      const contracted = NEGATIVE_CONTRACTION.exec(token);
      if (contracted !== null) {
        out.push(NEGATED_AUXILIARY.get(contracted[1]!) ?? contracted[1]!, 'not');
        continue;
      }
      if (token === 'cannot') {
        out.push('can', 'not');
        continue;
      }
      // `it's not`, `they're not`: the auxiliary stays visible (a possessive `'s` just goes).
      const contraction = CONTRACTION.exec(token);
      if (contraction !== null) {
        out.push(contraction[1]!);
        const auxiliary = contraction[2] === 's' ? (ENGLISH_S_IS.has(contraction[1]!) ? 'is' : undefined) : ENGLISH_CONTRACTED.get(contraction[2]!);
        if (auxiliary !== undefined) out.push(auxiliary);
        continue;
      }
      // `authorities'unexplained` (a plural possessive glued to the next word in tokenised corpora): two words.
      const glued = GLUED_POSSESSIVE.exec(token);
      if (glued !== null) {
        out.push(glued[1]!, glued[2]!);
        continue;
      }
      out.push(token.replace(/'$/u, ''));
      continue;
    }
    const elision = ELISION.exec(token);
    if (elision !== null) {
      out.push(ITALIAN_ELIDED.get(elision[1]!) ?? elision[1]!);
      if (elision[2] !== undefined) out.push(elision[2]);
      continue;
    }
    out.push(token);
  }
  return out;
}

type PhraseTable = ReadonlyMap<string, readonly string[][]>;
const phraseTables = new WeakMap<readonly string[], PhraseTable>();

/** Phrases tokenised as the text is (once per list), indexed by their first word. */
function phraseTable(phrases: readonly string[], lang: LanguageCode): PhraseTable {
  let table = phraseTables.get(phrases);
  if (table === undefined) {
    const byFirst = new Map<string, string[][]>();
    for (const phrase of phrases) {
      const parts = wordsOf(phrase, lang);
      const list = byFirst.get(parts[0]!) ?? [];
      list.push(parts);
      byFirst.set(parts[0]!, list);
    }
    table = byFirst;
    phraseTables.set(phrases, table);
  }
  return table;
}

/** Whether `parts` stand in `words` from `at`; a part `*ing` stands for any word ending in -ing (`can't help thinking`). */
export function phraseAt(words: readonly string[], at: number, parts: readonly string[]): boolean {
  return parts.every((part, k) => {
    const word = words[at + k];
    return word === part || (part === '*ing' && word !== undefined && word.length > 4 && word.endsWith('ing'));
  });
}

/** Positions where one of the phrases starts in `words`. */
function phraseStarts(words: readonly string[], phrases: readonly string[], lang: LanguageCode): Set<number> {
  const starts = new Set<number>();
  if (phrases.length === 0) return starts;
  const byFirst = phraseTable(phrases, lang);
  for (let at = 0; at < words.length; at++) if ((byFirst.get(words[at]!) ?? []).some((parts) => phraseAt(words, at, parts))) starts.add(at);
  return starts;
}

/** Positions covered by one of the phrases in `words`. */
function phrasePositions(words: readonly string[], phrases: readonly string[], lang: LanguageCode): Set<number> {
  const covered = new Set<number>();
  if (phrases.length === 0) return covered;
  const byFirst = phraseTable(phrases, lang);
  for (let at = 0; at < words.length; at++) {
    for (const parts of byFirst.get(words[at]!) ?? []) {
      if (phraseAt(words, at, parts)) for (let k = 0; k < parts.length; k++) covered.add(at + k);
    }
  }
  return covered;
}

function isImplicitNegative(word: string, language: NegationLanguage): boolean {
  return language.implicitNegatives.some((pattern) => pattern.test(word));
}

function isContent(word: string, lang: LanguageCode, language: NegationLanguage): boolean {
  return hasLetter(word) && word.length > 1 && !isStopword(word, lang) && !language.headSkip.has(word);
}

/** Reads one side of a pair; `language` is its negation data. */
export function readSide(text: string, lang: LanguageCode, language: NegationLanguage): NegationSide {
  const words = wordsOf(text, lang);
  const segments: number[] = new Array<number>(words.length);
  let segment = 0;
  for (let at = 0; at < words.length; at++) {
    if (BOUNDARY.test(words[at]!) && (words[at] !== '.' || endsSentence(words, at))) segment += 1;
    segments[at] = segment;
  }
  const neutral = phrasePositions(words, language.nonNegatingPhrases, lang);
  const expletive = phrasePositions(words, language.expletiveTriggers, lang);
  const negativePhraseStarts = phraseStarts(words, language.negativePhrases, lang);
  // Whether the sentence a word is in ends with a question mark (a backward pass keeps it linear).
  const inQuestion: boolean[] = new Array<boolean>(words.length);
  // Whether the same concord word comes again later in the sentence (`né … né`): one backward pass.
  const pairedLater: boolean[] = new Array<boolean>(words.length);
  let question = false;
  const concordAhead = new Set<string>();
  for (let at = words.length - 1; at >= 0; at--) {
    if (endsSentence(words, at)) {
      question = words[at] === '?';
      concordAhead.clear();
    }
    inQuestion[at] = question;
    const word = words[at]!;
    if (language.sentenceConcord.has(word)) {
      pairedLater[at] = concordAhead.has(word);
      concordAhead.add(word);
    }
  }
  let sentenceStart = 0;
  let lastCueAt = -1;

  let negatorCount = 0;
  let continuedClauses = 0;
  let invertedQuestions = 0;
  let implicitCount = 0;
  let affixNegativeCount = 0;
  let strongImplicitCount = 0;
  const markers: number[] = [];
  /** Negative-meaning words reach only within their own clause (`perso …, e vincono`). */
  const implicitMarkers = new Set<number>();
  /** A negator of one word (`non governative`) negates only that word. */
  const wordMarkers = new Set<number>();
  /** Clause-break positions, to stop a negative word's reach. */
  const breaks: number[] = [];
  const wideMarkers: number[] = [];
  const affixStem = new Map<number, string>();
  const cues: Cue[] = [];
  let openSegment = -1;
  let lastExpletiveAt = -100;
  let lastComparativeAt = -100;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    const seg = segments[at]!;
    if (at > 0 && endsSentence(words, at - 1)) sentenceStart = at;
    if (expletive.has(at)) lastExpletiveAt = at;
    if (language.comparatives.has(word)) lastComparativeAt = at;
    if (language.clauseBreaks.has(word)) {
      breaks.push(at);
      // A negation opened before `that`, `and`, `che` … does not reach the next clause's `no`, `nessuno`.
      if (openSegment === seg) openSegment = -1;
    }
    const affix = language.negativeAffix.exec(word);
    if (affix !== null) affixStem.set(at, (affix[1] ?? affix[2])!);
    // `C'è nessuno qua?`: "anybody", in a question with no negation open.
    if (inQuestion[at] && language.questionIndefinites.has(word) && at > 0 && segments[at - 1] === seg && openSegment !== seg) continue;
    // `ma Mary no.`, `ad altre no`: a `no` closing its clause after the clause's subject negates the clause.
    const elliptical = language.ellipticalNo && word === 'no' && (at + 1 === words.length || /^[.;!]$/u.test(words[at + 1]!)) && isEllipsisSubject(words[at - 1], segments[at - 1] === seg);
    const negator = elliptical || language.negators.has(word) || language.negatingSuffixes.some((suffix) => word.endsWith(suffix));
    // After an open negation only a second `non`/`not` negates again (`non potevamo non`); `nessuno`,
    // `niente`, `nor` continue the negation already open.
    const concord = language.concordWords.has(word) || (language.negators.has(word) && !language.repeatableNegators.has(word));
    if (negator) negatorCount += 1;
    const inPhrase = negativePhraseStarts.has(at);
    const implicit = !negator && (inPhrase || isImplicitNegative(word, language));
    if (implicit) implicitCount += 1;
    if (implicit && affix !== null) affixNegativeCount += 1;
    if (!negator && (inPhrase || language.strongImplicit.test(word))) strongImplicitCount += 1;
    if (!neutral.has(at) && (negator || (concord && openSegment === seg) || implicit)) {
      markers.push(at);
      if (implicit) implicitMarkers.add(at);
      // `nobody said`, `I don't think that …`: the negation reaches the whole rest of its clause.
      if (language.wideNegators.has(word) || language.raisingVerbs.has(words[at + 1] ?? '') || language.raisingVerbs.has(words[at + 2] ?? '')) wideMarkers.push(at);
    }
    if (neutral.has(at)) continue;
    const startsSegment = at === 0 || segments[at - 1] !== seg;
    const isCue = negator || (language.clauseInitialNegators.has(word) && startsSegment && openSegment !== seg);
    if (!isCue) continue;
    if (concord && openSegment === seg) continue; // `non … né`, `non … nessuno`: one negation
    // `non …, né …`, `non …, neppure …`: still the negation the sentence opened.
    if (language.sentenceConcord.has(word) && lastCueAt >= sentenceStart) {
      if (seg !== segments[lastCueAt] && language.clauseContinuers.has(word)) continuedClauses += 1;
      openSegment = seg;
      continue;
    }
    // `…, né degli inceneritori` with no negation before it in the sentence continues one that is
    // not there (a `non` dropped earlier): it says nothing of its own (`né … né` pairs aside).
    const orphan = language.sentenceConcord.has(word) && at > sentenceStart && pairedLater[at] !== true;
    openSegment = seg;
    // `finché non`, `a meno che, come …, non`, `più … che non`: an expletive negator says nothing negative.
    if (lastExpletiveAt >= sentenceStart && at - lastExpletiveAt <= EXPLETIVE_REACH) continue;
    const before = words[at - 1] ?? '';
    if (language.comparativeLinks.has(before) && lastComparativeAt >= sentenceStart && at - lastComparativeAt <= EXPLETIVE_REACH) continue;
    lastCueAt = at;
    if (language.opensQuestion?.(words, at) === true) {
      invertedQuestions += 1;
      continue;
    }
    // `No. 1`, `no,`: a number sign or an interjection, not a negation.
    const next = words[at + 1];
    if (word === 'no' && !elliptical && (next === undefined || next === 'to' || BOUNDARY.test(next) || STARTS_NUMBER.test(next) || (next === '.' && STARTS_NUMBER.test(words[at + 2] ?? '')))) continue;
    const clausal = language.negatesClause(words, at);
    if (!clausal) wordMarkers.add(at);
    if (orphan) {
      wordMarkers.delete(at);
      continue;
    }
    cues.push({ word, at, heads: [], clausal, ...(inQuestion[at] ? { inQuestion: true } : {}) });
  }
  const active = cues.filter((cue) => {
    const heads = headsOf(cue, words, segments, lang, language, cues);
    if (heads === null) return false;
    cue.heads = heads;
    return true;
  });
  // Whether a negation reaching its whole clause (`nobody`, `don't think`) stands earlier in each
  // word's segment: one pass, so each lookup below only looks a few words around.
  const wideBefore: boolean[] = new Array<boolean>(words.length);
  const markerSet = new Set(markers);
  const wideSet = new Set(wideMarkers);
  for (let at = 0, open = false; at < words.length; at++) {
    if (at > 0 && segments[at] !== segments[at - 1]) open = false;
    wideBefore[at] = open;
    if (wideSet.has(at)) open = true;
  }
  const breakSet = new Set(breaks);
  const negatedAt = (at: number): boolean => {
    const seg = segments[at]!;
    if (wideBefore[at]) return true;
    for (let after = at + 1; after <= at + MARKER_REACH_AFTER && segments[after] === seg; after++) if (markerSet.has(after)) return true;
    let clauseBroken = false;
    for (let marker = at - 1; marker >= 0 && at - marker <= MARKER_REACH && segments[marker] === seg; marker--) {
      if (markerSet.has(marker)) {
        // A one-word negator (`non governative`) negates the next word only; a negative-meaning word
        // (`perso`) only within its own clause.
        const reachesHere = wordMarkers.has(marker) ? at - marker === 1 : !(implicitMarkers.has(marker) && clauseBroken);
        if (reachesHere) return true;
      }
      if (breakSet.has(marker)) clauseBroken = true;
    }
    return false;
  };
  return {
    lang, words, segments, cues: active, continuedClauses, invertedQuestions, ...onlyReadings(words, segments, language), negatedAt, affixStem, negatorCount, implicitCount, affixNegativeCount, strongImplicitCount, question: words.includes('?'),
    implicitPositions: [...implicitMarkers],
  };
}

/** How near a negator must be to an only-word to make the only-word's reading uncertain (`not … , solo per`). */
const ONLY_NEGATOR_NEAR = 3;

/**
 * Where a side says `not only` and where it says `only` alone (places as shares of the text). An
 * only-word with a negator just after it (`it's just not about`) or close by in another clause
 * (`e non contro, solo per`) is neither.
 */
function onlyReadings(words: readonly string[], segments: readonly number[], language: NegationLanguage): { notOnlyPlaces: number[]; bareOnlyPlaces: number[] } {
  const notOnlyPlaces: number[] = [];
  const bareOnlyPlaces: number[] = [];
  const negatorAt = (at: number): boolean => language.negators.has(words[at] ?? '');
  let lastNegator = -100;
  for (let at = 0; at < words.length; at++) {
    const word = words[at]!;
    if (negatorAt(at)) lastNegator = at;
    if (!language.onlyWords.has(word)) continue;
    if (at - lastNegator <= ONLY_REACH && segments[lastNegator] === segments[at]) notOnlyPlaces.push(at / words.length);
    else if (at - lastNegator > ONLY_NEGATOR_NEAR && ![1, 2, 3].some((k) => negatorAt(at + k))) bareOnlyPlaces.push(at / words.length);
  }
  return { notOnlyPlaces, bareOnlyPlaces };
}

/** Words after which `no` is an answer or an alternative, not a clause negated (`di no`, `o no`, `se no`). */
const NOT_ELLIPSIS_SUBJECT: ReadonlySet<string> = new Set(['di', 'che', 'se', 'o', 'oppure', 'e', 'ma', 'sì', 'si', 'forse', 'perché', 'come', 'anzi', 'certo', 'ah', 'oh', 'eh', 'ehm', 'beh']);

function isEllipsisSubject(word: string | undefined, sameSegment: boolean): boolean {
  return sameSegment && word !== undefined && LETTERS_ONLY.test(word) && !NOT_ELLIPSIS_SUBJECT.has(word);
}

const HEAD_WINDOW = 6;
/** How far after a negator an only-word makes it "not only" (`non possiamo affidarci al solo`). */
const ONLY_REACH = 4;
const EXPLETIVE_REACH = 15;
/** How far a negator or negative word reaches: words after it, and before it (`said nothing`). */
const MARKER_REACH = 8;
const MARKER_REACH_AFTER = 1;
const MAX_HEADS = 2;

/**
 * What a negator negates: the next content words in its segment (`non ha mai detto` → `detto`),
 * or for a negator closing its clause the content word before (`said nothing`); empty when there
 * is none. Null when it negates another negative (`non è impossibile`, `non potevamo non`): a
 * litotes says yes.
 */
function headsOf(cue: Cue, words: readonly string[], segments: readonly number[], lang: LanguageCode, language: NegationLanguage, cues: readonly Cue[]): number[] | null {
  const cueSeg = segments[cue.at]!;
  let seg = cueSeg;
  const cueAt = new Set(cues.map((other) => other.at));
  const isCueAt = (at: number): boolean => cueAt.has(at);
  // The second negator of `non potevamo non`, `not without`: nothing but function words since the first.
  for (let at = cue.at - 1; at >= 0 && at >= cue.at - HEAD_WINDOW && segments[at] === cueSeg; at--) {
    if (isCueAt(at)) return null;
    if (isContent(words[at]!, lang, language)) break;
  }
  const heads: number[] = [];
  let reach = cue.at + HEAD_WINDOW;
  for (let at = cue.at + 1; at < words.length && at <= reach; at++) {
    const word = words[at]!;
    if (segments[at] !== seg) {
      // `non ha, inoltre, reso nota`, `non è "pronta"`: before its first word, a negator reaches past
      // a parenthetical comma or a quote; anything else ends its clause.
      if (heads.length > 0 || !/^[,"“”‘]$/u.test(word)) break;
      // `non è “assolutamente ridicola”`: the clause goes on inside the quote. After a comma it does
      // not (`non dovrebbe, ma deve`).
      if (word !== ',') seg = segments[at]!;
      reach += 1;
      continue;
    }
    if (isCueAt(at)) {
      if (heads.length === 0) return null;
      break;
    }
    // `non posso che`, `cannot but`, `non ho fatto altro che`: "only", not a negation (but `non
    // vogliono che` is "do not want that").
    if (heads.length === 0 && language.restrictiveAfter.has(word) && !language.thatClauseVerbs.has(words[at - 1] ?? '')) return null;
    if (language.restrictiveAfter.has(word) && words[at - 1] === 'altro') return null;
    // `he's not fit not only to be`: another negator opens a negation of its own.
    if (heads.length > 0 && language.negators.has(word)) break;
    // `non si tratta soltanto di`: "not only", however the verb sits.
    if (language.onlyWords.has(word) && at - cue.at <= ONLY_REACH) return null;
    // The negated words stay in the negator's clause: `did not realise until he went`.
    if (heads.length > 0 && language.clauseBreaks.has(word)) break;
    if (!isContent(word, lang, language)) continue;
    if (heads.length === 0 && (language.negativePrefix.test(word) || isImplicitNegative(word, language))) {
      cue.litotes = true;
      return [at];
    }
    heads.push(at);
    if (heads.length === MAX_HEADS) return heads;
  }
  if (heads.length > 0) return heads;
  // `you did not do that`: the verb is a light one the scan passed over.
  for (let at = cue.at + 1; at < words.length && at <= cue.at + 3 && segments[at] === cueSeg; at++) {
    if (language.lightVerbs.has(words[at]!)) return [at];
  }
  if (!language.wideNegators.has(cue.word)) return heads;
  for (let at = cue.at - 1; at >= 0 && at >= cue.at - HEAD_WINDOW && segments[at] === cueSeg; at--) {
    if (isContent(words[at]!, lang, language)) return [at];
  }
  return heads;
}
