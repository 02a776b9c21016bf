import { detectInputFormat } from './detect.js';
import { convertHtmlFile } from './html.js';
import { convertMarkdownFile } from './markdown.js';
import { identityConverted } from './offset-map.js';
import type { ConvertedText, InputFormatOption } from './types.js';

export { detectInputFormat } from './detect.js';
export { convertHtml } from './html.js';
export { convertMarkdown } from './markdown.js';
export { createPositionLookup, identityConverted } from './offset-map.js';
export { remapReport } from './remap.js';
export { INPUT_FORMATS, type ConvertedText, type InputFormat, type InputFormatOption } from './types.js';

/** Converts an LF-normalised input to plain prose according to `--input-format`. */
export function convertInput(original: string, path: string | null, requested: InputFormatOption = 'auto'): ConvertedText {
  const format = detectInputFormat(path, original, requested);
  if (format === 'markdown') return convertMarkdownFile(original, path);
  if (format === 'html') return convertHtmlFile(original, path);
  return identityConverted(original);
}
