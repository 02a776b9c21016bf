import type { OutputStream } from './streams.js';

/** Narrower than this, a four-column table cannot show text at all. */
const MIN_WIDTH = 40;
/** Wider lines are unreadable; very wide terminals get this. */
const MAX_WIDTH = 400;
/** The classic terminal, for output whose reader's width is unknown (a pipe, a file, CI logs). */
export const DEFAULT_WIDTH = 80;

/**
 * Columns for human output: `COLUMNS` when set (the user's explicit choice, also for pipes), else
 * the stream's own width (a terminal), else 80.
 */
export function outputWidth(env: Readonly<Record<string, string | undefined>>, stream: OutputStream): number {
  const fromEnv = /^\s*\d+\s*$/u.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : undefined;
  const width = fromEnv !== undefined && fromEnv > 0 ? fromEnv : stream.columns !== undefined && stream.columns > 0 ? stream.columns : DEFAULT_WIDTH;
  return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.floor(width)));
}
