import * as nodeFs from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { PairSpec } from './types.js';

/** The slice of `node:fs/promises` the path rule needs. */
export interface PathRuleFileSystem {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ size: number }>;
}

/** True when `path` is `root` or lies below it (both absolute, already free of symlinks). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The real location of `path` (symlinks resolved) if it lies inside one of `roots`, else undefined.
 * A path that does not exist is judged by its deepest existing folder, so `../../nope` is still
 * refused as outside rather than passed on as "no such file".
 */
export async function resolveInside(path: string, roots: readonly string[], fs: PathRuleFileSystem = nodeFs): Promise<string | undefined> {
  const realRoots = await Promise.all(roots.map((root) => fs.realpath(root).catch(() => resolve(root))));
  let probe = resolve(path);
  let rest = '';
  for (;;) {
    const real = await fs.realpath(probe).catch(() => undefined);
    if (real !== undefined) {
      const full = rest === '' ? real : resolve(real, rest);
      return realRoots.some((root) => isInside(root, full)) ? full : undefined;
    }
    const parent = resolve(probe, '..');
    if (parent === probe) return undefined;
    rest = rest === '' ? relative(parent, probe) : `${relative(parent, probe)}${sep}${rest}`;
    probe = parent;
  }
}

export interface CheckedPair {
  pair: PairSpec;
  /** Why the pair may not be read (the path rule); the pair is then reported, not checked. */
  error?: string;
  /** Bytes of both files, to size the default --jobs (0 when a file cannot be stat'ed). */
  bytes: number;
}

/**
 * Applies the path rule to every pair: each file must resolve, after symlinks, inside one of
 * `roots`, so a manifest or folder from a pull request cannot make a CI job read (and upload in
 * its reports) a file elsewhere. `allowOutside` lifts the rule.
 */
export async function checkPairPaths(
  pairs: readonly PairSpec[],
  options: { cwd: string; roots: readonly string[]; rootLabel: string; allowOutside: boolean; fs?: PathRuleFileSystem },
): Promise<CheckedPair[]> {
  const fs = options.fs ?? nodeFs;
  return Promise.all(
    pairs.map(async (pair) => {
      let bytes = 0;
      for (const side of [pair.source, pair.target]) {
        const absolute = resolve(options.cwd, side);
        if (!options.allowOutside && (await resolveInside(absolute, options.roots, fs)) === undefined) {
          return {
            pair,
            bytes: 0,
            error: `${side}: is outside ${options.rootLabel} (after following symlinks); a batch reads only files inside it (pass --allow-outside to permit)`,
          };
        }
        bytes += await fs.stat(absolute).then((stat) => stat.size, () => 0);
      }
      return { pair, bytes };
    }),
  );
}
