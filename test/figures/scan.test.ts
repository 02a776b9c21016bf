import { describe, expect, it } from 'vitest';
import { isLetter } from '../../src/figures/scan.js';

describe('isLetter', () => {
  it('is a Unicode letter or mark test on every BMP character, but for the ordinal indicators', () => {
    const letterOrMark = /^[\p{L}\p{M}]$/u;
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (isLetter(ch) !== (letterOrMark.test(ch) && code !== 0xaa && code !== 0xba)) differ.push(code);
    }
    expect(differ).toEqual([]);
    expect(isLetter('𝐀')).toBe(true);
    expect(isLetter('º')).toBe(false);
  });
});
