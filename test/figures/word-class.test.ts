import { describe, expect, it } from 'vitest';
import { extractFigures, figureProfile } from '../../src/figures/index.js';
import { tokenize } from '../../src/figures/scan.js';
import { W_CALENDAR, W_MONTH, W_PASS, W_WRITTEN, wordClassifier } from '../../src/figures/word-class.js';

/** The class of a word read on its own, by a second table (same data, filled in another order). */
function alone(word: string): number | undefined {
  return tokenize(word, wordClassifier(figureProfile('it-x-alone')))[0]?.cls;
}

describe('word classes', () => {
  it('tags the words each matcher may start at', () => {
    const classes = new Map(tokenize('Un marzo tre ieri casa', wordClassifier(figureProfile('it'))).map((t) => [t.text, t.cls ?? 0]));
    expect(classes.get('Un')! & W_WRITTEN).not.toBe(0);
    expect(classes.get('marzo')! & W_MONTH).not.toBe(0);
    expect(classes.get('tre')! & W_WRITTEN).not.toBe(0);
    expect(classes.get('ieri')! & W_CALENDAR).not.toBe(0);
    expect(classes.get('casa')! & W_PASS).toBe(0);
  });

  it('gives a word the same class however often the table grows or empties', () => {
    // Thousands of distinct words force the table to grow; the repeated ones must keep their class.
    const words = Array.from({ length: 6_000 }, (_, k) => `parola${k.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
    const text = [...words, 'tre', 'marzo', 'un', 'tredicenne', 'ventunesimo', ...words, 'tre', 'marzo', 'un', 'tredicenne', 'ventunesimo'].join(' ');
    const table = wordClassifier(figureProfile('it'));
    const seen = new Map<string, number>();
    for (const t of tokenize(text, table)) {
      if (t.type !== 'word') continue;
      expect(t.cls).toBe(alone(t.text));
      if (seen.has(t.text)) expect(t.cls).toBe(seen.get(t.text));
      seen.set(t.text, t.cls ?? 0);
    }
  });

  it('keeps long words out of the table but classifies them alike', () => {
    const long = 'a'.repeat(200);
    const [first, second] = tokenize(`${long} ${long}`, wordClassifier(figureProfile('en')));
    expect(first?.cls).toBe(second?.cls);
  });

  it('still finds figures that start at words of every class', () => {
    const it = extractFigures('Un tredicenne è arrivato ventunesimo il 3 marzo, ieri alle sei del mattino, con tre milioni di euro.', 'it');
    expect(it.map((f) => f.surface)).toEqual(
      expect.arrayContaining(['tredicenne', 'ventunesimo', '3 marzo', 'ieri', 'sei del mattino', 'tre milioni di euro']),
    );
    const en = extractFigures('In the XIX century, Covid-19 cost US$3bn; twice the 1990s, the third of May, at noon.', 'en');
    expect(en.map((f) => f.surface)).toEqual(expect.arrayContaining(['XIX', 'Covid-19', 'US$3bn', 'twice', '1990s', 'noon']));
  });
});
