import { detectInputFormat } from './detect.js';
import { identityConverted } from './offset-map.js';
import type { ConvertedText, InputFormatOption } from './types.js';

/**
 * convertInput (input/index.ts) for the CLI: plain text needs nothing more, so the Markdown and
 * HTML converters (and their parsers) load only when an input is in one of those formats.
 */
export async function convertInputLazily(original: string, path: string | null, requested: InputFormatOption = 'auto'): Promise<ConvertedText> {
  const format = detectInputFormat(path, original, requested);
  if (format === 'markdown') return (await import('./markdown.js')).convertMarkdownFile(original, path);
  if (format === 'html') return (await import('./html.js')).convertHtmlFile(original, path);
  return identityConverted(original);
}
