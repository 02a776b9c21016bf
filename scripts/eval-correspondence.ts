/**
 * Calibrates the `not-a-translation` verdict: aligns every NTREX article with its own translation
 * and with another article's translation, and prints the correspondence evidence of both groups
 * and how many of each the current threshold gets right.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_DRIFT_OPTIONS, assessCorrespondence } from '../src/drift/index.js';
import { alignTexts } from '../src/pipeline.js';

const corpus = new URL('../../shared/corpora/ntrex-en-it/ntrex_en_it_docs.jsonl', import.meta.url);
const docs = readFileSync(corpus, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { en: string[]; it: string[] });

async function evidence(en: string[], it: string[]): Promise<number> {
  const report = await alignTexts(en.join('\n'), it.join('\n'), { presplit: true, from: 'en', to: 'it' });
  return assessCorrespondence(report.alignment.beads, en.length, it.length, DEFAULT_DRIFT_OPTIONS).evidence;
}

const translations: number[] = [];
const mismatched: number[] = [];
for (let i = 0; i < docs.length; i += 1) {
  translations.push(await evidence(docs[i]!.en, docs[i]!.it));
  mismatched.push(await evidence(docs[i]!.en, docs[(i + 7) % docs.length]!.it));
}

const quantile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.round(p * (values.length - 1))]!.toFixed(3);
const threshold = DEFAULT_DRIFT_OPTIONS.minCorrespondence;
const describe = (name: string, values: number[]) =>
  `${name.padEnd(22)} min ${quantile(values, 0)}  q05 ${quantile(values, 0.05)}  median ${quantile(values, 0.5)}  q95 ${quantile(values, 0.95)}  max ${quantile(values, 1)}`;
console.log(`correspondence evidence over ${docs.length} NTREX documents (threshold ${threshold})`);
console.log(describe('translations', translations));
console.log(describe('mismatched documents', mismatched));
console.log(`translations accepted: ${translations.filter((v) => v >= threshold).length}/${translations.length}`);
console.log(`mismatched rejected:   ${mismatched.filter((v) => v < threshold).length}/${mismatched.length}`);
