import { describe, expect, it } from 'vitest';
import { isWhitespace } from '../../src/text/whitespace.js';

describe('isWhitespace', () => {
  it('answers as /\\s/ does for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it('is what trim removes', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => code).filter(isWhitespace);
    expect(String.fromCharCode(...spaces).trim()).toBe('');
    expect(`a${String.fromCharCode(...spaces)}`.trim()).toBe('a');
  });
});
