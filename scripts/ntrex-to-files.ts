/**
 * Writes the 123 NTREX-128 English→Italian news articles as article files, for `align batch`:
 *
 *   npx tsx scripts/ntrex-to-files.ts <target-dir> [--corpus <ntrex_en_it_docs.jsonl>]
 *
 * gives <target-dir>/en/<doc_id>.txt and <target-dir>/it/<doc_id>.txt. NTREX has no paragraph
 * marks (one sentence per line, translated line by line), so each sentence becomes its own
 * paragraph, as in most online news copy. The corpus is CC BY-SA 4.0 (Federmann, Kocmi, Xin 2022;
 * WMT19): evaluation data read from ../shared, never shipped in the package.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface NtrexDoc {
  doc_id: string;
  en: string[];
  it: string[];
}

const DEFAULT_CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpora/ntrex-en-it/ntrex_en_it_docs.jsonl');

export function articleText(sentences: readonly string[]): string {
  return `${sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '').join('\n\n')}\n`;
}

/** Writes every document; returns how many pairs were written. */
export function writeNtrexFiles(corpusPath: string, targetDir: string): number {
  const docs = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NtrexDoc);
  mkdirSync(join(targetDir, 'en'), { recursive: true });
  mkdirSync(join(targetDir, 'it'), { recursive: true });
  for (const doc of docs) {
    const name = `${doc.doc_id.replace(/[^\w.-]/gu, '_')}.txt`;
    writeFileSync(join(targetDir, 'en', name), articleText(doc.en));
    writeFileSync(join(targetDir, 'it', name), articleText(doc.it));
  }
  return docs.length;
}

function main(argv: readonly string[]): number {
  const args = [...argv];
  const corpusFlag = args.indexOf('--corpus');
  const corpus = corpusFlag === -1 ? DEFAULT_CORPUS : args.splice(corpusFlag, 2)[1];
  const target = args[0];
  if (target === undefined || corpus === undefined) {
    process.stderr.write('usage: tsx scripts/ntrex-to-files.ts <target-dir> [--corpus <ntrex_en_it_docs.jsonl>]\n');
    return 2;
  }
  const count = writeNtrexFiles(corpus, resolve(target));
  process.stderr.write(`wrote ${count} article pairs to ${join(target, 'en')}/ and ${join(target, 'it')}/\n`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
