import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll as francAllOriginal } from 'franc';
import { describe, expect, it } from 'vitest';
import { francAll } from '../../src/lang/franc-lazy.js';

const shared = join(__dirname, '../../../shared/corpora');

function sentences(file: string, field: string): string[] {
  return readFileSync(join(shared, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => (JSON.parse(line) as Record<string, string[]>)[field]);
}

describe('francAll (lazy tables)', () => {
  const texts = [
    ...sentences('ntrex-en-it/ntrex_en_it_docs.jsonl', 'en').slice(0, 60),
    ...sentences('ntrex-en-it/ntrex_en_it_docs.jsonl', 'it').slice(0, 60),
    ...sentences('ntrex-en-fr/ntrex_en_fr_docs.jsonl', 'fr').slice(0, 30),
    ...sentences('ntrex-en-de/ntrex_en_de_docs.jsonl', 'de').slice(0, 30),
    'Привет, как дела? Это русский текст.',
    'これは日本語の文章です。',
    'ελληνικά κείμενο εδώ',
    '12345 67890 !!! ???',
    'short',
    '',
    'x'.repeat(5000),
    'Binance under extortion: customer data at risk?',
    // Scripts whose trigrams are keyed by substring, not by integer (units of 1024 and above), and a mix.
    'Это длинный русский текст о политике и экономике страны, написанный для проверки детектора.',
    'هذا نص عربي طويل عن السياسة والاقتصاد في المنطقة العربية',
    'זהו טקסט ארוך בעברית על פוליטיקה וכלכלה במדינה',
    'यह राजनीति और अर्थव्यवस्था के बारे में हिंदी में एक लंबा पाठ है',
    'Il Cremlino (Кремль) ha detto che Путин incontrerà il presidente — «встреча» — lunedì.',
  ];
  const onlies: Array<string[] | undefined> = [undefined, ['eng', 'ita'], ['eng', 'ita', 'fra', 'deu', 'spa', 'por', 'rus', 'jpn']];

  // The first calls per candidate list walk the models, later ones use the rank index: both are checked.
  it('gives exactly franc 6’s answers', () => {
    for (const only of onlies) {
      for (const text of texts) {
        for (const minLength of [1, 10]) {
          const options = only === undefined ? { minLength } : { only, minLength };
          expect(francAll(text, options), text.slice(0, 40)).toEqual(francAllOriginal(text, options));
        }
      }
    }
  });
});
