import { describe, expect, it } from 'vitest';
import { detectDrift, type DriftSide } from '../../src/drift/index.js';
import { conceptBag, coverage } from '../../src/drift/coverage.js';
import { extractFigures } from '../../src/figures/index.js';
import type { Bead, BeadType, Sentence } from '../../src/types.js';

function side(lang: string, texts: string[]): DriftSide {
  const sentences: Sentence[] = texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: 0, line: id + 1, column: 1 }));
  return { lang, sentences, figures: texts.map((text) => extractFigures(text, lang)) };
}

const bead = (source: number[], target: number[], score = 0.8): Bead => ({
  source,
  target,
  type: `${source.length}-${target.length}` as BeadType,
  score,
  ...(source.length > 0 && target.length > 0 ? { similarity: 0.5 } : {}),
});

const en = side('en', [
  'The minister met the farmers of the region and promised new funds for the damaged harvest.',
  'He said the money would reach the villages before the winter.',
  'The opposition called the plan a cynical electoral manoeuvre.',
]);

const summary = (findings: ReturnType<typeof detectDrift>): Array<[string, string, number[], number[]]> =>
  findings.map((f) => [f.kind, f.severity, f.sourceIds, f.targetIds]);

describe('coverage', () => {
  it('is high for a translation and low for an unrelated sentence', () => {
    const source = conceptBag(en.sentences[0]!.text, 'en');
    expect(coverage(conceptBag('Il ministro ha incontrato gli agricoltori della regione e ha promesso nuovi fondi.', 'it'), source)).toBeGreaterThan(0.5);
    expect(coverage(conceptBag('La squadra di calcio ha vinto la partita con due gol nel secondo tempo.', 'it'), source)).toBeLessThan(0.1);
  });
});

describe('sentence boundaries', () => {
  it('reports an unrelated sentence absorbed into a 1-2 bead as an addition', () => {
    const it_ = side('it', [
      'Il ministro ha incontrato gli agricoltori della regione e ha promesso nuovi fondi per il raccolto danneggiato.',
      'La squadra di calcio ha vinto la partita con due gol segnati nel secondo tempo dello stadio.',
      'Ha detto che il denaro raggiungerà i villaggi prima dell’inverno.',
      "L'opposizione ha definito il piano una cinica manovra elettorale.",
    ]);
    const findings = detectDrift({ source: en, target: it_, beads: [bead([0], [0, 1]), bead([1], [2]), bead([2], [3])] });
    expect(summary(findings).filter(([kind]) => kind === 'addition')).toEqual([['addition', 'warning', [0], [1]]]);
  });

  it('does not report a translator’s merge as an omission', () => {
    const it_ = side('it', [
      'Il ministro ha incontrato gli agricoltori della regione e ha promesso nuovi fondi per il raccolto danneggiato, dicendo che il denaro raggiungerà i villaggi prima dell’inverno.',
      "L'opposizione ha definito il piano una cinica manovra elettorale.",
    ]);
    const findings = detectDrift({ source: en, target: it_, beads: [bead([0], [0]), bead([1], []), bead([2], [1])] });
    expect(summary(findings)).toEqual([['omission', 'info', [1], []]]);
    expect(findings[0]!.message).toContain('merged it into the translation of target sentence 1');
  });

  it('still reports a dropped sentence next to an unrelated neighbour', () => {
    const it_ = side('it', [
      'Il ministro ha incontrato gli agricoltori della regione e ha promesso nuovi fondi per il raccolto danneggiato.',
      "L'opposizione ha definito il piano una cinica manovra elettorale.",
    ]);
    const findings = detectDrift({ source: en, target: it_, beads: [bead([0], [0]), bead([1], []), bead([2], [1])] });
    expect(summary(findings)).toEqual([['omission', 'warning', [1], []]]);
  });
});
