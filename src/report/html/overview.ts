/**
 * The overview: an inline SVG of the alignment path, source sentence index against target
 * sentence index. A straight diagonal is a faithful translation; a horizontal run is a passage the
 * target skips, a vertical run one it adds, and a paragraph moved elsewhere shows as a skip and an
 * addition far apart.
 */
import { html, type SafeHtml } from './escape.js';
import { beadTypeInfo, formatScore, scoreBand, SCORE_BANDS, SEVERITY_LABELS } from './labels.js';
import type { ReportView } from './model.js';

const SIZE = 300;
const MARGIN = { left: 40, top: 14, right: 12, bottom: 38 };
const PLOT = SIZE - MARGIN.left - MARGIN.right;
const PLOT_H = SIZE - MARGIN.top - MARGIN.bottom;

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

export function renderOverview(view: ReportView): SafeHtml {
  const { report, beads } = view;
  const sourceCount = Math.max(report.source.sentences.length, 1);
  const targetCount = Math.max(report.target.sentences.length, 1);
  const x = (index: number): number => round(MARGIN.left + (index / sourceCount) * PLOT);
  const y = (index: number): number => round(MARGIN.top + (index / targetCount) * PLOT_H);
  const thin = beads.length > 400;

  const paragraphLines = (side: 'source' | 'target'): number[] => {
    const sentences = report[side].sentences;
    const starts: number[] = [];
    for (let i = 1; i < sentences.length; i++) {
      if (sentences[i].paragraph !== sentences[i - 1].paragraph) starts.push(i);
    }
    return starts;
  };

  const grid = [
    ...paragraphLines('source').map(
      (i) => html`<line class="ov-grid" x1="${x(i)}" y1="${MARGIN.top}" x2="${x(i)}" y2="${MARGIN.top + PLOT_H}"/>`,
    ),
    ...paragraphLines('target').map(
      (i) => html`<line class="ov-grid" x1="${MARGIN.left}" y1="${y(i)}" x2="${MARGIN.left + PLOT}" y2="${y(i)}"/>`,
    ),
  ];

  const segments = beads.map((bead) => {
    const info = beadTypeInfo(bead.bead.type);
    const band = scoreBand(bead.bead.score);
    const [x1, y1, x2, y2] = [x(bead.x0), y(bead.y0), x(bead.x1), y(bead.y1)];
    const cx = round((x1 + x2) / 2);
    const cy = round((y1 + y2) / 2);
    const findingNote = bead.findings.length
      ? ` · ${bead.findings.length} finding${bead.findings.length === 1 ? '' : 's'} (${SEVERITY_LABELS[bead.maxSeverity ?? 'info'].toLowerCase()})`
      : '';
    const label = `Pair ${bead.index + 1}: ${info.label}, score ${formatScore(bead.bead.score)}${findingNote}`;
    const gap = bead.bead.source.length === 0 || bead.bead.target.length === 0;
    return html`<a href="#bead-${bead.index}" class="ov-bead band-${band}${gap ? ' ov-gap' : ''}" data-bead="${bead.index}"${bead.findings.length ? '' : html` tabindex="-1"`} aria-label="${label}"><title>${label}</title><line class="ov-hit" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>${bead.findings.length ? html`<circle class="ov-flag sev-${bead.maxSeverity ?? 'info'}" cx="${cx}" cy="${cy}" r="6"/>` : ''}<line class="ov-seg" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"/>${thin || gap ? '' : html`<circle class="ov-dot" cx="${cx}" cy="${cy}" r="2.6"/>`}</a>`;
  });

  const legend = SCORE_BANDS.map(
    ({ band, label }) => html`<li><span class="swatch band-${band}" aria-hidden="true"></span>${label}</li>`,
  );

  return html`<figure class="overview" aria-labelledby="overview-title">
<svg id="overview-svg" viewBox="0 0 ${SIZE} ${SIZE}" role="group" aria-label="Alignment path: source sentence index across, target sentence index down" data-x0="${MARGIN.left}" data-y0="${MARGIN.top}" data-w="${PLOT}" data-h="${PLOT_H}" data-ns="${sourceCount}" data-nt="${targetCount}">
<rect class="ov-bg" x="${MARGIN.left}" y="${MARGIN.top}" width="${PLOT}" height="${PLOT_H}"/>
${grid}
<line class="ov-diag" x1="${x(0)}" y1="${y(0)}" x2="${x(sourceCount)}" y2="${y(targetCount)}"/>
${segments}
<text class="ov-axis" x="${MARGIN.left + PLOT / 2}" y="${SIZE - 8}" text-anchor="middle">source sentence →</text>
<text class="ov-axis" transform="translate(13 ${MARGIN.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">← target sentence</text>
<text class="ov-tick" x="${MARGIN.left}" y="${MARGIN.top + PLOT_H + 13}" text-anchor="start">1</text>
<text class="ov-tick" x="${MARGIN.left + PLOT}" y="${MARGIN.top + PLOT_H + 13}" text-anchor="end">${report.source.sentences.length}</text>
<text class="ov-tick" x="${MARGIN.left - 5}" y="${MARGIN.top + 8}" text-anchor="end">1</text>
<text class="ov-tick" x="${MARGIN.left - 5}" y="${MARGIN.top + PLOT_H}" text-anchor="end">${report.target.sentences.length}</text>
</svg>
<figcaption><ul class="legend" aria-label="Bead score">${legend}<li><span class="swatch gap" aria-hidden="true"></span>skip / addition</li><li><span class="swatch flag" aria-hidden="true"></span>has findings</li></ul>
<p class="hint">Flat runs: source text the target skips. Vertical runs: text only the target has. Click the path to jump there.</p></figcaption>
</figure>`;
}
