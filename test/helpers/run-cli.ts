import { main, type CliFileSystem } from '../../src/cli/main.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  stdin?: string;
  env?: Record<string, string | undefined>;
  cwd?: string;
  fs?: CliFileSystem;
  stdoutIsTTY?: boolean;
  /** The stream's width; null for none (a pipe or a file). Default 120. */
  stdoutColumns?: number | null;
}

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;

/** Runs the CLI in-process with captured streams, as a user would from the project root. */
export async function runCli(argv: string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  async function* stdin(): AsyncIterable<Uint8Array> {
    if (options.stdin !== undefined) yield new TextEncoder().encode(options.stdin);
  }
  const exitCode = await main({
    argv,
    stdin: stdin(),
    stdout: {
      write: (chunk: string) => (stdout += chunk),
      isTTY: options.stdoutIsTTY ?? false,
      ...(options.stdoutColumns === null ? {} : { columns: options.stdoutColumns ?? 120 }),
    },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    env: options.env ?? {},
    cwd: options.cwd ?? PROJECT_ROOT,
    ...(options.fs === undefined ? {} : { fs: options.fs }),
  });
  return { exitCode, stdout, stderr };
}
