import type { Formatter } from '../types.js';

/**
 * The `--format` names and where each formatter lives. The CLI lists the names in its help and
 * loads only the formatters a run writes, so a JSON run never loads the HTML report or SARIF code.
 * test/report/formats.test.ts checks this table against FORMATTERS in report/index.ts.
 */
const FORMAT_LOADERS = {
  table: async () => (await import('./table.js')).formatTable,
  json: async () => (await import('./json.js')).formatJson,
  html: async () => (await import('./html/index.js')).formatHtml,
  ndjson: async () => (await import('./ndjson.js')).formatNdjson,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof FORMAT_LOADERS;
export const FORMAT_NAMES = Object.keys(FORMAT_LOADERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMAT_LOADERS, name);
}

/** The formatter of a `--format` name, loaded on first use. */
export async function loadFormatter(name: string): Promise<Formatter> {
  if (!isFormatName(name)) throw new Error(`unknown format "${name}"`);
  return FORMAT_LOADERS[name]();
}
