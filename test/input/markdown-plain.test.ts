import { describe, expect, it } from 'vitest';
import { convertMarkdownFile, MAX_MARKDOWN_BLOCK, MAX_MARKDOWN_PARSE } from '../../src/input/markdown.js';
import { blankMarkdownSyntax } from '../../src/input/markdown-plain.js';

describe('blankMarkdownSyntax', () => {
  it('keeps the prose and every offset, blanks the syntax', () => {
    const source = '# Title\n\nSome *emph*, **strong** and [a link](https://x.com "t").\n\n> - quoted item\n';
    const text = blankMarkdownSyntax(source);
    expect(text).toHaveLength(source.length);
    expect(text.split('\n')).toHaveLength(source.split('\n').length);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Title Some emph , strong and a link . quoted item');
  });

  it('drops fenced code, images, tags, reference definitions and table rules; keeps snake_case and escapes', () => {
    const source = '```js\nconst secret = 42;\n```\n![chart](c.png) <b>bold</b> snake_case \\*star\n\n| a | b |\n|---|:-:|\n\n[ref]: https://example.com\n';
    const words = blankMarkdownSyntax(source).replace(/\s+/g, ' ').trim();
    expect(words).toBe('bold snake_case *star a b');
  });
});

describe('convertMarkdownFile past the parser limits', () => {
  it('a file larger than the parse limit is read line by line with one warning naming the file', () => {
    const paragraph = 'The bank raised rates by **0.5 points** to [4%](https://x.com).\n\n';
    const source = paragraph.repeat(Math.ceil((MAX_MARKDOWN_PARSE + 1) / paragraph.length));
    const converted = convertMarkdownFile(source, 'big.md');
    expect(converted.warnings).toEqual([expect.stringMatching(/^big\.md: Markdown of \d+ KB is larger than the 256 KB the parser reads/)]);
    expect(converted.text).toHaveLength(source.length);
    expect(converted.text.slice(0, paragraph.length).replace(/\s+/g, ' ').trim()).toBe('The bank raised rates by 0.5 points to 4% .');
    expect(converted.originalPosition(paragraph.length * 2)).toEqual({ line: 5, column: 1 });
  });

  it('a paragraph longer than the block limit sends the file to the line reader, naming the line', () => {
    const source = `# Head\n\nshort\n\n${'a *b* [c](d) '.repeat(Math.ceil((MAX_MARKDOWN_BLOCK + 1) / 13))}\n`;
    const converted = convertMarkdownFile(source, 'long.md');
    expect(converted.warnings).toEqual([expect.stringMatching(/^long\.md: a Markdown paragraph from line 5 is longer than the 16 KB the parser reads/)]);
    expect(converted.text.slice(0, 24).replace(/\s+/g, ' ').trim()).toBe('Head short a b c');
  });

  it('an ordinary article under the limits is parsed, without a warning', () => {
    const converted = convertMarkdownFile('# Head\n\nSome *emph* text.\n', 'a.md');
    expect(converted.warnings ?? []).toEqual([]);
    expect(converted.text.trim()).toBe('Head\n\nSome emph text.');
  });
});
