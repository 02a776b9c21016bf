import { describe, expect, it } from 'vitest';
import { NAME_KEYS, NAME_TABLES } from '../../src/names/tables.generated.js';
import { conceptsIn, derivedTable, nameTable, wordKey } from '../../src/names/table.js';

// The generated module carries each table's derived lines (plain forms, word keys) so start-up
// skips the key regexes; they must be what the current wordKey/plainWord derive.
describe('precomputed name-table index (NAME_KEYS)', () => {
  it('matches what wordKey and plainWord derive from NAME_TABLES (else: npm run build:names)', () => {
    expect(Object.keys(NAME_KEYS).sort()).toEqual(Object.keys(NAME_TABLES).sort());
    for (const [lang, text] of Object.entries(NAME_TABLES)) expect(NAME_KEYS[lang], lang).toBe(derivedTable(text));
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
