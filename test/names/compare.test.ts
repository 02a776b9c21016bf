import { describe, expect, it } from 'vitest';
import { compareNames, documentNameKeys, namesInSentence } from '../../src/names/index.js';

function compare(en: string, it: string) {
  const result = compareNames(
    { text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') },
    { text: it, lang: 'it', documentKeys: documentNameKeys([it], 'it') },
  );
  return { missing: result.missing.map((name) => name.text), unexpected: result.unexpected.map((name) => name.text) };
}

describe('compareNames', () => {
  it('lets countries, cities, nationalities and their translations meet', () => {
    expect(compare('China and the U.S. met in Brussels.', 'La Cina e gli Stati Uniti si sono incontrati a Bruxelles.')).toEqual({ missing: [], unexpected: [] });
    expect(compare('The company is Maltese, he said.', "L'azienda è maltese, ha detto.")).toEqual({ missing: [], unexpected: [] });
  });

  it('lets acronyms meet in another order or spelled out', () => {
    expect(compare('The EU and the UN agreed.', "L'UE e le Nazioni Unite erano d'accordo.")).toEqual({ missing: [], unexpected: [] });
    expect(compare('The United Nations Children’s Fund published it.', "L'UNICEF l'ha pubblicato.")).toEqual({ missing: [], unexpected: [] });
  });

  it('finds a swapped name and a dropped one', () => {
    expect(compare('Hackers asked Binance for 300 bitcoin.', 'Gli hacker hanno chiesto a Kraken 300 bitcoin.')).toEqual({ missing: ['Binance'], unexpected: ['Kraken'] });
    expect(compare('Hackers asked Binance for 300 bitcoin.', "Gli hacker hanno chiesto all'azienda 300 bitcoin.")).toEqual({ missing: ['Binance'], unexpected: [] });
  });

  it('does not take capitalised common nouns of the translation for new names', () => {
    expect(compare('Many will watch the ICJ ruling.', 'Molti guarderanno la sentenza della Corte internazionale di giustizia.').unexpected).toEqual([]);
  });
});

describe('namesInSentence', () => {
  it('skips sentence-initial capitals, calendar words and Title-Case headlines', () => {
    expect(namesInSentence('Hackers struck on Monday in March.', 'en', new Set()).map((n) => n.text)).toEqual([]);
    expect(namesInSentence('How The Trade War May Be Good For Everyone', 'en', new Set()).map((n) => n.text)).toEqual([]);
    expect(namesInSentence('Later that week, Theresa May met officials of the Bank of England.', 'en', new Set()).map((n) => n.text)).toEqual(['Theresa', 'Bank of England']);
  });

  it('takes a sentence-initial word for a name when the document writes it capitalised elsewhere', () => {
    const keys = documentNameKeys(['Hackers attacked Binance.', 'Binance said no.'], 'en');
    expect(namesInSentence('Binance said no.', 'en', keys).map((n) => n.text)).toEqual(['Binance']);
  });
});
