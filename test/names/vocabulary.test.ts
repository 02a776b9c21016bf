import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconPath, parseLexicon, shippedLexicon } from '../../src/embed/lexical/lexicon.js';
import { packageDataPath } from '../../src/package-data.js';
import { englishVocabulary, vocabularyFile, vocabularyFromFile } from '../../src/names/vocabulary.js';

const tiny = parseLexicon('lexicon t1\n%translations\ncas=hous:80,home:20\n%words\ncaso=case:100\n%forms\n%englishforms\n%weights\n');

describe('English vocabulary', () => {
  it('lists every English stem the lexicon translates into', () => {
    const vocabulary = vocabularyFromFile(vocabularyFile(tiny, 123), tiny, 123);
    expect(['hous', 'home', 'case'].map((stem) => vocabulary?.has(stem))).toEqual([true, true, true]);
    expect(vocabulary?.has('cas')).toBe(false);
    expect(vocabulary?.has('hom')).toBe(false);
  });

  it('refuses a file built from another lexicon file or in another format', () => {
    const file = vocabularyFile(tiny, 123);
    expect(vocabularyFromFile(file, tiny, 124)).toBeNull();
    expect(vocabularyFromFile(file, parseLexicon('lexicon t2\n%translations\ncas=hous:80,home:20\n%words\ncaso=case:100\n'), 123)).toBeNull();
    expect(vocabularyFromFile(new TextEncoder().encode('something else\nhous\n'), tiny, 123)).toBeNull();
    // A line count that does not match the lines is a damaged file, not a vocabulary.
    const damaged = new TextDecoder().decode(file).replace('\t3\n', '\t4\n');
    expect(vocabularyFromFile(new TextEncoder().encode(damaged), tiny, 123)).toBeNull();
  });

  it('ships the vocabulary of the shipped lexicon (npm run build:lexicon writes both)', () => {
    const shipped = readFileSync(packageDataPath('lexicon', 'it.vocabulary'));
    const rebuilt = vocabularyFile(shippedLexicon(), statSync(lexiconPath('it')).size);
    expect(Buffer.compare(shipped, rebuilt)).toBe(0);
  });

  it('knows English words and not foreign names', () => {
    const vocabulary = englishVocabulary();
    expect(['parliament', 'hous', 'govern'].map((stem) => vocabulary.has(stem))).toEqual([true, true, true]);
    expect(['villarr', 'stihler'].map((stem) => vocabulary.has(stem))).toEqual([false, false]);
  });
});
