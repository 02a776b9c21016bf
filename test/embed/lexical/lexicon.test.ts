import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../src/embed/lexical/lexicon.generated.js';
import { LexiconFormatError, loadLexicon, parseLexicon, shippedLexicon, validateLexicon } from '../../../src/embed/lexical/lexicon.js';
import { stemEnglish, stemItalian, stemmerFor } from '../../../src/embed/lexical/stem.js';

describe('shipped lexicon', () => {
  const lexicon = shippedLexicon();

  it('is compact but covers a real vocabulary', () => {
    expect(LEXICON.length).toBeLessThan(4_000_000);
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

  it('relates English inflections the stemmer splits from their lemma (campuses/campus), in the shared English table', async () => {
    const english = (await loadLexicon('en'))!;
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
  it.each(Object.keys(samples))('%s: valid, and common words reach the right English stems', async (lang) => {
    const lexicon = (await loadLexicon(lang))!;
    expect(() => validateLexicon(lexicon)).not.toThrow();
    expect(lexicon.translations.size).toBeGreaterThan(15_000);
    const stem = stemmerFor(lang)!;
    for (const [foreign, english] of samples[lang]) {
      const word = foreign.toLowerCase();
      const entry = lexicon.words.get(word) ?? lexicon.translations.get(stem(word));
      expect(entry?.concepts, `${lang} ${foreign}`).toContain(stemEnglish(english));
    }
  });

  it('has no lexicon for a language without one', async () => {
    expect(await loadLexicon('nl')).toBeNull();
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
    const unsorted = parseLexicon('lexicon 1\n%translations\ncane=dog:90\ncan=dog:90');
    expect(() => validateLexicon(unsorted)).toThrow(/out of order/);
  });
});
