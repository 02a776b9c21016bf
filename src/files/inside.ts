import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { visible } from '../text/visible.js';
import { FileAccessError } from './read-regular.js';

/** A path that leaves the folder it must stay in (`..`, absolute, or a symlink out). */
export class OutsidePathError extends FileAccessError {
  constructor(message: string) {
    super(message, 'EOUTSIDE');
    this.name = 'OutsidePathError';
  }
}

export interface ResolveInsideOptions {
  /** Skip the check (the user passed `--allow-outside` on the command line). */
  allowOutside?: boolean;
  /** How the message names the path (default: the path as given). */
  label?: string;
  /** How the message names the folder (default: the folder's path). */
  baseLabel?: string;
  /** Appended to the message: what lifts the rule, e.g. "(pass --allow-outside to allow it)". */
  hint?: string;
}

/**
 * The real path of `path`, following every symlink; for a path that does not exist yet (an output),
 * the real path of its nearest existing ancestor joined with the rest.
 */
export async function realPathOrAncestor(path: string): Promise<string> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    try {
      const real = await realpath(current);
      return missing.length === 0 ? real : join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      missing.push(basename(current));
      current = parent;
    }
  }
}

/** True when `child` is `parent` or lies below it (both absolute, already real). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves `path` against `base` and checks, after following symlinks, that it stays inside `base`.
 * Returns the absolute (not symlink-resolved) path. Throws `OutsidePathError` (one line, naming the
 * path) when it leaves `base`, unless `allowOutside` is set. A manifest, a batch folder or a config
 * in a pull request must not be able to make the tool read or write files elsewhere.
 */
export async function resolveInside(base: string, path: string, options: ResolveInsideOptions = {}): Promise<string> {
  const absolute = resolve(base, path);
  if (options.allowOutside === true) return absolute;
  const realBase = await realPathOrAncestor(base);
  const realTarget = await realPathOrAncestor(absolute);
  if (isWithin(realBase, realTarget)) return absolute;
  const label = visible(options.label ?? path);
  const baseLabel = visible(options.baseLabel ?? base);
  const how = isAbsolute(path) ? 'an absolute path' : isWithin(resolve(base), absolute) ? 'a symlink' : "'..'";
  const hint = options.hint === undefined ? '' : ` ${options.hint}`;
  throw new OutsidePathError(`${label}: points outside ${baseLabel} (through ${how})${hint}`);
}
