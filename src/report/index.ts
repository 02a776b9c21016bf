import type { Formatter } from '../types.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html/index.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatNdjson } from './ndjson.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

export { formatHtml, renderBatchIndexHtml, type BatchIndexEntry } from './html/index.js';
export { formatJson } from './json.js';
export { formatTable } from './table.js';
export { findingLabel, summaryLine } from './shared.js';
export { formatNdjson, formatNdjsonBatch, type NdjsonFindingLine, type NdjsonErrorLine } from './ndjson.js';
export { formatMarkdown, formatMarkdownBatch, MARKDOWN_DEFAULT_MAX_CHARS } from './markdown.js';
export { formatSarif, formatSarifBatch, SARIF_FINGERPRINT_KEY } from './sarif.js';
export { formatGithub, formatGithubBatch, escapeCommandData, escapeCommandProperty } from './github.js';
export { formatJunit, formatJunitBatch } from './junit.js';
export { locateFinding, type FindingLocation } from './location.js';
export type { CiFormatOptions } from './ci-options.js';

/** Formatters by `--format` name. Each is a pure `(report, options) => string`. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = {
  table: formatTable,
  json: formatJson,
  html: formatHtml,
  ndjson: formatNdjson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

export function formatterNames(): string[] {
  return Object.keys(FORMATTERS);
}
