import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { visible } from '../text/visible.js';

/**
 * A file the tool was asked to read is not something it can read safely (a FIFO, a device, a
 * folder, too large, missing). The message is one line that names the file: the CLI prints it and
 * exits 2.
 */
export class FileAccessError extends Error {
  constructor(
    message: string,
    /** The errno code when the file system refused (ENOENT, EACCES, …). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'FileAccessError';
  }
}

export interface ReadRegularOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** How messages name the file (default: the path). */
  label?: string;
  /** What the file is for, in messages: "config", "baseline", "cache entry" … */
  what?: string;
  /** Appended to the too-large message, e.g. "(raise it with --max-bytes)". */
  limitHint?: string;
}

/**
 * Whether a caller's file-system object is `node:fs/promises` itself rather than a test's fake, so
 * that it is read through `readRegularFile`. Tested by its functions, not by the namespace object:
 * the code-cached CommonJS bundle (bin/cached-bundle.js) gives every module its own namespace object
 * for `node:fs/promises`, and comparing those sent real files down the fake's path (plain
 * `readFile`: a FIFO named as a config file would hang the run).
 */
export function isNodeFileSystem(fs: { readFile: unknown }): boolean {
  return fs.readFile === readFile;
}

/** What kind of thing a non-regular file is, for messages. */
export function describeFileType(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket'>): string {
  if (stats.isDirectory()) return 'is a directory, not a file';
  if (stats.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'is a device, not a regular file';
  if (stats.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** `10 MB`, `512 kB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/u, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/u, '')} kB`;
  return `${bytes} bytes`;
}

/** `10,485,761 bytes` */
function exactBytes(bytes: number): string {
  return `${bytes.toLocaleString('en-US')} bytes`;
}

/**
 * "is 12 MB, more than the 10 MB limit"; when both round to the same text the exact byte counts are
 * given instead ("is 10,485,761 bytes, more than the 10,485,760-byte (10 MB) limit").
 */
export function describeTooLarge(size: number, maxBytes: number, atLeast = false): string {
  const over = atLeast ? 'over ' : '';
  const rounded = formatBytes(size);
  const limit = formatBytes(maxBytes);
  if (rounded !== limit) return `is ${over}${rounded}, more than the ${limit} limit`;
  return `is ${over}${exactBytes(size)}, more than the ${maxBytes.toLocaleString('en-US')}-byte (${limit}) limit`;
}

/** One-line text for an errno failure. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** The error of a file that grew past the limit while it was read (`length` read so far, if known). */
function grewPastLimit(prefix: string, hint: string, options: ReadRegularOptions, length = options.maxBytes + 1): FileAccessError {
  return new FileAccessError(`${prefix}: ${describeTooLarge(length, options.maxBytes, true)}${hint}`, 'EFBIG');
}

/** Any failure while reading, as the one-line error the CLI prints. */
function asAccessError(error: unknown, prefix: string): FileAccessError {
  return error instanceof FileAccessError ? error : new FileAccessError(`${prefix}: ${describeFsError(error)}`, (error as { code?: string }).code);
}

/** How a file's messages start: its visible name, and what it is for. */
function messagePrefix(path: string, options: ReadRegularOptions): string {
  const label = visible(options.label ?? path);
  return options.what === undefined ? label : `${label} (${options.what})`;
}

/** Refuses anything but a regular file within the limit; returns the limit hint for later messages. */
function checkStats(stats: Stats, prefix: string, options: ReadRegularOptions): string {
  if (!stats.isFile()) throw new FileAccessError(`${prefix}: ${describeFileType(stats)}`, stats.isDirectory() ? 'EISDIR' : 'ENOTREG');
  const hint = options.limitHint === undefined ? '' : ` ${options.limitHint}`;
  if (stats.size > options.maxBytes) throw new FileAccessError(`${prefix}: ${describeTooLarge(stats.size, options.maxBytes)}${hint}`, 'EFBIG');
  return hint;
}

/**
 * Reads a whole regular file, never blocking and never reading more than `maxBytes`: the file is
 * opened non-blocking (a FIFO cannot hang the open), checked on the open handle (no swap between
 * check and read), and read only up to the limit (a file that grows, or a device, cannot fill memory).
 */
export async function readRegularFile(path: string, options: ReadRegularOptions): Promise<Buffer> {
  const prefix = messagePrefix(path, options);
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new FileAccessError(`${prefix}: ${describeFsError(error)}`, (error as { code?: string }).code);
  }
  try {
    const stats = await handle.stat();
    const hint = checkStats(stats, prefix, options);
    // Read at most one byte past the limit: enough to tell that the file grew past it.
    const buffer = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, Math.max(stats.size, 0) + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > options.maxBytes) throw grewPastLimit(prefix, hint, options, length);
    if (length === buffer.length) {
      // The file grew while we read it; take what fits up to the limit by reading on.
      const rest = await readRest(handle, length, options.maxBytes);
      if (rest === undefined) throw grewPastLimit(prefix, hint, options);
      return Buffer.concat([buffer.subarray(0, length), rest]);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw asAccessError(error, prefix);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Bytes after `offset` up to `maxBytes` in all, or undefined when the file is larger still. */
async function readRest(handle: import('node:fs/promises').FileHandle, offset: number, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let position = offset;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return Buffer.concat(chunks);
    position += bytesRead;
    if (position > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, bytesRead));
  }
}

/**
 * `readRegularFile` with blocking calls, for a thread with nothing else to do meanwhile (a batch
 * worker reading its pair): the same checks, limits and messages, without the eight or so round
 * trips through libuv's thread pool per file, each of which can wait ms for a core on a busy machine.
 * A FIFO still cannot hang the open (O_NONBLOCK), and only a regular file is ever read.
 */
export function readRegularFileSync(path: string, options: ReadRegularOptions): Buffer {
  const prefix = messagePrefix(path, options);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    throw new FileAccessError(`${prefix}: ${describeFsError(error)}`, (error as { code?: string }).code);
  }
  try {
    const stats = fstatSync(fd);
    const hint = checkStats(stats, prefix, options);
    // Read at most one byte past the limit: enough to tell that the file grew past it.
    const buffer = Buffer.allocUnsafe(Math.min(options.maxBytes + 1, Math.max(stats.size, 0) + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) break;
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > options.maxBytes) throw grewPastLimit(prefix, hint, options, length);
    if (length === buffer.length) {
      // The file grew while we read it; take what fits up to the limit by reading on.
      const rest = readRestSync(fd, length, options.maxBytes);
      if (rest === undefined) throw grewPastLimit(prefix, hint, options);
      return Buffer.concat([buffer.subarray(0, length), rest]);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw asAccessError(error, prefix);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // As in readRegularFile: a failed close loses nothing that was read.
    }
  }
}

function readRestSync(fd: number, offset: number, maxBytes: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let position = offset;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const bytesRead = readSync(fd, chunk, 0, chunk.length, position);
    if (bytesRead === 0) return Buffer.concat(chunks);
    position += bytesRead;
    if (position > maxBytes) return undefined;
    chunks.push(chunk.subarray(0, bytesRead));
  }
}
