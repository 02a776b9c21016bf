import { BaselineError } from '../baseline/index.js';
import { BatchInputError } from '../batch/pairs.js';
import { ConfigError } from '../config/index.js';
import { isEmbedderError } from '../embed/index.js';
import { AlignInputError } from '../errors.js';
import { FileAccessError } from '../files/index.js';
import { visible } from '../text/visible.js';
import { InputFileError } from './read-input.js';
import type { OutputStream } from './streams.js';
import { CliUsageError } from './usage-error.js';

export { CliUsageError, oneLineProblems } from './usage-error.js';

/** Errors caused by the user's input or settings: their message is the whole story. */
export function isUserError(error: unknown): error is Error {
  return (
    error instanceof InputFileError ||
    error instanceof AlignInputError ||
    isEmbedderError(error) ||
    error instanceof ConfigError ||
    error instanceof BaselineError ||
    error instanceof BatchInputError ||
    error instanceof CliUsageError ||
    error instanceof FileAccessError
  );
}


/**
 * One `align:` line for a user error, its control characters made visible (a file name cannot split
 * it or drive the terminal); a bug gets its stack only with --debug.
 */
export function reportError(stderr: OutputStream, error: unknown, debug: boolean): void {
  if (isUserError(error)) {
    stderr.write(`align: ${visible(error.message)}\n`);
    return;
  }
  const message = visible(error instanceof Error ? error.message : String(error));
  stderr.write(
    debug && error instanceof Error && error.stack !== undefined
      ? `align: internal error: ${error.stack}\n`
      : `align: internal error: ${message} (run with --debug for details)\n`,
  );
}
