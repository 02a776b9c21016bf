/**
 * The lexicon's two forms.
 *
 * Text form (what scripts/build-lexicon.ts derives; readable, diffable). Every section's lines are
 * sorted by key in UTF-8 byte order (= code point order):
 *   line 1:            `lexicon <version>`
 *   `%translations`    then lines `stem=enstem:weight,enstem:weight` (weights 1..100)
 *   `%words`           then lines `word=enstem:weight,…`: exact words whose meaning differs from the
 *                      merged entry of their stem (Italian casa and caso share the stem cas)
 *   `%forms`           then lines `form>lemma`: inflected forms the stemmer cannot relate to their
 *                      lemma (detto>dire); the lemma is then looked up as a word or by its stem
 *   `%englishforms`    then lines `enstem>enstem`: stems of regular English inflections that the
 *                      stemmer leaves apart from their lemma's stem (campus>campu, from campuses)
 *   `%weights`         then lines `enstem:weight` (how informative a concept is, 1..100; absent = 100)
 *
 * Binary form (data/lexicon/<language>.bin, what the package ships and loads). The same lines as
 * UTF-8 bytes, with each section's line offsets precomputed, so loading is one file read and a few
 * typed-array views: nothing is parsed or decoded until a key is looked up (binary search over the
 * bytes in place). Little endian:
 *   0        "ALXB"                      magic
 *   4        u32 format version          (BINARY_FORMAT_VERSION)
 *   8        u32 header length H
 *   12       H bytes of JSON             {lexicon, language, sections: [{name, lines, offsets, text}]}
 *   then, 4-byte aligned, per section:  u32[lines + 1] line starts relative to the section's text
 *                                        (the last one is the text's length), then the text itself.
 */

export const BINARY_MAGIC = 'ALXB';
export const BINARY_FORMAT_VERSION = 1;

export const SECTION_SEPARATORS = {
  translations: '=',
  words: '=',
  forms: '>',
  englishforms: '>',
  weights: ':',
} as const;
export type SectionName = keyof typeof SECTION_SEPARATORS;
export const SECTION_NAMES = Object.keys(SECTION_SEPARATORS) as SectionName[];

export class LexiconFormatError extends Error {
  constructor(message: string) {
    super(`lexicon: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

interface BinaryHeader {
  lexicon: string;
  language: string;
  sections: Array<{ name: SectionName; lines: number; offsets: number; text: number }>;
}

/** One section in place: line starts and the UTF-8 text they index. */
export interface RawSection {
  readonly separator: number;
  readonly starts: Uint32Array;
  readonly bytes: Uint8Array;
}

export interface RawLexicon {
  version: string;
  language: string;
  sections: Record<SectionName, RawSection>;
}

const encoder = new TextEncoder();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Splits the text form into its sections' lines, checking syntax and the sort order lookups rely on. */
function readTextForm(serialised: string): { version: string; lines: Record<SectionName, string[]> } {
  let lineEnd = serialised.indexOf('\n');
  if (lineEnd < 0) lineEnd = serialised.length;
  const header = serialised.slice(0, lineEnd);
  if (!header.startsWith('lexicon ')) throw new LexiconFormatError(`bad header "${header.slice(0, 40)}"`);
  const lines = Object.fromEntries(SECTION_NAMES.map((name) => [name, [] as string[]])) as Record<SectionName, string[]>;
  let section: SectionName | undefined;
  let previousKey: Uint8Array | undefined;
  let lineNumber = 1;
  for (let start = lineEnd + 1; start < serialised.length; start = lineEnd + 1) {
    lineNumber++;
    lineEnd = serialised.indexOf('\n', start);
    if (lineEnd < 0) lineEnd = serialised.length;
    if (lineEnd === start) continue;
    if (serialised.charCodeAt(start) === 37 /* % */) {
      const name = serialised.slice(start + 1, lineEnd);
      if (!(name in SECTION_SEPARATORS)) throw new LexiconFormatError(`line ${lineNumber}: unknown section "${name}"`);
      section = name as SectionName;
      previousKey = undefined;
      continue;
    }
    if (section === undefined) throw new LexiconFormatError(`line ${lineNumber}: entry before any section`);
    const separator = serialised.indexOf(SECTION_SEPARATORS[section], start);
    if (separator <= start || separator >= lineEnd - 1) {
      throw new LexiconFormatError(`line ${lineNumber}: expected key${SECTION_SEPARATORS[section]}value`);
    }
    const key = encoder.encode(serialised.slice(start, separator));
    if (previousKey !== undefined && compareBytes(previousKey, key) >= 0) {
      throw new LexiconFormatError(`line ${lineNumber}: section ${section}: "${serialised.slice(start, separator)}" is out of order or repeated`);
    }
    previousKey = key;
    lines[section].push(serialised.slice(start, lineEnd));
  }
  return { version: header.slice('lexicon '.length), lines };
}

const align4 = (offset: number): number => (offset + 3) & ~3;

/** The binary form of a lexicon given in its text form (throws LexiconFormatError on a malformed or unsorted one). */
export function encodeLexicon(serialised: string, language: string): Uint8Array {
  const { version, lines } = readTextForm(serialised);
  const texts = SECTION_NAMES.map((name) => encoder.encode(lines[name].map((line) => `${line}\n`).join('')));
  const layout = (headerLength: number): BinaryHeader => {
    let offset = align4(12 + headerLength);
    const sections = SECTION_NAMES.map((name, i) => {
      const offsets = offset;
      const text = offsets + 4 * (lines[name].length + 1);
      offset = align4(text + texts[i].length);
      return { name, lines: lines[name].length, offsets, text };
    });
    return { lexicon: version, language, sections };
  };
  // The header's length moves the sections, which changes the header: iterate to a fixed point.
  let headerBytes = encoder.encode(JSON.stringify(layout(0)));
  for (;;) {
    const next = encoder.encode(JSON.stringify(layout(headerBytes.length)));
    if (next.length === headerBytes.length) {
      headerBytes = next;
      break;
    }
    headerBytes = next;
  }
  const header = layout(headerBytes.length);
  const last = header.sections.at(-1)!;
  const bytes = new Uint8Array(align4(last.text + texts.at(-1)!.length));
  const view = new DataView(bytes.buffer);
  bytes.set(encoder.encode(BINARY_MAGIC), 0);
  view.setUint32(4, BINARY_FORMAT_VERSION, true);
  view.setUint32(8, headerBytes.length, true);
  bytes.set(headerBytes, 12);
  header.sections.forEach((section, i) => {
    let start = 0;
    for (let line = 0; line < section.lines; line++) {
      view.setUint32(section.offsets + 4 * line, start, true);
      start += encoder.encode(lines[section.name][line]).length + 1;
    }
    view.setUint32(section.offsets + 4 * section.lines, start, true);
    bytes.set(texts[i], section.text);
  });
  return bytes;
}

/** Views over a binary lexicon; copies nothing unless the bytes are not 4-byte aligned. */
export function decodeLexicon(input: Uint8Array): RawLexicon {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const fail = (why: string): never => {
    throw new LexiconFormatError(`not a lexicon file (${why})`);
  };
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 4)) !== BINARY_MAGIC) fail('bad magic');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const formatVersion = view.getUint32(4, true);
  if (formatVersion !== BINARY_FORMAT_VERSION) fail(`format version ${formatVersion}, expected ${BINARY_FORMAT_VERSION}`);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) fail('truncated header');
  let header: BinaryHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as BinaryHeader;
  } catch {
    return fail('bad header');
  }
  const sections = {} as Record<SectionName, RawSection>;
  for (const name of SECTION_NAMES) {
    const section = header.sections?.find((candidate) => candidate.name === name);
    if (section === undefined) return fail(`no section ${name}`);
    const { lines, offsets, text } = section;
    if (!(Number.isInteger(lines) && lines >= 0 && offsets % 4 === 0 && offsets + 4 * (lines + 1) <= text)) fail(`bad section ${name}`);
    const starts = new Uint32Array(bytes.buffer, bytes.byteOffset + offsets, lines + 1);
    const textLength = starts[lines];
    if (text + textLength > bytes.length) fail(`truncated section ${name}`);
    sections[name] = {
      separator: SECTION_SEPARATORS[name].charCodeAt(0),
      starts,
      bytes: bytes.subarray(text, text + textLength),
    };
  }
  return { version: String(header.lexicon), language: String(header.language), sections };
}
