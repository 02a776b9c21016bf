import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { PairSpec } from './types.js';

/** The slice of `node:fs/promises` pair discovery needs. */
export interface PairsFileSystem {
  stat(path: string): Promise<{ isDirectory(): boolean; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array | string>;
  readdir(path: string, options: { withFileTypes: true }): Promise<Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink?(): boolean }>>;
  /** Resolves symlinks, so a followed link cannot loop back into a folder already walked. */
  realpath?(path: string): Promise<string>;
}

/** A manifest or folder that cannot be used at all (as opposed to one broken pair): exit 2. */
export class BatchInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BatchInputError';
  }
}

export interface DirectoryRule {
  sourceDir: string;
  targetDir: string;
  /** `name`: `slug.md` ↔ `slug.md`; `stem`: `slug.md` ↔ `slug.html` (extension ignored). */
  match: 'name' | 'stem';
  /** Globs relative to the source folder; default: every file. */
  include: readonly string[];
}

export const DEFAULT_DIRECTORY_RULE: DirectoryRule = { sourceDir: 'en', targetDir: 'it', match: 'name', include: [] };

/** A pair whose files could not be paired: checked as a broken pair so the problem is reported. */
export interface UnpairedFile {
  pair: PairSpec;
  error: string;
}

/** A file in a batch folder that is not checked, and why; the CLI names each one on stderr. */
export interface SkippedFile {
  path: string;
  reason: string;
}

export interface DiscoveredPairs {
  pairs: PairSpec[];
  unpaired: UnpairedFile[];
  skipped?: SkippedFile[];
  /**
   * Folders the pairs' files must resolve inside (after symlinks) unless --allow-outside: the
   * manifest's folder, or for a folder batch the current directory and the folder itself.
   */
  allowedRoots?: string[];
}

const toPosix = (path: string): string => path.split(sep).join('/');

function decode(content: Uint8Array | string): string {
  return (typeof content === 'string' ? content : new TextDecoder('utf-8').decode(content)).replace(/^\uFEFF/u, '');
}

/** Shown paths: relative to cwd when inside it (short, and what code scanning wants), else absolute. */
function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? toPosix(rel) : absolute;
}

/** Splits one CSV line (RFC 4180 quoting: `"a,b"`, `""` for a quote). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

interface RawEntry {
  source: string;
  target: string;
  id?: string;
  /** Per-pair languages, so one manifest can hold en→it, en→fr, … pairs. */
  from?: string;
  to?: string;
}

function parseCsvManifest(text: string, label: string): RawEntry[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const rows = lines.map((line, index) => ({ line: index + 1, cells: splitCsvLine(line) })).filter((row) => row.cells.some((cell) => cell !== ''));
  if (rows.length === 0) throw new BatchInputError(`${label}: the manifest is empty`);
  const header = rows[0]!.cells.map((cell) => cell.toLowerCase());
  const sourceColumn = header.indexOf('source');
  const targetColumn = header.indexOf('target');
  if (sourceColumn === -1 || targetColumn === -1) throw new BatchInputError(`${label}:1: the CSV header needs "source" and "target" columns`);
  const column = (name: string, cells: string[]): string | undefined => {
    const index = header.indexOf(name);
    const value = index === -1 ? undefined : cells[index];
    return value === undefined || value === '' ? undefined : value;
  };
  return rows.slice(1).map(({ line, cells }) => {
    const source = cells[sourceColumn] ?? '';
    const target = cells[targetColumn] ?? '';
    if (source === '' || target === '') throw new BatchInputError(`${label}:${line}: needs both a source and a target path`);
    const optional: Partial<RawEntry> = {};
    for (const key of ['id', 'from', 'to'] as const) {
      const value = column(key, cells);
      if (value !== undefined) optional[key] = value;
    }
    return { source, target, ...optional };
  });
}

function parseJsonManifest(text: string, label: string): RawEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BatchInputError(`${label}: invalid JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { pairs?: unknown } | null)?.pairs;
  if (!Array.isArray(list)) throw new BatchInputError(`${label}: expected an array of {"source", "target"} objects (or {"pairs": [...]})`);
  return list.map((entry: unknown, index) => {
    const e = entry as Partial<Record<keyof RawEntry, unknown>> | null;
    if (e === null || typeof e !== 'object' || typeof e.source !== 'string' || typeof e.target !== 'string' || e.source === '' || e.target === '') {
      throw new BatchInputError(`${label}: pairs[${index}] needs string "source" and "target" paths`);
    }
    const optional: Partial<RawEntry> = {};
    for (const key of ['id', 'from', 'to'] as const) {
      const value = e[key];
      if (value === undefined) continue;
      if (typeof value !== 'string' || value === '') throw new BatchInputError(`${label}: pairs[${index}].${key} must be a non-empty string`);
      optional[key] = value;
    }
    return { source: e.source, target: e.target, ...optional };
  });
}

/** Reads a JSON or CSV manifest; paths in it are relative to the manifest's folder. */
export async function readManifest(fs: PairsFileSystem, path: string, cwd: string, label = path): Promise<PairSpec[]> {
  const absolute = resolve(cwd, path);
  const text = decode(await fs.readFile(absolute));
  const entries = /\.csv$/iu.test(path) || (!/^\s*[[{]/u.test(text) && /,/u.test(text)) ? parseCsvManifest(text, label) : parseJsonManifest(text, label);
  if (entries.length === 0) throw new BatchInputError(`${label}: the manifest lists no pairs`);
  const base = dirname(absolute);
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const source = displayPath(resolve(base, entry.source), cwd);
    const target = displayPath(resolve(base, entry.target), cwd);
    let id = entry.id ?? basename(entry.source, extname(entry.source));
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    if (count > 0) id = `${id}#${count + 1}`;
    return { id, source, target, ...(entry.from === undefined ? {} : { from: entry.from }), ...(entry.to === undefined ? {} : { to: entry.to }) };
  });
}

/**
 * Every file under `root`, sorted, as posix paths relative to it. Symlinks are followed (to files
 * and to folders; a folder reached twice is walked once, so a link loop ends); whether a followed
 * link may be read is decided later by the path rule. Hidden files, broken links and special
 * files (FIFOs, sockets, devices) are not checked and are listed in `skipped`.
 */
async function listFiles(fs: PairsFileSystem, root: string, cwd: string, skipped: SkippedFile[]): Promise<string[]> {
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    const real = fs.realpath === undefined ? dir : await fs.realpath(dir).catch(() => dir);
    if (walked.has(real)) return;
    walked.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      if (entry.name.startsWith('.')) {
        skipped.push({ path: displayPath(full, cwd), reason: 'hidden' });
        continue;
      }
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink?.() === true) {
        const target = await fs.stat(full).catch(() => undefined);
        if (target === undefined) {
          skipped.push({ path: displayPath(full, cwd), reason: 'a symlink to nothing (broken link)' });
          continue;
        }
        kind = target;
      }
      if (kind.isDirectory()) await walk(full);
      else if (kind.isFile()) out.push(toPosix(relative(root, full)));
      else skipped.push({ path: displayPath(full, cwd), reason: 'not a regular file' });
    }
  };
  await walk(root);
  return out;
}

const stemOf = (path: string): string => path.slice(0, path.length - extname(path).length);

/**
 * Pairs `<dir>/<sourceDir>/x` with `<dir>/<targetDir>/x` (subfolders included). A file on one side
 * only is reported as a broken pair, so a missing translation fails the run instead of passing silently.
 */
export async function discoverPairs(fs: PairsFileSystem, dir: string, cwd: string, rule: DirectoryRule = DEFAULT_DIRECTORY_RULE): Promise<DiscoveredPairs> {
  const root = resolve(cwd, dir);
  const sourceRoot = resolve(root, rule.sourceDir);
  const targetRoot = resolve(root, rule.targetDir);
  for (const [side, path] of [
    [rule.sourceDir, sourceRoot],
    [rule.targetDir, targetRoot],
  ] as const) {
    const stat = await fs.stat(path).catch(() => undefined);
    if (stat === undefined || !stat.isDirectory()) {
      throw new BatchInputError(`${displayPath(root, cwd)}: no "${side}" folder (expected ${rule.sourceDir}/ and ${rule.targetDir}/ side by side; set batch.sourceDir/targetDir or --source-dir/--target-dir)`);
    }
  }
  const included = rule.include.length === 0 ? () => true : picomatch([...rule.include], { dot: true });
  const skipped: SkippedFile[] = [];
  const sources = (await listFiles(fs, sourceRoot, cwd, skipped)).filter((file) => included(file));
  const targets = (await listFiles(fs, targetRoot, cwd, skipped)).filter((file) => included(file) || rule.match === 'stem');
  const key = rule.match === 'stem' ? stemOf : (file: string) => file;
  const targetsByKey = new Map<string, string[]>();
  for (const file of targets) targetsByKey.set(key(file), [...(targetsByKey.get(key(file)) ?? []), file]);

  const pairs: PairSpec[] = [];
  const unpaired: UnpairedFile[] = [];
  const used = new Set<string>();
  for (const file of sources) {
    const id = stemOf(file);
    const source = displayPath(join(sourceRoot, file), cwd);
    const candidates = targetsByKey.get(key(file)) ?? [];
    const expected = displayPath(join(targetRoot, file), cwd);
    if (candidates.length === 0) {
      unpaired.push({ pair: { id, source, target: expected }, error: `${source}: no translation found (expected ${rule.match === 'stem' ? `${stemOf(expected)}.*` : expected})` });
    } else if (candidates.length > 1) {
      unpaired.push({
        pair: { id, source, target: displayPath(join(targetRoot, candidates[0]!), cwd) },
        error: `${source}: more than one translation matches (${candidates.map((c) => displayPath(join(targetRoot, c), cwd)).join(', ')})`,
      });
      for (const candidate of candidates) used.add(candidate);
    } else {
      used.add(candidates[0]!);
      pairs.push({ id, source, target: displayPath(join(targetRoot, candidates[0]!), cwd) });
    }
  }
  for (const file of targets) {
    if (used.has(file) || !included(file)) continue;
    const target = displayPath(join(targetRoot, file), cwd);
    const expected = displayPath(join(sourceRoot, file), cwd);
    unpaired.push({ pair: { id: stemOf(file), source: expected, target }, error: `${target}: no original found (expected ${expected})` });
  }
  if (pairs.length === 0 && unpaired.length === 0) {
    throw new BatchInputError(`${displayPath(root, cwd)}: no files to check under ${rule.sourceDir}/`);
  }
  return { pairs, unpaired, ...(skipped.length === 0 ? {} : { skipped }) };
}

/** `align batch <manifest | dir>`: a folder is discovered, a file is read as a manifest. */
export async function resolveBatchInput(fs: PairsFileSystem, spec: string, cwd: string, rule: DirectoryRule): Promise<DiscoveredPairs> {
  const absolute = resolve(cwd, spec);
  const stat = await fs.stat(absolute).catch((error: NodeJS.ErrnoException) => {
    throw new BatchInputError(`${spec}: ${error.code === 'ENOENT' ? 'no such file or folder' : error.message}`);
  });
  if (stat.isDirectory()) return { ...(await discoverPairs(fs, spec, cwd, rule)), allowedRoots: [cwd, absolute] };
  return { pairs: await readManifest(fs, spec, cwd, spec), unpaired: [], allowedRoots: [dirname(absolute)] };
}
