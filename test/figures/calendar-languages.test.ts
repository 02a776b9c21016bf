import { describe, expect, it } from 'vitest';
import { compareFigures, extractFigures } from '../../src/figures/index.js';
import type { LanguageCode } from '../../src/types.js';

const keys = (text: string, lang: LanguageCode): string[] => extractFigures(text, lang).map((f) => f.key);
const warnings = (en: string, other: string, to: LanguageCode): string[] =>
  compareFigures(en, other, { from: 'en', to }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.kind}/${f.aspect ?? ''}`);

describe('weekdays and relative times in fr, de, es, pt', () => {
  it.each([
    ['fr', "jeudi, l'année dernière, il y a deux ans, aujourd'hui", ['date:wd:4', 'date:rel:year:-1', 'date:rel:year:-2', 'date:rel:day:0']],
    ['de', 'am Donnerstag, letztes Jahr, vor zwei Jahren, im vergangenen Jahr', ['date:wd:4', 'date:rel:year:-1', 'date:rel:year:-2', 'date:rel:year:-1']],
    ['es', 'el jueves, el año pasado, hace dos años, hoy', ['date:wd:4', 'date:rel:year:-1', 'date:rel:year:-2', 'date:rel:day:0']],
    ['pt', 'na quinta-feira, no ano passado, há dois anos, ontem', ['date:wd:4', 'date:rel:year:-1', 'date:rel:year:-2', 'date:rel:day:-1']],
  ] as const)('%s', (lang, text, expected) => {
    expect(keys(text, lang)).toEqual(expected);
  });

  it('a changed weekday or count of years is a date mismatch', () => {
    expect(warnings('They met on Thursday.', 'Ils se sont rencontrés mardi.', 'fr')).toEqual(['figure-mismatch/date']);
    expect(warnings('It happened two years ago.', 'Es geschah vor drei Jahren.', 'de')).toEqual(['figure-mismatch/date']);
    expect(warnings('Sales fell last year.', 'Las ventas cayeron este año.', 'es')).toEqual(['figure-mismatch/date']);
  });

  it('a written hour with an hour word before the part of the day is a clock time (fr `six heures du matin`)', () => {
    expect(keys('il est six heures du matin', 'fr')).toEqual(['time:06:00']);
    expect(warnings("But it's six in the morning on a Sunday there.", 'Mais il est six heures du matin un dimanche là-bas.', 'fr')).toEqual([]);
    expect(warnings("But it's six in the morning there.", 'Mais il est sept heures du matin là-bas.', 'fr')).toEqual(['figure-mismatch/date']);
    // Without the part of the day it stays a duration.
    expect(keys('pendant six heures', 'fr')).toEqual(['h:6']);
  });

  it('pt `quinta` alone stays an ordinal, not Thursday', () => {
    expect(keys('Terminou em quinta posição.', 'pt')).not.toContain('date:wd:4');
  });
});

describe('what is not a changed date', () => {
  it('the present at another grain (`now` ↔ `this year`)', () => {
    expect(warnings('Now in its seventh year, the festival returns.', 'Dieses Jahr findet das Festival zum 7. Mal statt.', 'de')).toEqual([]);
  });
  it('a final year after a possessive', () => {
    expect(keys('in meinem letzten Jahr', 'de')).toEqual([]);
    expect(keys('in his last year at school', 'en')).toEqual([]);
  });
  it('the second number of a score before a month', () => {
    expect(warnings("It was their first win since February's 4-1 triumph.", 'Fue su primera victoria desde el triunfo 4-1 de febrero.', 'es')).toEqual([]);
  });
  it('but the present against the past is a change', () => {
    expect(warnings('He won this year.', "Ha vinto l'anno scorso.", 'it')).toEqual(['figure-mismatch/date']);
  });
});
