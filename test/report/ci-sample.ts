import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { PairOutcome } from '../../src/batch/types.js';
import type { AlignmentReport, Finding } from '../../src/types.js';

/**
 * fixtures/batch/sample-report.json: a hand-made report (Markdown-ish paths, three findings: a scale
 * mismatch in the Italian, an English `10.000` separator error, an omitted English sentence).
 * Line 3 of the English file holds two sentences, so columns are tested too.
 */
export function ciSampleReport(): AlignmentReport {
  return JSON.parse(readFileSync(new URL('../../fixtures/batch/sample-report.json', import.meta.url), 'utf8')) as AlignmentReport;
}

export function withFindings(report: AlignmentReport, findings: Finding[]): AlignmentReport {
  return { ...report, findings };
}

export function sampleOutcomes(): PairOutcome[] {
  const report = ciSampleReport();
  const clean = withFindings(
    { ...report, source: { ...report.source, path: 'stories/en/clean.md' }, target: { ...report.target, path: 'stories/it/clean.md' } },
    [],
  );
  return [
    { pair: { id: 'binance', source: 'stories/en/binance.md', target: 'stories/it/binance.md' }, report, durationMs: 1200 },
    { pair: { id: 'clean', source: 'stories/en/clean.md', target: 'stories/it/clean.md' }, report: clean, durationMs: 300 },
    {
      pair: { id: 'broken', source: 'stories/en/broken.md', target: 'stories/it/broken.md' },
      error: 'stories/it/broken.md: no such file',
      durationMs: 1,
    },
  ];
}

export const OPTIONS = { color: false, onlyDrift: false } as const;

const sarifSchema = JSON.parse(readFileSync(new URL('../../schema/sarif-2.1.0.json', import.meta.url), 'utf8')) as object;
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** Validates a SARIF log against the vendored official SARIF 2.1.0 schema; [] when valid. */
let compiled: ReturnType<Ajv['compile']> | undefined;

export function validateSarif(log: unknown): string[] {
  if (compiled === undefined) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(sarifSchema);
  }
  const validate = compiled;
  return validate(log) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
