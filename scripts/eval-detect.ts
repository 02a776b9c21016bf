/**
 * Language detection on English and Italian text from ../shared/corpora: NTREX-128 sentences (40+
 * characters), article openings (headline + two sentences) and whole articles, and Tatoeba
 * sentences (30+ characters). Prints the share detected as the right supported language and how
 * many detections were flagged unreliable.
 *
 *   tsx scripts/eval-detect.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../src/lang/detect.js';

const corpora = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
const NTREX_LANGUAGES = ['it', 'fr', 'de', 'es', 'pt'] as const;
const ntrexOf = (lang: string): Array<Record<string, string[]>> =>
  readFileSync(`${corpora}ntrex-en-${lang}/ntrex_en_${lang}_docs.jsonl`, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string[]>);
const tatoeba = (file: string): string[] =>
  readFileSync(`${corpora}tatoeba-en-it/${file}`, 'utf8')
    .trim()
    .split('\n')
    .filter((sentence) => sentence.length >= 30)
    .slice(0, 300);

for (const lang of ['en', ...NTREX_LANGUAGES]) {
  const ntrex = ntrexOf(lang === 'en' ? 'it' : lang);
  const sets: Record<string, string[]> = {
    'NTREX sentences (40+ chars, 600)': ntrex.flatMap((d) => d[lang]).filter((s) => s.length >= 40).slice(0, 600),
    'NTREX openings (headline + 2)': ntrex.map((d) => d[lang].slice(0, 3).join('\n\n')),
    'NTREX whole articles': ntrex.map((d) => d[lang].join(' ')),
  };
  if (lang === 'en' || lang === 'it') {
    sets['Tatoeba sentences (30+ chars, 300)'] = tatoeba(lang === 'en' ? 'tatoeba.ita-eng.eng' : 'tatoeba.ita-eng.ita');
  }
  for (const [name, texts] of Object.entries(sets)) {
    const results = texts.map((text) => detectLanguage(text));
    const correct = results.filter((result) => result.code === lang).length;
    const unreliable = results.filter((result) => !result.reliable).length;
    const wrongButReliable = results.filter((result) => result.code !== lang && result.reliable).length;
    console.log(
      `${lang}  ${name.padEnd(36)} ${((100 * correct) / texts.length).toFixed(1).padStart(5)}% correct  ` +
        `${unreliable} unreliable  ${wrongButReliable} wrong-but-reliable  (${texts.length})`,
    );
  }
}
