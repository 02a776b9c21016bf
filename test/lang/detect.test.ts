import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { detectLanguage } from '../../src/lang/detect.js';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

const FRENCH =
  "La Banque centrale européenne a relevé jeudi ses taux directeurs pour la dixième fois d'affilée. Selon sa " +
  "présidente, l'inflation reste beaucoup trop élevée dans la zone euro et les prix de l'énergie pèsent toujours sur les ménages.";
const GERMAN =
  'Die Europäische Zentralbank hat am Donnerstag ihre Leitzinsen zum zehnten Mal in Folge erhöht. Nach Angaben der ' +
  'Präsidentin ist die Inflation im Euroraum weiterhin viel zu hoch, und die Energiepreise belasten die Haushalte.';
const SPANISH =
  'El Banco Central Europeo subió el jueves los tipos de interés por décima vez consecutiva. Según su presidenta, la ' +
  'inflación sigue siendo demasiado alta en la zona del euro y los precios de la energía pesan sobre los hogares.';

describe('detectLanguage', () => {
  it('detects the seed articles reliably', () => {
    expect(detectLanguage(fixture('binance/en.txt'))).toEqual({ code: 'en', iso6393: 'eng', tag: 'en', name: 'English', reliable: true });
    expect(detectLanguage(fixture('binance/it.txt'))).toEqual({ code: 'it', iso6393: 'ita', tag: 'it', name: 'Italian', reliable: true });
    expect(detectLanguage(fixture('coindesk/en.txt'))).toMatchObject({ code: 'en', iso6393: 'eng', reliable: true });
  });

  it('detects English full of names and brands', () => {
    const bio =
      'John Biggs is an entrepreneur, consultant, writer, and maker. He spent fifteen years as an editor for Gizmodo, ' +
      'CrunchGear, and TechCrunch.';
    expect(detectLanguage(bio).code).toBe('en');
  });

  it('detects short news: a headline and one paragraph', () => {
    expect(
      detectLanguage(
        'Bitcoin falls below $20,000\n\nThe price of bitcoin dropped on Monday as investors sold risky assets after the Federal Reserve raised rates.',
      ),
    ).toMatchObject({ code: 'en', iso6393: 'eng' });
    expect(
      detectLanguage(
        'Il bitcoin scende sotto i 20.000 dollari\n\nIl prezzo del bitcoin è sceso lunedì mentre gli investitori vendevano asset rischiosi.',
      ),
    ).toMatchObject({ code: 'it', iso6393: 'ita' });
  });

  it('prefers a supported language for a bare headline, but does not call it reliable', () => {
    // franc alone ranks German first for this English headline.
    expect(detectLanguage('Binance under extortion: customer data at risk?')).toEqual({
      code: 'en',
      iso6393: 'eng',
      tag: 'en',
      name: 'English',
      reliable: false,
    });
    expect(detectLanguage('Binance sotto estorsione: a rischio i dati dei clienti?')).toMatchObject({ code: 'it' });
  });

  it('detects French, German and Spanish as supported; reports other languages as themselves, with no supported code', () => {
    expect(detectLanguage(FRENCH)).toEqual({ code: 'fr', iso6393: 'fra', tag: 'fr', name: 'French', reliable: true });
    expect(detectLanguage(GERMAN)).toEqual({ code: 'de', iso6393: 'deu', tag: 'de', name: 'German', reliable: true });
    expect(detectLanguage(SPANISH)).toMatchObject({ code: 'es', iso6393: 'spa', tag: 'es', name: 'Spanish' });
    const russian =
      'Европейский центральный банк в четверг повысил процентные ставки в десятый раз подряд, заявив, что инфляция остается слишком высокой.';
    expect(detectLanguage(russian)).toMatchObject({ code: null, iso6393: 'rus', tag: 'ru', name: 'Russian' });
    const dutch =
      'De Europese Centrale Bank heeft donderdag de rente voor de tiende keer op rij verhoogd. Volgens de voorzitter is de inflatie in de eurozone nog steeds veel te hoog.';
    expect(detectLanguage(dutch)).toMatchObject({ code: null, iso6393: 'nld', tag: 'nl', name: 'Dutch' });
  });

  it('detects Portuguese news', () => {
    const portuguese =
      'O Banco Central Europeu aumentou na quinta-feira as taxas de juro pela décima vez consecutiva. Segundo a presidente, a inflação continua demasiado elevada na zona euro.';
    expect(detectLanguage(portuguese)).toMatchObject({ code: 'pt', iso6393: 'por', tag: 'pt' });
  });

  it('honours `only`: a supported language outside it is reported without a code', () => {
    const italian = fixture('binance/it.txt');
    expect(detectLanguage(italian, { only: ['en'] })).toMatchObject({ code: null, iso6393: 'ita', name: 'Italian' });
    expect(detectLanguage(italian, { only: ['ita'] })).toMatchObject({ code: 'it' });
  });

  it('is undetermined for empty, very short, numeric, link-only or gibberish text', () => {
    const undetermined = { code: null, iso6393: 'und', tag: null, name: 'Undetermined', reliable: false };
    expect(detectLanguage('')).toEqual(undetermined);
    expect(detectLanguage(' \n\t ')).toEqual(undetermined);
    expect(detectLanguage('Ciao!')).toEqual(undetermined);
    expect(detectLanguage('12.500 3,5% 2024 — 1.250.000,50 € 42')).toEqual(undetermined);
    expect(detectLanguage('https://www.youtube.com/watch?v=rEbykXEGtTo&feature=youtu.be')).toEqual(undetermined);
    expect(detectLanguage('xkq zzvt plomb qwrtx jjk vbnm asdf ghjkl wpq')).toEqual(undetermined);
  });

  it('samples long texts beyond the first 2,048 characters franc reads', () => {
    // An English text that opens with more than 2,048 characters of Italian is mostly English.
    const italian = fixture('binance/it.txt');
    const english = fixture('binance/en.txt');
    expect(italian.length).toBeGreaterThan(2048);
    expect(detectLanguage(italian.slice(0, 2048)).code).toBe('it');
    expect(detectLanguage([italian, english, english, english].join('\n\n')).code).toBe('en');
  });
});

const NTREX = new URL('../../../shared/corpora/ntrex-en-it/ntrex_en_it_docs.jsonl', import.meta.url);

describe.skipIf(!existsSync(NTREX))('detectLanguage on NTREX news (../shared)', () => {
  const docs = readFileSync(NTREX, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { doc_id: string; en: string[]; it: string[] });

  it('detects every article opening (headline and two sentences) in both languages', () => {
    const wrong = docs.flatMap((doc) =>
      (['en', 'it'] as const)
        .filter((lang) => detectLanguage(doc[lang].slice(0, 3).join('\n\n')).code !== lang)
        .map((lang) => `${doc.doc_id}/${lang}`),
    );
    expect(wrong).toEqual([]);
  });
});
