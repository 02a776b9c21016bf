/**
 * Figure extraction throughput (MB/s) over 5 MB of text, in English and Italian, plus the
 * worst cases: dense figures and pathological runs. Also times compareFigures per NTREX pair.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFigures, extractFigures } from '../../src/figures/index.js';
import { loadLine, median, recordSummary } from '../lib/bench-process.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TARGET = 5 * 1024 * 1024;

function repeatTo(seed: string, size: number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    parts.push(seed);
    length += seed.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

/** Extraction speed in MB/s, by wall clock and by CPU time (the latter is steadier on a shared machine). */
function measure(name: string, text: string, lang: string, runs = 3): { wall: number; cpu: number } {
  extractFigures(text.slice(0, 100_000), lang); // warm up
  const walls: number[] = [];
  const cpus: number[] = [];
  let figures = 0;
  for (let k = 0; k < runs; k += 1) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    figures = extractFigures(text, lang).length;
    const cpu = process.cpuUsage(cpuStarted);
    walls.push((performance.now() - started) / 1000);
    cpus.push((cpu.user + cpu.system) / 1e6);
  }
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const rate = { wall: mb / median(walls), cpu: mb / median(cpus) };
  console.log(
    `  ${name.padEnd(34)} ${mb.toFixed(1)} MB  ${figures.toString().padStart(8)} figures  ${rate.wall.toFixed(1).padStart(6)} MB/s wall  ` +
      `${rate.cpu.toFixed(1).padStart(6)} MB/s CPU  (median of ${runs})`,
  );
  return rate;
}

/** The NTREX articles of one language, one paragraph each, repeated up to `size` characters: real news prose. */
function ntrexProse(lang: 'en' | 'it', size: number): string | undefined {
  const file = join(root, '..', 'shared', 'corpora', 'ntrex-en-it', 'ntrex_en_it_docs.jsonl');
  if (!existsSync(file)) return undefined;
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as Record<'en' | 'it', string[]>)[lang].join(' '));
  return repeatTo(docs.join('\n\n'), size);
}

console.log(loadLine());
console.log('Figure extraction throughput');
for (const lang of ['en', 'it'] as const) {
  const prose = ntrexProse(lang, TARGET);
  if (prose === undefined) continue;
  const rate = measure(`news prose, ${lang === 'en' ? 'English' : 'Italian'} (NTREX articles)`, prose, lang, 5);
  recordSummary({
    measure: `figure extraction, news prose ${lang}`,
    value: `${rate.wall.toFixed(1)} MB/s wall, ${rate.cpu.toFixed(1)} MB/s CPU`,
    target: '≥ 10 MB/s',
    pass: rate.wall >= 10,
  });
}

const seedEn = readFileSync(join(root, 'fixtures', 'binance', 'en.txt'), 'utf8');
const seedIt = readFileSync(join(root, 'fixtures', 'binance', 'it.txt'), 'utf8');
measure('news prose, English (seed article)', repeatTo(seedEn, TARGET), 'en');
measure('news prose, Italian (seed article)', repeatTo(seedIt, TARGET), 'it');
measure('dense figures, English', repeatTo('Over $3.5bn (£2.7bn), up 12.5% from 1,250 in 2019; 30 yards at 3 p.m. on 21 November 2026, between 10 and 20 dollars.', TARGET), 'en', 1);
measure('dense figures, Italian', repeatTo('Oltre 3,5 miliardi di dollari, +12,5% rispetto a 1.250 nel 2019; 25 metri alle 15.00 del 21 novembre 2026, tra 10 e 20 dollari.', TARGET), 'it', 1);
measure('pathological: one 5 MB digit run', '9'.repeat(TARGET), 'en');
measure('pathological: 1,1,1,… separators', `1${',1'.repeat(TARGET / 2 - 1)}`, 'en');
measure('pathological: scale words', `3 ${'million '.repeat(TARGET / 8)}`, 'en');

const ntrex = join(root, '..', 'shared', 'corpora', 'ntrex-en-it', 'ntrex_en_it_docs.jsonl');
if (existsSync(ntrex)) {
  const pairs: Array<[string, string]> = [];
  for (const line of readFileSync(ntrex, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { en: string[]; it: string[] };
    doc.en.forEach((en, k) => pairs.push([en, doc.it[k] ?? '']));
  }
  const started = performance.now();
  for (const [en, it] of pairs) compareFigures(en, it, { from: 'en', to: 'it' });
  const ms = performance.now() - started;
  console.log(`compareFigures on ${pairs.length} NTREX sentence pairs: ${ms.toFixed(0)} ms (${((1000 * ms) / pairs.length).toFixed(0)} µs per pair)`);
}
