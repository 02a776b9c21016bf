import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AlignInputError, alignTexts, type AlignmentReport, type TextSide } from '../src/index.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const en = fixture('binance/en.txt');
const it_ = fixture('binance/it.txt');

async function inputError(promise: Promise<unknown>): Promise<AlignInputError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AlignInputError);
    return error as AlignInputError;
  }
  throw new Error('expected an AlignInputError');
}

function expectCoverage(report: AlignmentReport): void {
  const sourceIds = report.alignment.beads.flatMap((bead) => bead.source);
  const targetIds = report.alignment.beads.flatMap((bead) => bead.target);
  expect(sourceIds).toEqual(report.source.sentences.map((s) => s.id));
  expect(targetIds).toEqual(report.target.sentences.map((s) => s.id));
  for (const bead of report.alignment.beads) expect(bead.type).toBe(`${bead.source.length}-${bead.target.length}`);
}

function expectFiguresInside(side: TextSide, text: string): void {
  for (const figure of side.figures) {
    const sentence = side.sentences[figure.sentenceId]!;
    expect(text.slice(figure.start, figure.end)).toBe(figure.surface);
    expect(figure.start).toBeGreaterThanOrEqual(sentence.start);
    expect(figure.start).toBeLessThan(sentence.end);
  }
}

describe('alignTexts', () => {
  it('detects both languages and aligns the seed pair one to one', async () => {
    const report = await alignTexts(en, it_);
    expect([report.source.lang, report.target.lang]).toEqual(['en', 'it']);
    expect(report.source.path).toBeNull();
    expect(report.summary.beadTypes['1-1']).toBe(report.summary.beads);
    expectCoverage(report);
    expectFiguresInside(report.source, en);
    expectFiguresInside(report.target, it_);
    for (const sentence of report.source.sentences) expect(en.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('aligns the other way round too (Italian source, English target)', async () => {
    const report = await alignTexts(it_, en);
    expect([report.source.lang, report.target.lang]).toEqual(['it', 'en']);
    expect(report.findings.filter((f) => f.kind === 'figure-mismatch')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'number-format').every((f) => f.target !== undefined)).toBe(true);
  });

  it('treats CRLF and a BOM like LF text', async () => {
    const lf = await alignTexts(en, it_);
    const crlf = await alignTexts(`\uFEFF${en.replace(/\n/gu, '\r\n')}`, it_);
    expect(crlf.source.sentences).toEqual(lf.source.sentences);
    expect(crlf.findings).toEqual(lf.findings);
  });

  it('refuses two texts in the same language', async () => {
    expect((await inputError(alignTexts(en, `${en}\n\nOne more sentence about the market.`))).code).toBe('SAME_LANGUAGE');
  });

  it('refuses two identical texts, even with both languages named', async () => {
    const error = await inputError(alignTexts(en, `  ${en.replace(/\n/gu, '\n\n')}  `, { from: 'en', to: 'it' }));
    expect(error.code).toBe('IDENTICAL_TEXTS');
    expect(error.message).toMatch(/the two texts are identical/u);
  });

  it('refuses a forced language that is not a language tag, and an empty text', async () => {
    expect((await inputError(alignTexts(en, it_, { to: 'it_IT!' }))).message).toBe(
      "target text: 'it_IT!' is not a language tag (use a code such as en, it, fr, de, es, pt, or a regional tag such as pt-BR)",
    );
    expect((await inputError(alignTexts('  \n', it_, { sourcePath: 'en.txt' }))).message).toBe('en.txt: the text is empty');
  });

  it('refuses texts above maxSentences before embedding them', async () => {
    const error = await inputError(alignTexts(en, it_, { maxSentences: 5, sourcePath: 'en.txt' }));
    expect(error.code).toBe('TOO_MANY_SENTENCES');
    expect(error.message).toBe('en.txt: 12 sentences is more than --max-sentences 5');
  });

  it('reports progress through the callback', async () => {
    const stages = new Set<string>();
    await alignTexts(en, it_, { onProgress: (event) => stages.add(event.stage) });
    expect(stages.size).toBeGreaterThan(0);
  });
});

describe('alignTexts warnings', () => {
  it('warns, without failing, when language detection is unsure', async () => {
    const warnings: string[] = [];
    const report = await alignTexts('Binance under extortion', 'Binance sotto estorsione: a rischio i dati dei clienti?', {
      sourcePath: 'headline.txt',
      onWarning: (message) => warnings.push(message),
    });
    expect(report.source.lang).toBe('en');
    expect(warnings).toEqual([
      'headline.txt: language detection is unsure; taking it as English (name it with --from to be sure)',
      'target text: language detection is unsure; taking it as Italian (name it with --to to be sure)',
    ]);
  });

  it('stays quiet when the languages are named', async () => {
    const warnings: string[] = [];
    await alignTexts('Binance under extortion', 'Binance sotto estorsione', { from: 'en', to: 'it', onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });
});
