import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import { chmod, mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { visible } from '../text/visible.js';
import { describeFileType, FileAccessError } from './read-regular.js';

/** Temporary files being written right now: removed if the process is stopped midway. */
const pending = new Set<string>();

/** Removes the temporary files of writes that have not finished (call from a signal handler). */
export function removePendingTempFiles(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

/** The temporary files currently being written (for tests and signal handlers). */
export function pendingTempFiles(): readonly string[] {
  return [...pending];
}

/** One-line reason a write failed, from its errno code. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'EISDIR':
      return 'is a directory; give a file name';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the folder is not writable)';
    case 'EROFS':
      return 'the folder is on a read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENXIO':
      return 'is a named pipe with no reader';
    case 'ENOENT':
      return 'cannot create a file in that folder';
    default:
      return `cannot be written (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

export interface WriteAtomicOptions {
  /** How the message names the file (default: the path). */
  label?: string;
}

/**
 * Writes `data` to `path` so that a failure or an interrupt never leaves a half-written or
 * clobbered file: the text goes to a temporary file beside the target, is flushed, and is renamed
 * over it. A device or pipe that already exists (`-o /dev/null`, `-o /dev/stdout`) cannot be
 * replaced; it is written directly. Errors are one line naming the path.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const label = visible(options.label ?? path);
  const fail = (error: unknown): FileAccessError => new FileAccessError(`${label}: ${describeWriteError(error)}`, (error as { code?: string }).code);
  const existing = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw fail(error);
  });
  if (existing?.isDirectory()) throw new FileAccessError(`${label}: is a directory; give a file name`, 'EISDIR');
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isSocket()) throw new FileAccessError(`${label}: ${describeFileType(existing)}`, 'ENOTREG');
    await writeInPlace(path, data).catch((error: unknown) => {
      throw fail(error);
    });
    return;
  }
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw fail(error);
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // Keep the permissions of the file being replaced.
    if (existing !== undefined) await chmod(temp, existing.mode & 0o7777).catch(() => undefined);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error instanceof FileAccessError ? error : fail(error);
  } finally {
    pending.delete(temp);
  }
}

/** A device or a pipe: no temporary file can stand in for it. A pipe without a reader fails fast. */
async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const probe = await open(path, constants.O_WRONLY | constants.O_NONBLOCK);
  await probe.close();
  const handle = await open(path, constants.O_WRONLY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}
