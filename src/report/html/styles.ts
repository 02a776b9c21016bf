/** The report's stylesheet: light and dark palettes (prefers-color-scheme) and a print sheet. */
export const REPORT_CSS = String.raw`
:root {
  color-scheme: light dark;
  --bg: #f3f4f6; --panel: #ffffff; --panel-2: #f8f9fb; --ink: #161a20; --ink-2: #39404c; --muted: #5c6471;
  --line: #e0e3e8; --line-strong: #c3c8d1; --accent: #1f4fd1; --accent-bg: #e8eefc; --focus: #1f4fd1;
  --err: #b3261e; --err-bg: #fdeceb; --err-line: #eeb4b0;
  --warn: #8a5300; --warn-bg: #fff3de; --warn-line: #ecc98a;
  --info: #1d5b9e; --info-bg: #e9f1fb; --info-line: #b5cdea;
  --ok: #1b6e45; --ok-bg: #e5f4eb; --ok-line: #a6d5b9;
  --add: #6a3ab2; --add-bg: #f2ecfc; --add-line: #cdb9ee;
  --band-strong: #1b7a4b; --band-good: #6a8712; --band-weak: #c27800; --band-poor: #c2372e;
  --hatch: rgba(22, 26, 32, 0.06);
  --shadow: 0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.08);
  --serif: Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'DejaVu Serif', 'Liberation Serif', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;
  --mono: ui-monospace, 'SF Mono', Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e1115; --panel: #161a20; --panel-2: #1b2027; --ink: #e7eaef; --ink-2: #c4cad4; --muted: #9aa3b0;
    --line: #2a3038; --line-strong: #3b434e; --accent: #8fb3ff; --accent-bg: #1b2640; --focus: #8fb3ff;
    --err: #ff8f86; --err-bg: #3a1715; --err-line: #6e2b26;
    --warn: #f4bd63; --warn-bg: #33250a; --warn-line: #6c4c14;
    --info: #8fc2ff; --info-bg: #11253d; --info-line: #27496f;
    --ok: #72d5a0; --ok-bg: #0f2b1e; --ok-line: #22593d;
    --add: #c9abff; --add-bg: #261a3e; --add-line: #4e3782;
    --band-strong: #4fc48c; --band-good: #a9c74c; --band-weak: #f0a63c; --band-poor: #ff7d72;
    --hatch: rgba(231, 234, 239, 0.05);
    --shadow: 0 1px 2px rgba(0, 0, 0, 0.4);
  }
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html { background: var(--bg); }
body { margin: 0; color: var(--ink); background: var(--bg); font: 15px/1.5 var(--sans); -webkit-font-smoothing: antialiased; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 4px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip { position: absolute; left: 8px; top: -40px; background: var(--panel); padding: 6px 10px; z-index: 10; }
.skip:focus { top: 8px; }
.wrap { max-width: 1320px; margin: 0 auto; padding: 0 24px; }

header.top { background: var(--panel); border-bottom: 1px solid var(--line); }
header.top .wrap { display: flex; gap: 24px; align-items: center; justify-content: space-between; padding-top: 18px; padding-bottom: 18px; flex-wrap: wrap; }
.brand { font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
h1 { margin: 2px 0 4px; font-size: 22px; line-height: 1.25; font-weight: 650; word-break: break-word; }
h1 .arrow { color: var(--muted); font-weight: 400; margin: 0 6px; }
.meta { margin: 0; color: var(--muted); font-size: 13px; }
.meta span + span::before { content: '·'; margin: 0 8px; color: var(--line-strong); }
.verdict { display: inline-flex; align-items: center; gap: 8px; padding: 8px 14px; border-radius: 999px; font-weight: 650; border: 1.5px solid; white-space: nowrap; }
.verdict-clean { color: var(--ok); background: var(--ok-bg); border-color: var(--ok-line); }
.verdict-drift { color: var(--warn); background: var(--warn-bg); border-color: var(--warn-line); }
.verdict-drift.has-errors, .verdict-not-a-translation { color: var(--err); background: var(--err-bg); border-color: var(--err-line); }

main.wrap { padding-top: 20px; padding-bottom: 48px; }
h2 { font-size: 15px; margin: 0; font-weight: 650; letter-spacing: 0.01em; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow); }

.stats { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-bottom: 16px; }
.stat { padding: 12px 16px; }
.stat .label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; font-weight: 600; }
.stat .value { font-size: 24px; font-weight: 650; line-height: 1.2; margin-top: 2px; font-variant-numeric: tabular-nums; }
.stat .sub { font-size: 12.5px; color: var(--ink-2); margin-top: 2px; display: flex; flex-wrap: wrap; }
.stat .sub span { white-space: nowrap; }
.stat .sub { column-gap: 14px; }

.panels { display: grid; grid-template-columns: minmax(0, 1fr) 336px; gap: 16px; align-items: start; margin-bottom: 20px; }
.findings { padding: 14px 16px 10px; }
.findings-head { display: flex; align-items: baseline; gap: 10px; justify-content: space-between; flex-wrap: wrap; }
.count-badge { display: inline-block; min-width: 26px; text-align: center; padding: 0 8px; border-radius: 999px; background: var(--accent-bg); color: var(--accent); font-weight: 700; font-size: 13px; margin-left: 6px; }
.keys { font-size: 12px; color: var(--muted); margin: 0; }
kbd { font: 11px var(--mono); border: 1px solid var(--line-strong); border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: var(--panel-2); color: var(--ink-2); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; margin: 12px 0 8px; padding-bottom: 12px; border-bottom: 1px solid var(--line); }
.filter-group { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; border: 0; margin: 0; padding: 0; min-width: 0; }
.filter-group legend { float: left; font-size: 12px; color: var(--muted); margin-right: 4px; padding: 0; }
button.chip { font: inherit; font-size: 13px; display: inline-flex; align-items: center; gap: 6px; padding: 3px 10px; border-radius: 999px; border: 1px solid var(--line-strong); background: var(--panel); color: var(--ink-2); cursor: pointer; }
button.chip:hover { border-color: var(--accent); }
button.chip[aria-pressed='true'] { background: var(--accent-bg); border-color: var(--accent); color: var(--ink); }
button.chip[aria-pressed='false'] { text-decoration: line-through; text-decoration-color: var(--muted); opacity: 0.75; }
button.chip.toggle[aria-pressed='false'] { text-decoration: none; opacity: 1; }
button.chip .check { width: 14px; text-align: center; font-weight: 700; }
button.chip .n { font-variant-numeric: tabular-nums; font-weight: 650; }
button.chip.primary { font-weight: 600; }
button.chip.primary[aria-pressed='true'] { background: var(--accent); color: var(--panel); }
.filter-status { font-size: 12.5px; color: var(--muted); margin: 0 0 6px; }

/* The whole list, in the page's own scroll: an inner scroll box hid most findings and cut lines. */
ol.finding-list { list-style: none; margin: 0; padding: 0; }
.finding-list li { border-bottom: 1px solid var(--line); }
.finding-list li:last-child { border-bottom: 0; }
.finding-item { display: grid; grid-template-columns: 104px minmax(0, 1fr) auto; gap: 4px 12px; padding: 8px 6px; color: inherit; text-decoration: none; border-radius: 6px; align-items: baseline; }
a.finding-item:hover { background: var(--panel-2); }
.finding-list li[aria-current='true'] .finding-item { background: var(--accent-bg); }
.finding-item .what { font-weight: 600; }
.finding-item .what .aspect { font-weight: 400; color: var(--muted); }
.finding-item .msg { grid-column: 2 / -1; color: var(--ink-2); font-size: 13.5px; overflow-wrap: break-word; }
.finding-item .figs { grid-column: 2; font-size: 13px; }
.finding-item .loc { grid-row: 1; grid-column: 3; font-size: 12px; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.sev { display: inline-flex; align-items: center; gap: 5px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; padding: 1px 8px; border-radius: 4px; border: 1px solid; white-space: nowrap; justify-self: start; }
.sev-error .sev, .sev.sev-error { color: var(--err); background: var(--err-bg); border-color: var(--err-line); }
.sev-warning .sev, .sev.sev-warning { color: var(--warn); background: var(--warn-bg); border-color: var(--warn-line); }
.sev-info .sev, .sev.sev-info { color: var(--info); background: var(--info-bg); border-color: var(--info-line); }
.msg code, .notes code { font: 12.5px var(--mono); background: var(--panel-2); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; color: var(--ink); }
.empty { color: var(--muted); padding: 12px 6px; margin: 0; }
.figref { white-space: nowrap; }
.figref q { font-family: var(--serif); quotes: '“' '”'; }
.figref .norm { font-family: var(--mono); font-size: 12px; color: var(--muted); }
.figs .vs { margin: 0 6px; color: var(--muted); }
.figs .side { font-size: 11px; font-weight: 700; color: var(--muted); margin-right: 4px; }

.overview-panel { padding: 14px 16px 12px; }
.overview { margin: 8px 0 0; padding: 0; }
.overview h2 { margin-bottom: 4px; }
.overview svg { width: 100%; height: auto; display: block; cursor: crosshair; }
.ov-bg { fill: var(--panel-2); stroke: var(--line); }
.ov-grid { stroke: var(--line); stroke-width: 1; }
.ov-diag { stroke: var(--line-strong); stroke-width: 1; stroke-dasharray: 3 4; }
.ov-hit { stroke: transparent; stroke-width: 12; stroke-linecap: round; }
.ov-seg { stroke-width: 3.2; stroke-linecap: round; }
.ov-gap .ov-seg { stroke-dasharray: 3 2; stroke-linecap: butt; stroke-width: 5; }
.ov-dot { stroke: var(--panel); stroke-width: 1; }
.ov-flag { fill: var(--panel); stroke-width: 1.8; }
.ov-flag.sev-error { stroke: var(--err); }
.ov-flag.sev-warning { stroke: var(--warn); stroke-dasharray: 3 2; }
.ov-flag.sev-info { stroke: var(--info); stroke-dasharray: 1 2; }
.ov-bead:hover .ov-seg, .ov-bead:focus .ov-seg, .ov-bead.current .ov-seg { stroke-width: 6; }
.ov-bead:focus { outline: none; }
.ov-bead:focus-visible .ov-hit { stroke: var(--focus); stroke-opacity: 0.35; }
.ov-axis { font: 11px var(--sans); fill: var(--muted); }
.ov-tick { font: 10px var(--sans); fill: var(--muted); }
.band-strong .ov-seg { stroke: var(--band-strong); } .band-strong .ov-dot { fill: var(--band-strong); }
.band-good .ov-seg { stroke: var(--band-good); } .band-good .ov-dot { fill: var(--band-good); }
.band-weak .ov-seg { stroke: var(--band-weak); } .band-weak .ov-dot { fill: var(--band-weak); }
.band-poor .ov-seg { stroke: var(--band-poor); } .band-poor .ov-dot { fill: var(--band-poor); }
.legend { list-style: none; margin: 6px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 12px; color: var(--ink-2); }
.legend li { display: inline-flex; align-items: center; gap: 5px; }
.swatch { display: inline-block; width: 14px; height: 4px; border-radius: 2px; }
.swatch.band-strong { background: var(--band-strong); } .swatch.band-good { background: var(--band-good); }
.swatch.band-weak { background: var(--band-weak); } .swatch.band-poor { background: var(--band-poor); }
.swatch.gap { background: repeating-linear-gradient(90deg, var(--muted) 0 3px, transparent 3px 5px); }
.swatch.flag { width: 11px; height: 11px; border-radius: 50%; border: 1.8px solid var(--err); }
.hint { font-size: 12px; color: var(--muted); margin: 6px 0 0; }

.alignment-head { display: flex; align-items: baseline; justify-content: space-between; gap: 12px; flex-wrap: wrap; margin: 6px 0 10px; }
.key { display: flex; flex-wrap: wrap; gap: 6px 14px; font-size: 12.5px; color: var(--ink-2); margin: 0; padding: 0; list-style: none; }
.key li { display: inline-flex; align-items: center; gap: 6px; }
.beads { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; box-shadow: var(--shadow); }
.cols-head { position: sticky; top: 0; z-index: 3; display: grid; grid-template-columns: 108px minmax(0, 1fr) minmax(0, 1fr); background: var(--panel-2); border-bottom: 1px solid var(--line-strong); border-radius: 10px 10px 0 0; font-size: 12.5px; color: var(--muted); }
.cols-head > div { padding: 8px 16px; font-weight: 600; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.cols-head > div + div { border-left: 1px solid var(--line); }
.cols-head strong { color: var(--ink); margin-right: 6px; }
.bead { display: grid; grid-template-columns: 108px minmax(0, 1fr) minmax(0, 1fr); border-top: 1px solid var(--line); position: relative; scroll-margin-top: 56px; }
.bead:first-of-type { border-top: 0; }
/* Long articles: lay out only the rows near the viewport. */
.bead { content-visibility: auto; contain-intrinsic-size: auto 140px; }
.bead.para { border-top: 2px solid var(--line-strong); }
.bead:focus { outline: none; }
.bead:focus-visible, .bead.flash { box-shadow: inset 0 0 0 3px var(--focus); }
.bead.has-findings.sev-error { background: linear-gradient(90deg, var(--err-bg), transparent 108px); }
.bead.has-findings.sev-warning { background: linear-gradient(90deg, var(--warn-bg), transparent 108px); }
.bead.has-findings.sev-info { background: linear-gradient(90deg, var(--info-bg), transparent 108px); }
.bead.has-findings::before { content: ''; position: absolute; left: 0; top: 0; bottom: 0; width: 4px; }
.bead.sev-error::before { background: var(--err); }
.bead.sev-warning::before { background: repeating-linear-gradient(180deg, var(--warn) 0 6px, transparent 6px 9px); }
.bead.sev-info::before { background: repeating-linear-gradient(180deg, var(--info) 0 2px, transparent 2px 5px); }
.gutter { padding: 10px 10px 10px 14px; display: flex; flex-direction: column; gap: 5px; align-items: flex-start; font-size: 12px; color: var(--muted); }
.bead-no { font-weight: 700; color: var(--ink-2); font-variant-numeric: tabular-nums; }
.bead-type { font-family: var(--mono); font-size: 11px; padding: 1px 6px; border-radius: 4px; border: 1px solid var(--line-strong); color: var(--ink-2); background: var(--panel); white-space: nowrap; }
.multi .bead-type { border-style: double; border-width: 3px; padding: 0 5px; color: var(--info); border-color: var(--info-line); }
.type-1-0 .bead-type { border-style: dashed; color: var(--err); border-color: var(--err-line); background: var(--err-bg); }
.type-0-1 .bead-type { border-style: dashed; color: var(--add); border-color: var(--add-line); background: var(--add-bg); }
.score { display: flex; align-items: center; gap: 6px; font-variant-numeric: tabular-nums; color: var(--ink-2); font-weight: 600; }
.score .bar { width: 40px; height: 5px; border-radius: 3px; background: var(--line); overflow: hidden; display: inline-block; }
.score .fill { display: block; height: 100%; }
.band-strong .fill { background: var(--band-strong); } .band-good .fill { background: var(--band-good); }
.band-weak .fill { background: var(--band-weak); } .band-poor .fill { background: var(--band-poor); }
.findings-flag { font-weight: 700; font-size: 11.5px; }
.sev-error .findings-flag { color: var(--err); } .sev-warning .findings-flag { color: var(--warn); } .sev-info .findings-flag { color: var(--info); }
.cell { padding: 10px 16px; font: 16px/1.6 var(--serif); color: var(--ink); min-width: 0; overflow-wrap: anywhere; }
.cell + .cell { border-left: 1px solid var(--line); }
.ln { font: 11px var(--sans); color: var(--muted); margin-right: 6px; font-variant-numeric: tabular-nums; user-select: none; }
.pmark { display: block; font: 600 11px var(--sans); color: var(--muted); margin-bottom: 2px; letter-spacing: 0.04em; }
.pbreak { display: block; height: 0.6em; }
.sent.joined::before { content: '‖' / ''; color: var(--info); font: 700 13px var(--sans); margin: 0 5px 0 1px; }
.placeholder { font: italic 13.5px/1.5 var(--sans); color: var(--muted); padding: 6px 10px; border: 1.5px dashed var(--line-strong); border-radius: 6px; background: repeating-linear-gradient(135deg, var(--hatch) 0 6px, transparent 6px 12px); }
.type-1-0 .placeholder { color: var(--err); border-color: var(--err-line); }
.type-0-1 .placeholder { color: var(--add); border-color: var(--add-line); }
.notes { grid-column: 2 / 4; list-style: none; margin: 0 16px 10px; padding: 6px 10px; border-radius: 6px; background: var(--panel-2); border: 1px solid var(--line); font-size: 13px; display: grid; gap: 4px; }
.notes li { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
.notes .sev { font-size: 10.5px; padding: 0 6px; }
.collapsed { border-top: 1px solid var(--line); padding: 6px 14px; font-size: 12.5px; color: var(--muted); background: repeating-linear-gradient(135deg, var(--hatch) 0 6px, transparent 6px 12px); }

mark.fig { color: inherit; background: transparent; border-radius: 3px; padding: 0 2px; margin: 0 -1px; cursor: help; border-bottom: 2px solid; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.fig::after { font: 700 10px var(--sans); margin-left: 2px; vertical-align: 0.5em; line-height: 0; }
mark.fig-mismatch::after { content: '≠' / ''; } mark.fig-missing::after { content: '−' / ''; } mark.fig-added::after { content: '+' / ''; } mark.fig-format::after { content: '?' / ''; }
mark.fig-matched { background: var(--ok-bg); border-color: var(--ok); }
mark.fig-mismatch { background: var(--err-bg); border-color: var(--err); border-bottom-style: double; border-bottom-width: 3px; }
mark.fig-mismatch::after { color: var(--err); }
mark.fig-missing { background: var(--warn-bg); border-color: var(--warn); border-bottom-style: dashed; }
mark.fig-missing::after { color: var(--warn); }
mark.fig-added { background: var(--add-bg); border-color: var(--add); border-bottom-style: dashed; }
mark.fig-added::after { color: var(--add); }
mark.fig-format { background: var(--info-bg); border-color: var(--info); border-bottom-style: dotted; border-bottom-width: 3px; }
mark.fig-format::after { color: var(--info); }
mark.fig-unpaired { border-color: var(--line-strong); border-bottom-style: dotted; }
mark.fig.linked { outline: 2px solid var(--focus); outline-offset: 1px; }
.key mark.fig { font: 13px var(--serif); cursor: default; }

#tip { position: absolute; z-index: 20; max-width: 340px; background: var(--ink); color: var(--panel); font-size: 12.5px; line-height: 1.45; padding: 8px 10px; border-radius: 6px; box-shadow: 0 4px 14px rgba(0, 0, 0, 0.25); pointer-events: none; }
#tip[hidden] { display: none; }
#tip .t-head { font-weight: 700; margin-bottom: 2px; }
#tip .t-row { font-family: var(--mono); font-size: 12px; }
#tip .t-msg { margin-top: 4px; opacity: 0.9; }

footer { color: var(--muted); font-size: 12px; margin-top: 18px; }

@media (max-width: 980px) {
  .panels { grid-template-columns: 1fr; }
  .stats { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media (max-width: 720px) {
  .cols-head, .bead { grid-template-columns: minmax(0, 1fr); }
  .notes li { display: block; }
  .figref { white-space: normal; }
  .cols-head > div:first-child { display: none; }
  .gutter { flex-direction: row; flex-wrap: wrap; padding-bottom: 0; }
  .cell + .cell { border-left: 0; border-top: 1px dashed var(--line); }
  .notes { grid-column: 1; }
}
@media print {
  :root { --bg: #fff; --panel: #fff; --panel-2: #fff; --shadow: none; }
  body { font-size: 11pt; }
  .filters, .keys, .skip, #tip, .hint, .filter-status, .collapsed { display: none !important; }
  .bead[hidden], .finding-list li[hidden] { display: grid !important; }
  .finding-list li[hidden] { display: list-item !important; }
  .panels { grid-template-columns: 1fr 240px; }
  .bead, .finding-list li, .overview { break-inside: avoid; }
  .cols-head { position: static; }
  a { color: inherit; text-decoration: none; }
  .cell { font-size: 10.5pt; }
  mark.fig { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
