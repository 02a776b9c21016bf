import { describe, expect, it } from 'vitest';
import { ACRONYM, CAPITALISED, tokenize } from '../../../src/embed/lexical/tokenize.js';

const words = (text: string, lang: string): string[] => tokenize(text, lang).map((token) => token.text);

describe('tokenize', () => {
  it('splits Italian elisions with straight and typographic apostrophes', () => {
    expect(words("dell'anno l’ha un'altra all’inizio", 'it')).toEqual([
      'dell', 'anno', 'l', 'ha', 'un', 'altra', 'all', 'inizio',
    ]);
  });

  it('keeps a trailing apostrophe out of the word (po’)', () => {
    expect(words('un po’ di più', 'it')).toEqual(['un', 'po', 'di', 'più']);
  });

  it('expands English negative contractions and drops the possessive s', () => {
    expect(words("Tom didn't call Dania's sister; he can't", 'en')).toEqual([
      'tom', 'did', 'not', 'call', 'dania', 'sister', 'he', 'can', 'not',
    ]);
  });

  it('reads numbers in either locale as the same digits', () => {
    const english = tokenize('10,000 photos and 3.5%', 'en');
    const italian = tokenize('10.000 foto e 3,5%', 'it');
    expect(english.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['10000', '35']);
    expect(italian.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['10000', '35']);
  });

  it('flags capitalised words and acronyms', () => {
    const tokens = tokenize('the Binance KYC photos', 'en');
    expect(tokens.map((t) => t.flags)).toEqual([0, CAPITALISED, CAPITALISED | ACRONYM, 0]);
  });

  it('reads dotted acronyms as one word and restores elided Italian words', () => {
    expect(tokenize('the U.S. and the E.U.', 'en').map((t) => [t.text, t.flags])).toEqual([
      ['the', 0], ['us', CAPITALISED | ACRONYM], ['and', 0], ['the', 0], ['eu', CAPITALISED | ACRONYM],
    ]);
    expect(words("Com'è quest'anno? C'è tutt'altro", 'it')).toEqual(['come', 'è', 'questo', 'anno', 'ci', 'è', 'tutto', 'altro']);
  });

  it('handles accented and non-Latin letters as word characters', () => {
    expect(words('Perché è così? Città', 'it')).toEqual(['perché', 'è', 'così', 'città']);
    expect(words('naïve café', 'en')).toEqual(['naïve', 'café']);
  });

  it('yields nothing for empty or punctuation-only text', () => {
    expect(tokenize('', 'en')).toEqual([]);
    expect(tokenize(' … — ! ', 'it')).toEqual([]);
  });
});
