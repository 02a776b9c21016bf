import { execFileSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  assertOutputsAreNotInputs,
  describeTooLarge,
  FileAccessError,
  isNodeFileSystem,
  OutsidePathError,
  readRegularFile,
  readRegularFileSync,
  resolveInside,
  writeFileAtomic,
} from '../../src/files/index.js';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'align-files-'));

async function failure(promise: Promise<unknown>): Promise<FileAccessError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FileAccessError);
    expect((error as Error).message.split('\n')).toHaveLength(1);
    return error as FileAccessError;
  }
  throw new Error('expected a FileAccessError');
}

// The blocking variant (batch workers) must behave exactly like the asynchronous one.
const readers: Array<[string, typeof readRegularFile]> = [
  ['readRegularFile', readRegularFile],
  ['readRegularFileSync', async (path, options) => readRegularFileSync(path, options)],
];

describe.each(readers)('%s', (_name, read) => {
  it('reads a regular file', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'hello');
    expect((await read(join(dir, 'a.txt'), { maxBytes: 10 })).toString()).toBe('hello');
  });

  it('refuses a FIFO at once instead of hanging on it', async () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const error = await failure(read(join(dir, 'pipe'), { maxBytes: 10, label: 'pipe', what: 'config' }));
    expect(error.message).toBe('pipe (config): is a named pipe (FIFO), not a regular file');
  });

  it('refuses a symlink to /dev/zero instead of filling memory', async () => {
    const dir = scratch();
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    expect((await failure(read(join(dir, 'zero.json'), { maxBytes: 10, label: 'zero.json' }))).message).toBe(
      'zero.json: is a device, not a regular file',
    );
  });

  it('refuses a folder and a missing file, naming them', async () => {
    const dir = scratch();
    expect((await failure(read(dir, { maxBytes: 10, label: 'dir' }))).message).toBe('dir: is a directory, not a file');
    expect((await failure(read(join(dir, 'nope'), { maxBytes: 10, label: 'nope' }))).code).toBe('ENOENT');
  });

  it('refuses a file over the limit with exact byte counts when the rounded sizes match', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big'), Buffer.alloc(2049, 97));
    expect((await failure(read(join(dir, 'big'), { maxBytes: 2048, label: 'big' }))).message).toBe(
      'big: is 2,049 bytes, more than the 2,048-byte (2 kB) limit',
    );
    expect(describeTooLarge(10_485_761, 10 * 1024 * 1024)).toBe('is 10,485,761 bytes, more than the 10,485,760-byte (10 MB) limit');
    expect(describeTooLarge(12 * 1024 * 1024, 10 * 1024 * 1024)).toBe('is 12 MB, more than the 10 MB limit');
  });

  it('makes control characters in the name visible', async () => {
    const error = await failure(read('/nonexistent/\u001b]0;pwned\u0007\nalign: ok', { maxBytes: 10 }));
    expect(error.message).not.toMatch(/[\u0000-\u001f]/u);
    expect(error.message).toContain('\\x1b]0;pwned\\x07\\nalign: ok');
  });
});

describe('isNodeFileSystem', () => {
  it('knows node:fs/promises also through a namespace object of its own (the CommonJS bundle makes one per module)', () => {
    expect(isNodeFileSystem(nodeFs)).toBe(true);
    expect(isNodeFileSystem({ ...nodeFs })).toBe(true);
    expect(isNodeFileSystem({ readFile: async () => new Uint8Array() })).toBe(false);
  });
});

describe('resolveInside', () => {
  it('accepts paths inside, also through a symlink that stays inside', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'a.md'), 'x');
    symlinkSync(join(dir, 'en', 'a.md'), join(dir, 'link.md'));
    expect(await resolveInside(dir, 'en/a.md')).toBe(join(dir, 'en', 'a.md'));
    expect(await resolveInside(dir, 'link.md')).toBe(join(dir, 'link.md'));
    expect(await resolveInside(dir, 'new/out.json')).toBe(join(dir, 'new', 'out.json'));
  });

  it("refuses '..', an absolute path and a symlink out, unless allowed", async () => {
    const root = scratch();
    const dir = join(root, 'project');
    mkdirSync(dir);
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync(join(root, 'secret.txt'), join(dir, 'innocent.md'));
    for (const [path, how] of [
      ['../secret.txt', "'..'"],
      [join(root, 'secret.txt'), 'an absolute path'],
      ['innocent.md', 'a symlink'],
    ] as const) {
      const error = await failure(resolveInside(dir, path, { baseLabel: 'the project', hint: '(pass --allow-outside)' }));
      expect(error).toBeInstanceOf(OutsidePathError);
      expect(error.message).toBe(`${path}: points outside the project (through ${how}) (pass --allow-outside)`);
      expect(await resolveInside(dir, path, { allowOutside: true })).toMatch(/secret\.txt$|innocent\.md$/u);
    }
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step, keeps its mode and leaves no temporary file', async () => {
    const dir = scratch();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'old');
    chmodSync(path, 0o640);
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('creates missing folders', async () => {
    const dir = scratch();
    await writeFileAtomic(join(dir, 'a', 'b', 'out.txt'), 'x');
    expect(readFileSync(join(dir, 'a', 'b', 'out.txt'), 'utf8')).toBe('x');
  });

  it('names the path and the problem in one line', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'file'), 'x');
    expect((await failure(writeFileAtomic(dir, 'x', { label: 'dir' }))).message).toBe('dir: is a directory; give a file name');
    expect((await failure(writeFileAtomic(join(dir, 'file', 'out.json'), 'x', { label: 'file/out.json' }))).message).toBe(
      'file/out.json: a part of the path is a file, not a folder',
    );
    expect((await failure(writeFileAtomic('/dev/full', 'x'))).message).toBe('/dev/full: no space left on the device');
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('x');
  });

  it('writes an existing device directly', async () => {
    await writeFileAtomic('/dev/null', 'discarded');
  });
});

describe('assertOutputsAreNotInputs', () => {
  it('catches an output that is an input by name, symlink or hard link', async () => {
    const dir = scratch();
    const input = join(dir, 'en.txt');
    writeFileSync(input, 'article');
    symlinkSync(input, join(dir, 'soft.txt'));
    linkSync(input, join(dir, 'hard.txt'));
    for (const name of ['en.txt', 'soft.txt', 'hard.txt']) {
      const error = await failure(assertOutputsAreNotInputs([{ path: join(dir, name), label: name }], [{ path: input, label: 'en.txt' }]));
      expect(error.message).toMatch(new RegExp(`^refusing to write ${name.replace('.', '\\.')}: it is the input en\\.txt`, 'u'));
    }
    await assertOutputsAreNotInputs([{ path: join(dir, 'report.json'), label: 'report.json' }], [{ path: input, label: 'en.txt' }]);
    expect(readFileSync(input, 'utf8')).toBe('article');
  });

  it('catches two outputs that are the same file', async () => {
    const dir = scratch();
    const a = join(dir, 'a.json');
    await failure(assertOutputsAreNotInputs([{ path: a, label: 'a.json' }, { path: join(dir, '.', 'a.json'), label: './a.json' }], []));
  });
});
