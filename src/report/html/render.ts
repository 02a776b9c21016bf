/** Renders the side-by-side HTML report. */
import type { AlignmentReport, Finding, FigureRef, FormatOptions, Severity } from '../../types.js';
import { CLIENT_JS } from './client.js';
import { documentShell } from './document.js';
import { html, type SafeHtml } from './escape.js';
import {
  beadShapeClass,
  beadTypeInfo,
  FIGURE_STATUS,
  formatScore,
  kindLabel,
  languageName,
  scoreBand,
  SEVERITY_ICONS,
  SEVERITY_LABELS,
  severityCount,
} from './labels.js';
import { buildReportView, SEVERITY_ORDER, type BeadView, type FigureView, type ReportView, type SentenceView, type Side } from './model.js';
import { renderOverview } from './overview.js';

function basename(path: string | null, fallback: string): string {
  if (!path) return fallback;
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

function sideLabel(side: Side, report: AlignmentReport): string {
  return report[side].lang.toUpperCase();
}

function renderFigureRef(ref: FigureRef): SafeHtml {
  return html`<span class="figref"><q>${ref.surface}</q> <span class="norm">${ref.normalized}</span></span>`;
}

function renderFindingFigures(finding: Finding, report: AlignmentReport): SafeHtml | string {
  const parts: SafeHtml[] = [];
  if (finding.source) parts.push(html`<span class="side">${sideLabel('source', report)}</span>${renderFigureRef(finding.source)}`);
  if (finding.source && finding.target) {
    parts.push(html`<span class="vs" aria-label="${finding.kind === 'figure-mismatch' ? 'differs from' : 'and'}">${finding.kind === 'figure-mismatch' ? '≠' : '↔'}</span>`);
  }
  if (finding.target) parts.push(html`<span class="side">${sideLabel('target', report)}</span>${renderFigureRef(finding.target)}`);
  if (finding.conversion) parts.push(html` <span class="norm">(${finding.conversion})</span>`);
  return parts.length ? html`<span class="figs">${parts}</span>` : '';
}

function findingLocation(finding: Finding, report: AlignmentReport): string {
  // Sentences count from 1, as everywhere people read them (JSON ids stay 0-based).
  const where = (side: Side, ids: readonly number[], values: readonly number[]): string => {
    if (ids.length === 0) return values.length ? `${sideLabel(side, report)} line ${values[0]}` : '';
    const numbers = ids.map((id) => id + 1).join('+');
    const lines = [...new Set(values)];
    return `${sideLabel(side, report)} sentence${ids.length > 1 ? 's' : ''} ${numbers} (${lines.length > 1 ? 'lines' : 'line'} ${lines.join(', ')})`;
  };
  return [where('source', finding.sourceIds, finding.sourceLines), where('target', finding.targetIds, finding.targetLines)].filter(Boolean).join(' · ');
}

/** Finding messages quote figures and text in backticks; show those as code, escape the rest. */
function renderMessage(message: string): SafeHtml {
  return html`${message.split(/`([^`\n]+)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}

function severityBadge(severity: Severity): SafeHtml {
  return html`<span class="sev sev-${severity}"><span aria-hidden="true">${SEVERITY_ICONS[severity] ?? '•'}</span>${SEVERITY_LABELS[severity] ?? severity}</span>`;
}

function findingTitle(finding: Finding): SafeHtml {
  return html`${kindLabel(finding.kind)}${finding.aspect ? html`<span class="aspect"> · ${finding.aspect}</span>` : ''}`;
}

function renderFindingItem(finding: Finding, index: number, bead: number | null, report: AlignmentReport): SafeHtml {
  const location = findingLocation(finding, report);
  const content = html`${severityBadge(finding.severity)}<span class="what">${findingTitle(finding)}</span><span class="loc">${location}${bead !== null ? html`${location ? ' · ' : ''}pair ${bead + 1}` : ''}</span><span class="msg">${renderMessage(finding.message)}</span>${renderFindingFigures(finding, report)}`;
  const attrs = html`data-index="${index}" data-kind="${finding.kind}" data-severity="${finding.severity}"${bead !== null ? html` data-bead="${bead}"` : ''}`;
  return bead !== null
    ? html`<li class="sev-${finding.severity}" ${attrs}><a class="finding-item" href="#bead-${bead}">${content}</a></li>`
    : html`<li class="sev-${finding.severity}" ${attrs}><div class="finding-item">${content}</div></li>`;
}

function renderFilters(view: ReportView, options: FormatOptions): SafeHtml {
  const severityButtons = SEVERITY_ORDER.map(
    (severity) =>
      html`<button type="button" class="chip" data-filter-severity="${severity}" aria-pressed="true"><span class="check" aria-hidden="true">✓</span><span aria-hidden="true">${SEVERITY_ICONS[severity]}</span>${SEVERITY_LABELS[severity]} <span class="n">${view.severityCounts[severity] ?? 0}</span></button>`,
  );
  const kindButtons = view.kindCounts.map(
    ([kind, count]) =>
      html`<button type="button" class="chip" data-filter-kind="${kind}" aria-pressed="true"><span class="check" aria-hidden="true">✓</span>${kindLabel(kind)} <span class="n">${count}</span></button>`,
  );
  return html`<div class="filters">
<button type="button" id="only-drift" class="chip primary toggle" aria-pressed="${options.onlyDrift ? 'true' : 'false'}"><span class="check" aria-hidden="true">${options.onlyDrift ? '✓' : ''}</span>Only drift</button>
<fieldset class="filter-group"><legend>Severity</legend>${severityButtons}</fieldset>
${kindButtons.length ? html`<fieldset class="filter-group"><legend>Kind</legend>${kindButtons}</fieldset>` : ''}
</div>`;
}

function renderFindings(view: ReportView, options: FormatOptions): SafeHtml {
  const { report } = view;
  const items = report.findings.map((finding, index) => renderFindingItem(finding, index, view.findingBeads[index], report));
  return html`<section class="panel findings" aria-labelledby="findings-title">
<div class="findings-head"><h2 id="findings-title">Findings<span class="count-badge" id="findings-count">${report.findings.length}</span></h2>
<p class="keys"><kbd>j</kbd> / <kbd>k</kbd> next / previous finding · <kbd>d</kbd> only drift</p></div>
${report.findings.length ? renderFilters(view, options) : ''}
<p class="filter-status" id="filter-status" role="status" aria-live="polite"></p>
${items.length ? html`<ol class="finding-list" id="finding-list">${items}</ol>` : html`<p class="empty">No drift found: every figure matches and every sentence has a counterpart.</p>`}
</section>`;
}

function renderStats(view: ReportView): SafeHtml {
  const { report } = view;
  const summary = report.summary;
  const types = Object.entries(summary.beadTypes ?? {})
    .filter(([, count]) => count > 0)
    .map(([type, count]) => html`<span>${count}× ${beadTypeInfo(type).label}</span>`);
  const severities = SEVERITY_ORDER.map(
    (severity) => html`<span><span aria-hidden="true">${SEVERITY_ICONS[severity]} </span>${severityCount(view.severityCounts[severity] ?? 0, severity)}</span>`,
  );
  const band = scoreBand(summary.meanScore);
  return html`<section class="stats" aria-label="Summary">
<div class="panel stat"><div class="label">Findings</div><div class="value">${report.findings.length}</div><div class="sub">${severities}</div></div>
<div class="panel stat"><div class="label">Aligned pairs</div><div class="value">${summary.beads}</div><div class="sub">${types}</div></div>
<div class="panel stat band-${band}"><div class="label">Mean score</div><div class="value">${formatScore(summary.meanScore)}</div><div class="sub score"><span class="bar" aria-hidden="true"><span class="fill" style="width:${Math.round(Math.max(0, Math.min(1, summary.meanScore)) * 100)}%"></span></span></div></div>
<div class="panel stat"><div class="label">Sentences</div><div class="value">${summary.sourceSentences} <span aria-label="and">/</span> ${summary.targetSentences}</div><div class="sub"><span>${languageName(report.source.lang)} source</span><span>${languageName(report.target.lang)} target</span></div></div>
</section>`;
}

function figureTitle(view: FigureView, byId: Map<string, FigureView>): string {
  const status = FIGURE_STATUS[view.status].label;
  const pair = view.counterpart ? byId.get(view.counterpart) : undefined;
  return `${status}: ${view.figure.surface} = ${view.figure.normalized}${pair ? ` ↔ ${pair.figure.surface} = ${pair.figure.normalized}` : ''}`;
}

function renderSentenceText(sentence: SentenceView, byId: Map<string, FigureView>): SafeHtml[] {
  const text = sentence.sentence.text;
  const parts: SafeHtml[] = [];
  let cursor = 0;
  for (const figure of sentence.figures) {
    if (figure.relStart < cursor || figure.relEnd > text.length || figure.relStart >= figure.relEnd) continue; // overlapping or unplaceable
    // A number word nobody compared ("un", "one") is noise, not a figure worth a highlight.
    if (figure.status === 'unpaired' && !/\d/.test(figure.figure.surface)) continue;
    parts.push(html`${text.slice(cursor, figure.relStart)}`);
    parts.push(
      html`<mark class="fig fig-${figure.status}" id="${figure.id}" tabindex="0"${figure.status !== 'unpaired' ? html` aria-describedby="fig-desc-${figure.status}"` : ''} title="${figureTitle(figure, byId)}"${figure.counterpart ? html` data-pair="${figure.counterpart}"` : ''}>${text.slice(figure.relStart, figure.relEnd)}</mark>`,
    );
    cursor = figure.relEnd;
  }
  parts.push(html`${text.slice(cursor)}`);
  return parts;
}

function renderCell(side: Side, bead: BeadView, report: AlignmentReport, byId: Map<string, FigureView>): SafeHtml {
  const sentences = bead[side];
  const lang = report[side].lang;
  if (!sentences.length) {
    const message =
      side === 'target'
        ? 'Not in the translation: the source text above has no counterpart.'
        : 'Not in the source: the translation adds this text.';
    return html`<div class="cell ${side === 'source' ? 'src' : 'tgt'}"><div class="placeholder">${message}</div></div>`;
  }
  const body = sentences.map((sentence, i) => {
    const { paragraph, line, column } = sentence.sentence;
    const mark = html`<span class="pmark"><span aria-hidden="true">¶ </span><span class="sr-only">New paragraph </span>${paragraph + 1} · line ${line}</span>`;
    const breakBefore = sentence.paragraphStart
      ? i === 0
        ? mark
        : html`<span class="pbreak" aria-hidden="true"></span>${mark}`
      : i > 0
        ? ' '
        : '';
    const joined = i > 0 && !sentence.paragraphStart ? ' joined' : '';
    return html`${breakBefore}<span class="sent${joined}" id="${side === 'source' ? 's' : 't'}-${sentence.sentence.id}" data-line="${line}" data-column="${column}">${renderSentenceText(sentence, byId)}</span>`;
  });
  return html`<div class="cell ${side === 'source' ? 'src' : 'tgt'}" lang="${lang}" role="group" aria-label="${side === 'source' ? 'Source' : 'Target'} (${lang.toUpperCase()})">${body}</div>`;
}

function renderNotes(bead: BeadView, report: AlignmentReport): SafeHtml | string {
  if (!bead.findings.length) return '';
  const items = bead.findings.map((index) => {
    const finding = report.findings[index];
    return html`<li class="sev-${finding.severity}" data-finding="${index}">${severityBadge(finding.severity)}<strong>${findingTitle(finding)}</strong><span>${renderMessage(finding.message)}</span>${renderFindingFigures(finding, report)}</li>`;
  });
  return html`<ul class="notes" aria-label="Findings for this bead">${items}</ul>`;
}

function renderBead(bead: BeadView, view: ReportView, byId: Map<string, FigureView>, options: FormatOptions): SafeHtml {
  const { report } = view;
  const type = bead.bead.type;
  const info = beadTypeInfo(type);
  const band = scoreBand(bead.bead.score);
  const paragraph =
    (bead.source[0]?.paragraphStart ?? false) || (bead.target[0]?.paragraphStart ?? false) ? ' para' : '';
  const severity = bead.maxSeverity ? ` has-findings sev-${bead.maxSeverity}` : '';
  const scoreTitle = `score ${formatScore(bead.bead.score)}${bead.bead.similarity !== undefined ? ` · similarity ${formatScore(bead.bead.similarity)}` : ''}`;
  const hidden = options.onlyDrift && !bead.findings.length;
  const findingsFlag = bead.findings.length
    ? html`<span class="findings-flag"><span aria-hidden="true">${SEVERITY_ICONS[bead.maxSeverity ?? 'info']} </span>${pluralize(bead.findings.length, 'finding')}</span>`
    : '';
  return html`<article class="bead type-${type} ${beadShapeClass(type)} band-${band}${paragraph}${severity}" id="bead-${bead.index}" tabindex="-1" data-findings="${bead.findings.join(' ')}" aria-label="Pair ${bead.index + 1}, ${info.description}, ${scoreTitle}"${hidden ? html` hidden` : ''}>
<div class="gutter"><span class="bead-no">#${bead.index + 1}</span><span class="bead-type" title="${info.description}">${info.label}</span><span class="score" title="${scoreTitle}"><span class="bar" aria-hidden="true"><span class="fill" style="width:${Math.round(Math.max(0, Math.min(1, bead.bead.score)) * 100)}%"></span></span>${formatScore(bead.bead.score)}</span>${findingsFlag}</div>
${renderCell('source', bead, report, byId)}${renderCell('target', bead, report, byId)}
${renderNotes(bead, report)}
</article>`;
}

function renderKey(): SafeHtml {
  const figures = (['matched', 'mismatch', 'missing', 'added', 'format'] as const).map(
    (status) =>
      html`<li><mark class="fig fig-${status}" aria-hidden="true">12</mark><span id="fig-desc-${status}">${FIGURE_STATUS[status].label.toLowerCase()}</span></li>`,
  );
  const types = (['2-1', '1-0', '0-1'] as const).map(
    (type) => html`<li class="type-${type} ${beadShapeClass(type)}"><span class="bead-type">${beadTypeInfo(type).label}</span></li>`,
  );
  return html`<ul class="key" aria-label="Key">${figures}${types}</ul>`;
}

function figureData(view: ReportView): Record<string, unknown> {
  const { report } = view;
  const out: Record<string, unknown> = {};
  for (const figure of view.figures) {
    out[figure.id] = {
      side: figure.side,
      surface: figure.figure.surface,
      normalized: figure.figure.normalized,
      status: FIGURE_STATUS[figure.status].label,
      pair: figure.counterpart ?? null,
      notes: figure.findings.map((index) => report.findings[index].message),
    };
  }
  return out;
}

function verdictBadge(report: AlignmentReport, severityCounts: Record<Severity, number>): SafeHtml {
  const verdict = report.summary.verdict;
  if (verdict === 'clean') return html`<div class="verdict verdict-clean" role="status"><span aria-hidden="true">✔</span>Clean: no drift</div>`;
  if (verdict === 'not-a-translation') return html`<div class="verdict verdict-not-a-translation" role="status"><span aria-hidden="true">✖</span>Not a translation</div>`;
  const errors = (severityCounts.error ?? 0) > 0;
  return html`<div class="verdict verdict-drift${errors ? ' has-errors' : ''}" role="status"><span aria-hidden="true">${errors ? '✖' : '▲'}</span>Drift found</div>`;
}

export function renderReportHtml(report: AlignmentReport, options: FormatOptions): string {
  const view = buildReportView(report);
  const byId = new Map(view.figures.map((figure) => [figure.id, figure]));
  const sourceName = basename(report.source.path, 'source');
  const targetName = basename(report.target.path, 'target');
  const tool = `${report.tool.name} ${report.tool.version}`;

  const body = html`<a class="skip" href="#alignment">Skip to the aligned text</a>
<header class="top"><div class="wrap">
<div><div class="brand">${report.tool.name} · alignment report</div>
<h1><span title="${report.source.path ?? ''}">${sourceName}</span><span class="arrow" aria-label="aligned with">↔</span><span title="${report.target.path ?? ''}">${targetName}</span></h1>
<p class="meta"><span>${languageName(report.source.lang)} → ${languageName(report.target.lang)}</span><span>embedder ${report.embedder}</span><span>${tool}</span><span>schema ${report.schemaVersion}</span></p></div>
${verdictBadge(report, view.severityCounts)}
</div></header>
<main class="wrap">
${renderStats(view)}
<div class="panels">
${renderFindings(view, options)}
<section class="panel overview-panel" aria-labelledby="overview-title"><div class="overview-inner"><h2 id="overview-title" class="ov-title">Alignment path</h2>${renderOverview(view)}</div></section>
</div>
<section id="alignment" aria-labelledby="alignment-title">
<div class="alignment-head"><h2 id="alignment-title">Aligned text</h2>${renderKey()}</div>
<div class="beads" id="beads">
<div class="cols-head" aria-hidden="true"><div>Bead</div><div><strong>Source · ${sideLabel('source', report)}</strong>${report.source.path ?? ''}</div><div><strong>Target · ${sideLabel('target', report)}</strong>${report.target.path ?? ''}</div></div>
${view.beads.map((bead) => renderBead(bead, view, byId, options))}
</div>
</section>
<footer>Generated by ${tool} · ${pluralize(report.summary.sourceSentences, 'source sentence')}, ${pluralize(report.summary.targetSentences, 'target sentence')}, ${pluralize(view.beads.length, 'bead')}. This file is self-contained and makes no network requests.</footer>
</main>
<div id="tip" role="tooltip" hidden></div>`;

  const data = {
    findings: report.findings.map((finding, index) => ({
      kind: finding.kind,
      severity: finding.severity,
      bead: view.findingBeads[index],
    })),
    beads: view.beads.map((bead) => [bead.x0, bead.x1, bead.y0, bead.y1]),
    figures: figureData(view),
  };

  return documentShell({
    title: `Alignment report: ${sourceName} ↔ ${targetName}`,
    body,
    data,
    script: CLIENT_JS,
    generator: tool,
  });
}
