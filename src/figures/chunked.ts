import type { Figure, LanguageCode } from '../types.js';
import { appendShifted, extractFigures } from './extract.js';

/**
 * Texts are read for figures in chunks of whole sentences of about this many characters: the
 * tokens of one chunk are dropped before the next is read, so memory follows the figures found,
 * not the text's tokens. Articles are shorter than one chunk and are read in one piece.
 */
export const FIGURE_CHUNK_CHARS = 32 * 1024;

export interface ChunkedExtractOptions {
  /** Called after each chunk with the number of figures so far; may throw to stop (a limit, a deadline). */
  afterChunk?: (figuresSoFar: number) => void;
  chunkChars?: number;
}

/**
 * `extractFigures` over `text` cut at sentence starts (`sentenceStarts`, ascending) into chunks of
 * about `chunkChars`, with spans shifted back into `text`. Figures never span two sentences, so a
 * cut between sentences changes nothing.
 */
export function extractFiguresInChunks(
  text: string,
  lang: LanguageCode,
  sentenceStarts: readonly number[],
  options: ChunkedExtractOptions = {},
): Figure[] {
  const chunkChars = options.chunkChars ?? FIGURE_CHUNK_CHARS;
  const figures: Figure[] = [];
  let chunkStart = 0;
  let next = 0;
  while (chunkStart < text.length) {
    // The first sentence start past the chunk size ends the chunk (or the text does).
    while (next < sentenceStarts.length && sentenceStarts[next]! <= chunkStart + chunkChars) next++;
    const chunkEnd = next < sentenceStarts.length ? sentenceStarts[next]! : text.length;
    const chunk = chunkStart === 0 && chunkEnd === text.length ? text : text.slice(chunkStart, chunkEnd);
    appendShifted(figures, extractFigures(chunk, lang), chunkStart);
    options.afterChunk?.(figures.length);
    chunkStart = chunkEnd;
  }
  return figures;
}
