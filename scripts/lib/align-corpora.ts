/** Evaluation corpora for the aligner (read from ../shared; evaluation only, never shipped). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alignSentences, type AlignOptions } from '../../src/align/index.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import { segment } from '../../src/segment/index.js';
import type { Embedder, LanguageCode, Sentence } from '../../src/types.js';
import { addCounts, confusion, countBeads, type Counts, type IdBead, ZERO_COUNTS } from './align-metrics.js';
import { perturbDocuments, type PerturbRates } from './perturb.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpora = join(root, '..', 'shared', 'corpora');

export interface EvalDoc {
  docId: string;
  source: string[];
  target: string[];
  gold: IdBead[];
}

interface EpticRecord {
  doc_id: string;
  en_sentences: string[];
  it_sentences: string[];
  en_sentence_ids: string[];
  it_sentence_ids: string[];
  gold_links: Array<{ en: string[]; it: string[] }>;
}

type NtrexRecord = { doc_id: string; en: string[] } & Record<string, string[] | string>;

/** Languages with an NTREX-128 file in ../shared/corpora (each paired with English). */
export const NTREX_LANGUAGES: readonly LanguageCode[] = ['it', 'fr', 'de', 'es', 'pt'];

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function loadEptic(): EvalDoc[] {
  return readJsonl<EpticRecord>(join(corpora, 'eptic-it2en', 'eptic_it2en_docs.jsonl')).map((d) => {
    const enIndex = new Map(d.en_sentence_ids.map((id, i) => [id, i]));
    const itIndex = new Map(d.it_sentence_ids.map((id, i) => [id, i]));
    const gold = d.gold_links.map((link) => ({
      source: link.en.map((id) => enIndex.get(id)!),
      target: link.it.map((id) => itIndex.get(id)!),
    }));
    return { docId: d.doc_id, source: d.en_sentences, target: d.it_sentences, gold };
  });
}

/** The NTREX-128 documents of one language with their English originals (`{doc_id, en, xx}`). */
export function readNtrex(lang: LanguageCode): Array<{ docId: string; en: string[]; target: string[] }> {
  if (!NTREX_LANGUAGES.includes(lang)) throw new Error(`no NTREX corpus for '${lang}' (have: ${NTREX_LANGUAGES.join(', ')})`);
  return readJsonl<NtrexRecord>(join(corpora, `ntrex-en-${lang}`, `ntrex_en_${lang}_docs.jsonl`)).map((d) => ({
    docId: d.doc_id,
    en: d.en,
    target: d[lang] as string[],
  }));
}

/**
 * NTREX-128 pairs, gold 1:1. `sourceLang` other than English pairs two translations of the same
 * English article (it↔fr): they are parallel too, sentence by sentence.
 */
export function loadNtrex(lang: LanguageCode = 'it', sourceLang: LanguageCode = 'en'): EvalDoc[] {
  const targets = readNtrex(lang);
  const sources = sourceLang === 'en' ? null : new Map(readNtrex(sourceLang).map((d) => [d.docId, d.target]));
  return targets.map((d) => ({
    docId: d.docId,
    source: sources?.get(d.docId) ?? d.en,
    target: d.target,
    gold: d.en.map((_, i) => ({ source: [i], target: [i] })),
  }));
}

export function loadNtrexPerturbed(seed: number, rates?: PerturbRates, lang: LanguageCode = 'it', sourceLang: LanguageCode = 'en'): EvalDoc[] {
  const docs = loadNtrex(lang, sourceLang).map((d) => ({ docId: d.docId, source: d.source, target: d.target }));
  return perturbDocuments(docs, seed, rates).map((p) => ({ docId: p.docId, source: p.source, target: p.target, gold: p.gold }));
}

/**
 * Sentence objects for a pre-split text (one sentence per line), exactly as the CLI's `--presplit`
 * reads it: through `segment(text, lang, { presplit: true })`.
 */
export function presplitSentences(lines: readonly string[], lang: LanguageCode = 'en'): Sentence[] {
  // A line break inside a sentence would make two sentences; the corpora have none, but be sure.
  const text = lines.map((line) => line.replace(/\s*\n\s*/g, ' ')).join('\n');
  const sentences = segment(text, lang, { presplit: true });
  if (sentences.length !== lines.length) {
    throw new Error(`presplit segmentation gave ${sentences.length} sentences for ${lines.length} lines`);
  }
  return sentences;
}

/**
 * The default offline embedder, or (for experiments) the `createLexicalEmbedder`/`createDevEmbedder`
 * export of the module named by ALIGN_EVAL_EMBEDDER.
 */
export async function loadEmbedder(): Promise<Embedder> {
  const override = process.env.ALIGN_EVAL_EMBEDDER;
  if (!override) return createLexicalEmbedder();
  const mod = (await import(override)) as Record<string, unknown>;
  const factory = (mod.createLexicalEmbedder ?? mod.createDevEmbedder) as (() => Embedder | Promise<Embedder>) | undefined;
  if (!factory) throw new Error(`${override} exports no createLexicalEmbedder()`);
  return factory();
}

export interface SetResult {
  name: string;
  docs: number;
  counts: Counts;
  confusion: Map<string, Map<string, number>>;
  /** Pairing beads (not 1-0/0-1) that are exactly right / wrong, and how many of each score < 0.5. */
  lowScore: { correct: number; correctLow: number; wrong: number; wrongLow: number };
  seconds: number;
}

export interface EvalLanguages {
  source: LanguageCode;
  target: LanguageCode;
}

export async function evaluate(
  name: string,
  docs: readonly EvalDoc[],
  options: AlignOptions,
  langs: EvalLanguages = { source: 'en', target: 'it' },
): Promise<SetResult> {
  let counts = ZERO_COUNTS;
  const table = new Map<string, Map<string, number>>();
  const lowScore = { correct: 0, correctLow: 0, wrong: 0, wrongLow: 0 };
  const started = performance.now();
  for (const doc of docs) {
    const result = await alignSentences(
      { sentences: presplitSentences(doc.source, langs.source), lang: langs.source },
      { sentences: presplitSentences(doc.target, langs.target), lang: langs.target },
      options,
    );
    counts = addCounts(counts, countBeads(result.beads, doc.gold));
    const goldKeys = new Set(doc.gold.map((b) => `${b.source}|${b.target}`));
    for (const bead of result.beads) {
      if (bead.source.length === 0 || bead.target.length === 0) continue;
      const right = goldKeys.has(`${bead.source}|${bead.target}`);
      const low = bead.score < 0.5 ? 1 : 0;
      if (right) {
        lowScore.correct++;
        lowScore.correctLow += low;
      } else {
        lowScore.wrong++;
        lowScore.wrongLow += low;
      }
    }
    for (const [goldShape, outcome] of confusion(result.beads, doc.gold)) {
      const row = table.get(goldShape) ?? new Map<string, number>();
      row.set(outcome, (row.get(outcome) ?? 0) + 1);
      table.set(goldShape, row);
    }
  }
  return { name, docs: docs.length, counts, confusion: table, lowScore, seconds: (performance.now() - started) / 1000 };
}

