import { readFileSync, statSync } from 'node:fs';
import { lexiconPath, shippedLexicon, type Lexicon } from '../embed/lexical/lexicon.js';
import { packageDataPath } from '../package-data.js';
import { compareUtf8, SortedLines } from './sorted-lines.js';

/**
 * The English words the Italian lexicon knows: every English stem it translates an Italian word
 * into. The lexicon is indexed from the Italian side, so gathering them means parsing every entry
 * (~0.15 s); data/lexicon/it.vocabulary holds them sorted, searched in place, and is rebuilt in
 * memory when it is missing or was built from another lexicon file.
 */
export interface EnglishVocabulary {
  has(stem: string): boolean;
}

/** First line of a vocabulary file: the format, the lexicon file's size and version, the stem count. */
const VOCABULARY_MAGIC = 'article-align english vocabulary 1';
const encoder = new TextEncoder();

/** Every English stem of `lexicon`, sorted as SortedLines searches. */
function gatherStems(lexicon: Lexicon): string[] {
  const known = new Set<string>();
  for (const table of [lexicon.translations, lexicon.words]) {
    for (const key of table.keys()) for (const concept of table.get(key)?.concepts ?? []) known.add(concept);
  }
  return [...known].sort(compareUtf8);
}

/** The vocabulary file of a lexicon whose .bin file is `lexiconBytes` long. */
export function vocabularyFile(lexicon: Lexicon, lexiconBytes: number): Uint8Array {
  const stems = gatherStems(lexicon);
  const header = [VOCABULARY_MAGIC, lexiconBytes, lexicon.version, stems.length].join('\t');
  return encoder.encode(`${header}\n${stems.map((stem) => `${stem}\n`).join('')}`);
}

/** The vocabulary a file describes; null when it is of another format or another lexicon file. */
export function vocabularyFromFile(file: Uint8Array, lexicon: Lexicon, lexiconBytes: number): EnglishVocabulary | null {
  const headerEnd = file.indexOf(10);
  if (headerEnd < 0) return null;
  const [magic, size, version, count] = new TextDecoder().decode(file.subarray(0, headerEnd)).split('\t');
  if (magic !== VOCABULARY_MAGIC || Number(size) !== lexiconBytes || version !== lexicon.version) return null;
  try {
    return new SortedLines(file.subarray(headerEnd + 1), Number(count), () => true);
  } catch {
    return null;
  }
}

let vocabulary: EnglishVocabulary | undefined;

/** The shipped lexicon's English vocabulary, read on first use. */
export function englishVocabulary(): EnglishVocabulary {
  if (vocabulary !== undefined) return vocabulary;
  const lexicon = shippedLexicon();
  const lexiconBytes = statSync(lexiconPath('it')).size;
  let file: Uint8Array | undefined;
  try {
    file = readFileSync(packageDataPath('lexicon', 'it.vocabulary'));
  } catch {
    file = undefined;
  }
  vocabulary = (file === undefined ? null : vocabularyFromFile(file, lexicon, lexiconBytes)) ?? new Set(gatherStems(lexicon));
  return vocabulary;
}
