import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../../src/report/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/report/formats.js';

describe('lazily loaded formatters', () => {
  it('list the same names as FORMATTERS, in the same order', () => {
    expect(FORMAT_NAMES).toEqual(Object.keys(FORMATTERS));
  });

  it('load the very formatter FORMATTERS holds for each name', async () => {
    for (const name of FORMAT_NAMES) expect(await loadFormatter(name)).toBe(FORMATTERS[name]);
  });

  it('reject an unknown name', async () => {
    expect(isFormatName('toString')).toBe(false);
    await expect(loadFormatter('pdf')).rejects.toThrow(/unknown format "pdf"/);
  });
});
