import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configJsonSchemaText } from '../../src/config/json-schema.js';

const shipped = readFileSync(new URL('../../schema/config.schema.json', import.meta.url), 'utf8');

describe('schema/config.schema.json', () => {
  it('is the JSON Schema of the zod config schema (regenerate it from configJsonSchemaText() when this fails)', () => {
    expect(shipped).toBe(configJsonSchemaText());
  });

  it('accepts a realistic config and rejects unknown keys, as the loader does', () => {
    const validate = new Ajv({ strict: false }).compile(configJsonSchema());
    const good = {
      $schema: './node_modules/article-align/schema/config.schema.json',
      failOn: 'error',
      format: ['sarif', 'github'],
      output: ['align.sarif'],
      inputFormat: 'markdown',
      batch: { sourceDir: 'en', targetDir: 'it', match: 'stem' },
      suppress: [{ paths: 'sport/**', figure: '30 yards', reason: 'converted to metres' }],
    };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, colour: true })).toBe(false);
    expect(validate({ failOn: 'sometimes' })).toBe(false);
  });
});
