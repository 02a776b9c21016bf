import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTexts, type Finding } from '../../src/index.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const en = fixture('binance/en.txt');
const it_ = fixture('binance/it.txt');

async function negations(target: string): Promise<Finding[]> {
  return (await alignTexts(en, target, { from: 'en', to: 'it' })).findings.filter((finding) => finding.kind === 'negation');
}

function edit(before: string, after: string): string {
  expect(it_.split(before)).toHaveLength(2);
  return it_.replace(before, after);
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('negation findings on the seed pair', () => {
  it('a negation added to the verb of a long sentence is one warning on that pair, naming the word', async () => {
    const edited = edit('ha dichiarato in un comunicato', 'non ha dichiarato in un comunicato');
    const found = await negations(edited);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/Negation added: the translation negates “dichiarato”/u);
    expect(found[0]!.targetLines).toEqual([lineOf(edited, 'non ha dichiarato in un comunicato')]);
  });

  it('a negation dropped from a clause of a sentence that keeps another negation is one warning', async () => {
    const edited = edit('precisando che non è stata fornita', 'precisando che è stata fornita');
    const found = await negations(edited);
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/Negation dropped/u);
    expect(found[0]!.targetLines).toEqual([lineOf(edited, 'precisando che è stata fornita')]);
  });

  it('a legitimate recasting of a negation is silent: non solo, a second negator in concord', async () => {
    expect(await negations(it_)).toEqual([]);
    expect(await negations(edit('Non solo:', 'E non solo:'))).toEqual([]);
  });
});
