import { dirname, join, resolve } from 'node:path';

/**
 * The names config/load.ts searches for, in its order (test/cli/config-probe.test.ts keeps the two
 * lists equal). Repeated here so that a run without a config file never loads the config layer
 * and its schema library.
 */
export const PROBED_CONFIG_FILE_NAMES = ['align.config.json', '.alignrc.json', 'package.json'] as const;

export interface ProbeFileSystem {
  readFile(path: string): Promise<Uint8Array | string>;
}

/**
 * Whether loadConfig could find a config for this run: `--config` was given, or align.config.json,
 * .alignrc.json or a package.json with an "align" key (or one that is not valid JSON, which
 * loadConfig reports) exists from `cwd` up to the root. False means loadConfig would return undefined.
 */
export async function mayHaveConfig(options: { cwd: string; explicit?: string; fs: ProbeFileSystem }): Promise<boolean> {
  if (options.explicit !== undefined) return true;
  let dir = resolve(options.cwd);
  for (;;) {
    for (const name of PROBED_CONFIG_FILE_NAMES) {
      let content: Uint8Array | string;
      try {
        content = await options.fs.readFile(join(dir, name));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | undefined)?.code;
        if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') continue;
        return true; // unreadable: let loadConfig report it
      }
      if (name !== 'package.json') return true;
      const text = typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content);
      try {
        const parsed = JSON.parse(text.replace(/^\uFEFF/u, '')) as { align?: unknown } | null;
        if (parsed?.align !== undefined) return true;
      } catch {
        return true;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return false;
    dir = parent;
  }
}
