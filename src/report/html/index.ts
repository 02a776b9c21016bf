/**
 * `--format html`: one self-contained HTML file (inline CSS and script, no network requests) with
 * the two texts side by side, figures highlighted, findings, filters and an alignment overview.
 */
import type { Formatter } from '../../types.js';
import { renderReportHtml } from './render.js';

export const formatHtml: Formatter = (report, options) => renderReportHtml(report, options);

export { renderBatchIndexHtml, type BatchIndexEntry, type BatchIndexOptions } from './batch.js';
export { escapeHtml, jsonForScript } from './escape.js';
export { batchHtmlFiles, reportFileStem, BATCH_INDEX_NAME, type HtmlFile } from './batch-files.js';
