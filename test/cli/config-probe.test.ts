import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, loadConfig } from '../../src/config/index.js';
import { mayHaveConfig, PROBED_CONFIG_FILE_NAMES } from '../../src/cli/config-probe.js';

/** A folder tree under tmp: the probe walks up to the root, so cases sit below a fresh folder. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'align-probe-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('mayHaveConfig', () => {
  it('searches the names config/load.ts searches', () => {
    expect(PROBED_CONFIG_FILE_NAMES).toEqual(CONFIG_FILE_NAMES);
  });

  const cases: Array<[string, Record<string, string>]> = [
    ['align.config.json upward', { 'align.config.json': '{}', 'a/b/.keep': '' }],
    ['.alignrc.json', { '.alignrc.json': '{"presplit": true}', 'a/b/.keep': '' }],
    ['package.json with align', { 'package.json': '{"name":"x","align":{"failOn":"error"}}', 'a/b/.keep': '' }],
    ['package.json without align', { 'package.json': '{"name":"x"}', 'a/b/.keep': '' }],
    ['broken package.json', { 'package.json': '{"name":', 'a/b/.keep': '' }],
    ['no config', { 'a/b/.keep': '' }],
  ];
  for (const [name, files] of cases) {
    it(`agrees with loadConfig: ${name}`, async () => {
      const cwd = join(tree(files), 'a/b');
      const probed = await mayHaveConfig({ cwd, fs });
      const loaded = await loadConfig({ cwd, fs }).then(
        (config) => config !== undefined,
        () => true, // an error is reported by loadConfig, so the probe must let it run
      );
      expect(probed).toBe(loaded);
    });
  }

  it('says yes to an explicit --config without looking', async () => {
    expect(await mayHaveConfig({ cwd: '/nonexistent', explicit: 'x.json', fs })).toBe(true);
  });
});
