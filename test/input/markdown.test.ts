import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertMarkdown } from '../../src/input/markdown.js';

const original = readFileSync(new URL('../../fixtures/input/binance.en.md', import.meta.url), 'utf8');

/** Where `needle` (found in the converted text) sits in the original, as `line:column`. */
function where(converted: ReturnType<typeof convertMarkdown>, needle: string): string {
  const offset = converted.text.indexOf(needle);
  expect(offset, `"${needle}" in converted text`).toBeGreaterThanOrEqual(0);
  const { line, column } = converted.originalPosition(offset);
  return `${line}:${column}`;
}

describe('convertMarkdown', () => {
  const converted = convertMarkdown(original);

  it('keeps the prose, one paragraph per block, and drops syntax, code and front matter', () => {
    expect(converted.text).toBe(
      [
        'Hackers demand 300 bitcoin from Binance',
        'The exchange said the attackers held 10,000 photos\nof users and asked for over $3 million.',
        'Binance refused to pay and offered a reward of 25 bitcoins instead.',
        'The bounty stands at $290,000.',
        'Police in two countries are involved.',
      ].join('\n\n') + '\n',
    );
    expect(converted.text).not.toContain('slug');
    expect(converted.text).not.toContain('999');
  });

  it('maps every kept character back to its line and column in the original file', () => {
    expect(where(converted, 'Hackers')).toBe('6:3');
    expect(where(converted, 'demand')).toBe('6:12');
    expect(where(converted, '10,000')).toBe('8:42'); // inside **…** of a block quote
    expect(where(converted, 'of users')).toBe('9:3'); // second quote line, after "> "
    expect(where(converted, '$3 million')).toBe('9:32'); // link text
    expect(where(converted, '25 bitcoins')).toBe('11:49'); // inline code, after the backtick
    expect(where(converted, '$290,000')).toBe('17:24'); // list item
  });

  it('maps offsets so that the original slice equals the converted text for plain runs', () => {
    for (const needle of ['The exchange said', 'Police in two countries', 'refused to pay']) {
      const start = converted.text.indexOf(needle);
      const from = converted.toOriginalOffset(start);
      expect(original.slice(from, from + needle.length)).toBe(needle);
    }
  });

  it('handles escapes and entities', () => {
    const text = 'Price \\*rose\\* to 5 &amp; more.\n';
    const c = convertMarkdown(text);
    expect(c.text).toBe('Price *rose* to 5 & more.\n');
    expect(c.originalPosition(c.text.indexOf('rose'))).toEqual({ line: 1, column: 9 });
    expect(c.originalPosition(c.text.indexOf('more'))).toEqual({ line: 1, column: 27 });
  });

  it('reads GitHub-flavoured tables cell by cell, one row per paragraph', () => {
    const text = 'Results:\n\n| Party | Seats |\n| --- | ---: |\n| Labour | 29 |\n| Plaid | 10 |\n';
    const c = convertMarkdown(text);
    expect(c.text).toBe('Results:\n\nParty Seats\n\nLabour 29\n\nPlaid 10\n');
    expect(c.originalPosition(c.text.indexOf('29'))).toEqual({ line: 5, column: 12 });
  });
});
