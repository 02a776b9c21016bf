import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameText } from '../../src/text/same-text.js';

const reference = (a: string, b: string): boolean =>
  a === b || (Math.abs(a.length - b.length) <= Math.max(a.length, b.length) / 2 && a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim());

describe('sameText (identical texts once whitespace is ignored)', () => {
  it('agrees with collapsing whitespace by regular expression', () => {
    const pieces = fc.constantFrom('a', 'b', 'é', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u0085', '😀', 'x.');
    const text = fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, text, (a, b) => sameText(a, b) === reference(a, b)), { numRuns: 5000 });
    fc.assert(fc.property(text, (a) => sameText(a, ` ${a.replace(/ /g, '\n ')}\t`) === reference(a, ` ${a.replace(/ /g, '\n ')}\t`)));
  });

  it('sees a copy with other line breaks as the same text, a translation as another', () => {
    expect(sameText('One line.\nTwo lines.', ' One line.  Two lines.\n')).toBe(true);
    expect(sameText('One line.', 'Una riga.')).toBe(false);
    expect(sameText('One line.', 'One line. More')).toBe(false);
  });
});
