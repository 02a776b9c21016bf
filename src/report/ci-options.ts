import type { FormatOptions, Severity } from '../types.js';

/** Options the CI formatters read on top of the shared ones; all optional, so any FormatOptions works. */
export interface CiFormatOptions extends FormatOptions {
  /** Findings at or above this fail a JUnit testcase and are listed first in Markdown. Default: warning. */
  failOn?: Severity | 'never';
  /** Markdown: the size budget of the comment (GitHub refuses bodies over 65,536). Default 65,000. */
  maxChars?: number;
  /** JUnit: how long checking the pair took (the CLI measures it), for `time`. Default 0. */
  durationMs?: number;
}
