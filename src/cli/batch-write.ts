import { relative } from 'node:path';
import { removePendingTempFiles, writeFileAtomic } from '../files/index.js';

/**
 * Writes a batch's outputs with the shared atomic writer (temporary file beside the target, then a
 * rename), and stops cleanly on an interrupt: no write starts after `abort`, and the temporary file
 * of a write in flight is removed, so no half-written or clobbered report is ever left behind.
 */
export class BatchOutputWriter {
  private aborted = false;

  constructor(private readonly cwd: string) {}

  async write(path: string, content: string): Promise<void> {
    if (this.aborted) return;
    try {
      await writeFileAtomic(path, content, { label: relative(this.cwd, path) || path });
    } catch (error) {
      // An interrupt removed the temporary file under the write: not an error of its own.
      if (this.aborted) return;
      throw error;
    }
  }

  /** Stops further writes and removes the temporary files of writes in flight. */
  abort(): void {
    this.aborted = true;
    removePendingTempFiles();
  }
}
