import { describeFsError, describeTooLarge, FileAccessError, formatBytes, isNodeFileSystem, readRegularFile, readRegularFileSync } from '../files/index.js';
import { normalizeText } from '../normalize.js';

export { formatBytes };

/** The slice of `node:fs/promises` the CLI reads inputs with; tests pass a fake. */
export interface InputFileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean; size: number }>;
  readFile(path: string): Promise<Uint8Array>;
}

export interface InputSource {
  /** The path as the user gave it; null for stdin. */
  path: string | null;
  /** How messages name the input. */
  label: string;
  /** Decoded, BOM-stripped, LF-normalised text. */
  text: string;
}

export interface ReadInputOptions {
  maxBytes: number;
  fs: InputFileSystem;
  stdin: AsyncIterable<Uint8Array | string>;
  resolvePath: (path: string) => string;
  /**
   * Read files from the real file system with blocking calls (`readRegularFileSync`): for a batch
   * worker thread, which has nothing else to do while it reads its pair.
   */
  blocking?: boolean;
}

/** A problem with an input file: the CLI prints the message as one line and exits 2. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputFileError';
  }
}

export const STDIN_LABEL = '<stdin>';

export async function readInput(spec: string, options: ReadInputOptions): Promise<InputSource> {
  if (spec === '-') {
    const bytes = await readStdin(options.stdin, options.maxBytes);
    return { path: null, label: STDIN_LABEL, text: decodeInput(bytes, STDIN_LABEL) };
  }
  const bytes = await readFileChecked(spec, options);
  return { path: spec, label: spec, text: decodeInput(bytes, spec) };
}

async function readFileChecked(spec: string, options: ReadInputOptions): Promise<Uint8Array> {
  const fullPath = options.resolvePath(spec);
  if (isNodeFileSystem(options.fs)) {
    // The real file system: opened non-blocking and checked on the open handle (a FIFO cannot hang
    // the run, a file swapped for a device between check and read is still refused).
    try {
      const readOptions = { maxBytes: options.maxBytes, label: spec, limitHint: '(raise it with --max-bytes)' };
      return options.blocking === true ? readRegularFileSync(fullPath, readOptions) : await readRegularFile(fullPath, readOptions);
    } catch (error) {
      if (error instanceof FileAccessError) throw new InputFileError(error.message.replace(/is a directory, not a file$/u, 'is a directory, not a text file'));
      throw error;
    }
  }
  let stats;
  try {
    stats = await options.fs.stat(fullPath);
  } catch (error) {
    throw new InputFileError(`${spec}: ${describeInputError(error)}`);
  }
  if (stats.isDirectory()) throw new InputFileError(`${spec}: is a directory, not a text file`);
  if (!stats.isFile()) throw new InputFileError(`${spec}: is not a regular file`);
  if (stats.size > options.maxBytes) throw new InputFileError(`${spec}: ${tooLarge(stats.size, options.maxBytes)}`);
  try {
    return await options.fs.readFile(fullPath);
  } catch (error) {
    throw new InputFileError(`${spec}: ${describeInputError(error)}`);
  }
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.byteLength;
    if (size > maxBytes) throw new InputFileError(`${STDIN_LABEL}: ${tooLarge(size, maxBytes, true)}`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  return `${describeTooLarge(size, maxBytes, atLeast)} (raise it with --max-bytes)`;
}

/** The shared errno wording, except that an input folder is named as "not a text file". */
function describeInputError(error: unknown): string {
  return (error as { code?: string } | null)?.code === 'EISDIR' ? 'is a directory, not a text file' : describeFsError(error);
}

/** Decodes strict UTF-8 and rejects what is not text, naming the first offending byte. */
export function decodeInput(bytes: Uint8Array, label: string): string {
  if (hasUtf16Bom(bytes)) throw new InputFileError(`${label}: is UTF-16 encoded; save it as UTF-8`);
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputFileError(`${label}: looks like a binary file (NUL byte at offset ${nul}), not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new InputFileError(`${label}: is not valid UTF-8 (bad byte at offset ${offset}); convert it to UTF-8 first`);
  }
  const normalized = normalizeText(text);
  if (normalized.trim() === '') throw new InputFileError(`${label}: is empty (no text to align)`);
  return normalized;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Offset of the first byte that breaks UTF-8 (only called once decoding already failed). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    const decoded = new TextDecoder('utf-8', { fatal: true });
    try {
      decoded.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}
