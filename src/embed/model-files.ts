/**
 * Locating and reading user-supplied model files. This is the only place in the embedder layer that
 * reads the file system; everything goes through `ModelFileSystem` so tests can inject their own.
 * Nothing here ever downloads: a model that is not on disk is an error that says where to put it.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

import { InvalidModelError, ModelNotFoundError } from './errors.js';

export interface ModelFileStat {
  kind: 'file' | 'directory';
  size: number;
  mtimeMs: number;
}

export interface ModelFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** `null` when nothing (or something other than a file or folder) exists at `path`. */
  stat(path: string): Promise<ModelFileStat | null>;
  readdir(path: string): Promise<string[]>;
}

export const nodeModelFileSystem: ModelFileSystem = {
  readFile: (path) => readFile(path),
  async stat(path) {
    try {
      const info = await stat(path);
      const kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : null;
      return kind === null ? null : { kind, size: info.size, mtimeMs: info.mtimeMs };
    } catch {
      return null;
    }
  },
  readdir: (path) => readdir(path),
};

export async function pathKind(fs: ModelFileSystem, path: string): Promise<'file' | 'directory' | null> {
  return (await fs.stat(path))?.kind ?? null;
}

/**
 * Identifies a model folder's current contents by the size and modification time of its files, so a
 * cache keyed by it is invalidated when the user replaces the model in place.
 */
export async function modelFingerprint(dir: string, files: readonly string[], fs: ModelFileSystem): Promise<string> {
  const parts: string[] = [];
  for (const file of files) {
    const info = await fs.stat(join(dir, file));
    if (info) parts.push(`${file}:${info.size}:${Math.trunc(info.mtimeMs)}`);
  }
  return parts.join(';');
}

/**
 * The standard Hugging Face hub cache folders for an environment, most specific first:
 * `$HF_HUB_CACHE`, `$HF_HOME/hub`, `$XDG_CACHE_HOME/huggingface/hub`, `~/.cache/huggingface/hub`.
 */
export function defaultModelCacheDirs(
  env: Readonly<Record<string, string | undefined>>,
  home: string = homedir(),
): string[] {
  const dirs = [
    env.HF_HUB_CACHE,
    env.HF_HOME ? join(env.HF_HOME, 'hub') : undefined,
    env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'huggingface', 'hub') : undefined,
    join(home, '.cache', 'huggingface', 'hub'),
  ];
  return [...new Set(dirs.filter((dir): dir is string => Boolean(dir)))];
}

export interface ResolveModelOptions {
  /** Folders to search for a model given by id, in order (e.g. `--cache-dir`, then the HF cache). */
  cacheDirs: readonly string[];
  /** The cache folder a missing model should be saved to (default: the first of `cacheDirs`; null: none). */
  suggestedCacheDir?: string | null;
  /** Base for relative paths (default: the process's working directory). */
  cwd?: string;
  fs?: ModelFileSystem;
  /** What kind of model this is, for messages ("Model2Vec", "ONNX"). */
  label: string;
  /** Files a usable folder contains, for the "where to put it" hint. */
  expectedFiles: readonly string[];
}

const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;

/**
 * Resolves `model` (a folder path or a hub id such as `minishlab/potion-multilingual-128M`) to a
 * local folder. Hub ids are looked up in each cache folder both as `<cache>/<org>/<name>` and in the
 * hub layout `<cache>/models--<org>--<name>/snapshots/<revision>/`.
 */
export async function resolveModelDir(model: string, options: ResolveModelOptions): Promise<string> {
  const fs = options.fs ?? nodeModelFileSystem;
  // Without a cwd, path.resolve falls back to the process's working directory.
  const asPath = options.cwd === undefined ? resolve(expandHome(model)) : resolve(options.cwd, expandHome(model));
  if ((await pathKind(fs, asPath)) === 'directory') return asPath;
  if ((await pathKind(fs, asPath)) === 'file') {
    throw new InvalidModelError(asPath, `expected a folder with ${options.expectedFiles.join(', ')}, got a file`);
  }

  const looksLikePath = isAbsolute(model) || model.startsWith('.') || model.startsWith('~') || !isHubIdLike(model);
  if (looksLikePath) {
    throw new ModelNotFoundError(
      `${options.label} model folder ${asPath} does not exist: put the model files (${options.expectedFiles.join(', ')}) there or pass another folder`,
      model,
      [asPath],
    );
  }

  const searched: string[] = [];
  for (const cacheDir of options.cacheDirs) {
    const plain = join(cacheDir, ...model.split('/'));
    searched.push(plain);
    if ((await pathKind(fs, plain)) === 'directory') return plain;
    const hubRepo = join(cacheDir, `models--${model.split('/').join('--')}`);
    searched.push(hubRepo);
    const snapshot = await hubSnapshot(hubRepo, fs);
    if (snapshot) return snapshot;
  }
  const files = options.expectedFiles.join(', ');
  const suggested = options.suggestedCacheDir === undefined ? options.cacheDirs[0] : options.suggestedCacheDir;
  const where = suggested
    ? `save its files (${files}) to ${join(suggested, ...model.split('/'))}, or to any folder and pass that folder as the model`
    : `save its files (${files}) to a folder and pass that folder as the model`;
  throw new ModelNotFoundError(
    `${options.label} model "${model}" is not on this machine (nothing is downloaded): ${where}`,
    model,
    searched,
  );
}

function isHubIdLike(model: string): boolean {
  return HUB_ID.test(model) || /^[A-Za-z0-9][\w.-]*$/.test(model);
}

function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

/** The snapshot named by `refs/main`, else the only (or last, by name) snapshot folder. */
async function hubSnapshot(repoDir: string, fs: ModelFileSystem): Promise<string | null> {
  const snapshots = join(repoDir, 'snapshots');
  if ((await pathKind(fs, snapshots)) !== 'directory') return null;
  if ((await pathKind(fs, join(repoDir, 'refs', 'main'))) === 'file') {
    const revision = new TextDecoder().decode(await fs.readFile(join(repoDir, 'refs', 'main'))).trim();
    const pinned = join(snapshots, revision);
    if (revision && (await pathKind(fs, pinned)) === 'directory') return pinned;
  }
  const names = (await fs.readdir(snapshots)).sort();
  for (const name of names.reverse()) {
    if ((await pathKind(fs, join(snapshots, name))) === 'directory') return join(snapshots, name);
  }
  return null;
}

/** Reads a JSON file of a model folder, with a clear error when it is missing or malformed. */
export async function readModelJson(
  dir: string,
  file: string,
  fs: ModelFileSystem,
  options: { optional: true },
): Promise<unknown | undefined>;
export async function readModelJson(dir: string, file: string, fs: ModelFileSystem): Promise<unknown>;
export async function readModelJson(
  dir: string,
  file: string,
  fs: ModelFileSystem,
  options?: { optional: true },
): Promise<unknown> {
  const bytes = await readModelFile(dir, file, fs, options);
  if (bytes === undefined) return undefined;
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InvalidModelError(dir, `${file} is not valid JSON`, { cause: error });
  }
}

export async function readModelFile(
  dir: string,
  file: string,
  fs: ModelFileSystem,
  options?: { optional: true },
): Promise<Uint8Array | undefined> {
  const path = join(dir, file);
  if ((await pathKind(fs, path)) !== 'file') {
    if (options?.optional) return undefined;
    throw new InvalidModelError(dir, `${file} is missing`);
  }
  return fs.readFile(path);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
