import { phraseAt, type NegationSide } from './clauses.js';
import { negationLanguage } from './languages.js';

/**
 * Idioms whose negator is part of their meaning (`no doubt`, `not least`, `nothing but`, `can't
 * wait to`) negate nothing by themselves. Their usual rendering keeps both a negator and a content
 * word (`non c'è dubbio`, `non da ultimo`, `non … altro che`, `non vedo l'ora`):
 * - rendered so, the two negators are the idiom's, and the clause check counts neither
 *   (`earned no more than ten dollars` ↔ `non guadagnava più di dieci dollari`);
 * - when the translation has that content word in the idiom's place with no negation before it
 *   (`v'è dubbio`, `da ultimo`), it says the opposite (there is doubt; last of all).
 */
interface IdiomRendering {
  /** The idiom as the negation reader tokenises it (`couldn't` is `could not`). */
  idiom: readonly string[];
  /** Word sequences of the other language that render it, each of which a negation must precede. */
  anchors: ReadonlyArray<readonly string[]>;
}

const split = (phrases: string): string[][] => phrases.split('|').map((phrase) => phrase.split(' '));

function renderings(table: Record<string, string>): IdiomRendering[] {
  return Object.entries(table).flatMap(([idioms, anchors]) => split(idioms).map((idiom) => ({ idiom, anchors: split(anchors) })));
}

/** English idiom (alternatives separated by `|`) → Italian words that render it with a `non`. */
const ENGLISH_ITALIAN = renderings({
  'no doubt': 'dubbio|dubbi',
  'not least': 'da ultimo|da ultima|ultimo|ultima|meno importante',
  'nothing but|no one else but': 'altro che',
  'can not but|could not but': 'può che|posso che|possiamo che|possono che|poteva che|potevo che|potevamo che|potevano che|fa che|fanno che|resta che|rimane che',
  'look no further': 'oltre',
  'no later than': 'più tardi|oltre',
  'no more than': 'più di|oltre',
  'no less than': 'meno di',
  'no matter': 'importa',
  'no wonder': 'stupirsi|meravigliarsi|sorprendersi|sorprende|stupisce',
  'not to mention': 'parlare di|dire di|menzionare',
  'not bad': 'male',
  'could not help *ing|can not help *ing|not help but': 'a meno di|farne a meno|fare a meno',
  'can not wait to|could not wait to': 'vedo l ora|vede l ora|vedi l ora|vediamo l ora|vedete l ora|vedono l ora|vedevo l ora|vedeva l ora|vedevamo l ora|vedevano l ora',
});

/** Idioms by their first word: a side is scanned once, whatever the table's length. */
type IdiomIndex = ReadonlyMap<string, readonly IdiomRendering[]>;

function indexByFirstWord(table: readonly IdiomRendering[]): IdiomIndex {
  const index = new Map<string, IdiomRendering[]>();
  for (const rendering of table) {
    const list = index.get(rendering.idiom[0]!);
    if (list === undefined) index.set(rendering.idiom[0]!, [rendering]);
    else list.push(rendering);
  }
  return index;
}

const TABLES: ReadonlyMap<string, IdiomIndex> = new Map([['en>it', indexByFirstWord(ENGLISH_ITALIAN)]]);

/** Idioms, and renderings of each, read per side: a pair is a sentence or a few. */
const MAX_IDIOMS = 32;

/** How far (a share of the text) the rendering may stand from the idiom's place. */
const PLACE_SHIFT = 0.25;

export interface IdiomMismatch {
  /** The side that has the idiom, and so the negation the other side lost. */
  side: 'source' | 'target';
  idiom: string;
  /** The idiom's negator as written (`no` of `no doubt`). */
  negator: string;
  anchor: string;
}

export interface IdiomReading {
  /** The first idiom whose rendering stands without its negation. */
  mismatch?: IdiomMismatch;
  /** Positions of negators, per side, that an idiom rendered with its negation accounts for. */
  consumed: { source: Set<number>; target: Set<number> };
}

const baseOf = (lang: string): string => lang.split('-')[0]!.toLowerCase();

function positionsOf(words: readonly string[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let at = 0; at + phrase.length <= words.length; at++) if (phraseAt(words, at, phrase)) found.push(at);
  return found;
}

/** How many words before a rendering its negation may stand (`non v'è alcun dubbio`, `non ho potuto fare a meno`). */
const NEGATION_REACH = 5;

/**
 * The negator or negative word standing shortly before `at` in its clause: its position, `-1` when
 * only the clause reader's wider reach negates the word, undefined when nothing does. The idiom's
 * own negator (`non c'è dubbio`) counts here, though the clause reader treats it as negating nothing.
 */
function negationBefore(side: NegationSide, at: number): number | undefined {
  const language = negationLanguage(side.lang);
  for (let before = at - 1; language !== undefined && before >= 0 && at - before <= NEGATION_REACH && side.segments[before] === side.segments[at]; before--) {
    const word = side.words[before]!;
    // `senza dubbio`: a negative word (unmarked inside its own idiom) renders the negation too.
    if (language.negators.has(word) || language.concordWords.has(word) || language.implicitNegatives.some((pattern) => pattern.test(word))) return before;
  }
  return side.negatedAt(at) ? -1 : undefined;
}

/** Reads the idioms of `from` against their renderings in `to`. */
function readFrom(from: NegationSide, to: NegationSide, table: IdiomIndex, fromSide: 'source' | 'target', reading: IdiomReading): void {
  const toSide = fromSide === 'source' ? 'target' : 'source';
  // Each rendering is looked up once per pair; a hostile text repeating an idiom stays linear.
  const renderingsThere = new Map<readonly string[], number[]>();
  let idiomsSeen = 0;
  for (let at = 0; at < from.words.length && idiomsSeen < MAX_IDIOMS; at++) {
    for (const { idiom, anchors } of table.get(from.words[at]!) ?? []) {
      if (!phraseAt(from.words, at, idiom)) continue;
      idiomsSeen += 1;
      const place = at / from.words.length;
      for (const anchor of anchors) {
        let positions = renderingsThere.get(anchor);
        if (positions === undefined) renderingsThere.set(anchor, (positions = positionsOf(to.words, anchor).slice(0, MAX_IDIOMS)));
        for (const there of positions) {
          if (Math.abs(there / to.words.length - place) > PLACE_SHIFT) continue;
          const negation = negationBefore(to, there);
          if (negation === undefined) {
            const negator = idiom.find((word) => negationLanguage(from.lang)?.negators.has(word) === true) ?? idiom[0]!;
            reading.mismatch ??= { side: fromSide, idiom: idiom.join(' '), negator, anchor: anchor.join(' ') };
            continue;
          }
          reading.consumed[toSide].add(negation);
          for (let k = 0; k < idiom.length; k++) reading.consumed[fromSide].add(at + k);
        }
      }
    }
  }
}

/** The idioms of either side against their renderings on the other. */
export function readIdioms(source: NegationSide, target: NegationSide): IdiomReading {
  const reading: IdiomReading = { consumed: { source: new Set(), target: new Set() } };
  const [from, to] = [baseOf(source.lang), baseOf(target.lang)];
  const forward = TABLES.get(`${from}>${to}`);
  if (forward !== undefined) readFrom(source, target, forward, 'source', reading);
  const backward = TABLES.get(`${to}>${from}`);
  if (backward !== undefined) readFrom(target, source, backward, 'target', reading);
  return reading;
}
