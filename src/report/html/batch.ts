/** The index page of `align batch --format html -o dir/`: one row per pair, linking its report. */
import type { FindingKind, ReportSummary, Severity } from '../../types.js';
import { html, safeHref, type HtmlValue, type SafeHtml } from './escape.js';
import { formatScore, kindLabel, scoreBand, severityCount, SEVERITY_ICONS, SEVERITY_LABELS } from './labels.js';
import { KIND_ORDER, SEVERITY_ORDER } from './model.js';
import { documentShell } from './document.js';

export interface BatchIndexEntry {
  /** Short name of the pair (e.g. the shared file stem); shown above the paths. */
  name?: string;
  /** Path of the source text as given to the CLI. */
  sourcePath: string;
  /** Path of the target text as given to the CLI. */
  targetPath: string;
  /** Link to the pair's HTML report, relative to the index page (e.g. `en--it.html`); absent when it was not written. */
  href?: string;
  /** The pair's report summary; absent when the pair failed. */
  summary?: ReportSummary;
  /** Why the pair could not be aligned (unreadable file, unsupported language, …). */
  error?: string;
  /** Findings hidden because the baseline already knows them. */
  baselineKnown?: number;
  /** Findings hidden by config suppressions. */
  suppressed?: number;
}

export interface BatchIndexOptions {
  /** Page heading; defaults to "Batch alignment report". */
  title?: string;
  /** `name version` of the tool, shown in the footer. */
  tool?: string;
}

type EntryStatus = 'clean' | 'drift' | 'not-a-translation' | 'error';

function entryStatus(entry: BatchIndexEntry): EntryStatus {
  if (entry.error || !entry.summary) return 'error';
  return entry.summary.verdict;
}

const STATUS_LABELS: Record<EntryStatus, { icon: string; label: string; className: string }> = {
  clean: { icon: '✔', label: 'Clean', className: 'verdict-clean' },
  drift: { icon: '▲', label: 'Drift', className: 'verdict-drift' },
  'not-a-translation': { icon: '✖', label: 'Not a translation', className: 'verdict-not-a-translation' },
  error: { icon: '✖', label: 'Failed', className: 'verdict-not-a-translation' },
};

function statusBadge(entry: BatchIndexEntry): SafeHtml {
  const status = entryStatus(entry);
  const info = STATUS_LABELS[status];
  const errors = status === 'drift' && (entry.summary?.findings.bySeverity.error ?? 0) > 0;
  return html`<span class="verdict small ${info.className}${errors ? ' has-errors' : ''}"><span aria-hidden="true">${errors ? '✖' : info.icon}</span>${info.label}</span>`;
}

function kindSummary(byKind: Partial<Record<FindingKind, number>>): SafeHtml[] {
  return Object.entries(byKind)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort(([a], [b]) => KIND_ORDER.indexOf(a as FindingKind) - KIND_ORDER.indexOf(b as FindingKind))
    .map(([kind, count]) => html`<span class="kind-count">${kindLabel(kind)} <b>${count ?? 0}</b></span>`);
}

function severityCell(summary: ReportSummary | undefined, severity: Severity): SafeHtml {
  const count = summary?.findings.bySeverity[severity] ?? 0;
  if (!summary) return html`<td class="num">–</td>`;
  return html`<td class="num${count ? ` sev-text-${severity}` : ' zero'}">${count ? html`<span aria-hidden="true">${SEVERITY_ICONS[severity]} </span>` : ''}${count}</td>`;
}

function renderRow(entry: BatchIndexEntry, index: number): SafeHtml {
  const summary = entry.summary;
  const paths = html`<span class="pair-src">${entry.sourcePath}</span><span class="arrow" aria-label="aligned with"> ↔ </span><span class="pair-tgt">${entry.targetPath}</span>`;
  const pair = entry.name ? html`<span class="pair-name">${entry.name}</span><span class="pair-paths">${paths}</span>` : paths;
  const hidden = [
    entry.baselineKnown ? `${entry.baselineKnown} known from the baseline` : '',
    entry.suppressed ? `${entry.suppressed} suppressed` : '',
  ].filter(Boolean);
  const status = entryStatus(entry);
  const details = entry.error
    ? html`<span class="error-text">${entry.error}</span>`
    : summary
      ? kindSummary(summary.findings.byKind)
      : '';
  return html`<tr class="row-${status}" data-status="${status}" data-index="${index}">
<td>${statusBadge(entry)}</td>
<td class="pair">${entry.href ? html`<a href="${safeHref(entry.href)}">${pair}</a>` : pair}</td>
${SEVERITY_ORDER.map((severity) => severityCell(summary, severity))}
<td class="num${summary ? ` band-${scoreBand(summary.meanScore)}` : ''}">${summary ? formatScore(summary.meanScore) : '–'}</td>
<td class="num">${summary ? `${summary.sourceSentences} / ${summary.targetSentences}` : '–'}</td>
<td class="kinds">${details}${hidden.length ? html`<span class="hidden-count">${hidden.join(' · ')}</span>` : ''}</td>
</tr>`;
}

const BATCH_CSS = String.raw`
.batch table { width: 100%; border-collapse: collapse; font-size: 14px; }
.batch th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: 0.05em; color: var(--muted); padding: 10px 12px; border-bottom: 1px solid var(--line-strong); background: var(--panel-2); }
.batch td { padding: 10px 12px; border-bottom: 1px solid var(--line); vertical-align: top; }
.batch tr:last-child td { border-bottom: 0; }
.batch td.num, .batch th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.batch td.zero { color: var(--muted); }
.batch .pair { word-break: break-word; }
.batch .pair .arrow { color: var(--muted); }
.batch .kinds { font-size: 12.5px; color: var(--ink-2); }
.batch .kind-count { display: inline-block; margin: 0 10px 2px 0; white-space: nowrap; }
.batch .error-text { color: var(--err); }
.batch .pair-name { display: block; font-weight: 650; }
.batch .pair-paths { display: block; font-size: 12.5px; color: var(--muted); }
.batch a .pair-paths { color: inherit; }
.batch .hidden-count { display: block; color: var(--muted); font-size: 12px; }
.verdict.small { padding: 2px 10px; font-size: 12.5px; border-width: 1px; }
.sev-text-error { color: var(--err); font-weight: 700; } .sev-text-warning { color: var(--warn); font-weight: 700; } .sev-text-info { color: var(--info); font-weight: 700; }
.batch .band-strong { color: var(--band-strong); } .batch .band-good { color: var(--band-good); } .batch .band-weak { color: var(--band-weak); } .batch .band-poor { color: var(--band-poor); }
.batch .filters { border: 0; margin: 0 0 12px; padding: 0; }
.batch .panel { overflow-x: auto; }
@media print { .batch .filters { display: none; } .batch tr[hidden] { display: table-row !important; } }
`;

const BATCH_JS = String.raw`(function () {
  'use strict';
  var button = document.getElementById('only-problems');
  if (!button) return;
  var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr'));
  button.addEventListener('click', function () {
    var on = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
    button.querySelector('.check').textContent = on ? '✓' : '';
    rows.forEach(function (row) { row.hidden = on && row.getAttribute('data-status') === 'clean'; });
  });
})();`;

/** Renders the batch index page: a self-contained HTML document, like the pair reports. */
export function renderBatchIndexHtml(entries: readonly BatchIndexEntry[], options: BatchIndexOptions = {}): string {
  const title = options.title ?? 'Batch alignment report';
  const counts: Record<EntryStatus, number> = { clean: 0, drift: 0, 'not-a-translation': 0, error: 0 };
  const totals: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const entry of entries) {
    counts[entryStatus(entry)]++;
    for (const severity of SEVERITY_ORDER) totals[severity] += entry.summary?.findings.bySeverity[severity] ?? 0;
  }
  const problems = entries.length - counts.clean;
  const stat = (label: string, value: number, sub: HtmlValue = ''): SafeHtml =>
    html`<div class="panel stat"><div class="label">${label}</div><div class="value">${value}</div><div class="sub">${sub}</div></div>`;
  const body = html`<header class="top"><div class="wrap">
<div><div class="brand">${options.tool ?? 'article-align'} · batch</div><h1>${title}</h1>
<p class="meta"><span>${entries.length} ${entries.length === 1 ? 'pair' : 'pairs'}</span></p></div>
${problems ? html`<div class="verdict verdict-drift${counts.error + counts['not-a-translation'] + totals.error > 0 ? ' has-errors' : ''}" role="status"><span aria-hidden="true">▲</span>${problems} of ${entries.length} need attention</div>` : html`<div class="verdict verdict-clean" role="status"><span aria-hidden="true">✔</span>All clean</div>`}
</div></header>
<main class="wrap batch">
<section class="stats" aria-label="Summary">
${stat('Pairs', entries.length, html`<span>${counts.clean} clean</span><span>${counts.drift} with drift</span>`)}
${stat('Not a translation', counts['not-a-translation'])}
${stat('Failed', counts.error)}
${stat('Findings', totals.error + totals.warning + totals.info, SEVERITY_ORDER.map((s) => html`<span><span aria-hidden="true">${SEVERITY_ICONS[s]} </span>${severityCount(totals[s], s)}</span>`))}
</section>
<div class="filters"><button type="button" id="only-problems" class="chip primary toggle" aria-pressed="false"><span class="check" aria-hidden="true"></span>Only pairs that need attention</button></div>
<div class="panel">
<table>
<thead><tr><th scope="col">Verdict</th><th scope="col">Pair</th>${SEVERITY_ORDER.map((s) => html`<th scope="col" class="num">${SEVERITY_LABELS[s]}</th>`)}<th scope="col" class="num">Mean score</th><th scope="col" class="num">Sentences</th><th scope="col">Findings by kind</th></tr></thead>
<tbody>
${entries.map(renderRow)}
</tbody>
</table>
${entries.length ? '' : html`<p class="empty">No pairs.</p>`}
</div>
<footer>Generated by ${options.tool ?? 'article-align'}. Each report is a self-contained HTML file and makes no network requests.</footer>
</main>`;
  return documentShell({
    title,
    body,
    extraCss: BATCH_CSS,
    data: { pairs: entries.length },
    script: BATCH_JS,
    generator: options.tool ?? 'article-align',
  });
}
