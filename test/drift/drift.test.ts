import { describe, expect, it } from 'vitest';
import { detectDrift, hasFindingAtOrAbove, type DriftSide } from '../../src/drift/index.js';
import { extractFigures } from '../../src/figures/index.js';
import type { Bead, Sentence } from '../../src/types.js';

function side(lang: string, texts: string[]): DriftSide {
  const sentences: Sentence[] = texts.map((text, id) => ({ id, text, start: 0, end: text.length, paragraph: 0, line: id + 1, column: 1 }));
  return { lang, sentences, figures: texts.map((text) => extractFigures(text, lang)) };
}

const pair = (s: number, t: number, score = 0.9): Bead => ({ source: [s], target: [t], type: '1-1', score, similarity: 0.5 });

const en = side('en', [
  'Binance is under extortion.',
  'The hacker asked for 300 BTC, over $3 million.',
  'The reward is up to 25 bitcoins.',
  'Nobody knows where he lives.',
]);

describe('detectDrift', () => {
  it('finds nothing in a faithful translation', () => {
    const it = side('it', [
      'Binance è sotto estorsione.',
      "L'hacker ha chiesto 300 BTC, oltre 3 milioni di dollari.",
      'La ricompensa arriva fino a 25 bitcoin.',
      'Nessuno sa dove viva.',
    ]);
    expect(detectDrift({ source: en, target: it, beads: [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3)] })).toEqual([]);
  });

  it('locates figure changes on their bead with both lines', () => {
    const it = side('it', [
      'Binance è sotto estorsione.',
      "L'hacker ha chiesto 300 BTC, oltre 3 miliardi di dollari.",
      'La ricompensa arriva fino a 35 bitcoin.',
      'Nessuno sa dove viva.',
    ]);
    const findings = detectDrift({ source: en, target: it, beads: [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3)] });
    expect(findings.map((f) => [f.kind, f.aspect, f.bead, f.sourceLines, f.targetLines])).toEqual([
      ['figure-mismatch', 'scale', 1, [2], [2]],
      ['figure-mismatch', 'value', 2, [3], [3]],
    ]);
    expect(findings.every((f) => /^[0-9a-f]{16}$/u.test(f.fingerprint))).toBe(true);
    expect(hasFindingAtOrAbove(findings, 'error')).toBe(true);
  });

  it('reports an omission for a 1-0 bead, not the figures inside it', () => {
    const it = side('it', ['Binance è sotto estorsione.', 'La ricompensa arriva fino a 25 bitcoin.', 'Nessuno sa dove viva.']);
    const beads: Bead[] = [pair(0, 0), { source: [1], target: [], type: '1-0', score: 0.8 }, pair(2, 1), pair(3, 2)];
    const findings = detectDrift({ source: en, target: it, beads });
    expect(findings.map((f) => [f.kind, f.sourceIds, f.targetIds, f.severity])).toEqual([['omission', [1], [], 'warning']]);
  });

  it('reads a dropped sentence next to an added one as one replaced sentence', () => {
    const it = side('it', ['Binance è sotto estorsione.', 'Il tempo oggi è bello.', 'La ricompensa arriva fino a 25 bitcoin.', 'Nessuno sa dove viva.']);
    const beads: Bead[] = [
      pair(0, 0),
      { source: [1], target: [], type: '1-0', score: 0.8 },
      { source: [], target: [1], type: '0-1', score: 0.8 },
      pair(2, 2),
      pair(3, 3),
    ];
    const findings = detectDrift({ source: en, target: it, beads });
    expect(findings.map((f) => [f.kind, f.sourceIds, f.targetIds, f.bead])).toEqual([['low-similarity', [1], [1], 1]]);
  });

  it('notes a weak pair as low-similarity at info severity only', () => {
    const it = side('it', ['Binance è sotto estorsione.', "L'hacker ha chiesto 300 BTC, oltre 3 milioni di dollari.", 'La ricompensa arriva fino a 25 bitcoin.', 'Il tempo è bello.']);
    const findings = detectDrift({ source: en, target: it, beads: [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3, 0.2)] });
    expect(findings.map((f) => [f.kind, f.severity, f.bead])).toEqual([['low-similarity', 'info', 3]]);
    expect(hasFindingAtOrAbove(findings, 'warning')).toBe(false);
  });

  it('warns about a weak 1-1 pair of long sentences: a replaced sentence', () => {
    const long = 'The committee will meet again next spring to discuss the new rules for the bank and its customers.';
    const unrelated = 'Il tempo sarà bello per tutta la settimana in montagna, con temperature miti e cieli sereni ovunque.';
    const source = side('en', [...en.sentences.map((s) => s.text), long]);
    const target = side('it', ['Binance è sotto estorsione.', "L'hacker ha chiesto 300 BTC, oltre 3 milioni di dollari.", 'La ricompensa arriva fino a 25 bitcoin.', 'Nessuno sa dove viva.', unrelated]);
    const beads = [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 4, 0.1)];
    const findings = detectDrift({ source, target, beads });
    expect(findings.map((f) => [f.kind, f.severity, f.bead])).toEqual([['low-similarity', 'warning', 4]]);
  });

  it('keeps a weak pair of long sentences that still share content words at info: a free rendering, not a replacement', () => {
    const long = 'The officers were treated for minor facial injuries at the scene, police said on Monday.';
    const free = 'Secondo la polizia, sul posto gli agenti sono stati medicati per lievi ferite al viso lunedì.';
    const source = side('en', [...en.sentences.map((s) => s.text), long]);
    const target = side('it', ['Binance è sotto estorsione.', "L'hacker ha chiesto 300 BTC, oltre 3 milioni di dollari.", 'La ricompensa arriva fino a 25 bitcoin.', 'Nessuno sa dove viva.', free]);
    const findings = detectDrift({ source, target, beads: [pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 4, 0.3)] });
    expect(findings.map((f) => [f.kind, f.severity, f.bead])).toEqual([['low-similarity', 'info', 4]]);
  });

  it('gives identical findings in different places different fingerprints, stable across runs', () => {
    const source = side('en', ['It costs $5.', 'It costs $5.', 'Fine.']);
    const target = side('it', ['Costa 6 dollari.', 'Costa 6 dollari.', 'Bene.']);
    const beads = [pair(0, 0), pair(1, 1), pair(2, 2)];
    const first = detectDrift({ source, target, beads }).map((f) => f.fingerprint);
    const again = detectDrift({ source, target, beads }).map((f) => f.fingerprint);
    expect(first).toHaveLength(2);
    expect(new Set(first).size).toBe(2);
    expect(again).toEqual(first);
  });

  it('reports a wrong file once as not-a-translation', () => {
    const it = side('it', ['Il tempo oggi è bello.', 'Domani pioverà.', 'La partita è finita due a uno.', 'Il sindaco ha parlato.']);
    const beads: Bead[] = [
      ...[0, 1, 2, 3].map((s): Bead => ({ source: [s], target: [], type: '1-0', score: 0.9 })),
      ...[0, 1, 2, 3].map((t): Bead => ({ source: [], target: [t], type: '0-1', score: 0.9 })),
    ];
    const findings = detectDrift({ source: en, target: it, beads });
    expect(findings.map((f) => [f.kind, f.severity])).toEqual([['not-a-translation', 'error']]);
  });
});
