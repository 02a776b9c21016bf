import { describe, expect, it } from 'vitest';
import { decodeInput, firstInvalidUtf8Offset, formatBytes, InputFileError, readInput, type InputFileSystem } from '../../src/cli/read-input.js';

function fakeFs(files: Record<string, Uint8Array | 'dir'>): InputFileSystem {
  return {
    async stat(path) {
      const entry = files[path];
      if (entry === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return { isDirectory: () => entry === 'dir', isFile: () => entry !== 'dir', size: entry === 'dir' ? 4096 : entry.byteLength };
    },
    async readFile(path) {
      const entry = files[path];
      if (entry === undefined || entry === 'dir') throw Object.assign(new Error('nope'), { code: 'EISDIR' });
      return entry;
    },
  };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const part of parts) yield utf8(part);
}

function options(files: Record<string, Uint8Array | 'dir'>, maxBytes = 1000, stdin: AsyncIterable<Uint8Array> = chunks()) {
  return { fs: fakeFs(files), maxBytes, stdin, resolvePath: (path: string) => path };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputFileError);
    return (error as Error).message;
  }
  throw new Error('expected the read to fail');
}

describe('readInput', () => {
  it('reads UTF-8, strips the BOM and normalises CRLF and CR', async () => {
    const input = await readInput('a.txt', options({ 'a.txt': utf8('\uFEFFOne.\r\nTwo.\rThree.') }));
    expect(input).toEqual({ path: 'a.txt', label: 'a.txt', text: 'One.\nTwo.\nThree.' });
  });

  it('reads stdin for -', async () => {
    const input = await readInput('-', options({}, 1000, chunks('Ciao ', 'mondo.')));
    expect(input).toEqual({ path: null, label: '<stdin>', text: 'Ciao mondo.' });
  });

  it.each([
    ['missing.txt', {}, 'missing.txt: no such file'],
    ['folder', { folder: 'dir' as const }, 'folder: is a directory, not a text file'],
    ['empty.txt', { 'empty.txt': utf8(' \n\t\n') }, 'empty.txt: is empty (no text to align)'],
    ['bin.dat', { 'bin.dat': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, 'bin.dat: looks like a binary file (NUL byte at offset 4), not text'],
    ['latin1.txt', { 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe8, 0x20, 0x62]) }, 'latin1.txt: is not valid UTF-8 (bad byte at offset 3); convert it to UTF-8 first'],
    ['utf16.txt', { 'utf16.txt': new Uint8Array([0xff, 0xfe, 0x41, 0x00]) }, 'utf16.txt: is UTF-16 encoded; save it as UTF-8'],
  ])('rejects %s with one clear line', async (path, files, message) => {
    expect(await failure(readInput(path, options(files)))).toBe(message);
  });

  it('rejects a file over the size limit before reading it', async () => {
    const message = await failure(readInput('big.txt', options({ 'big.txt': new Uint8Array(2048).fill(0x61) }, 1024)));
    expect(message).toBe('big.txt: is 2 kB, more than the 1 kB limit (raise it with --max-bytes)');
  });

  it('stops reading stdin once it passes the limit', async () => {
    const message = await failure(readInput('-', options({}, 10, chunks('0123456789', 'abc'))));
    expect(message).toMatch(/^<stdin>: is over 13 bytes, more than the 10 bytes limit/u);
  });
});

describe('UTF-8 helpers', () => {
  it('finds the first invalid byte after valid multi-byte characters', () => {
    const bytes = new Uint8Array([...utf8('più €'), 0xc3, 0x28]);
    expect(firstInvalidUtf8Offset(bytes)).toBe(utf8('più €').length);
  });

  it('rejects overlong and truncated sequences', () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
  });

  it('decodes text that is valid', () => {
    expect(decodeInput(utf8('Perché sì.'), 'x')).toBe('Perché sì.');
  });

  it('formats sizes for messages', () => {
    expect([formatBytes(512), formatBytes(1536), formatBytes(10 * 1024 * 1024)]).toEqual(['512 bytes', '1.5 kB', '10 MB']);
  });
});
