import { describe, expect, it } from 'vitest';
import { compareUtf8, SortedLines } from '../../src/names/sorted-lines.js';

const lines = (entries: Array<[string, string]>): SortedLines<string> => {
  const sorted = [...entries].sort(([a], [b]) => compareUtf8(a, b));
  return new SortedLines(new TextEncoder().encode(sorted.map(([key, value]) => `${key}\t${value}\n`).join('')), sorted.length, (value) => value);
};

describe('SortedLines', () => {
  // Keys that UTF-16 order and UTF-8 order sort differently (an astral character against U+FFxx), prefixes of each other, accents.
  const entries: Array<[string, string]> = [['a', '1'], ['ab', '2'], ['ab c', '3'], ['città', '4'], ['\u{1F600}x', '5'], ['\uFF21', '6'], ['', '7'], ['b', '']];

  it('finds every key and nothing else', () => {
    const table = lines(entries);
    for (const [key, value] of entries) expect(table.get(key), key).toBe(value);
    for (const miss of ['abc', 'ab ', 'citta', 'c', '\u{1F600}', 'aa', 'z']) expect(table.has(miss), miss).toBe(false);
  });

  it('answers the same after many searches, when it reads every line into a map', () => {
    const many: Array<[string, string]> = Array.from({ length: 2000 }, (_, k) => [`key${k}`, `v${k}|w`]);
    const table = new SortedLines(
      new TextEncoder().encode([...many].sort(([a], [b]) => compareUtf8(a, b)).map(([key, value]) => `${key}\t${value}\n`).join('')),
      many.length,
      (value) => value.split('|'),
    );
    const early = table.get('key7');
    for (let k = 0; k < 3000; k++) expect(table.get(`key${k}`), `key${k}`).toEqual(k < 2000 ? [`v${k}`, 'w'] : undefined);
    expect(table.get('key7')).toBe(early);
    expect(table.has('key')).toBe(false);
  });

  it('handles an empty block', () => {
    const table = new SortedLines(new Uint8Array(0), 0, () => true);
    expect(table.has('a')).toBe(false);
  });

  it('refuses a block whose line count is wrong', () => {
    expect(() => new SortedLines(new TextEncoder().encode('a\nb\n'), 3, () => true)).toThrow();
  });
});
