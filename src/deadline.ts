import { AlignLimitError } from './errors.js';

/**
 * A time budget checked cooperatively: the pipeline is synchronous between awaits, so a timer
 * cannot interrupt it; instead every stage calls `check()` between units of work (sentences, DP
 * rows, beads). A check costs one clock read.
 */
export interface Deadline {
  /** Throws `AlignLimitError` (limit 'timeout') once the time is up, or the signal's reason once aborted. */
  check(): void;
}

export interface DeadlineOptions {
  /** Seconds the whole run may take; none when omitted. */
  timeoutSeconds?: number;
  /** Aborts the run when signalled (e.g. on SIGTERM); the check throws `signal.reason`. */
  signal?: AbortSignal;
  /** Names what is running, for the timeout message (`en.txt and it.txt`). */
  subject?: string;
  /** Starting time in ms (default: now); lets a caller count time spent before the pipeline. */
  startedAt?: number;
}

/** A deadline that never fires. */
export const NO_DEADLINE: Deadline = { check: () => undefined };

export function createDeadline(options: DeadlineOptions = {}): Deadline {
  const { timeoutSeconds, signal, subject } = options;
  if (timeoutSeconds === undefined && signal === undefined) return NO_DEADLINE;
  const endsAt = timeoutSeconds === undefined ? Infinity : (options.startedAt ?? Date.now()) + timeoutSeconds * 1000;
  return {
    check(): void {
      signal?.throwIfAborted();
      if (Date.now() > endsAt) {
        const what = subject === undefined ? '' : `${subject}: `;
        throw new AlignLimitError('timeout', null, `${what}stopped after the time limit of ${timeoutSeconds} s (--timeout)`);
      }
    },
  };
}

/** Calls `deadline.check()` once every `every` calls of the returned function: for hot loops. */
export function everyNth(deadline: Deadline, every: number): () => void {
  if (deadline === NO_DEADLINE) return () => undefined;
  let count = 0;
  return () => {
    if (++count >= every) {
      count = 0;
      deadline.check();
    }
  };
}
