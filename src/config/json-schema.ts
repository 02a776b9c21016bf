import { z } from 'zod';
import { configSchema } from './schema.js';

/**
 * The config file's JSON Schema (draft-07), derived from the zod schema so editors can complete and
 * check align.config.json via `"$schema": "./node_modules/article-align/schema/config.schema.json"`.
 * schema/config.schema.json is this, pretty-printed; test/config/json-schema.test.ts keeps them equal.
 */
export function configJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://article-align.dev/schema/config.schema.json',
    title: 'article-align configuration',
    description:
      'align.config.json, .alignrc.json or the "align" key of package.json. Every command-line flag has a key here (camelCase); flags win over the file. Relative paths are relative to the file.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
