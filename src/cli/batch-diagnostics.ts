import type { PairOutcome } from '../batch/types.js';
import type { SkippedFile } from '../batch/pairs.js';

/**
 * Control characters (ESC, newlines, …) in a file name or message are shown escaped (`\x1b`), so
 * a hostile name can neither drive the terminal nor split a diagnostic into a forged second line.
 */
export function visible(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/gu, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `align: ransom (stories/en/ransom.txt → stories/it/ransom.txt) not checked: <why>` — one line. */
export function pairDiagnosticLine(outcome: PairOutcome): string {
  const { id, source, target } = outcome.pair;
  return `align: ${visible(id)} (${visible(source)} → ${visible(target)}) not checked: ${visible(outcome.error ?? 'unknown error')}\n`;
}

/** `align: skipped stories/en/x.txt: a symlink to nothing (broken link)` — one line. */
export function skippedFileLine(file: SkippedFile): string {
  return `align: skipped ${visible(file.path)}: ${file.reason}\n`;
}
