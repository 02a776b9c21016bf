/**
 * Errors the library raises for problems with the user's input (as opposed to bugs). The CLI
 * prints their message as one line and exits 2; any other error is an internal error.
 */
export type AlignErrorCode =
  | 'EMPTY_TEXT'
  | 'LANGUAGE_UNDETECTED'
  | 'LANGUAGE_UNSUPPORTED'
  | 'SAME_LANGUAGE'
  | 'IDENTICAL_TEXTS'
  | 'INPUT_LIMIT'
  | 'TOO_MANY_SENTENCES'
  | 'INVALID_OPTION';

export class AlignInputError extends Error {
  readonly code: AlignErrorCode;

  constructor(code: AlignErrorCode, message: string) {
    super(message);
    this.name = 'AlignInputError';
    this.code = code;
  }
}
