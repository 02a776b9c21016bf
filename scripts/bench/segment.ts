/**
 * Segmentation and language detection at scale: 1k, 10k and 100k sentences, laid out as short
 * paragraphs, as one paragraph, and hard-wrapped at 72 columns. Prints wall time and throughput.
 *
 *   npm run bench -- segment
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../src/lang/detect.js';
import { segment } from '../../src/segment/index.js';

const seed = readFileSync(fileURLToPath(new URL('../../fixtures/binance/en.txt', import.meta.url)), 'utf8');
const seedSentences = segment(seed, 'en').map((sentence) => sentence.text);

function build(count: number): string[] {
  return Array.from({ length: count }, (_, i) => seedSentences[i % seedSentences.length]);
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

for (const count of [1_000, 10_000, 100_000]) {
  const sentences = build(count);
  const layouts: Record<string, string> = {
    paragraphs: sentences.map((s, i) => (i % 4 === 3 ? `${s}\n\n` : `${s} `)).join(''),
    'one paragraph': sentences.join(' '),
    'wrapped 72': sentences.join(' ').replace(/(.{1,72})(?: |$)/g, '$1\n'),
  };
  for (const [layout, text] of Object.entries(layouts)) {
    const { result, ms } = time(() => segment(text, 'en'));
    const mb = text.length / 1e6;
    console.log(
      `segment  ${String(count).padStart(7)} sentences  ${layout.padEnd(13)} ${mb.toFixed(1).padStart(5)} MB  ` +
        `${ms.toFixed(0).padStart(6)} ms  ${(mb / (ms / 1000)).toFixed(1)} MB/s  (${result.length} found)`,
    );
  }
  const { ms } = time(() => detectLanguage(layouts.paragraphs));
  console.log(`detect   ${String(count).padStart(7)} sentences  ${ms.toFixed(1).padStart(6)} ms`);
}
