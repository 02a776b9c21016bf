import type { ProgressCallback } from '../types.js';
import type { OutputStream } from './streams.js';

/**
 * Progress on stderr, only when a person is watching (TTY), redrawn at most ten times a second.
 * Returns the callback and a `done` that clears the line.
 */
export function createProgress(stderr: OutputStream): { onProgress: ProgressCallback | undefined; done(): void } {
  if (stderr.isTTY !== true) return { onProgress: undefined, done: () => undefined };
  let lastDraw = 0;
  let drawn = false;
  const onProgress: ProgressCallback = ({ stage, done, total }) => {
    const now = Date.now();
    if (now - lastDraw < 100 && done < total) return;
    lastDraw = now;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 0;
    stderr.write(`\r\u001b[2K${stage}: ${done}/${total} (${percent}%)`);
    drawn = true;
  };
  return {
    onProgress,
    done: () => {
      if (drawn) stderr.write('\r\u001b[2K');
    },
  };
}
