/**
 * Seeded drift injection into the Italian side of a parallel document, for `npm run eval:drift`.
 * Every injector samples real sentences: it finds the edit sites a real editor's slip could touch
 * (a name kept from the source, a finite verb, a weekday, a figure …) and changes one of them. A
 * sentence with no such site is not eligible; a document with no eligible sentence is skipped for
 * that kind, so each kind reports how many injections it made.
 */
import { seededRandom } from '../../src/align/random.js';
import { keptNames, nameSwapSites, nameType, type NamePoolEntry } from './drift-inject-names.js';
import { beadEdit, BEAD_EDIT_KINDS } from './drift-inject-beads.js';

export const DRIFT_KINDS = [
  'name-swap',
  'negation-add',
  'negation-remove',
  'weekday',
  'month',
  'relative-time',
  'number-word',
  'bracketed-figure',
  'digit-figure',
  'replaced-sentence',
  'inserted-sentence',
  'dropped-sentence',
  'inserted-adjacent',
  ...BEAD_EDIT_KINDS,
] as const;

export type DriftKind = (typeof DRIFT_KINDS)[number];

/** Figure-level kinds: caught by the figure engine (src/figures), not by the name/negation checks. */
export const FIGURE_LEVEL_KINDS: ReadonlySet<DriftKind> = new Set(['weekday', 'month', 'relative-time', 'number-word', 'bracketed-figure']);

export interface GoldLink {
  source: readonly number[];
  target: readonly number[];
}

export interface DriftDoc {
  docId: string;
  source: string[];
  target: string[];
  gold: GoldLink[];
}

export interface Injection {
  kind: DriftKind;
  docId: string;
  source: string[];
  target: string[];
  /** The edited pair: a finding on any of these sentences (new numbering) counts as caught. */
  sourceIds: number[];
  targetIds: number[];
  /** Human-readable before → after, for `--show-misses`. */
  description: string;
}

/** What injectors may borrow from the rest of the corpus (names, unrelated sentences). */
export interface InjectionPools {
  /** Names kept verbatim (or through the name table) across source and target, with their document and type. */
  names: NamePoolEntry[];
  /** Every target sentence of the corpus, with its document id. */
  sentences: Array<{ text: string; docId: string }>;
}

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A site in a sentence: replace `[start, end)` by `replacement`. */
interface Edit {
  start: number;
  end: number;
  replacement: string;
}

function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

const WEEKDAYS = ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'];
const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
/** Relative time expressions of Italian news, by meaning (unit and offset): a swap changes the meaning. */
const RELATIVE_TIME_MEANINGS: Readonly<Record<string, string>> = {
  ieri: 'day:-1', 'ieri sera': 'day:-1', oggi: 'day:0', stamattina: 'day:0', domani: 'day:1', 'domani mattina': 'day:1',
  "l'anno scorso": 'year:-1', 'lo scorso anno': 'year:-1', "l'anno prossimo": 'year:1', 'il prossimo anno': 'year:1',
  "quest'anno": 'year:0', 'la settimana scorsa': 'week:-1', 'la scorsa settimana': 'week:-1', 'la prossima settimana': 'week:1',
  'la settimana prossima': 'week:1', 'questa settimana': 'week:0', 'il mese scorso': 'month:-1', 'lo scorso mese': 'month:-1',
  'il prossimo mese': 'month:1', 'il mese prossimo': 'month:1', 'due anni fa': 'year:-2', 'dieci anni fa': 'year:-10',
  'tre giorni fa': 'day:-3', 'pochi giorni fa': 'day:-3',
};
const RELATIVE_TIMES = Object.keys(RELATIVE_TIME_MEANINGS);

/** Another relative time, of another meaning than `current` (`oggi` never becomes `stamattina`). */
function otherRelativeTime(current: string, random: Random): string {
  const meaning = RELATIVE_TIME_MEANINGS[current.toLowerCase()];
  const others = RELATIVE_TIMES.filter((item) => item !== current.toLowerCase() && (meaning === undefined || RELATIVE_TIME_MEANINGS[item] !== meaning));
  return keepCase(current, pick(others, random));
}
const RELATIVE_TIME_PATTERN = new RegExp(
  `(?<![\\p{L}'’])(?:${[...RELATIVE_TIMES].sort((a, b) => b.length - a.length).map((t) => t.replace(/'/g, "['’]")).join('|')}|(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|\\d+) (?:anni|mesi|settimane|giorni) fa)(?![\\p{L}])`,
  'giu',
);
/** `sei` (also "you are") and `uno`/`una` (also articles) are left out: not reliably numbers. */
const NUMBER_WORDS = ['due', 'tre', 'quattro', 'cinque', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici', 'venti', 'trenta', 'cento', 'mille'];
/** Finite verb forms a negation can be put in front of. */
const FINITE_VERBS =
  'è|sono|era|erano|sarà|saranno|sarebbe|sarebbero|fu|furono|sia|siano|ha|hanno|ho|abbiamo|aveva|avevano|avrà|avranno|avrebbe|avrebbero|può|possono|potrà|potranno|potrebbe|potrebbero|poteva|deve|devono|dovrà|dovrebbe|dovrebbero|doveva|vuole|vogliono|voleva|sta|stanno|stava|c\'è|ci sono|dice|dicono|sembra|sembrano|resta|restano|rimane|rimangono|esiste|esistono|serve|servono|basta|conta|vale|possiamo|dobbiamo|vogliamo|siamo|avete|siete|credo|penso|ritengo';
const CLITIC = '(?:(?:mi|ti|si|ci|vi|lo|la|li|le|gli|ne|me|te|se|ce|ve|glie)\\s+)*';
const VERB_SITE = new RegExp(`(?<![\\p{L}'’])${CLITIC}(?:${FINITE_VERBS})(?![\\p{L}])`, 'giu');

function sitesOf(text: string, pattern: RegExp, replace: (match: string) => string | null): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(pattern)) {
    const replacement = replace(match[0]);
    if (replacement !== null && replacement !== match[0]) edits.push({ start: match.index, end: match.index + match[0].length, replacement });
  }
  return edits;
}

function wordPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'giu');
}

function keepCase(original: string, replacement: string): string {
  return original[0] === original[0]!.toUpperCase() && original[0] !== original[0]!.toLowerCase()
    ? replacement[0]!.toUpperCase() + replacement.slice(1)
    : replacement;
}

function otherThan(list: readonly string[], current: string, random: Random): string {
  const others = list.filter((item) => item.toLowerCase() !== current.toLowerCase());
  return keepCase(current, pick(others, random));
}

const ENGLISH_NEGATION = /\b(?:not|never|no|nobody|nothing|none|neither|nor|without|cannot)\b|n't\b/i;

function negationAddSites(target: string): Edit[] {
  return sitesOf(target, VERB_SITE, (verb) => {
    const lower = verb.toLowerCase();
    return verb[0] === verb[0]!.toUpperCase() && verb[0] !== verb[0]!.toLowerCase() ? `Non ${lower}` : `non ${verb}`;
  }).filter((edit) => !/\bnon\s+$/iu.test(target.slice(Math.max(0, edit.start - 5), edit.start)));
}

function negationRemoveSites(source: string, target: string): Edit[] {
  if (!ENGLISH_NEGATION.test(source)) return [];
  // `non … mai/nessuno` stays negative without `non`: only a lone `non` flips the sentence.
  return sitesOf(target, /(?<![\p{L}])non\s+/giu, () => '').filter((edit) => {
    const clause = target.slice(edit.end).split(/[,;:.]/u)[0]!;
    // Lookarounds, not \b: `\b` does not see the end of `né`.
    return !/(?<![\p{L}])(?:mai|nessun[oa]?|niente|nulla|né|neanche|nemmeno|neppure|affatto|alcun[oa]?)(?![\p{L}])/iu.test(clause) &&
      // `non solo`, `non riguarda solo` (not only): not a negation to flip, however the verb sits.
      !/^(?:\p{L}+\s+){0,2}(?:solo|soltanto|solamente)(?![\p{L}])/iu.test(target.slice(edit.end));
  });
}

/** Changes one figure written in digits: its last non-zero digit goes up or down. */
function changeDigits(figure: string, random: Random): string {
  const digits = [...figure];
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits[i]!;
    if (/[1-9]/.test(d) || (i === 0 && d === '0')) {
      const value = Number(d);
      const step = 1 + Math.floor(random() * 3);
      digits[i] = String(value + step <= 9 ? value + step : value - step);
      return digits.join('');
    }
  }
  return figure;
}

function digitFigureSites(source: string, target: string, random: Random): Edit[] {
  // A figure both sides write the same way (years and counts included), so the edit is a real change.
  return sitesOf(target, /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?![\p{N}])/gu, (figure) => {
    const bare = figure.replace(/[.,]/g, '');
    return source.replace(/[.,]/g, '').includes(bare) ? changeDigits(figure, random) : null;
  });
}

function bracketedFigureSites(target: string, random: Random): Edit[] {
  const edits: Edit[] = [];
  for (const match of target.matchAll(/(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)([^()\d]{0,40})\(([^()]*\d[^()]*)\)/gu)) {
    const figure = match[1]!;
    edits.push({ start: match.index, end: match.index + figure.length, replacement: changeDigits(figure, random) });
  }
  for (const match of target.matchAll(/\(([^()]*?)(\d+(?:[.,]\d+)*)([^()]*)\)/gu)) {
    // A figure in brackets whose outside counterpart stands just before: change the outside one instead.
    const before = target.slice(Math.max(0, match.index - 40), match.index);
    const outside = /(\d+(?:[.,]\d+)*)[^\d()]*$/u.exec(before);
    if (outside === null) continue;
    const start = match.index - before.length + outside.index;
    if (!edits.some((edit) => edit.start === start)) {
      edits.push({ start, end: start + outside[1]!.length, replacement: changeDigits(outside[1]!, random) });
    }
  }
  return edits;
}

/** The edit sites of one kind in one 1-1 pair (sentence-level kinds are handled apart). */
function siteFinder(kind: DriftKind, doc: DriftDoc, pools: InjectionPools, random: Random): ((source: string, target: string) => Edit[]) | null {
  switch (kind) {
    case 'name-swap':
      return (s, t) => nameSwapSites(s, t, doc, pools.names, (candidates) => pick(candidates, random));
    case 'negation-add':
      return (_s, t) => negationAddSites(t);
    case 'negation-remove':
      return (s, t) => negationRemoveSites(s, t);
    case 'weekday':
      return (_s, t) => sitesOf(t, wordPattern(WEEKDAYS), (w) => otherThan(WEEKDAYS, w, random));
    case 'month':
      return (_s, t) => sitesOf(t, wordPattern(MONTHS), (w) => otherThan(MONTHS, w, random));
    case 'relative-time':
      return (_s, t) => sitesOf(t, RELATIVE_TIME_PATTERN, (w) => otherRelativeTime(w.replace(/’/g, "'"), random));
    case 'number-word':
      return (_s, t) => sitesOf(t, wordPattern(NUMBER_WORDS), (w) => otherThan(NUMBER_WORDS, w, random));
    case 'bracketed-figure':
      return (_s, t) => bracketedFigureSites(t, random);
    case 'digit-figure':
      return (s, t) => digitFigureSites(s, t, random);
    default:
      return null;
  }
}

/** Target positions of the 1-1 gold links: the pairs an in-sentence edit may touch. */
function oneToOneLinks(doc: DriftDoc, eligible: (link: GoldLink) => boolean): GoldLink[] {
  return doc.gold.filter((link) => link.source.length === 1 && link.target.length === 1 && eligible(link));
}

function otherDocSentence(doc: DriftDoc, pools: InjectionPools, random: Random): string | null {
  const others = pools.sentences.filter((s) => s.docId !== doc.docId && s.text.length >= 40);
  return others.length === 0 ? null : pick(others, random).text;
}

/**
 * One injection of `kind` into `doc`, at a seeded random eligible site, or null when the document
 * has none. `eligible` says which gold links may be edited (the eval passes the links that are
 * clean before the edit, so that a finding on the edited pair is caused by the edit).
 */
export function inject(
  kind: DriftKind,
  doc: DriftDoc,
  pools: InjectionPools,
  seed: number,
  eligible: (link: GoldLink) => boolean,
): Injection | null {
  const random = seededRandom(seed ^ hashString(`${kind}:${doc.docId}`));
  const links = oneToOneLinks(doc, eligible);
  if (links.length === 0) return null;

  if (kind === 'inserted-adjacent' || kind === 'clean-split' || kind === 'clean-merge') {
    const unrelated = pools.sentences.filter((s) => s.docId !== doc.docId).map((s) => s.text);
    const edit = beadEdit(kind, doc.target, links, unrelated, (items) => pick(items, random));
    return edit === null ? null : { kind, docId: doc.docId, source: doc.source, ...edit };
  }

  if (kind === 'replaced-sentence' || kind === 'inserted-sentence' || kind === 'dropped-sentence') {
    const link = pick(links, random);
    const at = link.target[0]!;
    const target = [...doc.target];
    if (kind === 'dropped-sentence') {
      target.splice(at, 1);
      return { kind, docId: doc.docId, source: doc.source, target, sourceIds: [...link.source], targetIds: [], description: `dropped: ${doc.target[at]}` };
    }
    const unrelated = otherDocSentence(doc, pools, random);
    if (unrelated === null) return null;
    if (kind === 'replaced-sentence') {
      target[at] = unrelated;
      return { kind, docId: doc.docId, source: doc.source, target, sourceIds: [...link.source], targetIds: [at], description: `${doc.target[at]} → ${unrelated}` };
    }
    target.splice(at + 1, 0, unrelated);
    return { kind, docId: doc.docId, source: doc.source, target, sourceIds: [], targetIds: [at + 1], description: `inserted after “${doc.target[at]}”: ${unrelated}` };
  }

  const finder = siteFinder(kind, doc, pools, random);
  if (finder === null) return null;
  const candidates = links.flatMap((link) => {
    const edits = finder(doc.source[link.source[0]!]!, doc.target[link.target[0]!]!);
    return edits.map((edit) => ({ link, edit }));
  });
  if (candidates.length === 0) return null;
  const { link, edit } = pick(candidates, random);
  const at = link.target[0]!;
  const before = doc.target[at]!;
  const after = applyEdit(before, edit);
  const target = [...doc.target];
  target[at] = after;
  return {
    kind,
    docId: doc.docId,
    source: doc.source,
    target,
    sourceIds: [...link.source],
    targetIds: [at],
    description: `${before.slice(edit.start, edit.end) || '∅'} → ${edit.replacement || '∅'} in “${after}”`,
  };
}

/** Names and sentences of a corpus, for name swaps and unrelated sentences. */
export function buildPools(docs: readonly DriftDoc[]): InjectionPools {
  const names = new Map<string, string>();
  const sentences: InjectionPools['sentences'] = [];
  for (const doc of docs) {
    for (const link of doc.gold) {
      if (link.source.length !== 1 || link.target.length !== 1) continue;
      for (const { name } of keptNames(doc.source[link.source[0]!]!, doc.target[link.target[0]!]!)) {
        if (!names.has(name)) names.set(name, doc.docId);
      }
    }
    for (const text of doc.target) sentences.push({ text, docId: doc.docId });
  }
  return { names: [...names].map(([name, docId]) => ({ name, docId, type: nameType(name) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), sentences };
}
