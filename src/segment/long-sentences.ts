import { isWhitespace } from './chars.js';

/**
 * Longest sentence, in UTF-16 code units, that later stages see. Real sentences stay far below it
 * (news sentences rarely pass 600 characters); a longer "sentence" is a scrape without
 * punctuation, a data blob or an attack, and cutting it keeps embedding, figure pairing and the
 * DP bounded per sentence.
 */
export const DEFAULT_MAX_SENTENCE_LENGTH = 2000;

/** A cut is looked for in the last part of each piece, so pieces are at least half the limit. */
const MIN_PIECE_SHARE = 0.5;

/** Punctuation after which a clause ends: a cut there reads like a sentence boundary. */
function isClauseEnd(code: number): boolean {
  return (
    code === 0x3b || // ;
    code === 0x3a || // :
    code === 0x2c || // ,
    code === 0x2e || // .
    code === 0x21 || // !
    code === 0x3f || // ?
    code === 0x2026 || // …
    code === 0x2014 || // —
    code === 0x2013 || // –
    code === 0x29 || // )
    code === 0x5d //    ]
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Combining marks, variation selectors and ZWJ belong to the character before them. */
function isJoining(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x200d
  );
}

/**
 * Where to end the piece that starts at `from` (exclusive end, before `limitEnd`): after the last
 * clause mark followed by a space, else at the last space, else at the last character boundary.
 * Looks only at `[from + max/2, from + max]`, so the whole cut is linear in the sentence.
 */
function pieceEnd(text: string, from: number, max: number): number {
  const hardEnd = from + max;
  const earliest = from + Math.floor(max * MIN_PIECE_SHARE);
  let lastSpace = -1;
  for (let i = hardEnd; i > earliest; i--) {
    if (!isWhitespace(text.charCodeAt(i))) continue;
    if (isClauseEnd(text.charCodeAt(i - 1))) return i;
    if (lastSpace < 0) lastSpace = i;
  }
  if (lastSpace > 0) return lastSpace;
  let end = hardEnd;
  // Never split a surrogate pair, and keep combining marks with their base (within reason).
  while (end > earliest && (isLowSurrogate(text.charCodeAt(end)) || isJoining(text.charCodeAt(end)))) end--;
  return end > earliest ? end : hardEnd + (isLowSurrogate(text.charCodeAt(hardEnd)) ? 1 : 0);
}

/**
 * Cuts `text[start, end)` into whitespace-trimmed pieces of at most `max` code units (one more
 * when a surrogate pair straddles the hard limit) and calls `emit` for each. Returns the number of
 * pieces; a sentence within the limit is emitted unchanged as one piece.
 */
export function cutLongSentence(
  text: string,
  start: number,
  end: number,
  max: number,
  emit: (start: number, end: number) => void,
): number {
  if (end - start <= max) {
    emit(start, end);
    return 1;
  }
  let pieces = 0;
  let from = start;
  while (from < end) {
    while (from < end && isWhitespace(text.charCodeAt(from))) from++;
    if (from >= end) break;
    let to = end - from <= max ? end : pieceEnd(text, from, max);
    const next = to;
    while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
    if (to > from) {
      emit(from, to);
      pieces++;
    }
    from = next;
  }
  return pieces;
}
