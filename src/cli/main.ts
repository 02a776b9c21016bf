import * as nodeFs from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { hasFindingAtOrAbove } from '../drift/index.js';
import { createEmbedder, EMBEDDER_KINDS, isEmbedderError, type EmbedderKind } from '../embed/index.js';
import { AlignInputError } from '../errors.js';
import { alignTexts } from '../pipeline.js';
import { FORMATTERS, formatterNames } from '../report/index.js';
import type { AlignmentReport, Severity } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { createProgress } from './progress.js';
import { InputFileError, readInput, type InputFileSystem } from './read-input.js';
import type { OutputStream } from './streams.js';

export type { OutputStream } from './streams.js';

/** Everything the CLI touches, passed in (markdownlint-cli2 style) so tests can run it in-process. */
export interface MainParams {
  /** Arguments after the program name, like `process.argv.slice(2)`. */
  argv: readonly string[];
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: OutputStream;
  stderr: OutputStream;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  fs?: CliFileSystem;
}

export interface CliFileSystem extends InputFileSystem {
  writeFile(path: string, data: string): Promise<void>;
}

export const EXIT_CLEAN = 0;
export const EXIT_DRIFT = 1;
export const EXIT_ERROR = 2;

export type FailOn = Severity | 'never';

interface CliOptions {
  from?: string;
  to?: string;
  format: string;
  output?: string;
  onlyDrift: boolean;
  failOn: FailOn;
  presplit: boolean;
  maxBytes: number;
  maxSentences: number;
  color?: boolean;
  debug: boolean;
  embedder?: string;
  model?: string;
  cacheDir?: string;
  cache: boolean;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_SENTENCES = 200_000;

function parseByteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/iu.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a size such as 500000, 512kb or 10mb');
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}

function parsePositiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return parsed;
}

function buildProgram(params: MainParams): Command {
  const program = new Command()
    .name('align')
    .description('Align an article with its translation sentence by sentence and flag where the translation drifts.')
    .argument('<source>', 'the original article (a file, or - for stdin)')
    .argument('<target>', 'its translation (a file, or - for stdin)')
    .option('--from <lang>', 'source language (en, it); detected when omitted')
    .option('--to <lang>', 'target language (en, it); detected when omitted')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames()).default('table'))
    .option('-o, --output <file>', 'write the result to a file instead of stdout')
    .option('--only-drift', 'show only aligned pairs that have findings', false)
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe')
        .choices(['error', 'warning', 'info', 'never'])
        .default('warning'),
    )
    .option('--presplit', 'inputs hold one sentence per line (blank lines separate paragraphs)', false)
    .option('--max-bytes <size>', 'refuse input files larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--max-sentences <n>', 'refuse texts with more sentences than this', parsePositiveInt, DEFAULT_MAX_SENTENCES)
    .option('--color', 'force coloured output')
    .option('--no-color', 'plain output (NO_COLOR is honoured too)')
    .addOption(new Option('--embedder <kind>', 'sentence embedder (env ALIGN_EMBEDDER)').choices(EMBEDDER_KINDS))
    .option('--model <dir-or-id>', 'model folder or id for model2vec/onnx (env ALIGN_MODEL)')
    .option('--cache-dir <dir>', 'where model files and the embedding cache live')
    .option('--cache', 'cache sentence embeddings on disk between runs', false)
    .option('--debug', 'print stack traces of internal errors', false)
    .version(TOOL_VERSION, '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      outputError: (text, write) => write(`align: ${text.replace(/^error: /u, '').trim()} (see 'align --help')\n`),
    });
  program.addHelpText(
    'after',
    '\nExit codes: 0 no findings at or above --fail-on, 1 drift found, 2 usage, input or internal error.',
  );
  return program;
}

/** Colour only for a terminal, never with --no-color or NO_COLOR; --color and FORCE_COLOR force it. */
export function useColor(flag: boolean | undefined, env: MainParams['env'], stdout: OutputStream): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return stdout.isTTY === true;
}

function isUserError(error: unknown): error is Error {
  return error instanceof InputFileError || error instanceof AlignInputError || isEmbedderError(error);
}

/** Runs the CLI and resolves to the exit code; never throws, never calls process.exit. */
export async function main(params: MainParams): Promise<number> {
  const program = buildProgram(params);
  let sourceSpec: string;
  let targetSpec: string;
  try {
    program.parse([...params.argv], { from: 'user' });
    [sourceSpec, targetSpec] = program.processedArgs as [string, string];
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    throw error;
  }
  const options = program.opts<CliOptions>();
  try {
    return await runAlign(sourceSpec, targetSpec, options, params);
  } catch (error) {
    if (isUserError(error)) {
      params.stderr.write(`align: ${error.message}\n`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      params.stderr.write(
        options.debug && error instanceof Error && error.stack !== undefined
          ? `align: internal error: ${error.stack}\n`
          : `align: internal error: ${message} (run with --debug for details)\n`,
      );
    }
    return EXIT_ERROR;
  }
}

async function runAlign(sourceSpec: string, targetSpec: string, options: CliOptions, params: MainParams): Promise<number> {
  if (sourceSpec === '-' && targetSpec === '-') {
    params.stderr.write(`align: only one side can be read from stdin (-) (see 'align --help')\n`);
    return EXIT_ERROR;
  }
  const fs = params.fs ?? nodeFs;
  const readOptions = {
    maxBytes: options.maxBytes,
    fs,
    stdin: params.stdin,
    resolvePath: (path: string) => resolve(params.cwd, path),
  };
  const source = await readInput(sourceSpec, readOptions);
  const target = await readInput(targetSpec, readOptions);

  const progress = createProgress(params.stderr);
  const embedder = await createEmbedder({
    kind: (options.embedder ?? params.env.ALIGN_EMBEDDER ?? 'lexical') as EmbedderKind,
    ...optional('model', options.model ?? params.env.ALIGN_MODEL),
    ...optional('cacheDir', options.cacheDir === undefined ? undefined : resolve(params.cwd, options.cacheDir)),
    ...optional('onProgress', progress.onProgress),
    cache: options.cache,
    env: params.env,
    cwd: params.cwd,
  });
  let report: AlignmentReport;
  try {
    report = await alignTexts(source.text, target.text, {
      sourcePath: source.path,
      targetPath: target.path,
      presplit: options.presplit,
      maxSentences: options.maxSentences,
      embedder,
      ...optional('from', options.from),
      ...optional('to', options.to),
      ...optional('onProgress', progress.onProgress),
    });
  } finally {
    progress.done();
  }

  const formatter = FORMATTERS[options.format]!;
  const output = formatter(report, {
    color: options.output === undefined && useColor(options.color, params.env, params.stdout),
    onlyDrift: options.onlyDrift,
    width: params.stdout.columns ?? 120,
  });
  if (options.output === undefined) params.stdout.write(output);
  else await (params.fs ?? nodeFs).writeFile(resolve(params.cwd, options.output), output);
  return exitCodeFor(report, options.failOn);
}

export function exitCodeFor(report: AlignmentReport, failOn: FailOn): number {
  if (failOn === 'never') return EXIT_CLEAN;
  return hasFindingAtOrAbove(report.findings, failOn) ? EXIT_DRIFT : EXIT_CLEAN;
}

/** `{key: value}` when the value is defined, else `{}` (keeps optional properties truly absent). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
