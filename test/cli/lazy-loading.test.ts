import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}

/** Every module URL a CLI run loads, recorded by a loader hook in a fresh Node process. */
function loadedModules(argv: string[], cwd = root): string[] {
  const dir = tempDir('align-lazy-');
  const hooks = join(dir, 'hooks.mjs');
  writeFileSync(hooks, "export async function load(url, context, next) { process.stderr.write(`@@module ${url}\\n`); return next(url, context); }\n");
  const register = `data:text/javascript,import { register } from 'node:module'; register(${JSON.stringify(`file://${hooks}`)});`;
  const script = `const { main } = await import(${JSON.stringify(`file://${join(root, 'src/cli/main.ts')}`)});
const sink = { write: () => true };
process.exitCode = await main({ argv: ${JSON.stringify(argv)}, stdin: process.stdin, stdout: sink, stderr: sink, env: {}, cwd: ${JSON.stringify(cwd)} });`;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', register, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(child.status === 0 || child.status === 1, child.stderr).toBe(true);
  return [...child.stderr.matchAll(/@@module (\S+)/g)].map((match) => match[1]).filter((url) => !url.includes('/node_modules/tsx/'));
}

const packagesOf = (urls: string[]) =>
  [...new Set(urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1]).filter((name) => name !== undefined))].sort();
const projectFiles = (urls: string[]) => urls.map((url) => /\/src\/(.+)$/.exec(url)?.[1]).filter((path): path is string => path !== undefined);

describe('the CLI loads only what a run needs', () => {
  it('--help and --version load commander and nothing else from node_modules', () => {
    for (const flag of ['--help', '--version']) {
      const urls = loadedModules([flag]);
      expect(packagesOf(urls)).toEqual(['commander']);
      const files = projectFiles(urls);
      expect(files.filter((file) => /^(pipeline|config|report\/(?!formats)|embed\/(?!kinds)|input\/(?!types))/.test(file))).toEqual([]);
    }
  });

  it('a plain-text run with known languages loads no Markdown, HTML, zod, franc, SARIF or HTML-report code', () => {
    const cwd = tempDir('align-lazy-run-'); // no config file up the tree of tmp
    const urls = loadedModules(['--from', 'en', '--to', 'it', '-f', 'json', join(root, 'fixtures/binance/en.txt'), join(root, 'fixtures/binance/it.txt')], cwd);
    const packages = packagesOf(urls);
    for (const heavy of ['zod', 'mdast-util-from-markdown', 'micromark', 'parse5', 'franc', '@huggingface/tokenizers', 'picomatch']) {
      expect(packages).not.toContain(heavy);
    }
    const files = projectFiles(urls);
    expect(files).toContain('pipeline.ts');
    expect(files.filter((file) => /^(config\/|input\/(markdown|html)|report\/(sarif|html|markdown|table)|lang\/detect|batch\/)/.test(file))).toEqual([]);
  });
});
