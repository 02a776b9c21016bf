import * as fs from 'node:fs/promises';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BatchInputError, DEFAULT_DIRECTORY_RULE, discoverPairs, readManifest, resolveBatchInput, type PairsFileSystem } from '../../src/batch/pairs.js';

const nodeFs = fs as unknown as PairsFileSystem;
let root: string;

function file(path: string, content = 'Text.\n'): void {
  const full = join(root, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, content);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'align-pairs-'));
});

describe('discoverPairs', () => {
  it('pairs en/ and it/ files by name, subfolders included, paths relative to cwd', async () => {
    file('stories/en/a.md');
    file('stories/it/a.md');
    file('stories/en/world/b.md');
    file('stories/it/world/b.md');
    file('stories/en/.draft.md');
    const { pairs, unpaired } = await discoverPairs(nodeFs, 'stories', root);
    expect(pairs).toEqual([
      { id: 'a', source: 'stories/en/a.md', target: 'stories/it/a.md' },
      { id: 'world/b', source: 'stories/en/world/b.md', target: 'stories/it/world/b.md' },
    ]);
    expect(unpaired).toEqual([]);
  });

  it('reports a story without translation, and a translation without original, as broken pairs', async () => {
    file('s/en/a.txt');
    file('s/en/b.txt');
    file('s/it/a.txt');
    file('s/it/c.txt');
    const { pairs, unpaired } = await discoverPairs(nodeFs, 's', root);
    expect(pairs.map((pair) => pair.id)).toEqual(['a']);
    expect(unpaired.map((entry) => entry.error)).toEqual([
      's/en/b.txt: no translation found (expected s/it/b.txt)',
      's/it/c.txt: no original found (expected s/en/c.txt)',
    ]);
  });

  it('can match by stem, use other folder names and filter with globs', async () => {
    file('s/en-GB/a.md');
    file('s/it-IT/a.html');
    file('s/en-GB/b.txt');
    file('s/it-IT/b.txt');
    const rule = { ...DEFAULT_DIRECTORY_RULE, sourceDir: 'en-GB', targetDir: 'it-IT', match: 'stem' as const, include: ['*.md'] };
    const { pairs, unpaired } = await discoverPairs(nodeFs, 's', root, rule);
    expect(pairs).toEqual([{ id: 'a', source: 's/en-GB/a.md', target: 's/it-IT/a.html' }]);
    expect(unpaired).toEqual([]);
  });

  it('fails the whole run when the folders are not there', async () => {
    file('s/en/a.txt');
    await expect(discoverPairs(nodeFs, 's', root)).rejects.toThrow('s: no "it" folder');
  });
});

describe('readManifest', () => {
  it('reads JSON (a list or {pairs}) with paths relative to the manifest', async () => {
    file('m/pairs.json', JSON.stringify({ pairs: [{ source: 'en/a.txt', target: 'it/a.txt' }, { id: 'x', source: '../b.txt', target: '../c.txt' }] }));
    expect(await readManifest(nodeFs, 'm/pairs.json', root)).toEqual([
      { id: 'a', source: 'm/en/a.txt', target: 'm/it/a.txt' },
      { id: 'x', source: 'b.txt', target: 'c.txt' },
    ]);
  });

  it('reads CSV with a header, quoted cells and an optional id column', async () => {
    file('pairs.csv', 'id,source,target\r\nfirst,"en/a, b.txt",it/a.txt\n,en/c.txt,it/c.txt\n\n');
    expect(await readManifest(nodeFs, 'pairs.csv', root)).toEqual([
      { id: 'first', source: 'en/a, b.txt', target: 'it/a.txt' },
      { id: 'c', source: 'en/c.txt', target: 'it/c.txt' },
    ]);
  });

  it('names the file and the place of a problem', async () => {
    file('bad.csv', 'source,target\nen/a.txt,\n');
    await expect(readManifest(nodeFs, 'bad.csv', root)).rejects.toThrow('bad.csv:2: needs both a source and a target path');
    file('bad.json', '[{"source": "a"}]');
    await expect(readManifest(nodeFs, 'bad.json', root)).rejects.toThrow('bad.json: pairs[0] needs string "source" and "target" paths');
    file('head.csv', 'en,it\na,b\n');
    await expect(readManifest(nodeFs, 'head.csv', root)).rejects.toThrow(BatchInputError);
  });
});

describe('resolveBatchInput', () => {
  it('reads a folder as a batch folder and a file as a manifest', async () => {
    file('d/en/a.txt');
    file('d/it/a.txt');
    file('list.json', '[{"source": "d/en/a.txt", "target": "d/it/a.txt"}]');
    const fromDir = await resolveBatchInput(nodeFs, 'd', root, DEFAULT_DIRECTORY_RULE);
    const fromManifest = await resolveBatchInput(nodeFs, 'list.json', root, DEFAULT_DIRECTORY_RULE);
    expect(fromDir.pairs).toEqual(fromManifest.pairs);
    await expect(resolveBatchInput(nodeFs, 'nope', root, DEFAULT_DIRECTORY_RULE)).rejects.toThrow('nope: no such file or folder');
  });
});
