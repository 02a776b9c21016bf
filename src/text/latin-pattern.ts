/**
 * Unicode property classes (`\p{L}`, `\p{Lu}` …) are expensive for V8: a pattern that uses them
 * costs ~0.3 ms to parse and several milliseconds to compile once it runs hot, because each class
 * expands to hundreds of ranges. Over the ~75 such patterns a run uses, that was ~30 ms of every
 * start. Nearly all news text stays inside a small alphabet (Latin-1, combining accents, general
 * punctuation and currency signs), where each class is a handful of ranges: a `LatinPattern` runs
 * that compact form on such text and the full pattern on anything else, with the same matches.
 */

type ClassName = 'L' | 'Lu' | 'Ll' | 'Lt' | 'M' | 'N' | 'Nd' | 'S';

/**
 * The characters of the small alphabet each class matches, by the pattern's case sensitivity (with
 * `iu`, `\p{Lu}` also matches lower-case letters). test/text/latin-pattern.test.ts recomputes these
 * from V8's own classes, character by character, and prints the new table when they differ.
 */
export const ALPHABET_CLASSES: Readonly<Record<'u' | 'iu', Readonly<Record<ClassName, string>>>> = {
  u: {
    L: String.raw`\x41-\x5a\x61-\x7a\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff\u2071\u207f\u2090-\u209c`,
    Lu: String.raw`\x41-\x5a\xc0-\xd6\xd8-\xde`,
    Ll: String.raw`\x61-\x7a\xb5\xdf-\xf6\xf8-\xff`,
    Lt: String.raw``,
    M: String.raw`\u0300-\u036f`,
    N: String.raw`\x30-\x39\xb2\xb3\xb9\xbc-\xbe\u2070\u2074-\u2079\u2080-\u2089`,
    Nd: String.raw`\x30-\x39`,
    S: String.raw`\x24\x2b\x3c-\x3e\x5e\x60\x7c\x7e\xa2-\xa6\xa8\xa9\xac\xae-\xb1\xb4\xb8\xd7\xf7\u2044\u2052\u207a-\u207c\u208a-\u208c\u20a0-\u20c1`,
  },
  iu: {
    L: String.raw`\x41-\x5a\x61-\x7a\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\xff\u0345\u2071\u207f\u2090-\u209c`,
    Lu: String.raw`\x41-\x5a\x61-\x7a\xb5\xc0-\xd6\xd8-\xf6\xf8-\xff\u0345`,
    Ll: String.raw`\x41-\x5a\x61-\x7a\xb5\xc0-\xd6\xd8-\xf6\xf8-\xff\u0345`,
    Lt: String.raw``,
    M: String.raw`\u0300-\u036f`,
    N: String.raw`\x30-\x39\xb2\xb3\xb9\xbc-\xbe\u2070\u2074-\u2079\u2080-\u2089`,
    Nd: String.raw`\x30-\x39`,
    S: String.raw`\x24\x2b\x3c-\x3e\x5e\x60\x7c\x7e\xa2-\xa6\xa8\xa9\xac\xae-\xb1\xb4\xb8\xd7\xf7\u2044\u2052\u207a-\u207c\u208a-\u208c\u20a0-\u20c1`,
  },
};

/** The small alphabet, as code-point ranges: every character of a text must be in it for the compact pattern to run. */
export const ALPHABET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0, 0xff],
  [0x300, 0x36f],
  [0x2000, 0x20cf],
];

const unit = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;
/** A character outside the small alphabet (a plain class: cheap to compile). */
const OUTSIDE_ALPHABET = new RegExp(`[^${ALPHABET_RANGES.map(([from, to]) => `${unit(from)}-${unit(to)}`).join('')}]`);

const registry: LatinPattern[] = [];

export class LatinPattern {
  private fullPattern: RegExp | undefined;
  private compactPattern: RegExp | undefined;

  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    registry.push(this);
  }

  /** The pattern to run on `text` (and only on `text`: the choice depends on its characters). */
  on(text: string): RegExp {
    return OUTSIDE_ALPHABET.test(text) ? this.full : this.compact;
  }

  /** `on(text).test(text)`. */
  test(text: string): boolean {
    return this.on(text).test(text);
  }

  /** `on(text).exec(text)`. */
  exec(text: string): RegExpExecArray | null {
    return this.on(text).exec(text);
  }

  /** The pattern as written. */
  get full(): RegExp {
    return (this.fullPattern ??= new RegExp(this.source, this.flags));
  }

  /** The pattern with each property class spelled out over the small alphabet. */
  get compact(): RegExp {
    return (this.compactPattern ??= new RegExp(compactSource(this.source, this.flags), this.flags));
  }
}

/** A pattern with Unicode property classes; write `source` with String.raw, as the literal's body. */
export function latinPattern(source: string, flags: string): LatinPattern {
  if (!flags.includes('u')) throw new Error(`latinPattern needs the u flag: /${source}/${flags}`);
  return new LatinPattern(source, flags);
}

/** Every pattern made so far (the tests compare each one's two forms). */
export function latinPatterns(): readonly LatinPattern[] {
  return registry;
}

/** `source` with each `\p{…}` replaced by its ranges over the small alphabet. */
export function compactSource(source: string, flags: string): string {
  const classes = ALPHABET_CLASSES[flags.includes('i') ? 'iu' : 'u'];
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '\\') {
      const next = source[i + 1];
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', i);
        const name = source.slice(i + 3, close);
        if (next === 'P' || source[i + 2] !== '{' || !(name in classes)) throw new Error(`latinPattern cannot spell out \\${next}{${name}}`);
        const ranges = classes[name as ClassName];
        out += inClass ? ranges : `[${ranges}]`;
        i = close;
        continue;
      }
      out += char + (next ?? '');
      i++;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}
