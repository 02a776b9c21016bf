import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignTexts, type Finding } from '../../src/index.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const en = fixture('binance/en.txt');
const it_ = fixture('binance/it.txt');

async function findings(target: string): Promise<Finding[]> {
  return (await alignTexts(en, target, { from: 'en', to: 'it' })).findings;
}

/** Replaces the one occurrence of `before` in the Italian seed (fails loudly if it is not unique). */
function edit(before: string, after: string): string {
  expect(it_.split(before)).toHaveLength(2);
  return it_.replace(before, after);
}

const kinds = (list: readonly Finding[]) => list.map((finding) => finding.kind);

describe('names and negation on the seed pair', () => {
  it('the unedited pair gives only its three number-format findings', async () => {
    expect(kinds(await findings(it_))).toEqual(['number-format', 'number-format', 'number-format']);
  });

  it('Binance → Kraken in one Italian sentence gives exactly one name-mismatch, on that pair', async () => {
    const edited = edit('hack subito da Binance lo scorso anno', 'hack subito da Kraken lo scorso anno');
    const result = await findings(edited);
    const names = result.filter((finding) => finding.kind === 'name-mismatch');
    expect(names).toHaveLength(1);
    expect(names[0]!.severity).toBe('warning');
    expect(names[0]!.message).toMatch(/Binance.*Kraken/u);
    const line = edited.split('\n').findIndex((l) => l.includes('da Kraken')) + 1;
    expect(names[0]!.targetLines).toEqual([line]);
    expect(kinds(result).filter((kind) => kind !== 'number-format')).toEqual(['name-mismatch']);
  });

  it('adding non to one Italian verb gives exactly one negation, on that pair', async () => {
    const edited = edit('probabilmente i dati sono stati rubati', 'probabilmente i dati non sono stati rubati');
    const result = await findings(edited);
    const negations = result.filter((finding) => finding.kind === 'negation');
    expect(negations).toHaveLength(1);
    expect(negations[0]!.message).toMatch(/Negation added/u);
    const line = edited.split('\n').findIndex((l) => l.includes('non sono stati rubati')) + 1;
    expect(negations[0]!.targetLines).toEqual([line]);
    expect(kinds(result).filter((kind) => kind !== 'number-format')).toEqual(['negation']);
  });
});
