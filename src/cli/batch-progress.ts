import type { PairOutcome } from '../batch/types.js';
import type { OutputStream } from './streams.js';

/**
 * A one-line progress bar on stderr for `align batch`, drawn only when stderr is a terminal, at most
 * ten times a second. Returns the per-pair callback and a `done` that clears the line.
 */
export function createBatchProgress(stderr: OutputStream, total: number, now: () => number = Date.now): {
  onOutcome: (outcome: PairOutcome, done: number, total: number) => void;
  done(): void;
} {
  if (stderr.isTTY !== true || total === 0) return { onOutcome: () => undefined, done: () => undefined };
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  let failed = 0;
  let drifted = 0;
  return {
    onOutcome: (outcome, done) => {
      if (outcome.report === undefined) failed += 1;
      else if (outcome.report.findings.length > 0) drifted += 1;
      const time = now();
      if (time - lastDraw < 100 && done < total) return;
      lastDraw = time;
      const width = Math.max(10, Math.min(30, (stderr.columns ?? 80) - 60));
      const filled = Math.round((done / total) * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const elapsed = ((time - started) / 1000).toFixed(1);
      stderr.write(`\r\u001b[2K${bar} ${done}/${total} pairs · ${drifted} with drift · ${failed} not checked · ${elapsed} s`);
      drawn = true;
    },
    done: () => {
      if (drawn) stderr.write('\r\u001b[2K');
    },
  };
}
