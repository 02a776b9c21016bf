/** The input formats `--input-format` accepts; `auto` picks one from the file name and content. */
export const INPUT_FORMATS = ['auto', 'text', 'markdown', 'html'] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];
export type InputFormat = Exclude<InputFormatOption, 'auto'>;

/**
 * An article turned into plain prose for the pipeline, with the way back: every offset into `text`
 * maps to an offset into `original`, so findings can point at the line and column the user wrote.
 */
export interface ConvertedText {
  format: InputFormat;
  /** Plain text: blocks (paragraphs, headings, list items) separated by blank lines. */
  text: string;
  /** The LF-normalised original file content. */
  original: string;
  /** Offset into `text` (0…text.length) → offset into `original`. */
  toOriginalOffset(offset: number): number;
  /** 1-based line and column in `original` of an offset into `text`. */
  originalPosition(offset: number): { line: number; column: number };
  /** Problems met while converting that did not stop it (e.g. Markdown read as plain text). */
  warnings?: string[];
}
