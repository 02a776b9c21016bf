import { describe, expect, it } from 'vitest';
import { declaredLanguageContradiction, type DeclaredSide } from '../../src/lang/declared.js';

const side = (flag: string, declared: string, detected: string | null, reliable = true): DeclaredSide => ({
  flag,
  label: `${flag === '--from' ? 'en' : 'it'}.txt`,
  declared,
  detected,
  detectedName: detected === 'en' ? 'English' : 'Italian',
  reliable,
});

describe('declaredLanguageContradiction', () => {
  it('names swapped --from/--to', () => {
    expect(declaredLanguageContradiction([side('--from', 'it', 'en'), side('--to', 'en', 'it')])).toBe(
      'the declared languages contradict detection: --from it but en.txt reads as English (en); --to en but it.txt reads as Italian (it); are --from and --to swapped?',
    );
  });

  it('agrees with a regional tag of the detected language', () => {
    expect(declaredLanguageContradiction([side('--from', 'en-GB', 'en'), side('--to', 'it-CH', 'it')])).toBeUndefined();
  });

  it('says nothing when detection is unsure', () => {
    expect(declaredLanguageContradiction([side('--from', 'it', 'en', false), side('--to', 'en', 'it', false)])).toBeUndefined();
  });

  it('one wrong side is not called a swap', () => {
    expect(declaredLanguageContradiction([side('--from', 'it', 'en'), side('--to', 'it', 'it')])).toMatch(/--from it but en\.txt reads as English \(en\); correct them/u);
  });
});
