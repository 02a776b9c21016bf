import type { AlignmentReport, Sentence } from '../../src/types.js';

function sentences(texts: string[]): Sentence[] {
  let offset = 0;
  return texts.map((text, id) => {
    const sentence = { id, text, start: offset, end: offset + text.length, paragraph: id, line: id * 2 + 1, column: 1 };
    offset += text.length + 2;
    return sentence;
  });
}

/** A small, hand-checked report: one figure mismatch, one omission, one clean pair. */
export function sampleReport(): AlignmentReport {
  return {
    schemaVersion: '1.0.0',
    tool: { name: 'article-align', version: '0.1.0' },
    embedder: 'test',
    source: {
      path: 'en.txt',
      lang: 'en',
      sentences: sentences(['Binance is under extortion.', 'The reward is 25 bitcoins.', 'Nobody knows why.']),
      figures: [
        { surface: '25 bitcoins', start: 43, end: 54, kind: 'currency', value: 25, unit: 'BTC', normalized: '25 BTC', sentenceId: 1 },
      ],
    },
    target: {
      path: 'it.txt',
      lang: 'it',
      sentences: sentences(['Binance è sotto estorsione.', 'La ricompensa è di 35 bitcoin.']),
      figures: [
        { surface: '35 bitcoin', start: 48, end: 58, kind: 'currency', value: 35, unit: 'BTC', normalized: '35 BTC', sentenceId: 1 },
      ],
    },
    alignment: {
      beads: [
        { source: [0], target: [0], type: '1-1', score: 0.91, similarity: 0.8 },
        { source: [1], target: [1], type: '1-1', score: 0.84, similarity: 0.7 },
        { source: [2], target: [], type: '1-0', score: 0.5 },
      ],
    },
    findings: [
      {
        kind: 'figure-mismatch',
        severity: 'error',
        aspect: 'value',
        message: '25 bitcoins (25 BTC) became 35 bitcoin (35 BTC)',
        bead: 1,
        sourceIds: [1],
        targetIds: [1],
        sourceLines: [3],
        targetLines: [3],
        source: { surface: '25 bitcoins', start: 43, end: 54, kind: 'currency', value: 25, unit: 'BTC', normalized: '25 BTC' },
        target: { surface: '35 bitcoin', start: 48, end: 58, kind: 'currency', value: 35, unit: 'BTC', normalized: '35 BTC' },
        fingerprint: '0123456789abcdef',
      },
      {
        kind: 'omission',
        severity: 'warning',
        message: 'Source sentence 3 (line 5) has no counterpart in the translation: “Nobody knows why.”',
        bead: 2,
        sourceIds: [2],
        targetIds: [],
        sourceLines: [5],
        targetLines: [],
        fingerprint: 'fedcba9876543210',
      },
    ],
    summary: {
      sourceSentences: 3,
      targetSentences: 2,
      beads: 3,
      beadTypes: { '1-1': 2, '1-2': 0, '2-1': 0, '2-2': 0, '1-0': 1, '0-1': 0, '1-3': 0, '3-1': 0, '2-3': 0, '3-2': 0, '1-4': 0, '4-1': 0 },
      meanScore: 0.75,
      findings: { total: 2, bySeverity: { error: 1, warning: 1, info: 0 }, byKind: { 'figure-mismatch': 1, omission: 1 } },
      verdict: 'drift',
    },
  };
}
