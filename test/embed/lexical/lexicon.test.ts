import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import {
  encodeLexicon,
  findLexicon,
  LexiconFormatError,
  lexiconPath,
  loadLexicon,
  parseLexicon,
  readLexicon,
  shippedLexicon,
  validateLexicon,
} from '../../../src/embed/lexical/lexicon.js';
import { stemEnglish, stemItalian, stemmerFor } from '../../../src/embed/lexical/stem.js';

describe('shipped lexicon', () => {
  const lexicon = shippedLexicon();

  it('is compact but covers a real vocabulary', () => {
    expect(statSync(lexiconPath('it')).size).toBeLessThan(4_000_000);
    expect(lexicon.language).toBe('it');
    expect(lexicon.translations.size).toBeGreaterThan(15_000);
  });

  it('has weights in (0, 1] and non-empty concepts', () => {
    expect(() => validateLexicon(lexicon)).not.toThrow();
    const malformed: string[] = [];
    for (const stem of lexicon.translations.keys()) {
      const { concepts, weights } = lexicon.translations.get(stem)!;
      const ok =
        concepts.length > 0 &&
        concepts.length === weights.length &&
        concepts.every((concept) => concept.length > 0) &&
        weights.every((weight) => weight > 0 && weight <= 1);
      if (!ok) malformed.push(stem);
    }
    expect(malformed).toEqual([]);
  });

  it('translates common Italian words to the right English stems', () => {
    const topConcept = (italian: string): string | undefined =>
      lexicon.translations.get(stemItalian(italian))?.concepts[0];
    expect(topConcept('cane')).toBe(stemEnglish('dog'));
    expect(lexicon.translations.get(stemItalian('telefono'))?.concepts).toContain(stemEnglish('telephone'));
    expect(lexicon.translations.get(stemItalian('fotografia'))?.concepts).toContain(stemEnglish('photograph'));
  });

  it('keeps lemmas that share a stem apart (casa/caso)', () => {
    expect(stemItalian('casa')).toBe(stemItalian('caso'));
    expect(lexicon.words.get('casa')?.concepts).toContain(stemEnglish('house'));
    expect(lexicon.words.get('caso')?.concepts).not.toContain(stemEnglish('house'));
  });

  it('relates English inflections the stemmer splits from their lemma (campuses/campus), in the shared English table', () => {
    const english = loadLexicon('en');
    expect(stemEnglish('campuses')).not.toBe(stemEnglish('campus'));
    expect(english.englishForms.get(stemEnglish('campuses'))).toBe(stemEnglish('campus'));
  });

  it('maps irregular verb forms to their lemma', () => {
    expect(lexicon.forms.get('chiesto')).toBe('chiedere');
    expect(lexicon.forms.get('sono')).toBe('essere');
  });
});

describe('shipped lexicons of the other languages', () => {
  const samples: Record<string, Array<[foreign: string, english: string]>> = {
    fr: [['gouvernement', 'government'], ['chien', 'dog'], ['maisons', 'house'], ['élections', 'election']],
    de: [['Regierung', 'government'], ['Hund', 'dog'], ['Häuser', 'house'], ['Wahlen', 'election']],
    es: [['gobiernos', 'government'], ['perro', 'dog'], ['casas', 'house'], ['elecciones', 'election']],
    pt: [['governo', 'government'], ['cão', 'dog'], ['casas', 'house'], ['eleições', 'election']],
  };
  it.each(Object.keys(samples))('%s: valid, and common words reach the right English stems', (lang) => {
    const lexicon = loadLexicon(lang);
    expect(lexicon.language).toBe(lang);
    expect(statSync(lexiconPath(lang)).size).toBeLessThan(2_500_000);
    expect(() => validateLexicon(lexicon)).not.toThrow();
    expect(lexicon.translations.size).toBeGreaterThan(15_000);
    const stem = stemmerFor(lang)!;
    for (const [foreign, english] of samples[lang]) {
      const word = foreign.toLowerCase();
      const entry = lexicon.words.get(word) ?? lexicon.translations.get(stem(word));
      expect(entry?.concepts, `${lang} ${foreign}`).toContain(stemEnglish(english));
    }
  });

  it('has no lexicon for a language without one', () => {
    expect(findLexicon('nl')).toBeNull();
    expect(findLexicon('fr')).toBe(loadLexicon('fr'));
  });
});

describe('parseLexicon', () => {
  it('parses the line format', () => {
    const lexicon = parseLexicon(
      'lexicon 9\n%translations\ncan=dog:90,hound:40\n%words\ncane=dog:100\n%forms\ndetto>dire\n%weights\nthe:5\n',
    );
    expect(lexicon.version).toBe('9');
    expect(lexicon.translations.get('can')).toEqual({ concepts: ['dog', 'hound'], weights: [0.9, 0.4] });
    expect(lexicon.words.get('cane')).toEqual({ concepts: ['dog'], weights: [1] });
    expect(lexicon.translations.get('cane')).toBeUndefined();
    expect(lexicon.translations.has('can')).toBe(true);
    expect([...lexicon.translations.keys()]).toEqual(['can']);
    expect(lexicon.forms.get('detto')).toBe('dire');
    expect(lexicon.conceptWeights.get('the')).toBe(0.05);
  });

  it('rejects a string that is not a lexicon', () => {
    expect(() => parseLexicon('{"not":"a lexicon"}')).toThrow(LexiconFormatError);
    expect(() => parseLexicon('lexicon 1\n%translations\nbroken line')).toThrow(/line 3/);
    expect(() => parseLexicon('lexicon 1\ncan=dog:90')).toThrow(/before any section/);
    // Values are parsed on lookup; validateLexicon reads them all and checks the sort order.
    const badValue = parseLexicon('lexicon 1\n%translations\ncan=dog:abc');
    expect(() => badValue.translations.get('can')).toThrow(/bad value/);
    expect(() => validateLexicon(badValue)).toThrow(/bad value/);
    expect(() => validateLexicon(parseLexicon('lexicon 1\n%weights\nthe:500'))).toThrow(/bad value/);
    expect(() => parseLexicon('lexicon 1\n%translations\ncane=dog:90\ncan=dog:90')).toThrow(/line 4: .*out of order/);
    expect(() => parseLexicon('lexicon 1\n%forms\ndetto>dire\ndetto>dire')).toThrow(/out of order or repeated/);
  });
});

describe('binary lexicon', () => {
  const text = 'lexicon 3\n%translations\ncan=dog:90,hound:40\ncittà=citi:100\nperché=why:80\n%words\ncane=dog:100\n%forms\ndetto>dire\n';

  it('round-trips the text form, keys in UTF-8 byte order', () => {
    const lexicon = readLexicon(encodeLexicon(text, 'it'));
    expect(lexicon.version).toBe('3');
    expect([...lexicon.translations.keys()]).toEqual(['can', 'città', 'perché']);
    expect(lexicon.translations.get('città')).toEqual({ concepts: ['citi'], weights: [1] });
    expect(lexicon.translations.get('perché')?.concepts).toEqual(['why']);
    expect(lexicon.translations.get('ca')).toBeUndefined();
    expect(lexicon.translations.get('cann')).toBeUndefined();
    expect(lexicon.translations.get('perch')).toBeUndefined();
    expect(lexicon.forms.get('detto')).toBe('dire');
    expect(lexicon.conceptWeights.size).toBe(0);
    expect(lexicon.conceptWeights.get('the')).toBeUndefined();
    expect(() => validateLexicon(lexicon)).not.toThrow();
  });

  it('finds every key of the shipped lexicon by binary search', () => {
    const lexicon = shippedLexicon();
    for (const table of [lexicon.translations, lexicon.words, lexicon.forms, lexicon.englishForms] as const) {
      const missing = [...table.keys()].filter((key) => !table.has(key));
      expect(missing).toEqual([]);
    }
  });

  it('works from bytes that are not 4-byte aligned', () => {
    const bytes = encodeLexicon(text, 'it');
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(readLexicon(shifted).words.get('cane')?.concepts).toEqual(['dog']);
  });

  it('rejects damaged or foreign files with a LexiconFormatError', () => {
    const bytes = encodeLexicon(text, 'it');
    expect(() => readLexicon(new TextEncoder().encode('lexicon 2\n%translations\n'))).toThrow(/not a lexicon file/);
    expect(() => readLexicon(bytes.subarray(0, 40))).toThrow(LexiconFormatError);
    const newer = bytes.slice();
    newer[4] = 99;
    expect(() => readLexicon(newer)).toThrow(/format version 99/);
  });

  it('loads one lexicon per language and names a missing one', () => {
    expect(loadLexicon('it')).toBe(shippedLexicon());
    expect(() => loadLexicon('xx')).toThrow(/no lexicon for language "xx"/);
    expect(() => loadLexicon('../it')).toThrow(LexiconFormatError);
  });
});
