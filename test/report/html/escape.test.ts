import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, raw, safeHref } from '../../../src/report/html/escape.js';
import { formatHtml, renderBatchIndexHtml } from '../../../src/report/html/index.js';
import { CLIENT_JS } from '../../../src/report/html/client.js';
import { attr, byClass, byId, byTag, findAll, parseHtml, textContent } from './dom.js';
import { hostileReport, HOSTILE } from './hostile.js';

describe('escaping primitives', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('escapes interpolations in html`` but not trusted markup', () => {
    expect(html`<p title="${'"><script>'}">${'<b>'}${raw('<i>ok</i>')}${['<', raw('>')]}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;">&lt;b&gt;<i>ok</i>&lt;></p>',
    );
  });

  it('writes JSON that cannot close or comment out its script element', () => {
    const value = { text: '</script><!-- <script> ]]> & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('neutralises script-running link schemes', () => {
    expect(safeHref('javascript:alert(1)')).toBe('./javascript:alert(1)');
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBe('./JaVaScRiPt:alert(1)');
    expect(safeHref('data:text/html,<script>')).toBe('./data:text/html,<script>');
    expect(safeHref('reports/en--it.html')).toBe('reports/en--it.html');
    expect(safeHref('https://example.com/r.html')).toBe('https://example.com/r.html');
  });

  it('keeps the client script free of anything that would end its element', () => {
    expect(CLIENT_JS).not.toMatch(/<\/script|<!--/i);
  });
});

describe('hostile report text renders as text', () => {
  const report = hostileReport();
  const markup = formatHtml(report, { color: true, onlyDrift: false });
  const dom = parseHtml(markup);

  it('adds no elements: only the two scripts of the report exist', () => {
    const scripts = byTag(dom, 'script');
    expect(scripts.map((s) => attr(s, 'type') ?? 'inline')).toEqual(['application/json', 'inline']);
    expect(findAll(dom, (e) => e.attrs.some((a) => a.name.startsWith('on')))).toEqual([]);
    expect(byTag(dom, 'img')).toHaveLength(0);
    expect(markup).not.toContain('<script>alert(1)</script>');
    expect(markup).not.toContain('<img src=x');
  });

  it('shows every hostile sentence verbatim', () => {
    for (const side of ['source', 'target'] as const) {
      for (const sentence of report[side].sentences) {
        const element = byId(dom, `${side === 'source' ? 's' : 't'}-${sentence.id}`);
        expect(textContent(element!)).toBe(sentence.text);
      }
    }
  });

  it('shows hostile paths, embedder, messages and figure surfaces verbatim', () => {
    expect(textContent(byTag(dom, 'h1')[0])).toContain(HOSTILE.fileName);
    expect(textContent(byTag(dom, 'title')[0])).toContain(HOSTILE.fileName);
    expect(textContent(byClass(dom, 'meta')[0])).toContain(HOSTILE.embedder);
    const list = byId(dom, 'finding-list')!;
    expect(textContent(list)).toContain(HOSTILE.message);
    expect(textContent(list)).toContain(HOSTILE.surface);
    const mark = byTag(dom, 'mark').find((m) => textContent(m) === HOSTILE.surface);
    expect(attr(mark!, 'title')).toContain(HOSTILE.surface);
  });

  it('shows backtick-quoted parts of a message as code, still escaped', () => {
    const item = byTag(byId(dom, 'finding-list')!, 'li')[1];
    expect(byTag(item, 'code').map(textContent)).toEqual(['<b>low</b>', '</code><script>alert(9)</script>']);
    expect(textContent(byClass(item, 'msg')[0])).toBe(HOSTILE.codeMessage.replace(/`/g, ''));
  });

  it('round-trips hostile text through the JSON data block', () => {
    const block = byId(dom, 'aa-data')!;
    const raw = textContent(block);
    expect(raw).not.toMatch(/<|>/);
    const data = JSON.parse(raw) as { figures: Record<string, { surface: string; notes: string[] }> };
    const figure = Object.values(data.figures).find((f) => f.surface === HOSTILE.surface);
    expect(figure?.notes).toContain(HOSTILE.message);
  });

  it('escapes the batch index too', () => {
    const page = renderBatchIndexHtml([
      { sourcePath: HOSTILE.fileName, targetPath: '</td></tr></table><script>alert(2)</script>', href: 'javascript:alert(3)', error: HOSTILE.message },
    ]);
    const index = parseHtml(page);
    expect(byTag(index, 'script')).toHaveLength(2);
    expect(byTag(index, 'table')).toHaveLength(1);
    const row = byTag(byTag(index, 'tbody')[0], 'tr')[0];
    expect(textContent(row)).toContain(HOSTILE.fileName);
    expect(textContent(row)).toContain('</td></tr></table><script>alert(2)</script>');
    expect(textContent(row)).toContain(HOSTILE.message);
    expect(attr(byTag(row, 'a')[0], 'href')).toBe('./javascript:alert(3)');
  });
});
