/**
 * franc's `francAll`, scoring exactly as franc 6 does, but building a language's trigram table only
 * when a call first asks for that language. franc itself builds the tables of all its ~400
 * language models when it is imported, which was the largest single cost of a short `align` run
 * (test/lang/franc-lazy.test.ts checks the results equal franc's).
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { asTuples } from 'trigram-utils';

/** franc's constants: it reads at most MAX_LENGTH characters; MAX_DIFFERENCE is the cost of an unknown trigram. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

export type LanguageScores = Array<[string, number]>;

const models = new Map<string, Map<string, number>>();

/** Trigram → rank in the language's model (franc's numericData entry). */
function model(script: string, language: string): Map<string, number> {
  const key = `${script}\u0000${language}`;
  let table = models.get(key);
  if (table === undefined) {
    const trigrams = (data as Record<string, Record<string, string>>)[script][language].split('|');
    table = new Map();
    // Backwards, as franc does, so a repeated trigram keeps its best (lowest) rank.
    for (let weight = trigrams.length - 1; weight >= 0; weight--) table.set(trigrams[weight], weight);
    models.set(key, table);
  }
  return table;
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

function distance(trigrams: ReadonlyArray<[string, number]>, table: Map<string, number>): number {
  let total = 0;
  for (const [trigram, count] of trigrams) {
    const rank = table.get(trigram);
    total += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return total;
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
  const trigrams = asTuples(sample);
  const distances: LanguageScores = [];
  for (const language of Object.keys(languages)) {
    if (allowed(language)) distances.push([language, distance(trigrams, model(script, language))]);
  }
  if (distances.length === 0) return [['und', 1]];
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0][1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of distances) entry[1] = 1 - (entry[1] - min) / max || 0;
  return distances;
}
