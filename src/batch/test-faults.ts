/**
 * TEST-ONLY fault injection for the batch worker, so tests can prove that one pair which crashes,
 * runs out of memory or hangs is reported as an error for that pair while the others finish.
 *
 * It is switched on only by the environment variable `ALIGN_TEST_FAULT`, which no user sets:
 * `ALIGN_TEST_FAULT=crash:<id>,oom:<id>,hang:<id>` makes the worker misbehave on the pair with that
 * id. Nothing else reads it, and without it this module does nothing.
 */
export type FaultKind = 'crash' | 'oom' | 'hang';

export const TEST_FAULT_ENV = 'ALIGN_TEST_FAULT';

/** Parses `crash:a,hang:b`; unknown kinds are ignored. */
export function parseTestFaults(value: string | undefined): Map<string, FaultKind> {
  const faults = new Map<string, FaultKind>();
  for (const item of (value ?? '').split(',')) {
    const colon = item.indexOf(':');
    const kind = item.slice(0, colon);
    if (colon > 0 && (kind === 'crash' || kind === 'oom' || kind === 'hang')) faults.set(item.slice(colon + 1), kind);
  }
  return faults;
}

/** Misbehaves as asked, in the worker, before the pair is checked; resolves at once when no fault is set. */
export function injectFault(kind: FaultKind | undefined, id: string): Promise<void> {
  if (kind === undefined) return Promise.resolve();
  // Tells a test watching stderr that the batch is now midway.
  process.stderr.write(`test fault: ${kind} on pair ${id}\n`);
  if (kind === 'crash') {
    // Thrown outside any promise chain: an uncaught exception that takes the worker down.
    setImmediate(() => {
      throw new Error(`test fault: crash on pair ${id}`);
    });
    return new Promise<void>(() => undefined);
  }
  if (kind === 'oom') {
    const hoard: number[][] = [];
    for (;;) hoard.push(Array.from({ length: 1_000_000 }, (_, index) => index));
  }
  // hang: a busy loop that only terminating the worker stops.
  for (;;) {
    /* spin */
  }
}
