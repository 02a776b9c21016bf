import * as nodeFs from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { EMBEDDER_KINDS, type EmbedderKind } from '../embed/kinds.js';
import { FORMAT_NAMES, loadFormatter } from '../report/formats.js';
import type { AlignConfig, LoadedConfig } from '../config/index.js';
import { INPUT_FORMATS, type ConvertedText, type InputFormatOption } from '../input/types.js';
import type { PositionMapper } from '../pipeline.js';
import { checkOutputTargets, pairConfigOutputs, pairFormatsAndOutputs, type OutputTarget } from './batch-formats.js';
import { FORMAT_FROM_EXTENSION, resolveOutputFormats } from './output-targets.js';
import type { AlignmentReport, Severity } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { createProgress } from './progress.js';
import { readInput, type InputFileSystem } from './read-input.js';
import type { OutputStream } from './streams.js';
import { parseByteSize, parsePositiveInt, parseSeconds } from './option-parsers.js';
import { CliUsageError, oneLineProblems } from './usage-error.js';
import { visible } from '../text/visible.js';
import { withGuardedStderr } from './safe-stream.js';
import { confineConfigOutputs, refuseOutputsOverInputs, writeReportFile } from './write-output.js';
import { configureCommand } from './command.js';
import { outputWidth } from './terminal-width.js';
import { helpRequest } from './help-command.js';
import { mayHaveConfig } from './config-probe.js';
import { isExplicitPath, toPosix } from './paths.js';

// Start-up is most of a single run's time, so everything a run may not need (the pipeline, the
// config layer and its schema library, Markdown/HTML input, each report format, align batch) is
// loaded with import() where it is used: `align --help` loads commander and this folder only.

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
  /** Subscribes to SIGINT/SIGTERM (`align batch` stops cleanly); returns the unsubscribe. */
  onSignal?: (handler: (signal: 'SIGINT' | 'SIGTERM') => void) => () => void;
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
  config?: string;
  inputFormat: InputFormatOption;
  baseline?: string;
  updateBaseline: boolean;
  timeout?: number;
  maxFigures?: number;
  allowOutside: boolean;
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_SENTENCES = 200_000;



function buildProgram(params: MainParams): Command {
  const program = new Command()
    .name('align')
    .description('Align an article with its translation sentence by sentence and flag where the translation drifts.')
    .argument('<source>', 'the original article (a file, or - for stdin)')
    .argument('<target>', 'its translation (a file, or - for stdin)')
    .option('--from <lang>', 'source language: en, it, fr, de, es, pt or a regional tag (pt-BR); detected when omitted')
    .option('--to <lang>', 'target language, likewise; another language runs in a degraded mode')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMAT_NAMES).default('table'))
    .option('-o, --output <file>', 'write the preceding --format to a file instead of stdout (repeat -f/-o for several outputs)')
    .option('--only-drift', 'show only aligned pairs that have findings', false)
    .addOption(
      new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe')
        .choices(['error', 'warning', 'info', 'never'])
        .default('warning'),
    )
    .option('--presplit', 'inputs hold one sentence per line (blank lines separate paragraphs)', false)
    .option('--max-bytes <size>', 'refuse input files larger than this', parseByteSize, DEFAULT_MAX_BYTES)
    .option('--max-sentences <n>', 'refuse texts with more sentences than this', parsePositiveInt, DEFAULT_MAX_SENTENCES)
    .option('--max-figures <n>', 'refuse texts with more figures than this (default 100000)', parsePositiveInt)
    .option('--timeout <seconds>', 'give up (exit 2) when aligning takes longer than this', parseSeconds)
    .option('--color', 'force coloured output')
    .option('--no-color', 'plain output (NO_COLOR is honoured too)')
    .addOption(new Option('--embedder <kind>', 'sentence embedder (env ALIGN_EMBEDDER)').choices(EMBEDDER_KINDS))
    .option('--model <dir-or-id>', 'model folder or id for model2vec/onnx (env ALIGN_MODEL)')
    .option('--cache-dir <dir>', 'where model files and the embedding cache live')
    .option('--cache', 'cache sentence embeddings on disk between runs', false)
    .option('-c, --config <file>', 'config file (default: align.config.json, .alignrc.json or package.json#align, searched upward)')
    .addOption(new Option('--input-format <format>', 'how to read the files (auto: by extension and content)').choices(INPUT_FORMATS).default('auto'))
    .option('--baseline <file>', 'accept the findings recorded in this file; fail only on new ones')
    .option('--update-baseline', 'rewrite the --baseline file with the current findings', false)
    .option('--allow-outside', "let a config's output paths point outside the config's folder", false)
    .option('--debug', 'print stack traces of internal errors', false)
    .version(TOOL_VERSION, '-V, --version');
  configureCommand(program, 'align', params);
  program.addHelpText(
    'after',
    [
      '',
      'Many pairs at once: align batch <manifest | dir> (see align batch --help).',
      'Several outputs in one run: -f sarif -o align.sarif -f github',
      '',
      'Exit codes: 0 no findings at or above --fail-on, 1 drift found, 2 usage, input or internal error.',
    ].join('\n'),
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


/** A usage problem found after parsing (conflicting outputs, a missing baseline path): exit 2. */

/** Runs the CLI and resolves to the exit code; never throws, never calls process.exit. */
export async function main(unguarded: MainParams): Promise<number> {
  const params = withGuardedStderr(unguarded);
  const help = helpRequest(params.argv);
  if (help !== undefined) return main({ ...unguarded, argv: help });
  if (params.argv[0] === 'batch') return (await import('./batch.js')).batchMain(params, params.argv.slice(1));
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
    return await runAlign(sourceSpec, targetSpec, options, params, program);
  } catch (error) {
    (await import('./errors.js')).reportError(params.stderr, error, options.debug);
    return EXIT_ERROR;
  }
}

async function runAlign(
  sourceSpec: string,
  targetSpec: string,
  flags: CliOptions,
  params: MainParams,
  program: Command,
): Promise<number> {
  const startedAt = performance.now();
  if (sourceSpec === '-' && targetSpec === '-') {
    params.stderr.write(`align: only one side can be read from stdin (-) (see 'align --help')\n`);
    return EXIT_ERROR;
  }
  const configQuery = { cwd: params.cwd, fs: nodeFs, ...optional('explicit', flags.config) };
  const loaded: LoadedConfig | undefined = (await mayHaveConfig(configQuery))
    ? await (await import('../config/load.js')).loadConfig(configQuery)
    : undefined;
  const options = mergeConfig(flags, loaded?.config ?? {}, program);
  // `main` reads `debug` from the parsed options when it reports an internal error.
  if (options.debug) flags.debug = true;
  const configDir = loaded?.dir ?? params.cwd;
  /** A path given as a flag is relative to cwd; one from the config, to the config file. */
  const settingPath = (key: 'baseline' | 'cacheDir' | 'model'): string | undefined => {
    if (program.getOptionValueSource(key) === 'cli' && flags[key] !== undefined) {
      // A model may be a hub id (`Xenova/LaBSE`): the embedder resolves it, against cwd.
      return key === 'model' ? flags[key] : resolve(params.cwd, flags[key]);
    }
    const fromConfig = loaded?.config[key];
    if (fromConfig === undefined) return undefined;
    return key === 'model' && !isExplicitPath(fromConfig) ? fromConfig : resolve(configDir, fromConfig);
  };
  const targets = outputTargets(params, loaded?.config ?? {}, configDir, loaded === undefined ? undefined : toPosix(relative(params.cwd, loaded.path)) || loaded.path);
  const baselinePath = settingPath('baseline');
  if (params.fs === undefined) {
    const fromConfig = pairFormatsAndOutputs(params.argv, 'table').length === 0;
    if (fromConfig) await confineConfigOutputs(loaded?.config.output, configDir, options.allowOutside);
    const inputs = [{ path: sourceSpec, role: 'input' }, { path: targetSpec, role: 'input' }, { path: loaded?.path, role: 'config' }, { path: baselinePath, role: 'baseline' }];
    await refuseOutputsOverInputs(targets, inputs, params.cwd);
  }
  if (options.updateBaseline && baselinePath === undefined) {
    throw new CliUsageError('--update-baseline needs a baseline file: give --baseline <file> or set "baseline" in the config');
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
  const { convertInputLazily } = await import('../input/convert.js');
  const sourceText = await convertInputLazily(source.text, source.path, options.inputFormat);
  const targetText = await convertInputLazily(target.text, target.path, options.inputFormat);
  for (const warning of [...(sourceText.warnings ?? []), ...(targetText.warnings ?? [])]) params.stderr.write(`align: warning: ${visible(warning)}\n`);

  const progress = createProgress(params.stderr);
  const model = settingPath('model') ?? params.env.ALIGN_MODEL;
  const [{ createEmbedder }, { alignTexts }, { remapReport }] = await Promise.all([
    import('../embed/factory.js'),
    import('../pipeline.js'),
    import('../input/remap.js'),
  ]);
  const embedder = await createEmbedder({
    kind: (options.embedder ?? params.env.ALIGN_EMBEDDER ?? 'lexical') as EmbedderKind,
    ...optional('model', model),
    ...optional('cacheDir', settingPath('cacheDir')),
    ...optional('onProgress', progress.onProgress),
    cache: options.cache,
    env: params.env,
    cwd: params.cwd,
    onWarning: (message: string) => params.stderr.write(`align: warning: ${visible(message)}\n`),
  });
  let report: AlignmentReport;
  try {
    report = await alignTexts(sourceText.text, targetText.text, {
      sourcePath: source.path,
      targetPath: target.path,
      presplit: options.presplit,
      maxSentences: options.maxSentences,
      embedder,
      ...optional('from', options.from),
      ...optional('to', options.to),
      ...optional('timeout', options.timeout),
      ...optional('maxFigures', options.maxFigures),
      ...optional('onProgress', progress.onProgress),
      onWarning: (message) => params.stderr.write(`align: warning: ${visible(message)}\n`),
      ...optional('sourcePosition', fileLines(sourceText)),
      ...optional('targetPosition', fileLines(targetText)),
    });
  } finally {
    progress.done();
  }
  report = remapReport(report, { source: sourceText, target: targetText });

  const rules = loaded?.config.suppress ?? [];
  if (rules.length > 0) {
    const { createSuppressor } = await import('../suppress/index.js');
    const suppressed = createSuppressor(rules, { cwd: params.cwd, baseDir: configDir })(report);
    report = suppressed.report;
    if (suppressed.suppressed.length > 0) {
      params.stderr.write(`align: ${suppressed.suppressed.length} finding${suppressed.suppressed.length === 1 ? '' : 's'} suppressed by ${loaded === undefined ? 'config' : toPosix(relative(params.cwd, loaded.path)) || loaded.path}\n`);
    }
  }
  if (baselinePath !== undefined) report = await applyBaseline(report, baselinePath, options.updateBaseline, params);

  for (const output of targets) {
    const toStdout = output.output === undefined || output.output === '-';
    if (toStdout && output.format === 'json') {
      // Piece by piece: a large report never exists as one string (see json-chunks.ts).
      const { jsonReportChunks } = await import('../report/json-chunks.js');
      for (const chunk of jsonReportChunks(report)) params.stdout.write(chunk);
      continue;
    }
    const format = await loadFormatter(output.format);
    const text = format(report, {
      color: toStdout && useColor(options.color, params.env, params.stdout),
      onlyDrift: options.onlyDrift,
      width: outputWidth(params.env, params.stdout),
      failOn: options.failOn,
      durationMs: performance.now() - startedAt,
    } as Parameters<typeof format>[1]);
    if (toStdout) params.stdout.write(text);
    else if (params.fs !== undefined) await params.fs.writeFile(output.output!, text);
    else await writeReportFile(output.output!, text, params.cwd);
  }
  const { hasFindingAtOrAbove } = await import('../drift/index.js');
  return options.failOn !== 'never' && hasFindingAtOrAbove(report.findings, options.failOn) ? EXIT_DRIFT : EXIT_CLEAN;
}

/** Flags given on the command line win; then the config; then the flag defaults. */
function mergeConfig(flags: CliOptions, config: AlignConfig, program: Command): CliOptions {
  const merged: CliOptions = { ...flags };
  const fromCli = (key: string): boolean => program.getOptionValueSource(key) === 'cli';
  const take = <K extends keyof CliOptions & keyof AlignConfig>(key: K): void => {
    if (!fromCli(key) && config[key] !== undefined) (merged as unknown as Record<string, unknown>)[key] = config[key];
  };
  for (const key of ['from', 'to', 'onlyDrift', 'failOn', 'presplit', 'maxSentences', 'maxFigures', 'timeout', 'color', 'embedder', 'cache', 'inputFormat', 'debug'] as const) take(key);
  if (!fromCli('maxBytes') && config.maxBytes !== undefined) merged.maxBytes = parseByteSize(config.maxBytes);
  return merged;
}

/** `-f`/`-o` pairs from argv, else the config's, else the table on stdout; checked for conflicts. */
function outputTargets(params: MainParams, config: AlignConfig, configDir: string, configLabel: string | undefined): OutputTarget[] {
  const fromArgv = pairFormatsAndOutputs(params.argv, FORMAT_FROM_EXTENSION);
  const base = fromArgv.length > 0 ? params.cwd : configDir;
  let targets =
    fromArgv.length > 0
      ? resolveOutputFormats(fromArgv)
      : resolveOutputFormats(pairConfigOutputs(config.format, config.output, FORMAT_FROM_EXTENSION), optional('config', configLabel));
  if (targets.length === 0) targets = [{ format: 'table' }];
  targets = targets.map((target) =>
    target.output === undefined || target.output === '-' ? target : { ...target, output: resolve(base, target.output) },
  );
  const problems = checkOutputTargets(targets, FORMAT_NAMES);
  if (problems.length > 0) throw new CliUsageError(oneLineProblems(problems));
  return targets;
}

async function applyBaseline(report: AlignmentReport, baselinePath: string, update: boolean, params: MainParams): Promise<AlignmentReport> {
  const [{ baselinePaths, readBaselineFile, writeOutput }, { buildBaseline, createBaselineMatcher, serializeBaseline }] = await Promise.all([
    import('./batch.js'),
    import('../baseline/index.js'),
  ]);
  const label = toPosix(relative(params.cwd, baselinePath)) || baselinePath;
  const paths = baselinePaths(
    { source: report.source.path ?? '<stdin>', target: report.target.path ?? '<stdin>' },
    params.cwd,
    dirname(baselinePath),
  );
  let baseline = await readBaselineFile(baselinePath, label, !update);
  if (update) {
    // Other pairs recorded in the same file keep their entries.
    const others = baseline?.findings.filter((entry) => entry.source !== paths.source || entry.target !== paths.target) ?? [];
    const updated = buildBaseline([{ paths, findings: report.findings }]);
    updated.findings = [...updated.findings, ...others].sort(
      (a, b) => a.target.localeCompare(b.target) || a.source.localeCompare(b.source) || a.fingerprint.localeCompare(b.fingerprint),
    );
    await writeOutput(params, baselinePath, serializeBaseline(updated));
    params.stderr.write(`align: wrote ${label}: ${report.findings.length} accepted finding${report.findings.length === 1 ? '' : 's'} for this pair\n`);
    baseline = updated;
  }
  if (baseline === undefined) return report;
  const { report: filtered, known } = createBaselineMatcher(baseline).apply(report, paths);
  if (known.length > 0 && !update) {
    params.stderr.write(`align: ${known.length} known finding${known.length === 1 ? '' : 's'} accepted by ${label}\n`);
  }
  return filtered;
}


/** Offsets of converted Markdown/HTML → lines of the file as written; plain text needs none. */
function fileLines(converted: ConvertedText): PositionMapper | undefined {
  return converted.format === 'text' ? undefined : (offset) => converted.originalPosition(offset);
}

/** `{key: value}` when the value is defined, else `{}` (keeps optional properties truly absent). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
