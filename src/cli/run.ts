import { removePendingTempFiles } from '../files/index.js';
import { main } from './main.js';

/** The process boundary: the only place that reads `process`. */
export async function run(): Promise<void> {
  // A reader that closes the pipe early (`align … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // Interrupted while writing an -o file: the temporary file goes, the old file stays whole. When
  // `align batch` listens too, it decides how to stop; this one only acts alone.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) > 1) return;
      removePendingTempFiles();
      process.exit(code);
    });
  }
  process.on('exit', removePendingTempFiles);
  process.exitCode = await main({
    argv: process.argv.slice(2),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    onSignal: (handler) => {
      const signals = ['SIGINT', 'SIGTERM'] as const;
      let received = 0;
      // The first signal asks for a clean stop; a second one ends the process at once.
      const listener = (signal: 'SIGINT' | 'SIGTERM'): void => {
        received += 1;
        if (received > 1) process.exit(signal === 'SIGINT' ? 130 : 143);
        handler(signal);
      };
      for (const signal of signals) process.on(signal, listener);
      return () => {
        for (const signal of signals) process.off(signal, listener);
      };
    },
  });
}
