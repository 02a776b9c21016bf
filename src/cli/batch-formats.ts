/**
 * Several `--format`/`--output` pairs in one run: each `-o/--output` belongs to the `-f/--format`
 * before it (`-f sarif -o align.sarif -f github` writes SARIF to a file and annotations to stdout).
 * An output before any format applies to the default format.
 */
/** `align batch --format` names besides `html` (batch-output.ts holds the formatters; a test keeps both equal). */
export const BATCH_FORMAT_NAMES = ['table', 'json', 'ndjson', 'markdown', 'sarif', 'github', 'junit'] as const;

export interface OutputTarget {
  format: string;
  /** A file path, or undefined for stdout. */
  output?: string;
}

const FORMAT_FLAGS = new Set(['-f', '--format']);
const OUTPUT_FLAGS = new Set(['-o', '--output']);

function flagValue(token: string, next: string | undefined, flags: ReadonlySet<string>): { value: string; consumed: number } | undefined {
  if (flags.has(token)) return next === undefined ? undefined : { value: next, consumed: 2 };
  for (const flag of flags) {
    if (flag.startsWith('--') && token.startsWith(`${flag}=`)) return { value: token.slice(flag.length + 1), consumed: 1 };
    if (!flag.startsWith('--') && token.startsWith(flag) && token.length > flag.length) return { value: token.slice(flag.length), consumed: 1 };
  }
  return undefined;
}

/** Reads the format/output pairs from argv in order; [] when neither flag is given. */
export function pairFormatsAndOutputs(argv: readonly string[], defaultFormat: string): OutputTarget[] {
  const targets: OutputTarget[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index]!;
    if (token === '--') break;
    const format = flagValue(token, argv[index + 1], FORMAT_FLAGS);
    if (format !== undefined) {
      targets.push({ format: format.value });
      index += format.consumed - 1;
      continue;
    }
    const output = flagValue(token, argv[index + 1], OUTPUT_FLAGS);
    if (output !== undefined) {
      const open = [...targets].reverse().find((target) => target.output === undefined);
      if (open !== undefined && open === targets[targets.length - 1]) open.output = output.value;
      else targets.push({ format: defaultFormat, output: output.value });
      index += output.consumed - 1;
    }
  }
  return targets;
}

/** Config `format`/`output` (one or a list each), paired by position. */
export function pairConfigOutputs(format: string | string[] | undefined, output: string | string[] | undefined, defaultFormat: string): OutputTarget[] {
  const formats = format === undefined ? [] : Array.isArray(format) ? format : [format];
  const outputs = output === undefined ? [] : Array.isArray(output) ? output : [output];
  const count = Math.max(formats.length, outputs.length);
  return Array.from({ length: count }, (_, index) => ({
    format: formats[index] ?? defaultFormat,
    ...(outputs[index] === undefined ? {} : { output: outputs[index] }),
  }));
}

/** Problems with a set of targets (two to stdout, one file twice, an unknown format); [] when fine. */
export function checkOutputTargets(targets: readonly OutputTarget[], knownFormats: readonly string[]): string[] {
  const problems: string[] = [];
  for (const target of targets) {
    if (!knownFormats.includes(target.format)) problems.push(`unknown format "${target.format}" (choose from ${knownFormats.join(', ')})`);
  }
  const toStdout = targets.filter((target) => target.output === undefined || target.output === '-');
  if (toStdout.length > 1) {
    problems.push(`only one format can go to stdout (${toStdout.map((t) => t.format).join(', ')}); give the others an --output file`);
  }
  const files = targets.flatMap((target) => (target.output === undefined || target.output === '-' ? [] : [target.output]));
  const twice = files.filter((file, index) => files.indexOf(file) !== index);
  if (twice.length > 0) problems.push(`${twice[0]!} is named as --output more than once`);
  return problems;
}
