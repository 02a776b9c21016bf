import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';
import type { FigureFinding } from '../../src/types.js';

const serious = (en: string, it_: string): FigureFinding[] =>
  compareFigures(en, it_, { from: 'en', to: 'it' }).findings.filter((f) => f.severity !== 'info');

const summary = (findings: FigureFinding[]): string[][] =>
  findings.map((f) => [f.kind, f.aspect ?? '', f.source?.surface ?? '', f.target?.surface ?? '']);

describe('the present and vague counts are relative times', () => {
  it('the present said `now` or `currently` meets `oggi` and `attualmente`', () => {
    for (const [en, it_] of [
      ['Islamic terrorism has now become legitimate.', 'Il terrorismo islamico oggi viene legittimato.'],
      ['The law currently provides for controls.', 'La legge attualmente prevede controlli.'],
      ['It was hacked a few days ago.', 'È stato violato pochi giorni fa.'],
    ]) {
      expect(serious(en!, it_!), `${en} → ${it_}`).toEqual([]);
    }
  });

  it('the present turned into another time is a changed date', () => {
    expect(summary(serious('Islamic terrorism has now become legitimate.', 'Il terrorismo islamico la scorsa settimana viene legittimato.'))).toEqual([
      ['figure-mismatch', 'date', 'now', 'scorsa settimana'],
    ]);
    expect(summary(serious('The programme was unveiled last year.', 'Il programma è stato presentato pochi giorni fa.'))).toEqual([
      ['figure-mismatch', 'date', 'last year', 'pochi giorni fa'],
    ]);
  });

  it('a present word with no counterpart is no finding', () => {
    expect(serious('We must now act.', 'Dobbiamo agire.')).toEqual([]);
  });
});
