import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

const readSchema = (name: string): object => JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema', name), 'utf8')) as object;

function validateBatch(json: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(readSchema('report.schema.json'));
  const validate = ajv.compile(readSchema('batch-report.schema.json'));
  return validate(json) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

describe('schema/batch-report.schema.json', () => {
  it('validates `align batch -f json` output, with checked pairs and a pair that could not be checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'align-batch-schema-'));
    cpSync(join(PROJECT_ROOT, 'fixtures/batch/stories'), join(dir, 'stories'), { recursive: true });
    writeFileSync(join(dir, 'stories/en/orphan.txt'), 'A story nobody translated yet.\n');
    const run = await runCli(['batch', 'stories', '--jobs', '1', '-f', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const json = JSON.parse(run.stdout) as { pairs: Array<{ id: string; error?: string }> };
    expect(json.pairs.map((pair) => pair.id)).toEqual(['orphan', 'ransom', 'rates']);
    expect(validateBatch(json)).toEqual([]);
  }, 120_000);

  it('rejects a pair with neither report nor error, and unknown fields', () => {
    const broken = {
      schemaVersion: '1.0.0',
      kind: 'batch',
      tool: { name: 'article-align', version: '0.1.0' },
      jobs: 1,
      durationMs: 5,
      summary: { pairs: 1, clean: 0, drift: 0, notATranslation: 0, notChecked: 1, findings: { error: 0, warning: 0, info: 0 } },
      pairs: [{ id: 'a', source: 'en/a.txt', target: 'it/a.txt', durationMs: 0, colour: 'red' }],
    };
    expect(validateBatch(broken).length).toBeGreaterThanOrEqual(2);
  });

  it('is exported by the package', () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { exports: Record<string, string> };
    expect(manifest.exports['./schema/batch-report.schema.json']).toBe('./schema/batch-report.schema.json');
  });
});

describe('BATCH_FORMAT_NAMES', () => {
  it('names exactly the batch formatters (the list lets the CLI start without loading them)', async () => {
    const { BATCH_FORMAT_NAMES } = await import('../../src/cli/batch-formats.js');
    const { BATCH_FORMATTERS } = await import('../../src/cli/batch-output.js');
    expect([...BATCH_FORMAT_NAMES].sort()).toEqual(Object.keys(BATCH_FORMATTERS).sort());
  });
});
