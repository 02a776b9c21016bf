/** The part of a writable stream the CLI uses (process.stdout, a test buffer, …). */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}
