import { escapeJsonControls } from '../text/visible.js';
import type { AlignmentReport, FormatOptions } from '../types.js';

/**
 * The machine format: the whole report, versioned by `schemaVersion` and described by
 * schema/report.schema.json. `onlyDrift` does not apply: bead indexes in findings must stay valid.
 */
export function formatJson(report: AlignmentReport, _options: FormatOptions): string {
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
}
