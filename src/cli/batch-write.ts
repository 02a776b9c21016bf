import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes batch outputs atomically: to a temporary file beside the target, then a rename, so a
 * failed or interrupted run never leaves a half-written or clobbered report. Temporary files in
 * flight are tracked so an interrupt (SIGINT/SIGTERM) can remove them.
 *
 * Minimal batch-local version: the safety branch's shared writer (src/cli/write-output.ts) had not
 * landed when this was written; switch to it once it has.
 */
export class BatchOutputWriter {
  private readonly inFlight = new Set<string>();
  private aborted = false;

  async write(path: string, content: string): Promise<void> {
    if (this.aborted) return;
    await nodeFs.mkdir(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    this.inFlight.add(temp);
    try {
      await nodeFs.writeFile(temp, content);
      if (this.aborted) throw new Error('interrupted');
      await nodeFs.rename(temp, path);
    } catch (error) {
      await nodeFs.rm(temp, { force: true });
      if (this.aborted) return;
      throw error;
    } finally {
      this.inFlight.delete(temp);
    }
  }

  /** Stops further writes and removes any temporary file still in flight. */
  async abort(): Promise<void> {
    this.aborted = true;
    await Promise.all([...this.inFlight].map((temp) => nodeFs.rm(temp, { force: true })));
  }
}
