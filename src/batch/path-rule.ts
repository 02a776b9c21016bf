import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isWithin, realPathOrAncestor } from '../files/index.js';
import type { PairSpec } from './types.js';

/**
 * The real location of `path` (symlinks resolved) if it lies inside one of `roots`, else undefined.
 * A path that does not exist is judged by its nearest existing folder, so `../../nope` is still
 * refused as outside rather than passed on as "no such file".
 */
export async function insideAnyRoot(path: string, realRoots: readonly string[]): Promise<string | undefined> {
  const real = await realPathOrAncestor(path).catch(() => undefined);
  return real !== undefined && realRoots.some((root) => isWithin(root, real)) ? real : undefined;
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
  options: { cwd: string; roots: readonly string[]; rootLabel: string; allowOutside: boolean },
): Promise<CheckedPair[]> {
  const realRoots = await Promise.all(options.roots.map((root) => realPathOrAncestor(root)));
  return Promise.all(
    pairs.map(async (pair) => {
      let bytes = 0;
      for (const side of [pair.source, pair.target]) {
        const absolute = resolve(options.cwd, side);
        if (!options.allowOutside && (await insideAnyRoot(absolute, realRoots)) === undefined) {
          const throughSymlink = options.roots.some((root) => isWithin(resolve(root), absolute));
          return {
            pair,
            bytes: 0,
            error: `${side}: points outside ${options.rootLabel}${throughSymlink ? ' (through a symlink)' : ''}; a batch reads only files inside it (pass --allow-outside to permit)`,
          };
        }
        bytes += await stat(absolute).then((stats) => stats.size, () => 0);
      }
      return { pair, bytes };
    }),
  );
}
