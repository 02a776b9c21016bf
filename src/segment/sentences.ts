import {
  isClosing,
  isDigitAt,
  isLineBreak,
  isLowerAt,
  isOpening,
  isTerminal,
  isUpperAt,
  isWhitespace,
} from './chars.js';
import { forEachLine, type LineSpan } from './paragraphs.js';
import type { CompiledProfile } from './profile.js';
import { latinPattern } from '../text/latin-pattern.js';
import { hasLetter } from '../text/letters.js';

/** Longest token or word looked at around a break; keeps every check constant-time. */
const MAX_TOKEN = 48;
/** A line without final punctuation and at most this many words is a headline: one sentence. */
const HEADLINE_MAX_WORDS = 12;
/** Lines shorter than this are never taken for hard-wrapped prose. */
const SHORT_LINE = 50;
/** A line this much shorter than the paragraph's longest line ends early: it is not soft-wrapped. */
const WRAPPED_LINE_RATIO = 0.7;

/** What may precede a word glued to the next sentence: a space, a quote or a bracket. */
const WORD_BOUNDARY = /[\s"“”‘«»(\[]/u;
const DOTTED_ACRONYM = latinPattern(String.raw`^(?:\p{L}\.){2,}$`, 'u');
const INITIAL = latinPattern(String.raw`^\p{Lu}\.$`, 'u');
/** `1.`, `a.`, `iv.` opening a list item. */
const ENUMERATOR = latinPattern(String.raw`^(?:\d{1,3}|\p{L}|[ivxlcIVXLC]{1,6})\.$`, 'u');
/** `l'On.`, `dall’Avv.`: an elided article before a word. */
const ELIDED_ARTICLE = latinPattern(String.raw`^\p{L}{1,4}['’](?=\p{L})`, 'u');
const LEADING_WORD = latinPattern(String.raw`^\p{L}+(?:['’](?=\p{L}))?`, 'u');
const LEADING_NON_LETTERS = latinPattern(String.raw`^[^\p{L}]+`, 'u');
const TRAILING_NON_LETTERS = latinPattern(String.raw`[^\p{L}]+$`, 'u');
const FIRST_LETTER_CAPITAL = latinPattern(String.raw`^[^\p{L}]*[\p{Lu}\p{Lt}]`, 'u');
/** `3.`, `19.`: an ordinal in languages that write ordinals with a full stop (see `ordinalNumbers`). */
const ORDINAL_NUMBER = /^\(?\d{1,3}\.$/u;
const BULLET = /^(?:[-*•▪◦–—]\s|\d{1,3}[.)]\s)/u;
const SMALL_TITLE_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs',
  'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'di', 'del', 'della', 'dei', 'e', 'o', 'da',
  'per', 'con', 'su', 'tra', 'fra', 'nel', 'nella', 'al', 'alla',
]);

interface LineInfo extends LineSpan {
  /** Word count, computed on first use (-1 until then): most lines never need it. */
  words: number;
  /** The line's content ends with terminal punctuation (closing quotes and brackets skipped). */
  terminated: boolean;
  /** Whether the line stands alone as a headline, computed on first use: it reads the whole line. */
  headline?: boolean;
}

/**
 * Splits one paragraph `text[start, end)` into sentences and calls `emit` with each sentence's
 * absolute, whitespace-trimmed span. Linear in the paragraph length.
 */
export function segmentParagraph(
  text: string,
  start: number,
  end: number,
  segmenter: Intl.Segmenter,
  profile: CompiledProfile,
  emit: (start: number, end: number) => void,
  /** Called every few thousand candidate breaks; may throw to stop (a deadline). */
  checkpoint: () => void = () => undefined,
): void {
  const para = text.slice(start, end);
  const lines = paragraphLines(para);
  const maxLineLength = lines.reduce((max, line) => Math.max(max, line.contentEnd - line.contentStart), 0);

  const candidates = candidateBreaks(para, segmenter);
  let sentenceStart = 0;
  let lineIndex = 0;
  let seen = 0;
  for (const candidate of candidates) {
    if ((++seen & 4095) === 0) checkpoint();
    if (candidate <= sentenceStart) continue;
    while (lineIndex + 1 < lines.length && lines[lineIndex + 1].start <= candidate) lineIndex++;
    const context = { para, sentenceStart, lines, lineIndex, maxLineLength, profile };
    if (!keepBreak(context, candidate)) continue;
    const shifted = attachClosingPunctuation(para, candidate, profile);
    if (shifted >= para.length) break;
    // `...said. ” then`: once the quote is attached, a lower-case word continues the sentence.
    if (shifted !== candidate && isLowerAt(para, firstContent(para, shifted))) continue;
    emitTrimmed(para, start, sentenceStart, shifted, emit);
    sentenceStart = shifted;
  }
  emitTrimmed(para, start, sentenceStart, para.length, emit);
}

function emitTrimmed(
  para: string,
  offset: number,
  from: number,
  to: number,
  emit: (start: number, end: number) => void,
): void {
  while (from < to && isWhitespace(para.charCodeAt(from))) from++;
  while (to > from && isWhitespace(para.charCodeAt(to - 1))) to--;
  if (to > from) emit(offset + from, offset + to);
}

function paragraphLines(para: string): LineInfo[] {
  const lines: LineInfo[] = [];
  forEachLine(para, (line) => {
    const { start, end, contentStart, contentEnd, blank } = line;
    lines.push({ start, end, contentStart, contentEnd, blank, words: -1, terminated: endsWithTerminal(para, contentStart, contentEnd) });
  });
  return lines;
}

function wordCount(para: string, line: LineInfo): number {
  if (line.words < 0) line.words = countWords(para, line);
  return line.words;
}

function countWords(para: string, line: LineSpan): number {
  let words = 0;
  let inWord = false;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const space = isWhitespace(para.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function endsWithTerminal(para: string, from: number, to: number): boolean {
  let i = to - 1;
  // `public. "`: closing quotes, even after a space, follow the end mark.
  while (i >= from && (isClosing(para[i]) || isWhitespace(para.charCodeAt(i)))) i--;
  return i >= from && isTerminal(para[i]);
}

/** Break offsets from `Intl.Segmenter` plus the ones it misses, ascending and unique. */
function candidateBreaks(para: string, segmenter: Intl.Segmenter): number[] {
  const breaks = segmenterBreaks(para, segmenter);
  const extra = [...ellipsisBreaks(para), ...missingSpaceBreaks(para), ...digitStartBreaks(para)];
  if (extra.length === 0) return breaks;
  for (const position of extra) breaks.push(position);
  breaks.sort((a, b) => a - b);
  return breaks.filter((value, i) => i === 0 || value !== breaks[i - 1]);
}

/**
 * Intl.Segmenter never breaks after an ellipsis; a capitalised word after one starts a sentence.
 * An ellipsis is `…` or three or more full stops, then optional closing quotes or brackets, a
 * space and a capital (maybe behind opening quotes or brackets). One forward scan: each run of
 * stops is read once, so a text of nothing but dots stays linear.
 */
function ellipsisBreaks(para: string): number[] {
  const found: number[] = [];
  if (!para.includes('…') && !para.includes('...')) return found;
  let i = 0;
  while (i < para.length) {
    const code = para.charCodeAt(i);
    if (code !== 0x2e && code !== 0x2026) {
      i++;
      continue;
    }
    // The run of stops and ellipsis characters; it counts when it ends in `…` or in three stops.
    let end = i;
    let trailingStops = 0;
    let endsWithEllipsis = false;
    while (end < para.length) {
      const c = para.charCodeAt(end);
      if (c === 0x2e) trailingStops++;
      else if (c === 0x2026) trailingStops = 0;
      else break;
      endsWithEllipsis = c === 0x2026;
      end++;
    }
    i = end;
    if (!endsWithEllipsis && trailingStops < 3) continue;
    let j = end;
    while (j < para.length && isEllipsisCloser(para[j])) j++;
    const spaceStart = j;
    while (j < para.length && isWhitespace(para.charCodeAt(j))) j++;
    if (j === spaceStart) continue;
    let k = j;
    while (k < para.length && isEllipsisOpener(para[k])) k++;
    if (isUpperAt(para, k)) found.push(j);
    i = j;
  }
  return found;
}

function isEllipsisCloser(char: string | undefined): boolean {
  return char !== undefined && '"\'”’»)]'.includes(char);
}

function isEllipsisOpener(char: string | undefined): boolean {
  return char !== undefined && '"“«‘\'(['.includes(char);
}

const END_THEN_DIGIT = latinPattern(String.raw`[.!?]["'”’»)\]]*\s+(?=\p{Nd})`, 'gu');

/**
 * `…in 2020. 59% of voters`: the Unicode rules never break before a sentence that opens with a
 * number. Such breaks become candidates; `keepBreak` still rejects them after abbreviations that
 * introduce a number (`No. 5`, `p. 3`) and after ordinals (`am 3. 10.`).
 */
function digitStartBreaks(para: string): number[] {
  const found: number[] = [];
  const pattern = END_THEN_DIGIT.on(para);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(para); match; match = pattern.exec(para)) {
    found.push(match.index + match[0].length);
  }
  return found;
}

/**
 * `story.Subscribe`: an all-lower-case word of three or more letters, an end mark and a capitalised
 * word with no space between (scraped text). Domains and file names are spared: their word is not
 * preceded by a space-like boundary, or it is followed by a lower-case letter.
 */
function missingSpaceBreaks(para: string): number[] {
  const found: number[] = [];
  for (let i = 3; i + 2 < para.length; i++) {
    const code = para.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue;
    if (!isUpperAt(para, i + 1) || !isLowerAt(para, i + 2)) continue;
    let wordStart = i;
    while (wordStart > 0 && isLowerAt(para, wordStart - 1)) wordStart--;
    if (i - wordStart < 3) continue;
    if (wordStart > 0 && !WORD_BOUNDARY.test(para[wordStart - 1])) continue;
    found.push(i + 1);
  }
  return found;
}

const CHUNK = 2000;
const SAFE_CUT = latinPattern(String.raw`[.!?…]["'”’»)\]]*\s+(?=[\p{Lu}\p{Lt}])`, 'u');
const SPACE = /\s/u;

/**
 * V8's `Intl.Segmenter` costs time proportional to the whole string for every segment it yields,
 * so a long paragraph is fed to it in chunks of about `CHUNK` characters. Chunks are cut after an
 * end mark followed by a capitalised word, where the Unicode rules break anyway (the cut is kept as
 * a candidate, like any other), or failing that at a space (no candidate there).
 */
function segmenterBreaks(para: string, segmenter: Intl.Segmenter): number[] {
  const breaks: number[] = [];
  let from = 0;
  while (from < para.length) {
    let to = para.length;
    let cutIsBreak = false;
    if (para.length - from > 2 * CHUNK) {
      const window = para.slice(from + CHUNK, from + 3 * CHUNK);
      const sentenceEnd = SAFE_CUT.exec(window);
      const space = sentenceEnd ? null : SPACE.exec(window);
      if (sentenceEnd) {
        to = from + CHUNK + sentenceEnd.index + sentenceEnd[0].length;
        cutIsBreak = true;
      } else if (space) {
        to = from + CHUNK + space.index + 1;
      } else {
        // No space for thousands of characters (a data blob): cut anyway, between code points.
        to = from + 3 * CHUNK;
        if (isHighSurrogate(para.charCodeAt(to - 1))) to++;
      }
    }
    for (const { index } of segmenter.segment(para.slice(from, to))) if (index > 0) breaks.push(from + index);
    if (cutIsBreak) breaks.push(to);
    from = to;
  }
  return breaks;
}

interface BreakContext {
  para: string;
  /** Where the sentence being built starts (relative to the paragraph). */
  sentenceStart: number;
  lines: readonly LineInfo[];
  /** Index of the line that contains the candidate break. */
  lineIndex: number;
  maxLineLength: number;
  profile: CompiledProfile;
}

/** Decides whether a candidate break ends a sentence. */
function keepBreak(context: BreakContext, candidate: number): boolean {
  const { para, sentenceStart, lines, lineIndex, profile } = context;
  // `before` ends the text before the break, `after` starts the text after it.
  let before = candidate;
  while (before > sentenceStart && isWhitespace(para.charCodeAt(before - 1))) before--;
  if (before === sentenceStart) return false;
  let after = candidate;
  while (after < para.length && isWhitespace(para.charCodeAt(after))) after++;
  if (after >= para.length) return false;

  const line = lines[lineIndex];
  const sentenceFirst = firstContent(para, sentenceStart);
  const crossesLine = before < line.start;
  if (crossesLine) {
    const previousLine = lines[lineIndex - 1];
    if (!previousLine.terminated) return isLineBreakBetweenSentences(context, previousLine, sentenceFirst, after);
  } else if (!line.terminated && sentenceFirst >= line.contentStart && isHeadline(context, line)) {
    // A headline: a short line without final punctuation is one sentence, whatever is inside.
    return false;
  }

  // A lower-case continuation (`“Why?” he asked`, `but ... where`) never starts a sentence.
  if (isLowerAt(para, after)) return false;
  // French spaces before a closing guillemet: `cédé ? », railla-t-il` goes on after the quote.
  if (continuesAfterQuote(para, after, profile)) return false;
  if (para[before - 1] !== '.') return true;
  return !isAbbreviationBreak(context, before, after, sentenceFirst);
}

function continuesAfterQuote(para: string, after: number, profile: CompiledProfile): boolean {
  let i = after;
  while (i < para.length && i - after < 4 && (isClosing(para[i]) || profile.closingQuotes.has(para[i]))) i++;
  if (i === after) return false;
  while (i < para.length && i - after < 8 && para[i] === ' ') i++;
  return i < para.length && (',;:'.includes(para[i]) || isLowerAt(para, i));
}

/** A short line without final punctuation that stands alone: the paragraph's last line or a heading. */
function isHeadline(context: BreakContext, line: LineInfo): boolean {
  line.headline ??= computeHeadline(context, line);
  return line.headline;
}

function computeHeadline(context: BreakContext, line: LineInfo): boolean {
  const { para, lines, lineIndex } = context;
  if (wordCount(para, line) > HEADLINE_MAX_WORDS) return false;
  if (lineIndex === lines.length - 1) return true;
  return isLineBreakBetweenSentences(context, line, line.contentStart, lines[lineIndex + 1].contentStart);
}

function firstContent(para: string, from: number): number {
  while (from < para.length && isWhitespace(para.charCodeAt(from))) from++;
  return from;
}

/**
 * A line that ends without final punctuation: it is a heading, a byline or a list item when the next
 * line starts a new unit; otherwise the line break is a soft wrap inside a sentence.
 */
function isLineBreakBetweenSentences(
  context: BreakContext,
  previousLine: LineInfo,
  sentenceFirst: number,
  after: number,
): boolean {
  const { para, maxLineLength } = context;
  if (BULLET.test(para.slice(after, after + 4))) return true;
  if (isLowerAt(para, after)) return false;
  if (!(isUpperAt(para, after) || isDigitAt(para, after) || isOpening(para[after]))) return false;
  const last = para[previousLine.contentEnd - 1];
  if (',;-–—/&+('.includes(last)) return false;
  // The line must hold the whole start of its sentence, like a heading does.
  if (sentenceFirst < previousLine.contentStart) return false;
  const length = previousLine.contentEnd - previousLine.contentStart;
  if (maxLineLength < SHORT_LINE || length < WRAPPED_LINE_RATIO * maxLineLength) return true;
  return isTitleLike(para.slice(previousLine.contentStart, previousLine.contentEnd));
}

/** Title Case Or ALL CAPS, allowing short function words in lower case. */
function isTitleLike(line: string): boolean {
  const words = line.split(/\s+/).filter(hasLetter);
  if (words.length === 0) return false;
  let capitalised = 0;
  for (const word of words) {
    const letters = word.replace(LEADING_NON_LETTERS.on(word), '');
    if (isUpperAt(letters, 0)) capitalised++;
    else {
      const lower = letters.toLowerCase();
      if (!SMALL_TITLE_WORDS.has(lower.replace(TRAILING_NON_LETTERS.on(lower), ''))) return false;
    }
  }
  return capitalised >= Math.min(2, words.length) && FIRST_LETTER_CAPITAL.test(words[0]);
}

/** True when the full stop before `before` belongs to an abbreviation or an initial, not to a sentence end. */
function isAbbreviationBreak(context: BreakContext, before: number, after: number, sentenceFirst: number): boolean {
  const { para, profile } = context;
  let tokenStart = before;
  const limit = Math.max(sentenceFirst, before - MAX_TOKEN);
  while (tokenStart > limit && !isWhitespace(para.charCodeAt(tokenStart - 1))) tokenStart--;
  while (tokenStart < before && isOpening(para[tokenStart])) tokenStart++;
  // `l'On.`, `dall’Avv.`, `l'art. 3`: an elided article is not part of the abbreviation.
  const written = para.slice(tokenStart, before);
  const token = written.replace(ELIDED_ARTICLE.on(written), '');

  let wordStart = after;
  while (wordStart < para.length && wordStart - after < 4 && isOpening(para[wordStart])) wordStart++;
  const opened = wordStart > after;
  const upper = isUpperAt(para, wordStart);
  const digit = isDigitAt(para, wordStart);

  // `1. First item`: a list enumerator alone at the start of a sentence.
  if (tokenStart === sentenceFirst && ENUMERATOR.test(token)) return true;
  if (profile.titles.has(token)) return upper || digit;
  if (profile.nonTerminal.has(token)) return true;
  if (profile.beforeNumber.has(token) && digit && !opened) return true;
  const ordinal = profile.ordinalNumbers && ORDINAL_NUMBER.test(token);
  if (ordinal || profile.ambiguous.has(token) || DOTTED_ACRONYM.test(token) || INITIAL.test(token)) {
    if (opened) return false;
    if (digit) return true;
    if (!upper) return true;
    return !profile.sentenceStarters.has(leadingWord(para, wordStart));
  }
  return false;
}

/** The word at `from`, up to and including an elided article's apostrophe (`L'`, `Un’`). */
function leadingWord(para: string, from: number): string {
  const start = para.slice(from, from + MAX_TOKEN);
  const match = LEADING_WORD.exec(start);
  return match ? match[0].replace(/’/g, "'") : '';
}

/**
 * `...public. "` and `...said. ” Then`: closing quotes and brackets after a sentence end belong to
 * the sentence they close. Moves the break past them when they are followed by a space or the end.
 */
function attachClosingPunctuation(para: string, candidate: number, profile: CompiledProfile): number {
  let i = candidate;
  while (i < para.length && isWhitespace(para.charCodeAt(i)) && !isLineBreak(para.charCodeAt(i))) i++;
  const first = i;
  while (i < para.length && i - first < 4 && (isClosing(para[i]) || profile.closingQuotes.has(para[i]))) i++;
  if (i === first) return candidate;
  if (i < para.length && !isWhitespace(para.charCodeAt(i))) return candidate;
  return i;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
