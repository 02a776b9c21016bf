/**
 * Errors the library raises for problems with the user's input (as opposed to bugs). The CLI
 * prints their message as one line and exits 2; any other error is an internal error.
 */
export type AlignErrorCode =
  | 'EMPTY_TEXT'
  | 'LANGUAGE_UNDETECTED'
  | 'LANGUAGE_UNSUPPORTED'
  | 'SAME_LANGUAGE'
  | 'LANGUAGE_CONTRADICTION'
  | 'IDENTICAL_TEXTS'
  | 'INPUT_LIMIT'
  | 'TOO_MANY_SENTENCES'
  | 'INVALID_OPTION'
  | 'LIMIT_EXCEEDED'
  | 'TIMEOUT';

export class AlignInputError extends Error {
  readonly code: AlignErrorCode;

  constructor(code: AlignErrorCode, message: string) {
    super(message);
    this.name = 'AlignInputError';
    this.code = code;
  }
}

/** Which documented limit (docs/limits.md) a run hit. */
export type AlignLimit = 'timeout' | 'figures' | 'memory';

/**
 * A run stopped at one of the documented limits (docs/limits.md). The message is one line that
 * names the file (or both files) and the limit; the CLI prints it and exits 2, and `align batch`
 * reports it for that pair and goes on.
 */
export class AlignLimitError extends AlignInputError {
  readonly limit: AlignLimit;
  /** The file the limit was hit on, or null when it concerns the pair (a timeout) or stdin. */
  readonly path: string | null;

  constructor(limit: AlignLimit, path: string | null, message: string) {
    super(limit === 'timeout' ? 'TIMEOUT' : 'LIMIT_EXCEEDED', message);
    this.name = 'AlignLimitError';
    this.limit = limit;
    this.path = path;
  }
}
