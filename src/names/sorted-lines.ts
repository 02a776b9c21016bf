/**
 * Look-ups in a block of UTF-8 lines sorted by their first field (`key` or `key\tvalue`), searched
 * in place. A short run looks up a few hundred keys of a name table of ~15,000 lines, so decoding
 * the file and filling a Map with every line at start-up costs more than the searches it saves.
 */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const TAB = 9;
const NEWLINE = 10;
let keyBytes = new Uint8Array(256);

/** Sorts strings as `SortedLines` searches them: by their UTF-8 bytes (code point order). */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(encoder.encode(a), encoder.encode(b));
}

/** Writes `key` as UTF-8 into keyBytes; returns its length. ASCII keys (most) are copied without a call into the encoder. */
function utf8Key(key: string): number {
  for (let k = 0; k < key.length; k++) {
    const code = key.charCodeAt(k);
    if (code >= 0x80) return encoder.encodeInto(key, keyBytes).written;
    keyBytes[k] = code;
  }
  return key.length;
}

/**
 * A long run (1,000 sentences: ~15,000 searches per table) is faster with the keys in a Map; a
 * short one (a few hundred) is not worth decoding them.
 */
const SEARCHES_BEFORE_MAP = 512;

export class SortedLines<V> {
  readonly #bytes: Uint8Array;
  readonly #parse: (value: string) => V;
  readonly #starts: Int32Array;
  /** Per first byte b, the first line whose key starts with b or a later byte (257 entries): a search starts in its bucket. */
  readonly #buckets = new Int32Array(257);
  /** Answers already found, misses included (null): texts repeat their words. */
  readonly #seen = new Map<string, V | null>();
  /** Searches so far; past SEARCHES_BEFORE_MAP every line is read into `#all` once, which then answers alone. */
  #searches = 0;
  #all: Map<string, V> | undefined;

  /**
   * `bytes`: `lines` lines sorted by key in byte order (`compareUtf8`), each ending with a newline.
   * The count is checked against the newlines, which are only counted here (no decoding).
   */
  constructor(bytes: Uint8Array, lines: number, parse: (value: string) => V) {
    this.#bytes = bytes;
    this.#parse = parse;
    const starts = new Int32Array(lines + 1);
    let line = 0;
    for (let at = bytes.indexOf(NEWLINE); at >= 0 && line < lines; at = bytes.indexOf(NEWLINE, at + 1)) starts[++line] = at + 1;
    if (line !== lines || starts[lines] !== bytes.length) throw new Error(`sorted lines: ${lines} lines expected, ${line} found`);
    this.#starts = starts;
    let bucket = 0;
    for (let at = 0; at < lines; at++) {
      const first = bytes[starts[at]!]!;
      while (bucket <= first) this.#buckets[bucket++] = at;
    }
    while (bucket <= 256) this.#buckets[bucket++] = lines;
  }

  get(key: string): V | undefined {
    if (this.#all !== undefined) return this.#all.get(key);
    let found = this.#seen.get(key);
    if (found === undefined) {
      found = this.#find(key);
      this.#seen.set(key, found);
    }
    return found ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  #find(key: string): V | null {
    if (++this.#searches > SEARCHES_BEFORE_MAP) {
      this.#all = this.#readAll();
      return this.#all.get(key) ?? null;
    }
    if (key.length * 3 > keyBytes.length) keyBytes = new Uint8Array(key.length * 3);
    const length = utf8Key(key);
    const starts = this.#starts;
    // An empty key sorts before every byte: its line, if any, is the first.
    let low = length === 0 ? 0 : this.#buckets[keyBytes[0]!]!;
    let high = (length === 0 ? Math.min(1, starts.length - 1) : this.#buckets[keyBytes[0]! + 1]!) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.#compareLine(starts[mid]!, length);
      if (order === 0) return this.#valueOf(mid, length);
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return null;
  }

  /** The value of `line`, whose key is `keyLength` bytes long. */
  #valueOf(line: number, keyLength: number): V {
    const valueAt = this.#starts[line]! + keyLength + 1;
    const end = this.#starts[line + 1]! - 1;
    return this.#parse(valueAt > end ? '' : decoder.decode(this.#bytes.subarray(valueAt, end)));
  }

  /** Every key → its value; values already handed out are kept, so a caller sees the same array again. */
  #readAll(): Map<string, V> {
    const all = new Map<string, V>();
    const lines = decoder.decode(this.#bytes).split('\n');
    for (let line = 0; line < this.#starts.length - 1; line++) {
      const text = lines[line]!;
      const tab = text.indexOf('\t');
      const key = tab < 0 ? text : text.slice(0, tab);
      all.set(key, this.#seen.get(key) ?? this.#parse(tab < 0 ? '' : text.slice(tab + 1)));
    }
    this.#seen.clear();
    return all;
  }

  /** The key of the line at `start` against the first `length` bytes of keyBytes: negative when the line sorts first. */
  #compareLine(start: number, length: number): number {
    const bytes = this.#bytes;
    for (let k = 0; ; k++) {
      const byte = bytes[start + k]!;
      const ended = byte === TAB || byte === NEWLINE;
      if (k === length) return ended ? 0 : 1;
      if (ended) return -1;
      const diff = byte - keyBytes[k]!;
      if (diff !== 0) return diff;
    }
  }
}
