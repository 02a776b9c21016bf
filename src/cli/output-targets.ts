import { CliUsageError } from './usage-error.js';
import type { OutputTarget } from './batch-formats.js';

/**
 * The format of each `-o` file: the `-f` before it, else its extension. Marks a target whose
 * format was not given, so the extension can decide (`-o report.html` writes HTML, not a table).
 */
export const FORMAT_FROM_EXTENSION = '';

/** Longest suffix first: `.sarif.json` is SARIF, not JSON. */
const EXTENSION_FORMATS: ReadonlyArray<readonly [suffix: string, format: string]> = [
  ['.sarif.json', 'sarif'],
  ['.sarif', 'sarif'],
  ['.ndjson', 'ndjson'],
  ['.jsonl', 'ndjson'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.xml', 'junit'],
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
];

/** The format a file name implies (`align.sarif` → sarif, `junit.xml` → junit); undefined when none. */
export function formatFromExtension(path: string): string | undefined {
  const name = path.toLowerCase();
  return EXTENSION_FORMATS.find(([suffix]) => name.endsWith(suffix))?.[1];
}

function isStdout(target: OutputTarget): boolean {
  return target.output === undefined || target.output === '-';
}

/**
 * Gives every target a format: an explicit `-f` stays, a file without one takes its extension's.
 * Refuses (one line, exit 2) a file whose extension names another format than its `-f`, and a
 * file whose format cannot be told. `origin` says where the targets came from, for the message.
 */
export function resolveOutputFormats(targets: readonly OutputTarget[], origin: { config?: string } = {}): OutputTarget[] {
  const flag = (name: 'format' | 'output'): string => (origin.config === undefined ? (name === 'format' ? '-f' : '-o') : `"${name}"`);
  const where = origin.config === undefined ? '' : `${origin.config}: `;
  return targets.map((target) => {
    if (isStdout(target)) return target.format === FORMAT_FROM_EXTENSION ? { ...target, format: 'table' } : target;
    const output = target.output!;
    const implied = formatFromExtension(output);
    if (target.format === FORMAT_FROM_EXTENSION) {
      if (implied === undefined) {
        throw new CliUsageError(
          `${where}cannot tell the format of ${flag('output')} ${output} from its extension; name it with ${flag('format')} (or use .json, .html, .sarif, .xml, .md, .ndjson)`,
        );
      }
      return { ...target, format: implied };
    }
    if (implied !== undefined && implied !== target.format) {
      throw new CliUsageError(
        `${where}${flag('output')} ${output} looks like ${implied} but its format is ${target.format}; rename the file or use ${flag('format')} ${implied}`,
      );
    }
    return target;
  });
}
