import { describe, expect, it } from 'vitest';
import { hasLetter, hasLower, hasUpper, lettersOf, startsLower, startsUpper, withoutMarks, withoutPluralS } from '../../src/text/letters.js';

describe('letter tests', () => {
  it('read Latin-1 and other scripts alike', () => {
    expect(startsUpper('Élysée')).toBe(true);
    expect(startsUpper('Łódź')).toBe(true);
    expect(startsUpper('élan')).toBe(false);
    expect(startsLower('ďábel')).toBe(true);
    expect(startsLower('Δ')).toBe(false);
    expect(hasLetter('2024 €')).toBe(false);
    expect(hasLetter('東京')).toBe(true);
    expect(hasUpper('iPhone')).toBe(true);
    expect(hasLower('NATO')).toBe(false);
  });

  it('keep letters, drop a plural s after capitals and combining marks', () => {
    expect(lettersOf("U.S.-led d'Italia 2")).toBe('USleddItalia');
    expect(lettersOf('Ś.K.')).toBe('ŚK');
    expect(withoutPluralS('NGOs')).toBe('NGO');
    expect(withoutPluralS('news')).toBe('news');
    expect(withoutMarks('città perché Łódź'.normalize('NFD'))).toBe('citta perche Łodz');
  });
});
