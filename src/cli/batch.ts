import * as nodeFs from 'node:fs/promises';
import { readRegularFile, writeFileAtomic, type FileAccessError } from '../files/index.js';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BaselineError, buildBaseline, createBaselineMatcher, parseBaseline, serializeBaseline, type Baseline, type PairPaths } from '../baseline/index.js';
import { DEFAULT_DIRECTORY_RULE, resolveBatchInput, type DirectoryRule, type PairsFileSystem } from '../batch/pairs.js';
import { checkPairPaths } from '../batch/path-rule.js';
import { BatchPool, coresOnOffer, defaultJobs, idleCores, type WorkerEmbedderOptions } from '../batch/pool.js';
import { TEST_FAULT_ENV } from '../batch/test-faults.js';
import type { BatchResult, FailOn, PairOutcome } from '../batch/types.js';
import type { AlignConfig, LoadedConfig } from '../config/index.js';
import { EMBEDDER_KINDS, type EmbedderKind } from '../embed/kinds.js';
import { INPUT_FORMATS, type InputFormatOption } from '../input/types.js';
import { SEVERITY_ORDER } from '../report/location.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { createSuppressor } from '../suppress/index.js';
import type { BatchFormatOptions } from './batch-output.js';
import { BATCH_FORMAT_NAMES, checkOutputTargets, pairConfigOutputs, pairFormatsAndOutputs, type OutputTarget } from './batch-formats.js';
import { mayHaveConfig } from './config-probe.js';
import { createBatchProgress } from './batch-progress.js';
import type { MainParams } from './main.js';
import { parseByteSize, parsePositiveInt } from './option-parsers.js';
import { CliUsageError } from './usage-error.js';
import { isExplicitPath, toPosix } from './paths.js';
import { configureCommand } from './command.js';
import { BatchOutputWriter } from './batch-write.js';
import { pairDiagnosticLine, skippedFileLine } from './batch-diagnostics.js';

const EXIT_CLEAN = 0;
const EXIT_DRIFT = 1;
const EXIT_ERROR = 2;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_SENTENCES = 200_000;

interface BatchFlags {
  format?: string[];
  output?: string[];
  jobs?: number;
  config?: string;
  inputFormat?: InputFormatOption;
  failOn?: FailOn;
  baseline?: string;
  updateBaseline: boolean;
  sourceDir?: string;
  targetDir?: string;
  match?: 'name' | 'stem';
  include?: string[];
  from?: string;
  to?: string;
  presplit?: boolean;
  maxBytes?: number;
  maxSentences?: number;
  maxFigures?: number;
  onlyDrift?: boolean;
  color?: boolean;
  embedder?: EmbedderKind;
  model?: string;
  cacheDir?: string;
  cache?: boolean;
  debug: boolean;
  timeout?: number;
  allowOutside?: boolean;
  maxMemory?: number;
}

/** `30`, `2.5` → seconds, positive. */
function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('expected a positive number of seconds, such as 30 or 2.5');
  return seconds;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function buildBatchCommand(params: MainParams): Command {
  const command = new Command('align batch')
    .description('Check many article pairs at once: a manifest (JSON or CSV of {source, target}) or a folder with en/ and it/ subfolders.')
    .argument('<manifest-or-dir>', 'a .json/.csv manifest, or a folder holding the source and target subfolders')
    .option('-f, --format <name>', `output format (repeatable): ${[...BATCH_FORMAT_NAMES, 'html'].join(', ')}`, collect)
    .option('-o, --output <file>', 'write the preceding --format to a file (repeatable)', collect)
    .option('-j, --jobs <n>', 'pairs checked at once, one worker thread each (default: sized from the amount of text; at most the cores other processes leave idle)', parsePositiveInt)
    .option('--timeout <seconds>', 'stop a pair that runs longer than this and report it as an error; the batch goes on', parseSeconds)
    .option('--max-memory <size>', 'heap each pair may use before it is stopped and reported (default: a share of RAM per core, 512mb to 2gb)', parseByteSize)
    .option('--allow-outside', 'let a manifest or folder name files outside its folder (default: refused, per pair)')
    .option('-c, --config <file>', 'config file (default: align.config.json, .alignrc.json or package.json#align, searched upward)')
    .addOption(new Option('--input-format <format>', 'how to read the files (auto: by extension and content)').choices(INPUT_FORMATS))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe (default warning)').choices(['error', 'warning', 'info', 'never']))
    .option('--baseline <file>', 'accept the findings recorded in this file; fail only on new ones')
    .option('--update-baseline', 'rewrite the --baseline file with the current findings', false)
    .option('--source-dir <name>', 'source subfolder of a batch folder (default en)')
    .option('--target-dir <name>', 'target subfolder of a batch folder (default it)')
    .addOption(new Option('--match <rule>', 'pair files by full name or by name without extension').choices(['name', 'stem']))
    .option('--include <glob>', 'only check source files matching this glob (repeatable)', collect)
    .option('--from <lang>', 'source language (detected when omitted)')
    .option('--to <lang>', 'target language (detected when omitted)')
    .option('--presplit', 'inputs hold one sentence per line')
    .option('--max-bytes <size>', 'refuse input files larger than this (default 10mb)', parseByteSize)
    .option('--max-sentences <n>', 'refuse texts with more sentences than this', parsePositiveInt)
    .option('--max-figures <n>', 'refuse texts with more figures than this (default 100000)', parsePositiveInt)
    .option('--only-drift', 'list only pairs with findings or errors in the summary table')
    .option('--color', 'force coloured output')
    .option('--no-color', 'plain output (NO_COLOR is honoured too)')
    .addOption(new Option('--embedder <kind>', 'sentence embedder (env ALIGN_EMBEDDER)').choices(EMBEDDER_KINDS))
    .option('--model <dir-or-id>', 'model folder or id for model2vec/onnx (env ALIGN_MODEL)')
    .option('--cache-dir <dir>', 'where model files and the embedding cache live')
    .option('--cache', 'cache sentence embeddings on disk between runs')
    .option('--debug', 'print stack traces of internal errors', false)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  align batch stories/                      # stories/en/*.md ↔ stories/it/*.md',
        '  align batch pairs.csv -j 4 -f sarif -o align.sarif -f github',
        '  align batch stories/ --baseline align-baseline.json --update-baseline',
        '',
        'Exit codes: 0 clean, 1 a pair has findings at or above --fail-on, 2 an input, usage or internal error',
        '(a broken pair is reported and the other pairs are still checked); 130/143 when interrupted',
        'by SIGINT/SIGTERM (no output file is written).',
        '',
        'Paths in a manifest must resolve, after symlinks, inside the manifest\'s folder; files of a',
        'folder batch inside the current folder or the batch folder. --allow-outside lifts this.',
      ].join('\n'),
    );
  return configureCommand(command, 'align batch', params);
}

/** Colour for a terminal only; never with --no-color or NO_COLOR; --color and FORCE_COLOR force it. */
function useColor(flag: boolean | undefined, env: MainParams['env'], isTTY: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (flag === true) return true;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
  return isTTY === true;
}

/** Flag when given on the command line, else the config's value, else the default. */
function pick<K extends keyof BatchFlags & keyof AlignConfig, V>(
  command: Command,
  flags: BatchFlags,
  config: AlignConfig,
  key: K,
  fallback: V,
): NonNullable<BatchFlags[K]> | NonNullable<AlignConfig[K]> | V {
  if (command.getOptionValueSource(key) === 'cli' && flags[key] !== undefined) return flags[key] as NonNullable<BatchFlags[K]>;
  if (config[key] !== undefined) return config[key] as NonNullable<AlignConfig[K]>;
  return fallback;
}

export { isExplicitPath, toPosix } from './paths.js';

export function baselinePaths(outcomePaths: { source: string; target: string }, cwd: string, baselineDir: string): PairPaths {
  const rel = (path: string): string => toPosix(relative(baselineDir, isAbsolute(path) ? path : resolve(cwd, path)));
  return { source: rel(outcomePaths.source), target: rel(outcomePaths.target) };
}

/** A baseline holds fingerprints, not text: 64 MB is far past any real one. */
const BASELINE_MAX_BYTES = 64 * 1024 * 1024;

export async function readBaselineFile(path: string, label: string, mustExist: boolean): Promise<Baseline | undefined> {
  let text: string;
  try {
    text = (await readRegularFile(path, { maxBytes: BASELINE_MAX_BYTES, label, what: 'baseline', limitHint: '(a baseline this large is a mistake)' })).toString('utf8');
  } catch (error) {
    if ((error as FileAccessError).code === 'ENOENT' && !mustExist) return undefined;
    throw new BaselineError(
      (error as FileAccessError).code === 'ENOENT' ? `${label}: no such baseline file (create it with --update-baseline)` : (error as Error).message,
    );
  }
  return parseBaseline(text, label);
}

function hasFindingAtOrAbove(outcome: PairOutcome, failOn: FailOn): boolean {
  if (failOn === 'never' || outcome.report === undefined) return false;
  return outcome.report.findings.some((finding) => SEVERITY_ORDER[finding.severity] >= SEVERITY_ORDER[failOn]);
}

export async function writeOutput(params: MainParams, path: string, content: string): Promise<void> {
  if (params.fs !== undefined) {
    await params.fs.writeFile(path, content);
    return;
  }
  await writeFileAtomic(path, content, { label: relative(params.cwd, path) || path });
}

/** `--format html -o dir/`: one report page per checked pair, and `index.html` linking them all. */
async function writeHtmlReports(write: (path: string, content: string) => Promise<void>, dir: string, result: BatchResult, options: BatchFormatOptions): Promise<void> {
  const { batchHtmlFiles } = await import('../report/html/index.js');
  for (const file of batchHtmlFiles(result.outcomes, { ...options, color: false }, { tool: `${TOOL_NAME} ${TOOL_VERSION}` })) {
    await write(join(dir, file.name), file.content);
  }
}

/** `align batch …`: argv is everything after `batch`. Resolves to the exit code; never throws. */
export async function batchMain(params: MainParams, argv: readonly string[]): Promise<number> {
  const command = buildBatchCommand(params);
  try {
    command.parse([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CLEAN : EXIT_ERROR;
    throw error;
  }
  const flags = command.opts<BatchFlags>();
  const [spec] = command.processedArgs as [string];
  try {
    return await runBatchCommand(params, command, flags, spec, argv);
  } catch (error) {
    (await import('./errors.js')).reportError(params.stderr, error, flags.debug === true);
    return EXIT_ERROR;
  }
}

async function runBatchCommand(params: MainParams, command: Command, flags: BatchFlags, spec: string, argv: readonly string[]): Promise<number> {
  const cwd = params.cwd;
  // The config layer (and its schema library) loads only when a config file may exist.
  const configQuery = { cwd, fs: nodeFs, ...(flags.config === undefined ? {} : { explicit: flags.config }) };
  const loaded: LoadedConfig | undefined = !(await mayHaveConfig(configQuery)) ? undefined : await (await import('../config/load.js')).loadConfig({
    cwd,
    fs: nodeFs,
    ...(flags.config === undefined ? {} : { explicit: flags.config }),
  });
  const config: AlignConfig = loaded?.config ?? {};
  // `batchMain` reads `debug` from the parsed flags when it reports an internal error.
  if (config.debug === true && command.getOptionValueSource('debug') !== 'cli') flags.debug = true;
  const configDir = loaded?.dir ?? cwd;
  /** A path from the config is relative to the config file; from a flag, to cwd. */
  const settingPath = (key: 'baseline' | 'cacheDir' | 'model'): string | undefined => {
    if (command.getOptionValueSource(key) === 'cli' && flags[key] !== undefined) {
      // A model may be a hub id (`Xenova/LaBSE`): the embedder resolves it, against cwd.
      return key === 'model' ? flags[key] : resolve(cwd, flags[key]);
    }
    const fromConfig = config[key];
    if (fromConfig === undefined) return undefined;
    return key === 'model' && !isExplicitPath(fromConfig) ? fromConfig : resolve(configDir, fromConfig);
  };

  // Outputs: flags (in argv order) win over config; the default is the table on stdout.
  let targets: OutputTarget[] = pairFormatsAndOutputs(argv, 'table').map((target) => ({
    ...target,
    ...(target.output === undefined || target.output === '-' ? {} : { output: resolve(cwd, target.output) }),
  }));
  if (targets.length === 0) {
    targets = pairConfigOutputs(config.format, config.output, 'table').map((target) => ({
      ...target,
      ...(target.output === undefined || target.output === '-' ? {} : { output: resolve(configDir, target.output) }),
    }));
  }
  if (targets.length === 0) targets = [{ format: 'table' }];
  const problems = checkOutputTargets(targets, [...BATCH_FORMAT_NAMES, 'html']);
  if (targets.some((target) => target.format === 'html' && (target.output === undefined || target.output === '-'))) {
    problems.push('--format html writes one page per pair and an index: give it a folder with --output <dir>');
  }
  if (problems.length > 0) throw new CliUsageError(problems.join('\n'));

  const failOn = pick(command, flags, config, 'failOn', 'warning' as FailOn);
  const rule: DirectoryRule = {
    sourceDir: command.getOptionValueSource('sourceDir') === 'cli' ? flags.sourceDir! : (config.batch?.sourceDir ?? DEFAULT_DIRECTORY_RULE.sourceDir),
    targetDir: command.getOptionValueSource('targetDir') === 'cli' ? flags.targetDir! : (config.batch?.targetDir ?? DEFAULT_DIRECTORY_RULE.targetDir),
    match: command.getOptionValueSource('match') === 'cli' ? flags.match! : (config.batch?.match ?? DEFAULT_DIRECTORY_RULE.match),
    include:
      flags.include !== undefined
        ? flags.include
        : config.batch?.include === undefined
          ? []
          : Array.isArray(config.batch.include)
            ? config.batch.include
            : [config.batch.include],
  };
  const requestedJobs = command.getOptionValueSource('jobs') === 'cli' ? flags.jobs : (config.jobs ?? config.batch?.jobs);

  const baselinePath = settingPath('baseline');
  if (flags.updateBaseline && baselinePath === undefined) {
    throw new CliUsageError('--update-baseline needs a baseline file: give --baseline <file> or set "baseline" in the config');
  }
  const baselineLabel = baselinePath === undefined ? '' : toPosix(relative(cwd, baselinePath)) || baselinePath;
  const baseline = baselinePath === undefined ? undefined : await readBaselineFile(baselinePath, baselineLabel, !flags.updateBaseline);

  const model = settingPath('model') ?? params.env.ALIGN_MODEL;
  const cacheDir = settingPath('cacheDir');
  const embedder: WorkerEmbedderOptions = {
    kind: pick(command, flags, config, 'embedder', (params.env.ALIGN_EMBEDDER ?? 'lexical') as EmbedderKind),
    cache: pick(command, flags, config, 'cache', false),
    env: { ...params.env },
    cwd,
    ...(model === undefined ? {} : { model }),
    ...(cacheDir === undefined ? {} : { cacheDir }),
  };
  const from = pick(command, flags, config, 'from', undefined);
  const to = pick(command, flags, config, 'to', undefined);
  const maxBytes = command.getOptionValueSource('maxBytes') === 'cli' ? flags.maxBytes! : config.maxBytes === undefined ? DEFAULT_MAX_BYTES : parseByteSize(config.maxBytes);
  // Limits: a flag wins over the config (docs/limits.md).
  const timeout = pick(command, flags, config, 'timeout', undefined);
  const maxFigures = pick(command, flags, config, 'maxFigures', undefined);
  const maxMemory = command.getOptionValueSource('maxMemory') === 'cli' ? flags.maxMemory : config.maxMemory === undefined ? undefined : parseByteSize(config.maxMemory);
  const testFault = params.env[TEST_FAULT_ENV];
  const pool = new BatchPool({
    settings: {
      cwd,
      inputFormat: pick(command, flags, config, 'inputFormat', 'auto' as InputFormatOption),
      maxBytes,
      maxSentences: pick(command, flags, config, 'maxSentences', DEFAULT_MAX_SENTENCES),
      presplit: pick(command, flags, config, 'presplit', false),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(timeout === undefined ? {} : { timeoutSeconds: timeout }),
      ...(maxFigures === undefined ? {} : { maxFigures }),
    },
    embedder,
    ...(timeout === undefined ? {} : { timeoutMs: Math.round(timeout * 1000) }),
    ...(maxMemory === undefined ? {} : { workerHeapMb: Math.max(16, Math.floor(maxMemory / (1024 * 1024))) }),
    ...(testFault === undefined || testFault === '' ? {} : { testFault }),
  });
  const writer = new BatchOutputWriter(cwd);
  let interrupted: 'SIGINT' | 'SIGTERM' | undefined;
  const unsubscribe = params.onSignal?.((signal) => {
    if (interrupted !== undefined) return;
    interrupted = signal;
    void pool.stop();
    writer.abort();
  });
  try {
    // The first worker loads and warms up while the pairs are being found.
    pool.prestart(1);
    return await checkAndReport({ params, command, flags, config, spec, cwd, rule, requestedJobs, pool, writer, interrupted: () => interrupted, targets, failOn, baseline, baselinePath, baselineLabel, loaded, configDir });
  } finally {
    unsubscribe?.();
    await pool.stop();
  }
}

interface RunContext {
  params: MainParams;
  command: Command;
  flags: BatchFlags;
  config: AlignConfig;
  spec: string;
  cwd: string;
  rule: DirectoryRule;
  requestedJobs: number | undefined;
  pool: BatchPool;
  writer: BatchOutputWriter;
  interrupted: () => 'SIGINT' | 'SIGTERM' | undefined;
  targets: OutputTarget[];
  failOn: FailOn;
  baseline: Baseline | undefined;
  baselinePath: string | undefined;
  baselineLabel: string;
  loaded: LoadedConfig | undefined;
  configDir: string;
}

const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

async function checkAndReport(context: RunContext): Promise<number> {
  const { params, command, flags, config, spec, cwd, rule, requestedJobs, pool, writer, targets, failOn, baseline, baselinePath, baselineLabel, loaded, configDir } = context;
  const discovered = await resolveBatchInput(nodeFs as unknown as PairsFileSystem, spec, cwd, rule);
  for (const skipped of discovered.skipped ?? []) params.stderr.write(skippedFileLine(skipped));
  const roots = discovered.allowedRoots ?? [cwd];
  const rootLabel =
    roots.length === 1 ? `the manifest's folder (${toPosix(relative(cwd, roots[0]!)) || '.'})` : `the current folder and ${toPosix(relative(cwd, roots[1]!)) || roots[1]!}`;
  const checked = await checkPairPaths(discovered.pairs, { cwd, roots, rootLabel, allowOutside: flags.allowOutside === true });
  const runnable = checked.filter((entry) => entry.error === undefined);

  const cores = coresOnOffer();
  if (requestedJobs !== undefined && requestedJobs > cores) {
    params.stderr.write(`align: note: --jobs ${requestedJobs} is more than the ${cores} core${cores === 1 ? '' : 's'} on offer; using ${cores}\n`);
  }
  const jobs = Math.max(
    1,
    Math.min(
      requestedJobs ?? defaultJobs(runnable.length, runnable.reduce((sum, entry) => sum + entry.bytes, 0), idleCores(cores)),
      cores,
      runnable.length || 1,
    ),
  );

  const total = discovered.pairs.length + discovered.unpaired.length;
  const progress = createBatchProgress(params.stderr, total);
  let done = 0;
  const preFailed: PairOutcome[] = discovered.unpaired.map(({ pair, error }) => ({ pair, error, durationMs: 0 }));
  for (const outcome of preFailed) progress.onOutcome(outcome, ++done, total);
  const started = performance.now();
  // The report formats load while the workers check the pairs (this thread is idle meanwhile).
  const output = import('./batch-output.js');
  output.catch(() => undefined);
  let ran: PairOutcome[];
  try {
    for (const entry of checked) if (entry.error !== undefined) progress.onOutcome({ pair: entry.pair, error: entry.error, durationMs: 0 }, ++done, total);
    ran = await pool.run(
      runnable.map((entry) => entry.pair),
      jobs,
      (outcome) => progress.onOutcome(outcome, ++done, total),
    );
  } finally {
    progress.done();
  }
  const durationMs = Math.round(performance.now() - started);
  let next = 0;
  const listed: Array<PairOutcome | undefined> = checked.map((entry) => (entry.error === undefined ? ran[next++] : { pair: entry.pair, error: entry.error, durationMs: 0 }));
  // Pairs in the order the user listed them (files on one side only sort in by name).
  const outcomes = [...listed.filter((outcome): outcome is PairOutcome => outcome !== undefined), ...preFailed].sort((a, b) =>
    discovered.unpaired.length === 0 ? 0 : a.pair.source.localeCompare(b.pair.source) || a.pair.target.localeCompare(b.pair.target),
  );
  const result: BatchResult = { outcomes, jobs, durationMs };
  const interruptedBy = context.interrupted();
  if (interruptedBy !== undefined) {
    // Keep what finished on the console; write no output file, since it would look complete.
    const { formatBatchSummaryTable } = await output;
    params.stderr.write(formatBatchSummaryTable(result, { color: false, onlyDrift: false, failOn }));
    for (const outcome of outcomes) if (outcome.report === undefined) params.stderr.write(pairDiagnosticLine(outcome));
    const finished = ran.filter((outcome) => outcome !== undefined).length;
    params.stderr.write(`align: interrupted by ${interruptedBy} after ${finished} of ${runnable.length} pairs were checked; no output file written\n`);
    return SIGNAL_EXIT[interruptedBy];
  }

  // Outputs are written atomically (temp file + rename); a test file system gets plain writes.
  const write = (path: string, content: string): Promise<void> => (params.fs === undefined ? writer.write(path, content) : writeOutput(params, path, content));

  const { BATCH_FORMATTERS, batchSummaryLine, formatBatchSummaryTable } = await output;

  // Suppressions, then the baseline.
  const suppress = createSuppressor(config.suppress ?? [], { cwd, baseDir: configDir });
  let processed: PairOutcome[] = outcomes.map((outcome) => {
    if (outcome.report === undefined) return outcome;
    const { report, suppressed } = suppress(outcome.report);
    return suppressed.length === 0 ? outcome : { ...outcome, report, suppressed: suppressed.length };
  });
  if (baselinePath !== undefined) {
    const baselineDir = dirname(baselinePath);
    let active = baseline;
    if (flags.updateBaseline) {
      const updated = buildBaseline(
        processed.flatMap((outcome) => (outcome.report === undefined ? [] : [{ paths: baselinePaths(outcome.pair, cwd, baselineDir), findings: outcome.report.findings }])),
        baseline,
        processed.filter((outcome) => outcome.report === undefined).map((outcome) => baselinePaths(outcome.pair, cwd, baselineDir)),
      );
      await write(baselinePath, serializeBaseline(updated));
      params.stderr.write(`align: wrote ${baselineLabel}: ${updated.findings.length} accepted finding${updated.findings.length === 1 ? '' : 's'}\n`);
      active = updated;
    }
    if (active !== undefined) {
      const matcher = createBaselineMatcher(active);
      processed = processed.map((outcome) => {
        if (outcome.report === undefined) return outcome;
        const { report, known } = matcher.apply(outcome.report, baselinePaths(outcome.pair, cwd, baselineDir));
        return known.length === 0 ? outcome : { ...outcome, report, baselineKnown: known.length };
      });
    }
  }
  const finalResult: BatchResult = { outcomes: processed, jobs: result.jobs, durationMs: result.durationMs };

  const stdoutTaken = targets.some((target) => target.output === undefined || target.output === '-');
  for (const target of targets) {
    const toStdout = target.output === undefined || target.output === '-';
    const options: BatchFormatOptions = {
      color: toStdout && useColor(pick(command, flags, config, 'color', undefined), params.env, params.stdout.isTTY),
      onlyDrift: pick(command, flags, config, 'onlyDrift', false),
      width: params.stdout.columns ?? 120,
      failOn,
    };
    if (target.format === 'html') {
      await writeHtmlReports(write, target.output!, finalResult, options);
      continue;
    }
    const text = BATCH_FORMATTERS[target.format]!(finalResult, options);
    if (toStdout) params.stdout.write(text);
    else await write(target.output!, text);
  }
  const interruptedWhileWriting = context.interrupted();
  if (interruptedWhileWriting !== undefined) {
    params.stderr.write(`align: interrupted by ${interruptedWhileWriting} while writing the outputs; files already complete are kept, the one in progress was removed\n`);
    return SIGNAL_EXIT[interruptedWhileWriting];
  }
  // The summary table is always shown: on stdout when no format uses it, else on stderr.
  const stderrColor = useColor(pick(command, flags, config, 'color', undefined), params.env, params.stderr.isTTY);
  const summaryOptions: BatchFormatOptions = { color: stderrColor, onlyDrift: pick(command, flags, config, 'onlyDrift', false), failOn };
  const tableOnStdout = targets.some((target) => target.format === 'table' && (target.output === undefined || target.output === '-'));
  if (!stdoutTaken) {
    const stdoutColor = useColor(pick(command, flags, config, 'color', undefined), params.env, params.stdout.isTTY);
    params.stdout.write(formatBatchSummaryTable(finalResult, { ...summaryOptions, color: stdoutColor }));
    params.stdout.write(`${batchSummaryLine(finalResult)}\n`);
  } else if (!tableOnStdout) {
    params.stderr.write(formatBatchSummaryTable(finalResult, summaryOptions));
    params.stderr.write(`${batchSummaryLine(finalResult)}\n`);
  }

  const suppressedCount = processed.reduce((sum, outcome) => sum + (outcome.suppressed ?? 0), 0);
  const knownCount = processed.reduce((sum, outcome) => sum + (outcome.baselineKnown ?? 0), 0);
  const hidden = [
    ...(suppressedCount > 0 ? [`${suppressedCount} finding${suppressedCount === 1 ? '' : 's'} suppressed by ${loaded === undefined ? 'config' : toPosix(relative(cwd, loaded.path)) || loaded.path}`] : []),
    ...(knownCount > 0 && !flags.updateBaseline ? [`${knownCount} known finding${knownCount === 1 ? '' : 's'} accepted by ${baselineLabel}`] : []),
  ];
  if (hidden.length > 0) params.stderr.write(`align: ${hidden.join('; ')}\n`);
  // Why each pair was not checked: always on stderr, whatever the formats and outputs.
  for (const outcome of processed) if (outcome.report === undefined) params.stderr.write(pairDiagnosticLine(outcome));
  for (const outcome of processed) {
    for (const warning of outcome.warnings ?? []) params.stderr.write(`align: warning: ${outcome.pair.id}: ${warning}\n`);
  }

  if (processed.some((outcome) => outcome.report === undefined)) return EXIT_ERROR;
  return processed.some((outcome) => hasFindingAtOrAbove(outcome, failOn)) ? EXIT_DRIFT : EXIT_CLEAN;
}
