/**
 * franc's `francAll`, scoring exactly as franc 6 does, but reading the trigram models of the
 * languages a call asks for on first use, without building tables of them. franc itself builds the
 * tables of all its ~400 language models when it is imported, which was the largest single cost of
 * a short `align` run (test/lang/franc-lazy.test.ts checks the results equal franc's).
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants: it reads at most MAX_LENGTH characters; MAX_DIFFERENCE is the cost of an unknown trigram. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

export type LanguageScores = Array<[string, number]>;

/** A trigram as a map key (see `trigramKey`). */
export type TrigramKey = number | string;

/**
 * The trigram of `text` at `at` (three UTF-16 units) as a map key: an integer when all three units
 * are below 1024 (every Latin, Greek and IPA letter), else the substring. Distinct trigrams get
 * distinct keys, and a text's ~2,000 trigrams cost no string each.
 */
export function trigramKey(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : text.slice(at, at + 3);
}

/** Per script and language, its model's trigrams in rank order, split on first use. */
const models = new Map<string, readonly string[]>();

function modelOf(script: string, language: string): readonly string[] {
  const key = `${script}\u0000${language}`;
  let model = models.get(key);
  if (model === undefined) {
    model = (data as Record<string, Record<string, string>>)[script]![language]!.split('|');
    models.set(key, model);
  }
  return model;
}

/**
 * Per script and candidate list, every trigram of the candidates' models → the candidates whose
 * model has it, as pairs [column, rank, column, rank, …]: one look-up per trigram of the text
 * scores all candidates, and only the models that know the trigram are visited (a trigram is in a
 * few of the ~40 Latin-script models, not all of them).
 */
interface RankIndex {
  languages: readonly string[];
  ranks: Map<TrigramKey, Int32Array>;
}

const indexes = new Map<string, RankIndex>();

function rankIndex(script: string, languages: readonly string[]): RankIndex {
  const key = `${script}\u0000${languages.join(',')}`;
  let index = indexes.get(key);
  if (index === undefined) {
    const dense = new Map<TrigramKey, Int32Array>();
    const models = (data as Record<string, Record<string, string>>)[script]!;
    languages.forEach((language, column) => {
      const trigrams = models[language]!.split('|');
      // Backwards, as franc does, so a repeated trigram keeps its best (lowest) rank.
      for (let weight = trigrams.length - 1; weight >= 0; weight--) {
        const key = trigramKey(trigrams[weight]!, 0);
        let row = dense.get(key);
        if (row === undefined) {
          row = new Int32Array(languages.length).fill(-1);
          dense.set(key, row);
        }
        row[column] = weight;
      }
    });
    const ranks = new Map<TrigramKey, Int32Array>();
    for (const [trigram, row] of dense) {
      const pairs: number[] = [];
      for (let column = 0; column < row.length; column++) if (row[column]! >= 0) pairs.push(column, row[column]!);
      ranks.set(trigram, Int32Array.from(pairs));
    }
    index = { languages, ranks };
    // A caller passes one candidate list or a few; any more and memory, not speed, comes first.
    if (indexes.size >= 8) indexes.clear();
    indexes.set(key, index);
  }
  return index;
}

/** A text as franc reads its trigrams: lower case, ASCII punctuation and digits removed, space-padded. */
export function paddedForTrigrams(value: string): string {
  return ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `;
}

/** The padded, cleaned text's trigrams with their counts (trigram-utils' `asTuples`, unsorted: a distance is a sum). */
function trigramCounts(value: string): Map<TrigramKey, number> {
  const padded = paddedForTrigrams(value);
  const counts = new Map<TrigramKey, number>();
  for (let at = 0; at + 3 <= padded.length; at++) {
    const trigram = trigramKey(padded, at);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/**
 * franc's distance of the text's trigrams to each language, in the order given: the sum over the
 * text's trigrams of MAX_DIFFERENCE, or of how far its count is from its rank in the model when the
 * model has it. Walks each model once against the text's trigrams, so nothing is indexed ahead: a
 * short run pays for the ~300 trigrams of each candidate, not for a table of all of them. The sums
 * are of integers, so their order does not change them (`indexedDistances` gives the same).
 */
function walkedDistances(trigrams: ReadonlyMap<TrigramKey, number>, script: string, languages: readonly string[]): Float64Array {
  const totals = new Float64Array(languages.length);
  const absent = trigrams.size * MAX_DIFFERENCE;
  // A model may list a trigram twice; its first (best) rank counts, as in franc.
  const rankedFor = new Map<string, number>();
  languages.forEach((language, column) => {
    let total = absent;
    const model = modelOf(script, language);
    for (let rank = 0; rank < model.length; rank++) {
      const trigram = model[rank]!;
      const count = trigrams.get(trigramKey(trigram, 0));
      if (count === undefined || rankedFor.get(trigram) === column) continue;
      rankedFor.set(trigram, column);
      total += Math.abs(count - rank - 1) - MAX_DIFFERENCE;
    }
    totals[column] = total;
  });
  return totals;
}

/**
 * franc's distance of the text's trigrams to each language of the index, in its order: every
 * trigram costs MAX_DIFFERENCE, less what it saves in the models that know it. The sums are of
 * integers, so this equals franc's per-trigram sum exactly.
 */
function indexedDistances(trigrams: ReadonlyMap<TrigramKey, number>, index: RankIndex): Float64Array {
  const totals = new Float64Array(index.languages.length).fill(trigrams.size * MAX_DIFFERENCE);
  for (const [trigram, count] of trigrams) {
    const pairs = index.ranks.get(trigram);
    if (pairs === undefined) continue;
    for (let k = 0; k < pairs.length; k += 2) totals[pairs[k]!] += Math.abs(count - pairs[k + 1]! - 1) - MAX_DIFFERENCE;
  }
  return totals;
}

/** Calls per candidate list so far: the first few walk the models, later ones build and use the rank index. */
const calls = new Map<string, number>();
/** A single `align` run detects its two sides; the index pays for itself only over more calls (`align batch`). */
const WALKS_BEFORE_INDEX = 2;

function distances(trigrams: ReadonlyMap<TrigramKey, number>, script: string, languages: readonly string[]): Float64Array {
  const key = `${script}\u0000${languages.join(',')}`;
  const seen = calls.get(key) ?? 0;
  if (seen < WALKS_BEFORE_INDEX) {
    if (calls.size >= 8) calls.clear();
    calls.set(key, seen + 1);
    return walkedDistances(trigrams, script, languages);
  }
  return indexedDistances(trigrams, rankIndex(script, languages));
}

function topScript(value: string): [string | undefined, number] {
  let topCount = -1;
  let top: string | undefined;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/** Like franc's `francAll(value, {only, minLength})`: languages with scores in [0, 1], best first. */
export function francAll(value: string, options: { only?: readonly string[]; minLength?: number } = {}): LanguageScores {
  const only = options.only ?? [];
  const allowed = (language: string): boolean => only.length === 0 || only.includes(language);
  if (!value || value.length < (options.minLength ?? MIN_LENGTH)) return [['und', 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const languages = script === undefined ? undefined : (data as Record<string, Record<string, string>>)[script];
  if (script === undefined || languages === undefined) {
    // A script used by one language only (franc has no model for it).
    return script === undefined || share === 0 || !allowed(script) ? [['und', 1]] : [[script, 1]];
  }
  const candidates = Object.keys(languages).filter(allowed);
  if (candidates.length === 0) return [['und', 1]];
  const totals = distances(trigramCounts(sample), script, candidates);
  const scored: LanguageScores = candidates.map((language, k) => [language, totals[k]!]);
  scored.sort((a, b) => a[1] - b[1]);
  const min = scored[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of scored) entry[1] = 1 - (entry[1] - min) / max || 0;
  return scored;
}
