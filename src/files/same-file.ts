import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { visible } from '../text/visible.js';
import { realPathOrAncestor } from './inside.js';
import { FileAccessError } from './read-regular.js';

export interface NamedPath {
  /** Absolute path. */
  path: string;
  /** How messages name it (as the user wrote it). */
  label: string;
  /** What the file is ("input", "config", "baseline"), in messages. */
  role?: string;
}

/** Device and inode of an existing file (following symlinks), or undefined when there is none. */
async function identity(path: string): Promise<string | undefined> {
  try {
    const stats = await stat(path, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses (one line, naming both) when an output would overwrite one of the files the run reads, or
 * another output: compared by device and inode, so a symlink or a hard link to an input is caught,
 * and by real path, for outputs that do not exist yet.
 */
export async function assertOutputsAreNotInputs(outputs: readonly NamedPath[], inputs: readonly NamedPath[]): Promise<void> {
  const known = new Map<string, NamedPath>();
  for (const input of inputs) {
    const id = await identity(input.path);
    if (id !== undefined) known.set(id, input);
    known.set(`real:${await realPathOrAncestor(resolve(input.path))}`, input);
  }
  for (const output of outputs) {
    const id = await identity(output.path);
    const real = `real:${await realPathOrAncestor(resolve(output.path))}`;
    const clash = (id === undefined ? undefined : known.get(id)) ?? known.get(real);
    if (clash !== undefined) {
      const what = clash.role ?? 'input';
      const link = visible(clash.label) === visible(output.label) ? '' : ' (the same file through a link or another path)';
      throw new FileAccessError(
        `refusing to write ${visible(output.label)}: it is the ${what} ${visible(clash.label)}${link}; choose another output file`,
        'ESAMEFILE',
      );
    }
    if (id !== undefined) known.set(id, { ...output, role: 'output' });
    known.set(real, { ...output, role: 'output' });
  }
}
