import { dirname, join, resolve } from 'node:path';
import { FileAccessError, isNodeFileSystem, readRegularFile } from '../files/index.js';
import { configSchema, type AlignConfig } from './schema.js';

/** Config file names looked for in each folder, from the current one up to the root, in this order. */
export const CONFIG_FILE_NAMES = ['align.config.json', '.alignrc.json', 'package.json'] as const;

/** A config is a small JSON file: anything larger is a mistake (or `/dev/zero`). */
export const CONFIG_MAX_BYTES = 1024 * 1024;

/** The slice of `node:fs/promises` config loading needs. */
export interface ConfigFileSystem {
  readFile(path: string): Promise<Uint8Array | string>;
}

/** A config that cannot be read or is invalid: the message names the file and the key. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  /** Absolute path of the file the config came from. */
  path: string;
  /** The folder relative paths in the config (outputs, baseline, globs) are resolved against. */
  dir: string;
  /** `align` inside package.json, or the whole file. */
  key: string | null;
  config: AlignConfig;
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

function keyPath(path: ReadonlyArray<PropertyKey>, prefix: string | null): string {
  const parts = [...(prefix === null ? [] : [prefix]), ...path.map(String)];
  return parts.length === 0 ? '(top level)' : parts.map((part, index) => (/^\d+$/u.test(part) ? `[${part}]` : `${index === 0 ? '' : '.'}${part}`)).join('');
}

/** Validates a parsed config object; errors list every bad key as `file: key: problem`. */
export function parseConfig(raw: unknown, file: string, prefix: string | null = null): AlignConfig {
  const result = configSchema.safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => `${keyPath([...issue.path, key], prefix)}: unknown option`);
    }
    return [`${keyPath(issue.path, prefix)}: ${issue.message}`];
  });
  // One line: the first problem, and how many more (fix one, rerun, see the next).
  const more = problems.length - 1;
  throw new ConfigError(`${file}: ${problems[0]}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`);
}

function decode(content: Uint8Array | string): string {
  return (typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)).replace(/^\uFEFF/u, '');
}

/**
 * The real file system reads through the regular-file reader (a FIFO or a device cannot hang the
 * run, a huge file cannot fill memory); a test's in-memory file system is read as it is.
 */
function readConfigBytes(fs: ConfigFileSystem, path: string, label: string): Promise<Uint8Array | string> {
  if (!isNodeFileSystem(fs)) return fs.readFile(path);
  return readRegularFile(path, { maxBytes: CONFIG_MAX_BYTES, label, what: 'config' });
}

async function readJson(fs: ConfigFileSystem, path: string, label: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = decode(await readConfigBytes(fs, path, label));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    if (error instanceof FileAccessError) throw new ConfigError(error.message);
    throw new ConfigError(`${label}: cannot read config (${(error as Error).message})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ConfigError(`${label}: invalid JSON (${(error as Error).message})`);
  }
}

/** Reads one named config file (`--config`): a missing file is an error. */
export async function loadConfigFile(fs: ConfigFileSystem, path: string, label = path): Promise<LoadedConfig> {
  const raw = await readJson(fs, path, label);
  if (raw === undefined) throw new ConfigError(`${label}: config file not found`);
  const isPackage = path.endsWith('package.json');
  if (isPackage) {
    const section = (raw as { align?: unknown } | null)?.align;
    if (section === undefined) throw new ConfigError(`${label}: has no "align" section`);
    return { path, dir: dirname(path), key: 'align', config: parseConfig(section, label, 'align') };
  }
  return { path, dir: dirname(path), key: null, config: parseConfig(raw, label) };
}

/**
 * Finds the config for a run: `--config <file>` when given, else the first of align.config.json,
 * .alignrc.json or a package.json with an `align` section, from `cwd` up to the root.
 */
export async function loadConfig(options: { cwd: string; explicit?: string; fs: ConfigFileSystem }): Promise<LoadedConfig | undefined> {
  if (options.explicit !== undefined) {
    return loadConfigFile(options.fs, resolve(options.cwd, options.explicit), options.explicit);
  }
  let dir = resolve(options.cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      const raw = await readJson(options.fs, path, path);
      if (raw === undefined) continue;
      if (name === 'package.json') {
        const section = (raw as { align?: unknown } | null)?.align;
        if (section === undefined) continue;
        return { path, dir, key: 'align', config: parseConfig(section, path, 'align') };
      }
      return { path, dir, key: null, config: parseConfig(raw, path) };
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
