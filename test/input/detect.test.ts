import { describe, expect, it } from 'vitest';
import { convertInput, detectInputFormat } from '../../src/input/index.js';

describe('detectInputFormat', () => {
  it('goes by extension first', () => {
    expect(detectInputFormat('a/story.md', 'plain')).toBe('markdown');
    expect(detectInputFormat('story.HTML', 'plain')).toBe('html');
    expect(detectInputFormat('story.txt', '<html><p>x</p>')).toBe('text');
  });

  it('sniffs content when there is no telling extension (stdin, .article)', () => {
    expect(detectInputFormat(null, '<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe('html');
    expect(detectInputFormat(null, '# Title\n\nSome **bold** claim.\n')).toBe('markdown');
    expect(detectInputFormat('story.article', 'Just a sentence. And #hashtag, 3 * 4.\n')).toBe('text');
  });

  it('an explicit format wins', () => {
    expect(detectInputFormat('story.md', '# x', 'text')).toBe('text');
  });
});

describe('convertInput', () => {
  it('passes plain text through unchanged, offsets and all', () => {
    const converted = convertInput('One.\n\nTwo three.\n', 'a.txt');
    expect(converted.format).toBe('text');
    expect(converted.text).toBe('One.\n\nTwo three.\n');
    expect(converted.toOriginalOffset(8)).toBe(8);
    expect(converted.originalPosition(10)).toEqual({ line: 3, column: 5 });
  });
});
