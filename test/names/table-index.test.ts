import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { conceptsIn, indexTable, longestFormAt, nameTable, parseTable, tableFromIndex, wordKey } from '../../src/names/table.js';
import type { LanguageCode } from '../../src/types.js';

const namesDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'names');
const TABLES = Object.fromEntries(['en', 'it'].map((lang) => [lang, readFileSync(join(namesDir, `${lang}.tsv`), 'utf8')]));

// data/names/<lang>.index holds each table parsed into sorted lines, searched in place at
// start-up; they must be what the current wordKey/plainWord and parsing derive.
describe('precomputed name-table index (data/names/<lang>.index)', () => {
  it('matches what parsing the table derives (else: npm run build:names)', () => {
    for (const [lang, text] of Object.entries(TABLES)) expect(Buffer.from(readFileSync(join(namesDir, `${lang}.index`))).equals(Buffer.from(indexTable(text))), lang).toBe(true);
  });

  it('refuses an index built from a table of another size', () => {
    const index = indexTable(TABLES['en']!);
    expect(tableFromIndex(index, Buffer.byteLength(TABLES['en']!))).not.toBeNull();
    expect(tableFromIndex(index, Buffer.byteLength(TABLES['en']!) + 1)).toBeNull();
  });

  it('answers every look-up as the parsed maps do', () => {
    for (const [lang, text] of Object.entries(TABLES)) {
      const parsed = parseTable(text);
      const table = nameTable(lang as LanguageCode);
      expect(table.maxWords, lang).toBe(parsed.maxWords);
      for (const [key, concepts] of parsed.forms) expect(table.forms.get(key), key).toEqual(concepts);
      for (const [concept, forms] of parsed.conceptForms) expect(table.conceptForms.get(concept), concept).toEqual(forms);
      for (const form of parsed.plainForms) expect(table.plainForms.has(form), form).toBe(true);
      for (const form of parsed.properForms) expect(table.properForms.has(form), form).toBe(true);
      // Misses: neighbours of real keys in sort order, and keys no table holds.
      for (const key of [...parsed.forms.keys()].flatMap((key) => [`${key}a`, key.slice(0, -1), `${key} `, ''])) {
        expect(table.forms.get(key), key).toEqual(parsed.forms.get(key));
        expect(table.conceptForms.get(key), key).toEqual(parsed.conceptForms.get(key));
        expect(table.plainForms.has(key), key).toBe(parsed.plainForms.has(key));
        expect(table.properForms.has(key), key).toBe(parsed.properForms.has(key));
      }
      // Prefix pruning stops no earlier than the parsed prefixes do.
      for (const key of parsed.forms.keys()) {
        const keys = key.split(' ');
        expect(longestFormAt(table, keys, 0)?.end, key).toBe(keys.length);
      }
    }
  });

  it('finds multi-word forms and stops n-grams early without losing any', () => {
    const table = nameTable('en');
    const keys = 'the United States and the United Kingdom met in New York'.split(' ').map(wordKey);
    const found = conceptsIn(table, keys);
    // The same lookups without pruning: at each position the longest form that names something wins.
    const all = new Set<string>();
    for (let start = 0; start < keys.length; ) {
      let next = start + 1;
      for (let end = Math.min(keys.length, start + table.maxWords); end > start; end--) {
        const concepts = table.forms.get(keys.slice(start, end).join(' ')) ?? [];
        if (concepts.length === 0) continue;
        for (const concept of concepts) all.add(concept);
        next = end;
        break;
      }
      start = next;
    }
    expect([...found]).toEqual([...all]);
    expect(found.size).toBeGreaterThanOrEqual(3);
    expect(found.has('New York') && !found.has('New')).toBe(true);
  });
});
