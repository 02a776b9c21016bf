import type { NegationSide } from './clauses.js';
import { negationLanguage } from './languages.js';

/**
 * Idioms whose negator is part of their meaning (`no doubt`, `not least`, `nothing but`) negate
 * nothing, so the clause-by-clause check passes over them. Their usual rendering keeps both the
 * negator and a content word (`non c'è dubbio`, `non da ultimo`, `non … altro che`): when the
 * translation has that content word in the idiom's place with no negation before it (`v'è
 * dubbio`, `da ultimo`), it says the opposite (there is doubt; last of all).
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
  'look no further': 'oltre',
  'no later than': 'più tardi|oltre',
  'could not help|can not help|not help but': 'a meno di|farne a meno|fare a meno',
});

const TABLES: ReadonlyMap<string, readonly IdiomRendering[]> = new Map([['en>it', ENGLISH_ITALIAN]]);

/** How far (a share of the text) the rendering may stand from the idiom's place. */
const PLACE_SHIFT = 0.25;

export interface IdiomMismatch {
  /** The side that has the idiom, and so the negation the other side lost. */
  side: 'source' | 'target';
  idiom: string;
  anchor: string;
}

const baseOf = (lang: string): string => lang.split('-')[0]!.toLowerCase();

function positionsOf(words: readonly string[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let at = 0; at + phrase.length <= words.length; at++) if (phrase.every((part, k) => words[at + k] === part)) found.push(at);
  return found;
}

/** How many words before a rendering its negation may stand (`non v'è alcun dubbio`, `non ho potuto fare a meno`). */
const NEGATION_REACH = 5;

/**
 * Whether a negator or a negative word stands shortly before `at` in its clause. The idiom's own
 * negator (`non c'è dubbio`) counts here, though the clause reader treats it as negating nothing.
 */
function negatedBefore(side: NegationSide, at: number): boolean {
  const language = negationLanguage(side.lang);
  for (let before = at - 1; before >= 0 && at - before <= NEGATION_REACH && side.segments[before] === side.segments[at]; before--) {
    const word = side.words[before]!;
    if (language === undefined) break;
    // `senza dubbio`: a negative word (unmarked inside its own idiom) renders the negation too.
    if (language.negators.has(word) || language.concordWords.has(word) || language.implicitNegatives.some((pattern) => pattern.test(word))) return true;
  }
  return side.negatedAt(at);
}

/** The first idiom of `from` whose rendering stands bare, un-negated, near its place in `to`. */
function bareRendering(from: NegationSide, to: NegationSide, table: readonly IdiomRendering[]): { idiom: string; anchor: string } | undefined {
  for (const { idiom, anchors } of table) {
    for (const at of positionsOf(from.words, idiom)) {
      const place = at / from.words.length;
      for (const anchor of anchors) {
        const bare = positionsOf(to.words, anchor).find((there) => Math.abs(there / to.words.length - place) <= PLACE_SHIFT && !negatedBefore(to, there));
        if (bare !== undefined) return { idiom: idiom.join(' '), anchor: anchor.join(' ') };
      }
    }
  }
  return undefined;
}

/** An idiom of either side whose usual rendering stands on the other side without its negation. */
export function idiomMismatch(source: NegationSide, target: NegationSide): IdiomMismatch | undefined {
  const [from, to] = [baseOf(source.lang), baseOf(target.lang)];
  const forward = TABLES.get(`${from}>${to}`);
  if (forward !== undefined) {
    const found = bareRendering(source, target, forward);
    if (found !== undefined) return { side: 'source', ...found };
  }
  const backward = TABLES.get(`${to}>${from}`);
  if (backward !== undefined) {
    const found = bareRendering(target, source, backward);
    if (found !== undefined) return { side: 'target', ...found };
  }
  return undefined;
}
