import * as nodeFs from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputFileError, readInput, type InputFileSystem } from '../cli/read-input.js';
import { isEmbedderError } from '../embed/index.js';
import { AlignInputError } from '../errors.js';
import { convertInput, remapReport, type InputFormatOption } from '../input/index.js';
import { alignTexts } from '../pipeline.js';
import type { Embedder } from '../types.js';
import type { PairOutcome, PairSpec } from './types.js';

/** What every pair of a batch is checked with; plain data, so it crosses into worker threads. */
export interface PairSettings {
  /** Relative pair paths are resolved against this folder. */
  cwd: string;
  inputFormat: InputFormatOption;
  maxBytes: number;
  maxSentences: number;
  /** `--max-figures`: texts with more figures are refused (the pipeline's default when absent). */
  maxFigures?: number;
  presplit: boolean;
  from?: string;
  to?: string;
  /**
   * `--timeout`: the pipeline stops itself at its checkpoints past this many seconds; the pool also
   * terminates a worker that overruns it (a loop with no checkpoint), so a pair can never hang.
   */
  timeoutSeconds?: number;
}

const noStdin: AsyncIterable<Uint8Array> = {
  async *[Symbol.asyncIterator]() {
    // A batch never reads stdin.
  },
};

function isInputError(error: unknown): error is Error {
  return error instanceof InputFileError || error instanceof AlignInputError || isEmbedderError(error);
}

/**
 * Reads, converts and aligns one pair. Never throws: an input problem (or a bug) becomes the
 * pair's `error`, so one broken file does not stop the batch.
 */
export async function checkPair(pair: PairSpec, settings: PairSettings, embedder: Embedder, fs: InputFileSystem = nodeFs): Promise<PairOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  try {
    // Blocking reads: this runs in a worker thread that has nothing else to do meanwhile.
    const readOptions = { maxBytes: settings.maxBytes, fs, stdin: noStdin, resolvePath: (path: string) => resolve(settings.cwd, path), blocking: true };
    const source = await readInput(pair.source, readOptions);
    const target = await readInput(pair.target, readOptions);
    const warnings: string[] = [];
    // A manifest's per-pair languages win over the run's --from/--to.
    const from = pair.from ?? settings.from;
    const to = pair.to ?? settings.to;
    const sourceText = convertInput(source.text, source.path, settings.inputFormat);
    const targetText = convertInput(target.text, target.path, settings.inputFormat);
    // Converters' doubts (Markdown or HTML read by the linear reader past a limit) go with the pair.
    warnings.push(...(sourceText.warnings ?? []), ...(targetText.warnings ?? []));
    const report = await alignTexts(sourceText.text, targetText.text, {
      sourcePath: pair.source,
      targetPath: pair.target,
      presplit: settings.presplit,
      maxSentences: settings.maxSentences,
      embedder,
      onWarning: (message) => warnings.push(message),
      ...(settings.timeoutSeconds === undefined ? {} : { timeout: settings.timeoutSeconds }),
      ...(settings.maxFigures === undefined ? {} : { maxFigures: settings.maxFigures }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    });
    return {
      pair,
      report: remapReport(report, { source: sourceText, target: targetText }),
      durationMs: elapsed(),
      ...(warnings.length === 0 ? {} : { warnings }),
    };
  } catch (error) {
    const message = isInputError(error)
      ? error.message
      : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { pair, error: message, durationMs: elapsed() };
  }
}
