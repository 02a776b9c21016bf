import { describe, expect, it } from 'vitest';
import { convertHtml, convertHtmlFile, MAX_HTML_PARSE } from '../../src/input/html.js';

const page = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body><nav><a href="/">Home</a></nav>
<article><h1>Binance &amp; the ransom</h1><p>The exchange said it had <b>opened</b> an <a href="x">investigation</a>.<br>Next&nbsp;line &#8364;5 &#x31;0%.</p>
<script>var x = "<p>no</p>";</script><ul><li>One</li><li>Two &lt; three</li></ul><aside>Ad</aside><p>Last   para
 here.</p></article><footer>f</footer></body></html>`;

/** The page padded past the tree parser's limit with a comment (dropped by both readers). */
function padded(html: string): string {
  return html.replace('<body>', `<body><!--${' '.repeat(MAX_HTML_PARSE)}-->`);
}

describe('HTML past the tree parser limit', () => {
  it('is read tag by tag into the same text as the tree parser gives, every letter mapped to itself, with one warning', () => {
    const big = padded(page);
    const linear = convertHtmlFile(big, 'big.html');
    const tree = convertHtml(big);
    expect(linear.warnings).toEqual([expect.stringMatching(/^big\.html: HTML of 2\.0 MB is larger than the 2 MB the HTML parser reads; its text was read tag by tag instead/)]);
    expect(linear.text).toBe('Binance & the ransom\n\nThe exchange said it had opened an investigation.\nNext\u00a0line €5 10%.\n\nOne\n\nTwo < three\n\nLast para here.\n');
    expect(linear.text).toBe(tree.text);
    // Entities are decoded one by one, so every letter and digit points at itself in the markup.
    const misplaced = [...linear.text].flatMap((char, offset) => (/[A-Za-z0-9]/u.test(char) && big[linear.toOriginalOffset(offset)] !== char ? [offset] : []));
    expect(misplaced).toEqual([]);
  });

  it('stays linear on unclosed scripts, stray brackets and unknown entities', () => {
    const hostile = padded(`<body>${'<script>x <b>1.000 &bogus; & < '.repeat(20_000)}</body>`);
    const converted = convertHtmlFile(hostile, 'h.html');
    expect(converted.warnings).toHaveLength(1);
    expect(converted.text).toContain('x 1.000 &bogus; & <');
  });

  it('a page under the limit goes through the tree parser, without a warning', () => {
    expect(convertHtmlFile(page, 'a.html').warnings ?? []).toEqual([]);
  });
});
