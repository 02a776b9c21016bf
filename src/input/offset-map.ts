import type { ConvertedText, InputFormat } from './types.js';

/** 1-based line and column of an offset, by binary search over line starts. */
export function createPositionLookup(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - lineStarts[low]! + 1 };
  };
}

const isSpace = (char: string): boolean => /\s/u.test(char);

/**
 * How far past the cursor a value's next character is looked for in the original. The longest
 * named entity is 33 characters; Markdown container prefixes are bounded by the nesting limit.
 */
const PROBE_WINDOW = 1024;

/**
 * Builds converted text piece by piece while recording, for every emitted character, where it came
 * from in the original. Converters emit a node's *value* (escapes and entities decoded, container
 * prefixes such as `> ` removed) together with the original range it was parsed from; the builder
 * walks both in step and skips what the value does not contain.
 */
export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  private readonly map: number[] = [];
  private length = 0;
  private lastOriginal = 0;
  /** The last two characters emitted, so block breaks need not rebuild the text. */
  private tail = '';

  constructor(private readonly original: string) {}

  get text(): string {
    return this.parts.join('');
  }

  /** The last character emitted ('' at the start). */
  get lastChar(): string {
    return this.tail.slice(-1);
  }

  get size(): number {
    return this.length;
  }

  /** Emits `value`, parsed from `original[start, end)`. */
  appendMapped(value: string, start: number, end: number): void {
    let cursor = start;
    for (const char of value) {
      let found = -1;
      const space = isSpace(char);
      // Original whitespace a non-space character cannot match (collapsed runs) is skipped once.
      if (!space) while (cursor < end && isSpace(this.original[cursor]!)) cursor += 1;
      // What a value leaves out between two of its characters (an entity, an escape, a quote
      // prefix) is short: the probe is bounded, so a text of many decoded entities stays linear.
      const limit = Math.min(end, cursor + PROBE_WINDOW);
      for (let probe = cursor; probe < limit; probe += 1) {
        const at = this.original[probe]!;
        if (at === char || (space && isSpace(at))) {
          found = probe;
          break;
        }
      }
      // A decoded entity (`&copy;` → ©) has no literal twin: pin it to where we are.
      const origin = found === -1 ? Math.min(cursor, end) : found;
      for (let unit = 0; unit < char.length; unit += 1) this.map.push(origin + unit);
      if (found !== -1) cursor = found + char.length;
    }
    this.push(value);
    this.lastOriginal = Math.min(cursor, end);
  }

  /** Emits structural text (paragraph breaks) that stands at the current original position. */
  appendSynthetic(value: string): void {
    for (let unit = 0; unit < value.length; unit += 1) this.map.push(this.lastOriginal);
    this.push(value);
  }

  private push(value: string): void {
    if (value === '') return;
    this.parts.push(value);
    this.length += value.length;
    this.tail = (this.tail + value).slice(-2);
  }

  /** Ends the current block: a blank line, once. */
  breakBlock(): void {
    if (this.length === 0 || this.tail === '\n\n') return;
    this.appendSynthetic(this.tail.endsWith('\n') ? '\n' : '\n\n');
  }

  finish(format: InputFormat): ConvertedText {
    let text = this.text;
    let map = this.map;
    const trimmed = text.replace(/\s+$/u, '');
    if (trimmed.length < text.length) {
      text = `${trimmed}\n`;
      map = [...map.slice(0, trimmed.length), this.lastOriginal];
    }
    return buildConverted(format, text, this.original, map);
  }
}

export function buildConverted(format: InputFormat, text: string, original: string, map: readonly number[]): ConvertedText {
  const position = createPositionLookup(original);
  const toOriginalOffset = (offset: number): number => {
    if (map.length === 0) return 0;
    if (offset >= map.length) return Math.min(map[map.length - 1]! + 1, original.length);
    return map[Math.max(0, offset)]!;
  };
  return {
    format,
    text,
    original,
    toOriginalOffset,
    originalPosition: (offset) => position(toOriginalOffset(offset)),
  };
}

/** Plain text: the text is the original. */
export function identityConverted(original: string): ConvertedText {
  const position = createPositionLookup(original);
  return {
    format: 'text',
    text: original,
    original,
    toOriginalOffset: (offset) => offset,
    originalPosition: (offset) => position(offset),
  };
}
