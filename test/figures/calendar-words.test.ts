import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from '../../src/figures/index.js';
import type { FigureFinding } from '../../src/types.js';

const serious = (en: string, it_: string): FigureFinding[] =>
  compareFigures(en, it_, { from: 'en', to: 'it' }).findings.filter((f) => f.severity !== 'info');

const summary = (findings: FigureFinding[]): string[][] =>
  findings.map((f) => [f.kind, f.aspect ?? '', f.source?.surface ?? '', f.target?.surface ?? '']);

describe('time words are comparable figures', () => {
  it('a changed relative year is one date mismatch', () => {
    expect(summary(serious('The exchange was hacked last year.', "L'exchange è stato violato due anni fa."))).toEqual([
      ['figure-mismatch', 'date', 'last year', 'due anni fa'],
    ]);
  });

  it('the same relative time in other words is no finding', () => {
    for (const [en, it_] of [
      ['The exchange was hacked last year.', "L'exchange è stato violato l'anno scorso."],
      ['It was hacked two years ago.', 'È stato violato due anni fa.'],
      ['It was hacked a year ago.', "È stato violato un anno fa."],
      ['He spoke yesterday and will speak again next week.', 'Ha parlato ieri e parlerà di nuovo la prossima settimana.'],
      ['Prices rose this week.', 'I prezzi sono saliti questa settimana.'],
    ]) {
      expect(serious(en!, it_!), `${en} → ${it_}`).toEqual([]);
    }
  });

  it('a changed weekday is one date mismatch at warning', () => {
    const findings = serious('The vote is on Thursday.', 'Il voto è martedì.');
    expect(summary(findings)).toEqual([['figure-mismatch', 'date', 'Thursday', 'martedì']]);
    expect(findings[0]?.severity).toBe('warning');
  });

  it('a changed month named on its own is one date mismatch', () => {
    expect(summary(serious('Sales fell last November, after 3 launches.', 'Le vendite sono calate lo scorso marzo, dopo 3 lanci.'))).toEqual([
      ['figure-mismatch', 'date', 'November', 'marzo'],
    ]);
  });

  it('a time word that one side leaves out or resolves is no finding', () => {
    expect(serious('He said yesterday that 3 people died.', 'Lunedì ha detto che 3 persone sono morte.')).toEqual([]);
    expect(serious('He said on Monday that 3 people died.', 'Ha detto che 3 persone sono morte.')).toEqual([]);
    expect(serious('It was formed only in May 2010.', "Si è insediato solo a maggio di quest'anno.")).toEqual([]);
  });

  it('a name that is also a month is no date', () => {
    const figures = extractFigures('Theresa May said 3 people died.', 'en');
    expect(figures.map((f) => f.surface)).toEqual(['3']);
    expect(extractFigures('Prices rose in May.', 'en').map((f) => f.key)).toEqual(['date:????-05-??']);
  });
});

describe('small numbers written as words', () => {
  it('two → cinque is a value mismatch, also beside other figures', () => {
    expect(summary(serious('The two countries signed 5 deals.', 'I cinque paesi hanno firmato 5 accordi.'))).toEqual([
      ['figure-mismatch', 'value', 'two', 'cinque'],
    ]);
  });

  it('a spelled-out number with no counterpart is not an alarm by itself', () => {
    expect(serious('The two countries signed the deal.', 'I paesi hanno firmato l’accordo.')).toEqual([]);
    expect(serious('She had to say goodbye within the next two minutes.', 'Doveva dirle addio in pochi minuti.')).toEqual([]);
  });
});

describe('bracketed equivalents', () => {
  it('a changed figure beside a kept conversion is reported', () => {
    expect(summary(serious('The road is 300 km (180 miles) long.', 'La strada è lunga 305 km (180 miglia).'))).toEqual([
      ['figure-mismatch', 'value', '300 km', '305 km'],
    ]);
  });

  it('a changed scale beside a kept currency equivalent is reported', () => {
    expect(summary(serious('It raised €3.1billion ($3.6bn).', 'Ha raccolto 3,1 milioni di euro (3,6 miliardi di dollari).'))).toEqual([
      ['figure-mismatch', 'scale', '€3.1billion', '3,1 milioni di euro'],
    ]);
  });

  it('a conversion the translator drops or redoes in the reader’s currency is no finding', () => {
    expect(serious('The trail is 5 miles (8 km) long.', 'Il sentiero è lungo 8 km.')).toEqual([]);
    expect(serious('Tariffs hit $200 billion (£150 billion) of goods.', 'I dazi colpiscono 200 miliardi di dollari (175 miliardi di euro) di merci.')).toEqual([]);
  });
});
