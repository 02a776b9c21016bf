/** A report whose every text field tries to break out of its HTML context. */
import type { AlignmentReport } from '../../../src/types.js';
import { buildReport } from './report-builder.js';

export const HOSTILE = {
  sentence: 'Prices rose <script>alert(1)</script> today.',
  closer: 'Then </div></article></main> and </script><script>alert(2)</script> closed.',
  quotes: `He said "don't" & left ' " &amp; &lt;b&gt; ]]> <!-- --> <img src=x onerror=alert(3)>.`,
  fileName: '<img src=x onerror=alert(4)>"en.txt',
  embedder: '</title><script>alert(5)</script>',
  message: 'Value changed: </script><script>alert(6)</script> "quoted" & \'single\' ]]>',
  surface: '$ 5<b>m</b>',
  codeMessage: 'Reads `<b>low</b>` & "odd" `</code><script>alert(9)</script>`',
} as const;

export function hostileReport(): AlignmentReport {
  return buildReport({
    source: {
      path: `dir/${HOSTILE.fileName}`,
      lang: 'en',
      paragraphs: [[HOSTILE.sentence, HOSTILE.closer], [HOSTILE.quotes, `It cost ${HOSTILE.surface} in total.`]],
    },
    target: {
      path: 'it/</h1><script>alert(7)</script>.txt',
      lang: 'it',
      paragraphs: [['I prezzi sono saliti <script>alert(8)</script> oggi.', '</div></div>'], [`"'&`, 'È costato 6 milioni.']],
    },
    beads: [[[0], [0], 0.8, 0.8], [[1], [1], 0.3], [[2], [2], 0.5], [[3], [3], 0.4, 0.7]],
    figures: {
      source: [{ sentence: 3, surface: HOSTILE.surface, kind: 'currency', value: 5e6, unit: '<USD>', normalized: '5000000 <USD>' }],
      target: [{ sentence: 3, surface: '6 milioni', kind: 'number', value: 6e6, unit: null }],
    },
    findings: [
      { kind: 'figure-mismatch', severity: 'error', aspect: 'value', bead: 3, source: 0, target: 0, message: HOSTILE.message },
      { kind: 'low-similarity', severity: 'info', bead: 1, message: HOSTILE.codeMessage },
    ],
    embedder: HOSTILE.embedder,
  });
}
