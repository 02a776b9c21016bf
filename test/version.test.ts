import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_NAME, TOOL_VERSION } from '../src/version.js';

describe('version', () => {
  it('matches package.json, so reports name the version that produced them', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
    expect({ name: TOOL_NAME, version: TOOL_VERSION }).toEqual({ name: pkg.name, version: pkg.version });
  });
});
