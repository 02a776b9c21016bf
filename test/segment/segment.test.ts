import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { segment, splitParagraphs } from '../../src/segment/index.js';
import type { LanguageCode } from '../../src/types.js';
import { expectSegmentationInvariants } from './invariants.js';

const texts = (input: string, lang: LanguageCode): string[] => segment(input, lang).map((sentence) => sentence.text);
const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

describe('titles before names', () => {
  it('does not split after English titles', () => {
    expect(texts('Mr. Smith went to Washington. He met Dr. Jones and Prof. Brown.', 'en')).toEqual([
      'Mr. Smith went to Washington.',
      'He met Dr. Jones and Prof. Brown.',
    ]);
    expect(texts('Mrs. Rossi arrived. Sen. Warren and Gen. Patton spoke. Gov. Newsom left.', 'en')).toEqual([
      'Mrs. Rossi arrived.',
      'Sen. Warren and Gen. Patton spoke.',
      'Gov. Newsom left.',
    ]);
  });

  it('does not split after Italian titles, even after an elided article', () => {
    expect(
      texts("Il Sig. Rossi e la Dott.ssa Bianchi sono arrivati. Poi l'On. Meloni ha parlato con il Dott. Verdi.", 'it'),
    ).toEqual([
      'Il Sig. Rossi e la Dott.ssa Bianchi sono arrivati.',
      "Poi l'On. Meloni ha parlato con il Dott. Verdi.",
    ]);
    expect(texts("L'Avv. Neri e l’Ing. Gialli. La Sig.ra Rossi è qui. Il Prof. De Luca e la Sig. Russo.", 'it')).toEqual([
      "L'Avv. Neri e l’Ing. Gialli.",
      'La Sig.ra Rossi è qui.',
      'Il Prof. De Luca e la Sig. Russo.',
    ]);
  });

  it('keeps a title before a number or a surname that looks like an article', () => {
    expect(texts('Il Gen. 5 stelle. On. La Russa ha parlato. Fine.', 'it')).toEqual([
      'Il Gen. 5 stelle.',
      'On. La Russa ha parlato.',
      'Fine.',
    ]);
  });

  it('keeps St. before a name but splits a street abbreviation before a sentence opener', () => {
    expect(texts('St. Louis is a city. He lives on Main St. The house is red.', 'en')).toEqual([
      'St. Louis is a city.',
      'He lives on Main St.',
      'The house is red.',
    ]);
  });
});

describe('abbreviations', () => {
  it('keeps U.S. and U.K. inside a sentence but ends a sentence with them before an opener', () => {
    expect(texts('The U.S. Treasury said so. He moved to the U.S. He likes it. The U.K. economy grew.', 'en')).toEqual([
      'The U.S. Treasury said so.',
      'He moved to the U.S.',
      'He likes it.',
      'The U.K. economy grew.',
    ]);
  });

  it('handles company suffixes in both languages', () => {
    expect(texts('Apple Inc. Chief Executive Tim Cook spoke. Binance Ltd. said no.', 'en')).toEqual([
      'Apple Inc. Chief Executive Tim Cook spoke.',
      'Binance Ltd. said no.',
    ]);
    expect(texts('La Fiat S.p.A. Mario Rossi ha chiuso. Alla Rossi S.r.l. lavorano in dieci. La S.p.A. Il giorno dopo.', 'it')).toEqual([
      'La Fiat S.p.A. Mario Rossi ha chiuso.',
      'Alla Rossi S.r.l. lavorano in dieci.',
      'La S.p.A.',
      'Il giorno dopo.',
    ]);
  });

  it('treats ecc. like a sentence end only before a capitalised word', () => {
    expect(texts('Compra mele, pere, ecc. e poi torna. Porta pane, latte ecc. Il giorno dopo è tornato.', 'it')).toEqual([
      'Compra mele, pere, ecc. e poi torna.',
      'Porta pane, latte ecc.',
      'Il giorno dopo è tornato.',
    ]);
  });

  it('never splits after vs., p.es., e.g.', () => {
    expect(texts('Barcelona vs. Madrid was close. Some coins, e.g. Bitcoin, fell.', 'en')).toEqual([
      'Barcelona vs. Madrid was close.',
      'Some coins, e.g. Bitcoin, fell.',
    ]);
    expect(texts('Alcune città, p.es. Roma e Milano, crescono. Fine.', 'it')).toEqual([
      'Alcune città, p.es. Roma e Milano, crescono.',
      'Fine.',
    ]);
  });

  it('keeps No., pp., months and Italian n./art. with their numbers', () => {
    expect(texts('See No. 5 and pp. 3-5. On Jan. 5 the team met. It closed on Sept. 30.', 'en')).toEqual([
      'See No. 5 and pp. 3-5.',
      'On Jan. 5 the team met.',
      'It closed on Sept. 30.',
    ]);
    expect(texts("Vedi l'art. 3 del decreto n. 42. Poi il 5 gen. 2020 è cambiato.", 'it')).toEqual([
      "Vedi l'art. 3 del decreto n. 42.",
      'Poi il 5 gen. 2020 è cambiato.',
    ]);
  });

  it('keeps initials with the name they belong to', () => {
    expect(texts('J. R. R. Tolkien wrote books. He died in 1973. George R.R. Martin did not.', 'en')).toEqual([
      'J. R. R. Tolkien wrote books.',
      'He died in 1973.',
      'George R.R. Martin did not.',
    ]);
    expect(texts('Vitamin C. It helps.', 'en')).toEqual(['Vitamin C.', 'It helps.']);
  });

  it('splits after a.m./p.m. only before a sentence opener', () => {
    expect(texts('It was 5 p.m. The bank closed. At 5 p.m. Eastern time it reopened.', 'en')).toEqual([
      'It was 5 p.m.',
      'The bank closed.',
      'At 5 p.m. Eastern time it reopened.',
    ]);
  });
});

describe('numbers', () => {
  it('never splits inside decimals or grouped numbers', () => {
    const input = 'It grew 3.5 percent to 10,000.5 dollars. In Italy it is 1.250.000,50 euro. Then 10.000 photos. Version 2.0. Done.';
    expect(texts(input, 'en')).toEqual([
      'It grew 3.5 percent to 10,000.5 dollars.',
      'In Italy it is 1.250.000,50 euro.',
      'Then 10.000 photos.',
      'Version 2.0.',
      'Done.',
    ]);
    expect(texts('Il prezzo è 3,5. Poi 10.000 foto per 290.000 dollari. Il Pil è salito del 0,3.', 'it')).toEqual([
      'Il prezzo è 3,5.',
      'Poi 10.000 foto per 290.000 dollari.',
      'Il Pil è salito del 0,3.',
    ]);
  });

  it('keeps list enumerators with their item', () => {
    expect(texts('1. First item here. 2. Second item here.', 'en')).toEqual(['1. First item here.', '2. Second item here.']);
  });
});

describe('ellipsis', () => {
  it('splits after an ellipsis followed by a capitalised sentence start', () => {
    expect(texts('We waited... Then the call came. He said… The end.', 'en')).toEqual([
      'We waited...',
      'Then the call came.',
      'He said…',
      'The end.',
    ]);
    expect(texts('Aspettavamo… Poi è arrivata. Diceva… «Basta». «Aspetta…» Poi è partito.', 'it')).toEqual([
      'Aspettavamo…',
      'Poi è arrivata.',
      'Diceva…',
      '«Basta».',
      '«Aspetta…»',
      'Poi è partito.',
    ]);
  });

  it('does not split when a lower-case word continues', () => {
    expect(texts('Binance but ... where do they come from? Nobody knows.', 'en')).toEqual([
      'Binance but ... where do they come from?',
      'Nobody knows.',
    ]);
    expect(texts('Binance ma… da dove arrivano? Nessuno lo sa.', 'it')).toEqual([
      'Binance ma… da dove arrivano?',
      'Nessuno lo sa.',
    ]);
  });
});

describe('quotes and brackets', () => {
  it('gives a closing quote after the full stop to the sentence it ends', () => {
    expect(texts('He said the data would be made public. "\n\nNext paragraph.', 'en')).toEqual([
      'He said the data would be made public. "',
      'Next paragraph.',
    ]);
    expect(texts('"It is over. " Then he left. “We will see. ” He smiled.', 'en')).toEqual([
      '"It is over. "',
      'Then he left.',
      '“We will see. ”',
      'He smiled.',
    ]);
    expect(texts('He said "hello." She went (quietly.) Then?', 'en')).toEqual([
      'He said "hello."',
      'She went (quietly.)',
      'Then?',
    ]);
  });

  it('does not split a quoted question from its lower-case attribution', () => {
    expect(texts('“Why?” he asked. “Basta!” ha detto lui. Then he left.', 'en')).toEqual([
      '“Why?” he asked.',
      '“Basta!” ha detto lui.',
      'Then he left.',
    ]);
  });
});

describe('lines and headings', () => {
  it('treats a paragraph without final punctuation as one headline', () => {
    expect(texts('Crypto? Not so fast', 'en')).toEqual(['Crypto? Not so fast']);
    expect(texts('Binance under extortion: customer data at risk?\n\nBody text. More.', 'en')).toEqual([
      'Binance under extortion: customer data at risk?',
      'Body text.',
      'More.',
    ]);
  });

  it('splits after a heading line and joins soft-wrapped lines', () => {
    expect(texts('Breaking News\nThe market fell today. Traders panicked.', 'en')).toEqual([
      'Breaking News',
      'The market fell today.',
      'Traders panicked.',
    ]);
    expect(texts('STORY CONTINUES BELOW\nDon\'t miss another story.', 'en')).toEqual([
      'STORY CONTINUES BELOW',
      "Don't miss another story.",
    ]);
    const wrapped =
      'The exchange said on Monday that it had launched an investigation into\n' +
      'the leak, and that the images did not carry the watermark used by its\n' +
      'system. Binance Chief Executive Changpeng Zhao declined to comment on\n' +
      'Tuesday.';
    expect(texts(wrapped, 'en')).toEqual([
      'The exchange said on Monday that it had launched an investigation into\nthe leak, and that the images did not carry the watermark used by its\nsystem.',
      'Binance Chief Executive Changpeng Zhao declined to comment on\nTuesday.',
    ]);
  });

  it('keeps a wrapped line ending in a capitalised name inside its sentence', () => {
    const wrapped =
      'Speaking at a conference in Malta, the chief executive of the exchange Changpeng\n' +
      'Zhao said that the company would offer a reward for information on the case.';
    expect(texts(wrapped, 'en')).toEqual([wrapped]);
  });

  it('splits the lines of a block of short lines (byline, list)', () => {
    expect(texts('John Biggs\nNew York\n- first point\n- second point', 'en')).toEqual([
      'John Biggs',
      'New York',
      '- first point',
      '- second point',
    ]);
  });

  it('splits a sentence end glued to the next sentence in scraped text', () => {
    expect(texts("Don't miss another story.Subscribe to the newsletter today. Visit youtu.be or Amazon.Com now.", 'en')).toEqual([
      "Don't miss another story.",
      'Subscribe to the newsletter today.',
      'Visit youtu.be or Amazon.Com now.',
    ]);
  });
});

describe('the seed articles', () => {
  const binanceEn = fixture('binance/en.txt');
  const binanceIt = fixture('binance/it.txt');
  const coindesk = fixture('coindesk/en.txt');

  it('splits the English Binance article into its 12 sentences', () => {
    const sentences = segment(binanceEn, 'en');
    expectSegmentationInvariants(binanceEn, sentences);
    expect(sentences).toHaveLength(12);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6]);
    expect(sentences[0].text).toBe('Binance under extortion: customer data at risk?');
    expect(sentences[6].text).toMatch(/^After refusing .* to the public\. "$/);
    expect(sentences[7].text).toBe('Therefore, KYC images would be broadcast on Binance but ... where do they come from?');
    expect(sentences[7]).toMatchObject({ line: 9, column: 1 });
    expect(sentences[8]).toMatchObject({ line: 9, column: 86 });
  });

  it('splits the Italian Binance article into its 12 sentences, one per English sentence', () => {
    const sentences = segment(binanceIt, 'it');
    expectSegmentationInvariants(binanceIt, sentences);
    expect(sentences).toHaveLength(12);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 6]);
    expect(sentences[6].text).toMatch(/^Dopo aver rifiutato .* al pubblico”\.$/);
    expect(sentences[7].text).toBe('Dunque, sarebbero in corso di diffusione delle immagini KYC su Binance ma… da dove arrivano?');
  });

  it('splits the CoinDesk article into 29 sentences', () => {
    const sentences = segment(coindesk, 'en');
    expectSegmentationInvariants(coindesk, sentences);
    expect(sentences).toHaveLength(29);
    const byText = sentences.map((s) => s.text);
    expect(byText.slice(6, 10)).toEqual([
      'STORY CONTINUES BELOW',
      "Don't miss another story.",
      'Subscribe to the Crypto Long & Short Newsletter today.',
      'See all newsletters',
    ]);
    expect(byText).toContain('"Hi John Biggs," wrote someone calling himself John Amate (later Platon.)');
    expect(byText).toContain('The result?');
    expect(byText.at(-1)).toBe('Picture of CoinDesk author John Biggs');
    expect(sentences.at(-1)).toMatchObject({ paragraph: 14, line: 30, column: 1 });
  });
});

describe('offsets, paragraphs, line and column', () => {
  it('reports paragraph spans split at whitespace-only lines', () => {
    const input = '  First line\nsecond line  \n \t \nThird\r\n\r\n\n  Fourth  ';
    expect(splitParagraphs(input).map((p) => ({ ...p, text: input.slice(p.start, p.end) }))).toEqual([
      { index: 0, start: 2, end: 24, text: 'First line\nsecond line' },
      { index: 1, start: 31, end: 36, text: 'Third' },
      { index: 2, start: 43, end: 49, text: 'Fourth' },
    ]);
    expect(splitParagraphs(' \n\t\n')).toEqual([]);
  });

  it('is robust to CRLF and lone CR line ends', () => {
    const lf = 'Mr. Smith left.\nHe came back.\n\nNew para. Ok.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const cr = lf.replace(/\n/g, '\r');
    for (const input of [lf, crlf, cr]) {
      const sentences = segment(input, 'en');
      expectSegmentationInvariants(input, sentences);
      expect(sentences.map((s) => s.text)).toEqual(['Mr. Smith left.', 'He came back.', 'New para.', 'Ok.']);
      expect(sentences.map((s) => [s.paragraph, s.line, s.column])).toEqual([
        [0, 1, 1],
        [0, 2, 1],
        [1, 4, 1],
        [1, 4, 11],
      ]);
    }
  });

  it('counts columns in UTF-16 code units like the offsets', () => {
    const input = '🚀 Rocket up. Next one.';
    const sentences = segment(input, 'en');
    expectSegmentationInvariants(input, sentences);
    expect(sentences[1]).toMatchObject({ text: 'Next one.', start: 14, column: 15 });
  });

  it('returns nothing for empty or blank text', () => {
    expect(segment('', 'en')).toEqual([]);
    expect(segment(' \n\r\n\t', 'it')).toEqual([]);
    expect(segment('', 'en', { presplit: true })).toEqual([]);
  });

  it('falls back to the shared lists for a language without its own profile', () => {
    expect(texts('Le Dr. Martin est arrivé. Il est parti.', 'fr')).toEqual(['Le Dr. Martin est arrivé.', 'Il est parti.']);
    expect(texts('Mr. Smith left. Ok.', 'not a tag!')).toEqual(['Mr. Smith left.', 'Ok.']);
  });

  it('keeps the invariants on arbitrary text', () => {
    const word = fc.constantFrom(
      'Mr.', 'Sig.', 'U.S.', 'S.p.A.', 'ecc.', 'the', 'Il', 'He', 'bitcoin', '3.5', '10.000', '1,250.50',
      '...', '…', '"', '“', '”', '(', ')', 'end.', 'Why?', 'Yes!', 'J.', 'È', '🚀', 'l’On.', 'no.', '5',
    );
    const space = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '  ', '\u00a0', '\n \n');
    const textArb = fc.array(fc.tuple(word, space), { maxLength: 60 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(textArb, fc.constantFrom('en', 'it'), (input, lang) => {
        expectSegmentationInvariants(input, segment(input, lang));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the invariants on random Unicode, including astral characters and lone surrogates', () => {
    const noise = fc.string({ unit: 'binary', maxLength: 200 });
    const sentence = fc.constantFrom('Mr. Smith left. ', 'Ok… Then. ', '3.5 mln. ', '\r\n\r\n', '“Why?” he asked.\n');
    const textArb = fc.array(fc.oneof(noise, sentence), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(textArb, (input) => {
        expectSegmentationInvariants(input, segment(input, 'it'));
        expectSegmentationInvariants(input, segment(input, 'en', { presplit: true }));
      }),
      { numRuns: 200 },
    );
  });
});

describe('presplit', () => {
  it('gives one sentence per non-blank line, ids among non-blank lines, blank lines as paragraph breaks', () => {
    const input = 'First line. Still the first.\nSecond line\n\n\n  Third line  \r\nMr. Fourth\n \n';
    const sentences = segment(input, 'en', { presplit: true });
    expect(sentences.map((s) => [s.id, s.text, s.paragraph, s.line, s.column])).toEqual([
      [0, 'First line. Still the first.', 0, 1, 1],
      [1, 'Second line', 0, 2, 1],
      [2, 'Third line', 1, 5, 3],
      [3, 'Mr. Fourth', 1, 6, 1],
    ]);
    for (const sentence of sentences) expect(sentence.text).toBe(input.slice(sentence.start, sentence.end));
  });
});

describe('long texts', () => {
  const templates = [
    'Mr. Rossi paid $3.5 million to U.S. Steel Corp. on Jan. 5.',
    'Dr. Bianchi paid 1,250,000.50 euros to Rossi S.p.A. yesterday.',
    'Binance but ... where do the 10,000 photos come from?',
    '"We are still investigating," the company said. "',
    'J. R. R. Tolkien wrote No. 7 of the series, e.g. the first one!',
  ];

  it('segments 100,000 sentences in paragraphs', () => {
    const paragraphs: string[] = [];
    for (let i = 0; i < 20_000; i++) paragraphs.push(templates.join(' '));
    const input = paragraphs.join('\n\n');
    const sentences = segment(input, 'en');
    expect(sentences).toHaveLength(100_000);
    expect(sentences.at(-1)).toMatchObject({ id: 99_999, paragraph: 19_999, line: 39_999 });
    for (let i = 0; i < sentences.length; i += 997) {
      expect(sentences[i].text).toBe(templates[i % templates.length]);
      expect(sentences[i].text).toBe(input.slice(sentences[i].start, sentences[i].end));
    }
  });

  it('segments one very long paragraph exactly like the same sentences split into paragraphs', () => {
    const sentencesPerRun = 4_000;
    const run = Array.from({ length: sentencesPerRun }, (_, i) => templates[i % templates.length]);
    const input = run.join(' ');
    const oneParagraph = segment(input, 'en');
    expect(oneParagraph.map((s) => s.text)).toEqual(run);
    expect(oneParagraph.every((s) => s.paragraph === 0 && s.line === 1 && s.column === s.start + 1)).toBe(true);
    const wrapped = run.join(' ').replace(/(.{60}\S*) /g, '$1\n');
    expect(segment(wrapped, 'en').map((s) => s.text.replace(/\n/g, ' '))).toEqual(run);
  });

  it('copes with a huge token without spaces inside a long paragraph', () => {
    const blob = 'X'.repeat(9_000) + '🚀'.repeat(3_000);
    const run = Array.from({ length: 400 }, (_, i) => templates[i % templates.length]);
    const input = `${run.join(' ')} ${blob} ends here. ${run.join(' ')}`;
    // Above the default sentence length limit: this test is about the segmenter's chunks.
    const sentences = segment(input, 'en', { maxSentenceLength: 100_000 });
    expect(sentences.map((s) => s.text)).toEqual([...run, `${blob} ends here.`, ...run]);
    expect(sentences.every((s) => s.text === input.slice(s.start, s.end))).toBe(true);
  });
});
