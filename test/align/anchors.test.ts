import { describe, expect, it } from 'vitest';
import { anchorKeys, uniqueAnchorPairs } from '../../src/align/anchors.js';

describe('anchor keys', () => {
  it('keeps digits without separators, so 10,000 and 10.000 agree, and names/acronyms in lower case', () => {
    expect(anchorKeys('Binance paid 10,000 dollars to the KYC team in 2019.')).toEqual(
      new Set(['#10000', '#2019', 'n:binance', 'n:kyc']),
    );
    expect(anchorKeys('Binance ha pagato 10.000 dollari al team KYC nel 2019.')).toEqual(
      new Set(['#10000', '#2019', 'n:binance', 'n:kyc']),
    );
  });

  it('adds figure keys', () => {
    const figure = { surface: '$ 3 million', start: 0, end: 11, kind: 'currency' as const, value: 3e6, unit: 'USD', key: 'USD:3e6' };
    expect(anchorKeys('over $ 3 million', [figure])).toContain('f:USD:3e6');
  });

  it('pairs only keys found in exactly one sentence on each side', () => {
    const source = [new Set(['#2019', 'n:binance']), new Set(['n:binance']), new Set(['#300'])];
    const target = [new Set(['n:binance']), new Set(['#2019']), new Set(['#300', '#7'])];
    const pairs = uniqueAnchorPairs(source, target).map((list) => [...list]);
    expect(pairs).toEqual([[1], [], [2]]);
  });
});
