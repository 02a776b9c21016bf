import { isAbsolute, relative, resolve } from 'node:path';
import { assertOutputsAreNotInputs, resolveInside, writeFileAtomic, type NamedPath } from '../files/index.js';
import type { OutputTarget } from './batch-formats.js';

/**
 * Output paths from a config resolve inside that config's folder (after symlinks): a config in a
 * parent folder, or one that arrived in a pull request, cannot write elsewhere. Writing outside needs
 * the command line: `-o <file>` or `--allow-outside`. `outputs` are the config's values as written.
 */
export async function confineConfigOutputs(outputs: string | readonly string[] | undefined, configDir: string, allowOutside: boolean): Promise<void> {
  if (allowOutside || outputs === undefined) return;
  for (const output of typeof outputs === 'string' ? [outputs] : outputs) {
    if (output === '-') continue;
    await resolveInside(configDir, output, {
      baseLabel: "the config's folder",
      hint: '(a config can only write inside its own folder; give -o on the command line or pass --allow-outside)',
    });
  }
}

/** Refuses a run whose outputs would overwrite one of its inputs (also through a symlink or hard link). */
export async function refuseOutputsOverInputs(
  targets: readonly OutputTarget[],
  inputs: ReadonlyArray<{ path: string | undefined; role: string }>,
  cwd: string,
): Promise<void> {
  const label = (path: string): string => displayPath(path, cwd);
  const outputs: NamedPath[] = targets
    .filter((target) => target.output !== undefined && target.output !== '-')
    .map((target) => ({ path: resolve(cwd, target.output!), label: label(resolve(cwd, target.output!)) }));
  if (outputs.length === 0) return;
  const named: NamedPath[] = inputs
    .filter((input): input is { path: string; role: string } => input.path !== undefined && input.path !== '-')
    .map((input) => ({ path: resolve(cwd, input.path), label: label(resolve(cwd, input.path)), role: input.role }));
  await assertOutputsAreNotInputs(outputs, named);
}

/** Writes one report file atomically (temp file + rename); errors are one line naming the file. */
export async function writeReportFile(path: string, text: string, cwd: string): Promise<void> {
  await writeFileAtomic(path, text, { label: displayPath(path, cwd) });
}

/** A path as messages show it: relative to cwd when it lies below it, else absolute. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
