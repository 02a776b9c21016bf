/**
 * Sentence-boundary accuracy on real text with gold sentences from ../shared/corpora: NTREX-128
 * news (body sentences joined into one paragraph) and EPTIC speeches (plain text). Prints boundary
 * precision, recall and F1 for `segment()` and, for comparison, for plain `Intl.Segmenter`.
 * EPTIC's gold also splits at semicolons, which `segment()` deliberately does not.
 *
 *   tsx scripts/eval-segment.ts [--errors] [--lang fr]
 *
 * `--lang xx` measures NTREX en and xx (it, fr, de, es, pt; EPTIC too for it); without it, every
 * NTREX language plus EPTIC.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/segment/index.js';

interface Doc {
  text: string;
  gold: string[];
  lang: string;
}

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
const showErrors = process.argv.includes('--errors');

function readJsonl<T>(path: string): T[] {
  return readFileSync(corpora + path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as T);
}

function plainSegmenter(text: string, lang: string): Array<{ end: number }> {
  const ends: Array<{ end: number }> = [];
  for (const piece of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    ends.push({ end: piece.index + piece.segment.trimEnd().length });
  }
  return ends;
}

function goldEnds(doc: Doc): Set<number> | null {
  const ends = new Set<number>();
  let position = 0;
  for (const sentence of doc.gold) {
    const at = doc.text.indexOf(sentence, position);
    if (at < 0) return null;
    position = at + sentence.length;
    ends.add(position);
  }
  return ends;
}

function evaluate(name: string, docs: Doc[], split: (text: string, lang: string) => Array<{ end: number }>): void {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const errors: string[] = [];
  const context = (doc: Doc, at: number): string => JSON.stringify(doc.text.slice(Math.max(0, at - 50), at + 30));
  for (const doc of docs) {
    const gold = goldEnds(doc);
    if (!gold) continue;
    const predicted = new Set(split(doc.text, doc.lang).map((sentence) => sentence.end));
    for (const end of predicted) {
      if (gold.has(end)) truePositives++;
      else {
        falsePositives++;
        errors.push(`  extra break   ${context(doc, end)}`);
      }
    }
    for (const end of gold) {
      if (!predicted.has(end)) {
        falseNegatives++;
        errors.push(`  missed break  ${context(doc, end)}`);
      }
    }
  }
  const precision = truePositives / (truePositives + falsePositives);
  const recall = truePositives / (truePositives + falseNegatives);
  const f1 = (2 * precision * recall) / (precision + recall);
  const pct = (value: number): string => (100 * value).toFixed(2).padStart(6);
  console.log(`${name.padEnd(34)} P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (${docs.length} docs)`);
  if (showErrors) for (const error of errors.slice(0, Number(process.env.SEGMENT_ERRORS ?? 20))) console.log(error);
}

const NTREX_LANGUAGES = ['it', 'fr', 'de', 'es', 'pt'];
const langIndex = process.argv.indexOf('--lang');
const onlyLang = langIndex >= 0 ? process.argv[langIndex + 1] : undefined;
if (onlyLang !== undefined && !NTREX_LANGUAGES.includes(onlyLang)) {
  console.error(`eval:segment: no NTREX corpus for '${onlyLang}' (have: ${NTREX_LANGUAGES.join(', ')})`);
  process.exit(2);
}
const sets: Record<string, Doc[]> = {};
for (const lang of onlyLang ? [onlyLang] : NTREX_LANGUAGES) {
  const ntrex = readJsonl<Record<string, string[]>>(`ntrex-en-${lang}/ntrex_en_${lang}_docs.jsonl`);
  // The headline (sentence 0) has no final stop; the body sentences are joined into one paragraph.
  if (lang === (onlyLang ?? 'it')) sets['NTREX en'] = ntrex.map((d) => ({ text: d.en.slice(1).join(' '), gold: d.en.slice(1), lang: 'en' }));
  sets[`NTREX ${lang}`] = ntrex.map((d) => ({ text: d[lang].slice(1).join(' '), gold: d[lang].slice(1), lang }));
}
if (onlyLang === undefined || onlyLang === 'it') {
  const eptic = readJsonl<{ en_plain_text: string; it_plain_text: string; en_sentences: string[]; it_sentences: string[] }>(
    'eptic-it2en/eptic_it2en_docs.jsonl',
  );
  sets['EPTIC en'] = eptic.map((d) => ({ text: d.en_plain_text, gold: d.en_sentences, lang: 'en' }));
  sets['EPTIC it'] = eptic.map((d) => ({ text: d.it_plain_text, gold: d.it_sentences, lang: 'it' }));
}
for (const [name, docs] of Object.entries(sets)) {
  evaluate(`${name}  segment()`, docs, (text, lang) => segment(text, lang));
  evaluate(`${name}  Intl.Segmenter`, docs, plainSegmenter);
}
