/**
 * Cross-lingual similarity search: P@1 of nearest-neighbour retrieval by cosine, EN→IT and IT→EN,
 * for the lexical embedder and every neural embedder that is available. Data sets:
 *   tatoeba-1k   the 1,000-pair Tatoeba set (the LASER/XTREME test set): short everyday sentences
 *   ntrex-news   the 1,997 sentence pairs of NTREX-128 (news), all documents pooled: closer to what
 *                the aligner sees, though the aligner only has to choose among neighbours
 *   eptic-1to1   the 1-1 gold links of EPTIC it→en (European Parliament speeches)
 *
 *   npm run eval:similarity
 *   npm run eval:similarity -- --large      also the 17,320-pair Tatoeba test set (slower; a harder
 *                                           task, since there are 17× more distractors)
 *   --dimension <n>                         lexical embedder dimension (default: the embedder's)
 *   --only lexical                          skip the neural embedders
 *   --lang fr                               NTREX en↔fr (or de, es, pt) instead of the Italian sets;
 *                                           --lang fr --source it pairs the Italian and French
 *                                           translations of the same sentences (through English)
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import type { Embedder } from '../src/types.js';

interface SimilarityEmbedderEntry {
  name: string;
  load(): Promise<Embedder | null>;
  skipReason?: string;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corporaDir = resolve(projectRoot, '..', 'shared', 'corpora');
const tatoebaDir = join(corporaDir, 'tatoeba-en-it');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function readLines(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function normalise(vectors: Float32Array[]): Float32Array[] {
  return vectors.map((vector) => {
    let norm = 0;
    for (let i = 0; i < vector.length; i++) norm += vector[i] * vector[i];
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    const unit = new Float32Array(vector.length);
    for (let i = 0; i < vector.length; i++) unit[i] = vector[i] * scale;
    return unit;
  });
}

/** Non-zero entries of a vector; bag-of-words vectors are mostly zero, so dot products get cheap. */
interface Sparse {
  indices: Int32Array;
  values: Float32Array;
}

function sparse(vector: Float32Array): Sparse {
  let count = 0;
  for (let i = 0; i < vector.length; i++) if (vector[i] !== 0) count++;
  const indices = new Int32Array(count);
  const values = new Float32Array(count);
  for (let i = 0, k = 0; i < vector.length; i++) {
    if (vector[i] !== 0) {
      indices[k] = i;
      values[k++] = vector[i];
    }
  }
  return { indices, values };
}

/** Fraction of queries whose nearest candidate (by cosine) is their own translation. */
function precisionAtOne(queries: Float32Array[], candidates: Float32Array[]): number {
  const sparseCandidates = candidates.map(sparse);
  let correct = 0;
  for (let q = 0; q < queries.length; q++) {
    const query = queries[q];
    let best = -Infinity;
    let bestIndex = -1;
    for (let c = 0; c < candidates.length; c++) {
      const { indices, values } = sparseCandidates[c];
      let dot = 0;
      for (let k = 0; k < indices.length; k++) dot += query[indices[k]] * values[k];
      // Ties go to the wrong answer: an all-zero vector must not score by luck.
      if (dot > best || (dot === best && c !== q)) {
        best = dot;
        bestIndex = c;
      }
    }
    if (bestIndex === q) correct++;
  }
  return correct / queries.length;
}

interface DataSet {
  name: string;
  english: string[];
  italian: string[];
  /** Languages of the two sides (default en and it). */
  langs?: [string, string];
}

async function evaluate(embedder: Embedder, data: DataSet): Promise<void> {
  const started = performance.now();
  const [sourceLang, targetLang] = data.langs ?? ['en', 'it'];
  const english = normalise(await embedder.embed(data.english, sourceLang));
  const italian = normalise(await embedder.embed(data.italian, targetLang));
  const embedMs = performance.now() - started;
  const enToIt = precisionAtOne(english, italian);
  const itToEn = precisionAtOne(italian, english);
  console.log(
    `${embedder.name.padEnd(28)} ${data.name.padEnd(14)} ${sourceLang.toUpperCase()}→${targetLang.toUpperCase()} P@1 ${(enToIt * 100).toFixed(1).padStart(5)}  ` +
      `${targetLang.toUpperCase()}→${sourceLang.toUpperCase()} P@1 ${(itToEn * 100).toFixed(1).padStart(5)}  mean ${(((enToIt + itToEn) / 2) * 100).toFixed(1).padStart(5)}  ` +
      `(n ${data.english.length}, dim ${embedder.dimension}, embed ${embedMs.toFixed(0)} ms)`,
  );
}

async function neuralEmbedders(): Promise<SimilarityEmbedderEntry[]> {
  // Owned by the neural-embedder work; absent until it lands.
  const specifier = './similarity-embedders.js';
  try {
    const module = (await import(specifier)) as { similarityEmbedders?: SimilarityEmbedderEntry[] };
    return module.similarityEmbedders ?? [];
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ERR_MODULE_NOT_FOUND') console.error(`similarity-embedders: ${(error as Error).message}`);
    return [];
  }
}

/** Pooled NTREX sentences of one language (`en` or a translation), document by document. */
function ntrexSentences(lang: string, file: string): string[] {
  const sentences: string[] = [];
  for (const line of readLines(join(corporaDir, `ntrex-en-${file}`, `ntrex_en_${file}_docs.jsonl`))) {
    sentences.push(...(JSON.parse(line) as Record<string, string[]>)[lang]!);
  }
  return sentences;
}

async function main(): Promise<void> {
  const lang = argument('--lang');
  if (lang !== undefined && lang !== 'it') {
    const source = argument('--source') ?? 'en';
    const data: DataSet = {
      name: `ntrex-news`,
      english: ntrexSentences(source, source === 'en' ? lang : source),
      italian: ntrexSentences(lang, lang),
      langs: [source, lang],
    };
    const dimension = argument('--dimension');
    await evaluate(createLexicalEmbedder(dimension ? { dimension: Number(dimension) } : {}), data);
    return;
  }
  const dataSets: DataSet[] = [
    {
      name: 'tatoeba-1k',
      english: readLines(join(tatoebaDir, 'tatoeba.ita-eng.eng')),
      italian: readLines(join(tatoebaDir, 'tatoeba.ita-eng.ita')),
    },
  ];
  const ntrex = { name: 'ntrex-news', english: [] as string[], italian: [] as string[] };
  for (const line of readLines(join(corporaDir, 'ntrex-en-it', 'ntrex_en_it_docs.jsonl'))) {
    const doc = JSON.parse(line) as { en: string[]; it: string[] };
    ntrex.english.push(...doc.en);
    ntrex.italian.push(...doc.it);
  }
  dataSets.push(ntrex);
  const eptic = { name: 'eptic-1to1', english: [] as string[], italian: [] as string[] };
  for (const line of readLines(join(corporaDir, 'eptic-it2en', 'eptic_it2en_docs.jsonl'))) {
    const doc = JSON.parse(line) as {
      en_sentences: string[];
      it_sentences: string[];
      en_sentence_ids: Array<string | number>;
      it_sentence_ids: Array<string | number>;
      gold_links: Array<{ n_en: number; n_it: number; en: Array<string | number>; it: Array<string | number> }>;
    };
    for (const link of doc.gold_links) {
      if (link.n_en !== 1 || link.n_it !== 1) continue;
      const en = doc.en_sentence_ids.findIndex((id) => String(id) === String(link.en[0]));
      const it = doc.it_sentence_ids.findIndex((id) => String(id) === String(link.it[0]));
      if (en < 0 || it < 0) continue;
      eptic.english.push(doc.en_sentences[en]);
      eptic.italian.push(doc.it_sentences[it]);
    }
  }
  dataSets.push(eptic);
  if (process.argv.includes('--large')) {
    dataSets.push({
      name: 'tatoeba-17k',
      english: readLines(join(tatoebaDir, 'tatoeba-test-v2021-08-07.eng')),
      italian: readLines(join(tatoebaDir, 'tatoeba-test-v2021-08-07.ita')),
    });
  }
  const dimension = argument('--dimension');
  const lexical = createLexicalEmbedder(dimension ? { dimension: Number(dimension) } : {});
  for (const data of dataSets) await evaluate(lexical, data);

  if (argument('--only') === 'lexical') return;
  for (const entry of await neuralEmbedders()) {
    let embedder: Embedder | null = null;
    let reason = entry.skipReason;
    if (reason === undefined) {
      try {
        embedder = await entry.load();
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    if (embedder === null) {
      console.log(`${entry.name.padEnd(28)} skipped: ${reason ?? 'not available'}`);
      continue;
    }
    for (const data of dataSets) await evaluate(embedder, data);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
