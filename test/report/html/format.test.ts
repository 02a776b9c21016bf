import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../../src/report/html/index.js';
import { buildReportView } from '../../../src/report/html/model.js';
import type { AlignmentReport, FormatOptions } from '../../../src/types.js';
import { attr, byClass, byId, byTag, findAll, hasClass, parseHtml, textContent, type Element } from './dom.js';
import { buildReport } from './report-builder.js';

const OPTIONS: FormatOptions = { color: true, onlyDrift: false };

function loadFixture(name: string): AlignmentReport {
  return JSON.parse(readFileSync(new URL(`../../../fixtures/report/${name}.json`, import.meta.url), 'utf8')) as AlignmentReport;
}

const demo = loadFixture('drift-demo');
const demoHtml = formatHtml(demo, OPTIONS);
const demoDom = parseHtml(demoHtml);

function markBySurface(root: Element, surface: string, side: 's' | 't'): Element {
  const marks = byTag(root, 'mark').filter(
    (m) => (attr(m, 'id') ?? '').startsWith(`${side}-f`) && textContent(m).startsWith(surface),
  );
  expect(marks, `one ${side} mark for ${surface}`).toHaveLength(1);
  return marks[0];
}

describe('formatHtml: document', () => {
  it('is one self-contained document: inline style and scripts, nothing to fetch', () => {
    expect(demoHtml.startsWith('<!doctype html>')).toBe(true);
    const scripts = byTag(demoDom, 'script');
    expect(scripts).toHaveLength(2);
    expect(scripts.every((s) => attr(s, 'src') === undefined)).toBe(true);
    expect(byTag(demoDom, 'link')).toHaveLength(0);
    expect(byTag(demoDom, 'img')).toHaveLength(0);
    expect(byTag(demoDom, 'iframe')).toHaveLength(0);
    const css = byTag(demoDom, 'style').map(textContent).join('\n');
    expect(css).not.toMatch(/@import|url\(|@font-face/);
    // Every href points inside the page.
    const hrefs = findAll(demoDom, (e) => attr(e, 'href') !== undefined).map((e) => attr(e, 'href'));
    expect(hrefs.length).toBeGreaterThan(demo.findings.length);
    expect(hrefs.every((href) => href?.startsWith('#'))).toBe(true);
  });

  it('allows exactly its own script through the Content-Security-Policy, and no fetches', () => {
    const meta = findAll(demoDom, (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'Content-Security-Policy')[0];
    const policy = attr(meta, 'content') ?? '';
    expect(policy).toContain("default-src 'none'");
    const inline = byTag(demoDom, 'script').find((s) => attr(s, 'type') === undefined);
    const hash = createHash('sha256').update(textContent(inline!), 'utf8').digest('base64');
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
  });

  it('is deterministic', () => {
    expect(formatHtml(demo, OPTIONS)).toBe(demoHtml);
  });
});

describe('formatHtml: aligned columns', () => {
  const beads = byClass(demoDom, 'bead').filter((e) => e.tagName === 'article');

  it('renders one row per bead, in order, each with its score', () => {
    expect(beads).toHaveLength(demo.alignment.beads.length);
    beads.forEach((bead, i) => {
      expect(attr(bead, 'id')).toBe(`bead-${i}`);
      const score = byClass(bead, 'score')[0];
      expect(textContent(score)).toContain(demo.alignment.beads[i].score.toFixed(2));
    });
  });

  it('labels merges, omissions and additions in words, not only colour', () => {
    const typeText = (i: number): string => textContent(byClass(beads[i], 'bead-type')[0]);
    expect(typeText(0)).toBe('1 : 1');
    expect(typeText(7)).toBe('2 : 1 merge');
    expect(typeText(8)).toBe('1 : 0 omitted');
    expect(typeText(11)).toBe('0 : 1 added');
    expect(hasClass(beads[7], 'type-2-1')).toBe(true);
    expect(textContent(byClass(beads[8], 'placeholder')[0])).toMatch(/Not in the translation/);
    expect(textContent(byClass(beads[11], 'placeholder')[0])).toMatch(/Not in the source/);
  });

  it('names wider merges and splits, and marks sentence joins inside a bead', () => {
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [['One.', 'Two.', 'Three.'], ['Four.']] },
      target: { path: 'b', lang: 'it', paragraphs: [['Uno, due e tre.'], ['Quattro', 'e', 'basta.']] },
      beads: [[[0, 1, 2], [0], 0.7], [[3], [1, 2, 3], 0.6]],
    });
    const dom = parseHtml(formatHtml(report, OPTIONS));
    const rows = byClass(dom, 'bead').filter((e) => e.tagName === 'article');
    expect(rows.map((row) => textContent(byClass(row, 'bead-type')[0]))).toEqual(['3 : 1 merge', '1 : 3 split']);
    expect(rows.every((row) => hasClass(row, 'multi'))).toBe(true);
    expect(findAll(rows[0], (e) => hasClass(e, 'sent') && hasClass(e, 'joined')).map((e) => attr(e, 'id'))).toEqual(['s-1', 's-2']);
  });

  it('keeps sentence text whole and paragraph breaks visible', () => {
    const source = demo.source.sentences;
    for (const sentence of source) {
      const element = byId(demoDom, `s-${sentence.id}`);
      expect(element && textContent(element)).toBe(sentence.text);
    }
    // Source sentence 1 opens paragraph 2, sentence 3 continues paragraph 3.
    expect(textContent(byClass(beads[1], 'pmark')[0])).toContain('2 · line 3');
    expect(byClass(beads[3], 'pmark')).toHaveLength(0);
    // The merged bead's sentences 7 and 8 share a paragraph: no break between them.
    expect(byClass(beads[7], 'pbreak')).toHaveLength(0);
  });

  it('marks drift beads and lists their findings under them', () => {
    const view = buildReportView(demo);
    beads.forEach((bead, i) => {
      const findings = view.beads[i].findings;
      expect(attr(bead, 'data-findings')).toBe(findings.join(' '));
      expect(hasClass(bead, 'has-findings')).toBe(findings.length > 0);
      expect(findAll(bead, (e) => attr(e, 'data-finding') !== undefined)).toHaveLength(findings.length);
    });
  });

  it('hides beads without drift up front when onlyDrift is set', () => {
    const dom = parseHtml(formatHtml(demo, { color: true, onlyDrift: true }));
    const rows = byClass(dom, 'bead').filter((e) => e.tagName === 'article');
    const hidden = rows.filter((row) => attr(row, 'hidden') !== undefined).map((row) => attr(row, 'id'));
    expect(hidden).toEqual(['bead-0', 'bead-1', 'bead-3', 'bead-5', 'bead-6', 'bead-7', 'bead-9']);
    expect(attr(byId(dom, 'only-drift')!, 'aria-pressed')).toBe('true');
  });
});

describe('formatHtml: figures', () => {
  it('colour-codes mismatched, missing, added and format findings with a glyph too', () => {
    expect(hasClass(markBySurface(demoDom, '$ 3 million', 's'), 'fig-mismatch')).toBe(true);
    expect(hasClass(markBySurface(demoDom, '3 milioni di euro', 't'), 'fig-mismatch')).toBe(true);
    expect(hasClass(markBySurface(demoDom, '300 BTC', 's'), 'fig-missing')).toBe(true);
    expect(hasClass(markBySurface(demoDom, '10 milioni di dollari', 't'), 'fig-added')).toBe(true);
    const format = markBySurface(demoDom, '$ 290.000', 's');
    expect(hasClass(format, 'fig-format')).toBe(true);
    // The glyph comes from CSS so that copied text stays the sentence as written.
    const css = byTag(demoDom, 'style').map(textContent).join('\n');
    expect(css).toContain(".fig-mismatch::after { content: '≠' / ''; }");
    expect(css).toContain(".fig-missing::after { content: '−' / ''; }");
    expect(attr(markBySurface(demoDom, '$ 3 million', 's'), 'aria-describedby')).toBe('fig-desc-mismatch');
    expect(textContent(byId(demoDom, 'fig-desc-mismatch')!)).toBe('mismatch');
  });

  it('links a matched figure to its counterpart in the same bead, both ways', () => {
    const source = markBySurface(demoDom, '300 bitcoin', 's');
    const target = markBySurface(demoDom, '300 bitcoin', 't');
    expect(hasClass(source, 'fig-matched')).toBe(true);
    expect(attr(source, 'data-pair')).toBe(attr(target, 'id'));
    expect(attr(target, 'data-pair')).toBe(attr(source, 'id'));
    // The 10.000 in bead 3 has a number-format finding but still matches 10.000 foto.
    const format = byId(demoDom, attr(markBySurface(demoDom, '300 bitcoin', 's'), 'id')!.replace(/\d+$/, '2'))!;
    expect(hasClass(format, 'fig-format')).toBe(true);
    expect(attr(format, 'data-pair')).toBe('t-f2');
  });

  it('explains each figure with surface forms and normalised values', () => {
    const data = JSON.parse(textContent(byId(demoDom, 'aa-data')!)) as {
      figures: Record<string, { surface: string; normalized: string; status: string; pair: string | null; notes: string[] }>;
    };
    const mismatch = data.figures[attr(markBySurface(demoDom, '$ 3 million', 's'), 'id')!];
    expect(mismatch).toMatchObject({ surface: '$ 3 million', normalized: '3000000 USD', status: 'Mismatch' });
    expect(data.figures[mismatch.pair!]).toMatchObject({ surface: '3 milioni di euro', normalized: '3000000 EUR' });
    expect(mismatch.notes[0]).toMatch(/Currency changed/);
    // No-script fallback: the same explanation as a title.
    expect(attr(markBySurface(demoDom, '$ 3 million', 's'), 'title')).toBe(
      'Mismatch: $ 3 million = 3000000 USD ↔ 3 milioni di euro = 3000000 EUR',
    );
  });

  it('marks figures of a sentence without counterpart as added or missing with it', () => {
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [['Intro.', 'It paid $ 2 million.']] },
      target: { path: 'b', lang: 'it', paragraphs: [['Introduzione.', 'Poi 25 bitcoin.']] },
      beads: [[[0], [0], 0.9], [[1], [], 0.2], [[], [1], 0.2]],
      figures: {
        source: [{ sentence: 1, surface: '$ 2 million', kind: 'currency', value: 2e6, unit: 'USD' }],
        target: [{ sentence: 1, surface: '25 bitcoin', kind: 'quantity', value: 25, unit: 'BTC' }],
      },
      findings: [
        { kind: 'omission', severity: 'warning', bead: 1, message: 'omitted' },
        { kind: 'addition', severity: 'warning', bead: 2, message: 'added' },
      ],
    });
    const view = buildReportView(report);
    expect(view.figures.map((f) => [f.id, f.status, f.findings])).toEqual([
      ['s-f0', 'missing', [0]],
      ['t-f0', 'added', [1]],
    ]);
  });

  it('places figures whose offsets are sentence-relative or stale, and skips unplaceable ones', () => {
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [['Intro.', 'It cost $ 5 million and 3 BTC.']] },
      target: { path: 'b', lang: 'it', paragraphs: [['Introduzione.', 'Costò 5 milioni di dollari.']] },
      beads: [[[0], [0], 0.9], [[1], [1], 0.9]],
      figures: {
        source: [
          { sentence: 1, surface: '$ 5 million', kind: 'currency', value: 5e6, unit: 'USD' },
          { sentence: 1, surface: '3 BTC', kind: 'quantity', value: 3, unit: 'BTC' },
        ],
        target: [{ sentence: 1, surface: '5 milioni di dollari', kind: 'currency', value: 5e6, unit: 'USD' }],
      },
    });
    const sentence = report.source.sentences[1];
    const [money, coins] = report.source.figures;
    money.start -= sentence.start; // sentence-relative
    money.end -= sentence.start;
    coins.start += 40; // stale
    coins.end += 40;
    report.target.figures.push({ ...report.target.figures[0], surface: 'nowhere 9', start: 0, end: 9, sentenceId: 1 });
    const dom = parseHtml(formatHtml(report, OPTIONS));
    const marks = byTag(byId(dom, 'bead-1')!, 'mark').map((m) => [attr(m, 'id'), textContent(m)]);
    expect(marks).toEqual([
      ['s-f0', '$ 5 million'],
      ['s-f1', '3 BTC'],
      ['t-f0', '5 milioni di dollari'],
    ]);
    expect(textContent(byId(dom, 't-1')!)).toBe(report.target.sentences[1].text);
  });

  it('ignores a bead index that does not exist and locates the finding by its sentences', () => {
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [['One.', 'Two.']] },
      target: { path: 'b', lang: 'it', paragraphs: [['Uno.', 'Due.']] },
      beads: [[[0], [0], 0.9], [[1], [1], 0.3]],
      findings: [{ kind: 'low-similarity', severity: 'warning', message: 'odd', sourceIds: [1], targetIds: [1] }],
    });
    report.findings[0].bead = 7;
    expect(buildReportView(report).findingBeads).toEqual([1]);
  });

  it('finds a finding figure by sentence-relative offsets or by surface when offsets differ', () => {
    const report = buildReport({
      source: { path: 'a.txt', lang: 'en', paragraphs: [['Intro.', 'It cost $ 5 million.']] },
      target: { path: 'b.txt', lang: 'it', paragraphs: [['Introduzione.', 'È costato 6 milioni di dollari.']] },
      beads: [[[0], [0], 0.9], [[1], [1], 0.6]],
      figures: {
        source: [{ sentence: 1, surface: '$ 5 million', kind: 'currency', value: 5e6, unit: 'USD' }],
        target: [{ sentence: 1, surface: '6 milioni di dollari', kind: 'currency', value: 6e6, unit: 'USD' }],
      },
      findings: [{ kind: 'figure-mismatch', severity: 'error', aspect: 'value', bead: 1, source: 0, target: 0, message: 'changed' }],
    });
    const finding = report.findings[0];
    const sentenceStart = report.source.sentences[1].start;
    finding.source = { ...finding.source!, start: finding.source!.start - sentenceStart, end: finding.source!.end - sentenceStart };
    finding.target = { ...finding.target!, start: 999, end: 1010 };
    const view = buildReportView(report);
    expect(view.figures.map((f) => [f.id, f.status, f.counterpart])).toEqual([
      ['s-f0', 'mismatch', 't-f0'],
      ['t-f0', 'mismatch', 's-f0'],
    ]);
  });
});

describe('formatHtml: findings list', () => {
  const items = byTag(byId(demoDom, 'finding-list')!, 'li');

  it('shows the total and one linked item per finding', () => {
    expect(textContent(byId(demoDom, 'findings-count')!)).toBe(String(demo.findings.length));
    expect(items).toHaveLength(demo.findings.length);
    items.forEach((item, i) => {
      const finding = demo.findings[i];
      const link = byTag(item, 'a')[0];
      expect(attr(link, 'href')).toBe(`#bead-${finding.bead}`);
      expect(byId(demoDom, `bead-${finding.bead}`)).toBeDefined();
      expect(textContent(item)).toContain(finding.message);
    });
  });

  it('offers a filter per kind and per severity with their counts', () => {
    const kinds = findAll(demoDom, (e) => attr(e, 'data-filter-kind') !== undefined).map((e) => [
      attr(e, 'data-filter-kind'),
      textContent(byClass(e, 'n')[0]),
    ]);
    expect(Object.fromEntries(kinds)).toEqual({
      'figure-mismatch': '2',
      'figure-missing': '1',
      'figure-added': '1',
      omission: '1',
      addition: '1',
      'number-format': '3',
    });
    const severities = findAll(demoDom, (e) => attr(e, 'data-filter-severity') !== undefined).map((e) =>
      textContent(byClass(e, 'n')[0]),
    );
    expect(severities).toEqual(['5', '4', '0']);
  });

  it('says so when there is nothing to report', () => {
    const clean = buildReport({
      source: { path: 'a.txt', lang: 'en', paragraphs: [['One.']] },
      target: { path: 'b.txt', lang: 'it', paragraphs: [['Uno.']] },
      beads: [[[0], [0], 0.95]],
    });
    const dom = parseHtml(formatHtml(clean, OPTIONS));
    expect(textContent(byClass(dom, 'verdict')[0])).toContain('Clean');
    expect(textContent(byClass(dom, 'empty')[0])).toMatch(/No drift found/);
    expect(byId(dom, 'finding-list')).toBeUndefined();
  });

  it('lists a document-level finding without a link', () => {
    const report = buildReport({
      source: { path: 'a.txt', lang: 'en', paragraphs: [['Markets fell.']] },
      target: { path: 'b.txt', lang: 'it', paragraphs: [['Il gatto dorme.']] },
      beads: [[[0], [0], 0.05]],
      findings: [{ kind: 'not-a-translation', severity: 'error', message: 'The texts do not correspond', sourceIds: [], targetIds: [] }],
      verdict: 'not-a-translation',
    });
    const dom = parseHtml(formatHtml(report, OPTIONS));
    const item = byTag(byId(dom, 'finding-list')!, 'li')[0];
    expect(byTag(item, 'a')).toHaveLength(0);
    expect(textContent(byClass(dom, 'verdict')[0])).toContain('Not a translation');
  });
});

describe('formatHtml: overview', () => {
  const segments = (report: AlignmentReport): Array<{ bead: string; x1: number; y1: number; x2: number; y2: number }> =>
    byClass(parseHtml(formatHtml(report, OPTIONS)), 'ov-bead').map((a) => {
      const line = byClass(a, 'ov-seg')[0];
      const n = (name: string): number => Number(attr(line, name));
      return { bead: attr(a, 'href')!, x1: n('x1'), y1: n('y1'), x2: n('x2'), y2: n('y2') };
    });

  it('draws one linked segment per bead: flat for an omission, vertical for an addition', () => {
    const path = segments(demo);
    expect(path.map((s) => s.bead)).toEqual(demo.alignment.beads.map((_, i) => `#bead-${i}`));
    expect(path[8].y1).toBe(path[8].y2);
    expect(path[8].x2).toBeGreaterThan(path[8].x1);
    expect(path[11].x1).toBe(path[11].x2);
    expect(path[11].y2).toBeGreaterThan(path[11].y1);
    // The path is continuous.
    for (let i = 1; i < path.length; i++) expect([path[i].x1, path[i].y1]).toEqual([path[i - 1].x2, path[i - 1].y2]);
  });

  it('shows a moved paragraph as a skip and an addition far apart', () => {
    const sentences = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}.`);
    // Source paragraph B (3 sentences) was moved to the end of the translation.
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [sentences('A', 3), sentences('B', 3), sentences('C', 3)] },
      target: { path: 'b', lang: 'it', paragraphs: [sentences('A', 3), sentences('C', 3), sentences('B', 3)] },
      beads: [
        [[0], [0], 0.9], [[1], [1], 0.9], [[2], [2], 0.9],
        [[3], [], 0.1], [[4], [], 0.1], [[5], [], 0.1],
        [[6], [3], 0.9], [[7], [4], 0.9], [[8], [5], 0.9],
        [[], [6], 0.1], [[], [7], 0.1], [[], [8], 0.1],
      ],
    });
    const path = segments(report);
    const flat = path.slice(3, 6);
    const vertical = path.slice(9, 12);
    expect(flat.every((s) => s.y1 === s.y2 && s.x2 > s.x1)).toBe(true);
    expect(vertical.every((s) => s.x1 === s.x2 && s.y2 > s.y1)).toBe(true);
    expect(vertical[0].y1 - flat[2].y2).toBeGreaterThan(50);
  });
});

describe('formatHtml: the seed pair through the real pipeline', () => {
  it('blames the English separator error and still links 10.000 to 10.000 foto', async () => {
    const { loadSeedReport } = await import('./seed-report.js');
    const report = await loadSeedReport();
    const dom = parseHtml(formatHtml(report, OPTIONS));
    expect(textContent(byId(dom, 'findings-count')!)).toBe(String(report.findings.length));
    const formats = report.findings.filter((f) => f.kind === 'number-format');
    expect(formats.length).toBeGreaterThan(0);
    for (const finding of formats) {
      const bead = byId(dom, `bead-${finding.bead}`)!;
      const blamed = byTag(bead, 'mark').filter((m) => hasClass(m, 'fig-format'));
      expect(blamed.map(textContent)).toContain(finding.source!.surface);
      // The Italian figure is written correctly: matched, not blamed.
      const italian = byTag(bead, 'mark').find((m) => (attr(m, 'id') ?? '').startsWith('t-') && textContent(m) === finding.target!.surface)!;
      expect(hasClass(italian, 'fig-matched')).toBe(true);
      const source = blamed.find((m) => textContent(m) === finding.source!.surface)!;
      expect(attr(source, 'data-pair')).toBe(attr(italian, 'id'));
    }
    // Every sentence is shown exactly once, in order.
    const ids = findAll(dom, (e) => hasClass(e, 'sent')).map((e) => attr(e, 'id'));
    expect(ids.filter((id) => id?.startsWith('s-'))).toEqual(report.source.sentences.map((s) => `s-${s.id}`));
    expect(ids.filter((id) => id?.startsWith('t-'))).toEqual(report.target.sentences.map((s) => `t-${s.id}`));
  });

  it('renders an edited translation: every bead labelled, every figure finding marked', async () => {
    const { loadEditedReport } = await import('./seed-report.js');
    const report = await loadEditedReport();
    const dom = parseHtml(formatHtml(report, OPTIONS));
    const types = new Set(report.alignment.beads.map((bead) => bead.type));
    // The edit merges two sentences, drops one and adds one: the aligner must see all three.
    expect([...types].sort()).toEqual(expect.arrayContaining(['0-1', '1-0', '1-1', '2-1']));
    report.alignment.beads.forEach((bead, index) => {
      const row = byId(dom, `bead-${index}`)!;
      expect(hasClass(row, `type-${bead.type}`)).toBe(true);
      expect(textContent(byClass(row, 'bead-type')[0])).toMatch(new RegExp(`^${bead.source.length} : ${bead.target.length}`));
    });
    const statusOf = { 'figure-mismatch': 'fig-mismatch', 'figure-missing': 'fig-missing', 'figure-added': 'fig-added' } as const;
    const figureFindings = report.findings.filter((f): f is typeof f & { kind: keyof typeof statusOf } => f.kind in statusOf);
    expect(figureFindings.length).toBeGreaterThanOrEqual(3);
    for (const finding of figureFindings) {
      const row = byId(dom, `bead-${finding.bead}`)!;
      for (const ref of [finding.source, finding.target]) {
        if (!ref) continue;
        const marks = byTag(row, 'mark').filter((m) => textContent(m) === ref.surface);
        expect(marks.some((m) => hasClass(m, statusOf[finding.kind])), `${finding.kind} ${ref.surface}`).toBe(true);
      }
    }
  });

  it('follows an explicit side on a number-format finding', () => {
    const report = buildReport({
      source: { path: 'a', lang: 'en', paragraphs: [['It had 10,000 rows.']] },
      target: { path: 'b', lang: 'it', paragraphs: [['Aveva 10,000 righe.']] },
      beads: [[[0], [0], 0.9]],
      figures: {
        source: [{ sentence: 0, surface: '10,000', kind: 'number', value: 10000, unit: null }],
        target: [{ sentence: 0, surface: '10,000', kind: 'number', value: 10000, unit: null }],
      },
      findings: [{ kind: 'number-format', severity: 'warning', bead: 0, source: 0, target: 0, message: 'separator' }],
    });
    Object.assign(report.findings[0], { side: 'target' });
    const view = buildReportView(report);
    expect(view.figures.map((f) => [f.id, f.status, f.counterpart])).toEqual([
      ['s-f0', 'matched', 't-f0'],
      ['t-f0', 'format', 's-f0'],
    ]);
  });
});
