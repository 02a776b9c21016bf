import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPHABET_CLASSES, ALPHABET_RANGES, compactSource, latinPattern, latinPatterns } from '../../src/text/latin-pattern.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const alphabet: number[] = ALPHABET_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

/** Ranges (`\x41-\x5a…`) of the alphabet characters `\p{name}` matches with `flags`, as V8 sees them. */
function rangesOf(name: string, flags: 'u' | 'iu'): string {
  const pattern = new RegExp(`^\\p{${name}}$`, flags);
  const ranges: Array<[number, number]> = [];
  for (const code of alphabet) {
    if (!pattern.test(String.fromCodePoint(code))) continue;
    const last = ranges.at(-1);
    if (last !== undefined && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  const hex = (code: number): string => (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  return ranges.map(([a, b]) => (a === b ? hex(a) : b === a + 1 ? hex(a) + hex(b) : `${hex(a)}-${hex(b)}`)).join('');
}

/** What a pattern finds in a text: every match (index and groups) of a global one, the first of another. */
function findings(pattern: RegExp, text: string): unknown {
  if (pattern.global) return [...text.matchAll(pattern)].map((match) => [match.index, ...match]);
  const match = pattern.exec(text);
  return match === null ? null : [match.index, ...match];
}

// Pieces of news text in the small alphabet: words, capitals, accents, digits, apostrophes, quotes, dots.
const PIECES = [
  'the', 'The', 'NATO', 'U.S.', 'non', 'not', "n't", 'no', 'Mr', 'Dott', '.', '. ', ', ', ' ', ' ', "'", '’', '"', '“', '”', '«', '»', '-', '–',
  '—', '(', ')', '2024', '3,5', '1.000', '€', '$', '%', 'à', 'è', 'é', 'ì', 'ò', 'ù', 'È', 'À', 'ç', 'ß', 'ÿ', 'µ', 'ª', 'º', '²', '½', '×',
  'e\u0301', '\u0308', 'l', "dell'", 'ly', 'ing', 'ese', 'aver', 'gli', 's', 'es', 'IV', 'x', 'Q', '_', '*', '`', '~~', '\\', '\n', '\u00a0',
  '\u2071', '\u207f', '\u2090', '\u2080', '\u20ac', '\u2044', '\u0345',
];
const latinText = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
      { arbitrary: fc.constantFrom(...alphabet).map((code) => String.fromCodePoint(code)), weight: 1 },
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(''));

describe('latinPattern', () => {
  it('spells out each class exactly as V8 matches it over the small alphabet (regenerate from the message)', () => {
    const computed = Object.fromEntries(
      (['u', 'iu'] as const).map((flags) => [flags, Object.fromEntries(Object.keys(ALPHABET_CLASSES[flags]).map((name) => [name, rangesOf(name, flags)]))]),
    );
    expect(computed).toEqual(ALPHABET_CLASSES);
  });

  it('replaces each property class inside and outside brackets, leaving escapes alone', () => {
    expect(compactSource(String.raw`\p{Lu}[\p{L}\p{N}'-]+\.\\p`, 'u')).toBe(String.raw`[\x41-\x5a\xc0-\xd6\xd8-\xde][${ALPHABET_CLASSES.u.L}${ALPHABET_CLASSES.u.N}'-]+\.\\p`);
    expect(compactSource(String.raw`[^\p{M}]|\p{Lt}`, 'u')).toBe(String.raw`[^\u0300-\u036f]|[]`);
    expect(() => compactSource(String.raw`\P{L}`, 'u')).toThrow(/cannot spell out/);
    expect(() => latinPattern(String.raw`\p{L}`, 'g')).toThrow(/u flag/);
  });

  it('runs the full pattern on text with a character outside the small alphabet', () => {
    const pattern = latinPattern(String.raw`\p{Lu}\p{Ll}+`, 'gu');
    expect(pattern.on('Roma')).toBe(pattern.compact);
    expect(pattern.on('Łódź')).toBe(pattern.full);
    expect('Łódź e Roma'.match(pattern.on('Łódź e Roma'))).toEqual(['Łódź', 'Roma']);
  });

  it('every pattern in src/ finds the same as its compact form on text in the small alphabet', async () => {
    const files = sourceFiles(SRC).filter((file) => /latinPattern\(/u.test(readFileSync(file, 'utf8')) && !file.endsWith('latin-pattern.ts'));
    const written = files.reduce((count, file) => count + (readFileSync(file, 'utf8').match(/latinPattern\(/gu)?.length ?? 0), 0);
    for (const file of files) await import(file);
    const patterns = latinPatterns().filter((pattern) => pattern.source !== String.raw`\p{Lu}\p{Ll}+`);
    // Every call site made its pattern (none is hidden behind a function that has not run).
    expect(patterns).toHaveLength(written);
    for (const pattern of patterns) {
      fc.assert(
        fc.property(latinText, (text) => {
          expect(pattern.on(text)).toBe(pattern.compact);
          expect(findings(pattern.compact, text)).toEqual(findings(pattern.full, text));
        }),
        { numRuns: 300 },
      );
    }
  });
});
