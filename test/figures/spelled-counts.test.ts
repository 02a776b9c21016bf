import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';

function changes(en: string, it: string): (string | undefined)[][] {
  return compareFigures(en, it, { from: 'en', to: 'it' })
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.kind, f.source?.surface, f.target?.surface]);
}

describe('spelled-out fractions', () => {
  it('compares a fraction spelled with its denominator against a different one, not only against absence', () => {
    const en = 'The name change would require a two-thirds majority in parliament.';
    expect(changes(en, 'Il cambiamento del nome richiederebbe una maggioranza di due terzi in parlamento.')).toEqual([]);
    expect(changes(en, 'Il cambiamento del nome richiederebbe una maggioranza di tre quarti in parlamento.')).toEqual([
      ['figure-mismatch', 'two-thirds', 'tre quarti'],
    ]);
    // Dropped, it is still only a weak figure: a translator may say `una maggioranza qualificata`.
    expect(changes(en, 'Il cambiamento del nome richiederebbe una maggioranza qualificata in parlamento.')).toEqual([]);
  });
});

describe('one spelled-out number among several of its family', () => {
  it('is a changed number when none of the others is the same number', () => {
    const en = 'It was a fourth meeting between the sides, with the Giants winning the previous three matches.';
    expect(changes(en, 'Le due squadre si sono incontrate quattro volte e i Giants hanno vinto le ultime tre partite.')).toEqual([]);
    expect(changes(en, 'Le due squadre si sono incontrate quattro volte e i Giants hanno vinto le ultime cinque partite.')).toEqual([
      ['figure-mismatch', 'three', 'cinque'],
    ]);
  });
});

describe('spelled-out counts of time, said another way', () => {
  it('does not take two spelled-out counts next to each other for a restatement in another unit', () => {
    // `tre anni o dodici mesi` are alternatives, not `3 years (36 months)`: each has its own partner.
    const en = 'Trump said: "If it takes two years, three years or five months - doesn\'t matter."';
    expect(changes(en, 'Trump ha detto: “Se ci vorranno due anni, tre anni o cinque mesi, non importa.”')).toEqual([]);
    expect(changes(en, 'Trump ha detto: “Se ci vorranno due anni, tre anni o dodici mesi, non importa.”')).toEqual([
      ['figure-mismatch', 'five months', 'dodici mesi'],
    ]);
    // A spelled-out figure with its conversion in digits is still one figure said twice.
    expect(changes('Waves as high as six meters (18 feet) smashed onshore.', 'Onde alte fino a sei metri hanno colpito la costa.')).toEqual([]);
  });

  it('compares a length of time with the same count said as a time back', () => {
    const en = 'Ross is only three years into his management career, after a 15-month spell on the coaching staff.';
    expect(changes(en, 'La carriera da manager di Ross risale a tre anni fa, dopo 15 mesi come allenatore.')).toEqual([]);
    expect(changes(en, 'La carriera da manager di Ross risale a due anni fa, dopo 15 mesi come allenatore.')).toEqual([
      ['figure-mismatch', 'three years', 'due anni fa'],
    ]);
  });

  it('does not pair a count of time with a bare number: `i due leader` is not a changed `three months`', () => {
    expect(changes('He spoke more than three months after the summit between the rivals\' leaders.', 'Ha parlato dopo il vertice tra i due leader rivali.')).toEqual([]);
  });
});
