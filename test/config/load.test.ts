import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig, type ConfigFileSystem } from '../../src/config/index.js';

/** An in-memory file system: path → content; anything else is ENOENT. */
function memoryFs(files: Record<string, string>): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    async readFile(path: string) {
      reads.push(path);
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextEncoder().encode(content);
    },
  };
}

async function loadError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig discovery', () => {
  it('finds align.config.json in a parent folder', async () => {
    const fs = memoryFs({ '/repo/align.config.json': '{"failOn": "error", "format": ["github", "sarif"]}' });
    const loaded = await loadConfig({ cwd: '/repo/stories/2024', fs });
    expect(loaded?.path).toBe('/repo/align.config.json');
    expect(loaded?.dir).toBe('/repo');
    expect(loaded?.config).toEqual({ failOn: 'error', format: ['github', 'sarif'] });
  });

  it('prefers the nearest folder, and align.config.json over .alignrc.json over package.json', async () => {
    const fs = memoryFs({
      '/repo/align.config.json': '{"failOn": "error"}',
      '/repo/stories/.alignrc.json': '{"failOn": "info"}',
      '/repo/stories/package.json': '{"name": "x", "align": {"failOn": "never"}}',
    });
    expect((await loadConfig({ cwd: '/repo/stories', fs }))?.config.failOn).toBe('info');
  });

  it('reads package.json#align and skips a package.json without it', async () => {
    const fs = memoryFs({
      '/repo/a/package.json': '{"name": "no-align-here"}',
      '/repo/package.json': '{"name": "x", "align": {"inputFormat": "markdown", "batch": {"sourceDir": "en-GB", "match": "stem"}}}',
    });
    const loaded = await loadConfig({ cwd: '/repo/a', fs });
    expect(loaded?.path).toBe('/repo/package.json');
    expect(loaded?.key).toBe('align');
    expect(loaded?.config).toEqual({ inputFormat: 'markdown', batch: { sourceDir: 'en-GB', match: 'stem' } });
  });

  it('returns undefined when there is no config anywhere', async () => {
    expect(await loadConfig({ cwd: '/a/b', fs: memoryFs({}) })).toBeUndefined();
  });

  it('--config names the file explicitly, relative to cwd, and it must exist', async () => {
    const fs = memoryFs({ '/repo/ci/align.json': '{"jobs": 4}' });
    expect((await loadConfig({ cwd: '/repo', explicit: 'ci/align.json', fs }))?.config).toEqual({ jobs: 4 });
    expect(await loadError(loadConfig({ cwd: '/repo', explicit: 'missing.json', fs }))).toBe('missing.json: config file not found');
  });
});

describe('config validation errors name the file and the key', () => {
  it('reports several mistakes as one line: the first, and how many more', async () => {
    const fs = memoryFs({
      '/repo/align.config.json': JSON.stringify({ failOn: 'sometimes', maxSentences: '10', colour: true, batch: { jobs: 0 } }),
    });
    const message = await loadError(loadConfig({ cwd: '/repo', fs }));
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^\/repo\/align\.config\.json: (failOn|maxSentences|colour|batch\.jobs): .* \(and 3 more problems\)$/u);
  });

  it('names one mistake without a count', async () => {
    const fs = memoryFs({ '/repo/align.config.json': JSON.stringify({ colour: true }) });
    expect(await loadError(loadConfig({ cwd: '/repo', fs }))).toBe('/repo/align.config.json: colour: unknown option');
  });

  it('prefixes keys inside package.json with align.', async () => {
    const fs = memoryFs({ '/repo/package.json': '{"align": {"suppress": [{"paths": "it/**"}]}}' });
    const message = await loadError(loadConfig({ cwd: '/repo', fs }));
    expect(message).toBe('/repo/package.json: align.suppress[0]: a suppression needs at least one of "kind", "figure" or "conversion"');
  });

  it('reports invalid JSON with the file name', async () => {
    const fs = memoryFs({ '/repo/.alignrc.json': '{"failOn": ' });
    expect(await loadError(loadConfig({ cwd: '/repo', fs }))).toMatch(/^\/repo\/\.alignrc\.json: invalid JSON \(/u);
  });

  it('accepts every flag-settable option', () => {
    const config = parseConfig(
      {
        $schema: './node_modules/article-align/schema/config.schema.json',
        from: 'en',
        to: 'it',
        format: 'sarif',
        output: 'align.sarif',
        onlyDrift: true,
        failOn: 'warning',
        presplit: false,
        maxBytes: '2mb',
        maxSentences: 5000,
        color: false,
        embedder: 'lexical',
        model: 'models/m2v',
        cacheDir: '.cache/align',
        cache: true,
        inputFormat: 'auto',
        baseline: 'align-baseline.json',
        jobs: 2,
        batch: { sourceDir: 'en', targetDir: 'it', match: 'name', include: ['**/*.md'] },
        suppress: [{ paths: 'it/sport/**', kind: 'figure-mismatch', figure: '30 yards', reason: 'converted to metres' }],
      },
      'align.config.json',
    );
    expect(config.suppress?.[0]?.figure).toBe('30 yards');
  });
});
