import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { sampleReport } from '../helpers/sample-report.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object;

export function validateReport(json: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  return validate(json) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

describe('formatJson', () => {
  it('writes the whole report as JSON that validates against the shipped schema', () => {
    const parsed: unknown = JSON.parse(formatJson(sampleReport(), { color: false, onlyDrift: false }));
    expect(parsed).toEqual(sampleReport());
    expect(validateReport(parsed)).toEqual([]);
  });

  it('the schema rejects unknown finding kinds and missing fingerprints', () => {
    const report = sampleReport();
    const broken = JSON.parse(JSON.stringify(report)) as { findings: Array<Record<string, unknown>> };
    broken.findings[0]!.kind = 'figure-wobble';
    delete broken.findings[1]!.fingerprint;
    expect(validateReport(broken).length).toBeGreaterThanOrEqual(2);
  });
});
