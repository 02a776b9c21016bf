import type { PairOutcome } from '../batch/types.js';
import type { SkippedFile } from '../batch/pairs.js';
import { visible } from '../text/visible.js';

export { visible } from '../text/visible.js';

/** `align: ransom (stories/en/ransom.txt → stories/it/ransom.txt) not checked: <why>` — one line. */
export function pairDiagnosticLine(outcome: PairOutcome): string {
  const { id, source, target } = outcome.pair;
  return `align: ${visible(id)} (${visible(source)} → ${visible(target)}) not checked: ${visible(outcome.error ?? 'unknown error')}\n`;
}

/** `align: skipped stories/en/x.txt: a symlink to nothing (broken link)` — one line. */
export function skippedFileLine(file: SkippedFile): string {
  return `align: skipped ${visible(file.path)}: ${file.reason}\n`;
}
