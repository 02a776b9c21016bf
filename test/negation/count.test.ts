import { describe, expect, it } from 'vitest';
import { polarityDiffers, polarityOf } from '../../src/negation/index.js';

function differs(en: string, it: string): boolean {
  return polarityDiffers(polarityOf(en, 'en')!, polarityOf(it, 'it')!);
}

describe('negation', () => {
  it('flags a negation added or dropped', () => {
    expect(differs('He said the company paid.', 'Non ha detto che la società ha pagato.')).toBe(true);
    expect(differs("They don't know where he lives.", 'Sanno dove vive.')).toBe(true);
  });

  it('counts Italian double negation once', () => {
    expect(polarityOf('Non ha mai pagato nessuno.', 'it')!.negations).toBe(1);
    expect(differs('He never paid anyone.', 'Non ha mai pagato nessuno.')).toBe(false);
  });

  it('accepts no longer ↔ non più, failed to ↔ non è riuscito and litotes', () => {
    expect(differs('Labour is no longer a broad church.', 'Il partito laburista non è più molto tollerante.')).toBe(false);
    expect(differs('He failed to pay.', 'Non è riuscito a pagare.')).toBe(false);
    expect(differs('It is not unlikely that he will come.', 'È probabile che venga.')).toBe(false);
  });

  it('ignores negators that do not negate', () => {
    expect(differs('Not only the EU but also the UN.', "Non solo l'UE ma anche l'ONU.")).toBe(false);
    expect(differs('the biggest ever seen', 'il più grande mai visto')).toBe(false);
    expect(polarityOf('It aims to be No. 1 in AI.', 'en')!.negations).toBe(0);
  });

  it('knows no polarity for a language without negation data', () => {
    expect(polarityOf('Ce n’est pas vrai.', 'fr')).toBeNull();
  });
});
