/**
 * The files of `align batch --format html -o dir/`: one report per pair plus `index.html` linking
 * them. Pure: returns names (relative to the output directory) and contents; the CLI writes them.
 */
import type { PairOutcome } from '../../batch/types.js';
import type { FormatOptions } from '../../types.js';
import { renderBatchIndexHtml, type BatchIndexEntry, type BatchIndexOptions } from './batch.js';
import { renderReportHtml } from './render.js';

export interface HtmlFile {
  /** File name inside the output directory, e.g. `index.html`, `binance.html`. */
  name: string;
  content: string;
}

export const BATCH_INDEX_NAME = 'index.html';

/** A file stem from a pair id: letters, digits, `.`, `_`, `-`; never empty, never `index`. */
export function reportFileStem(id: string): string {
  const stem = id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  if (!stem) return 'pair';
  return stem.toLowerCase() === 'index' ? `${stem}-pair` : stem;
}

export function batchHtmlFiles(
  outcomes: readonly PairOutcome[],
  options: FormatOptions,
  indexOptions: BatchIndexOptions = {},
): HtmlFile[] {
  const used = new Set<string>([BATCH_INDEX_NAME.toLowerCase()]);
  const files: HtmlFile[] = [];
  const entries: BatchIndexEntry[] = outcomes.map((outcome) => {
    const entry: BatchIndexEntry = {
      name: outcome.pair.id,
      sourcePath: outcome.pair.source,
      targetPath: outcome.pair.target,
    };
    if (outcome.error !== undefined) entry.error = outcome.error;
    if (outcome.baselineKnown) entry.baselineKnown = outcome.baselineKnown;
    if (outcome.suppressed) entry.suppressed = outcome.suppressed;
    if (outcome.report) {
      const stem = reportFileStem(outcome.pair.id);
      let name = `${stem}.html`;
      for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.html`;
      used.add(name.toLowerCase());
      files.push({ name, content: renderReportHtml(outcome.report, options) });
      entry.summary = outcome.report.summary;
      entry.href = encodeURIComponent(name);
    }
    return entry;
  });
  return [{ name: BATCH_INDEX_NAME, content: renderBatchIndexHtml(entries, indexOptions) }, ...files];
}
