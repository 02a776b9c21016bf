import type { Formatter } from '../types.js';
import { formatHtml } from './html/index.js';
import { formatJson } from './json.js';
import { formatTable } from './table.js';

export { formatHtml, renderBatchIndexHtml, type BatchIndexEntry } from './html/index.js';
export { formatJson } from './json.js';
export { formatTable } from './table.js';
export { findingLabel, summaryLine } from './shared.js';

/** Formatters by `--format` name. Each is a pure `(report, options) => string`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  table: formatTable,
  json: formatJson,
  html: formatHtml,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
