import { describe, expect, it } from 'vitest';
import { languageOf, parseLanguageTag } from '../../src/lang/tags.js';

describe('parseLanguageTag', () => {
  it('canonicalises BCP 47 tags and splits language and region', () => {
    expect(parseLanguageTag('en-GB')).toEqual({ tag: 'en-GB', language: 'en', region: 'GB' });
    expect(parseLanguageTag('it_ch')).toEqual({ tag: 'it-CH', language: 'it', region: 'CH' });
    expect(parseLanguageTag('EN')).toEqual({ tag: 'en', language: 'en' });
    expect(parseLanguageTag('zh-hant-tw')).toEqual({ tag: 'zh-Hant-TW', language: 'zh', region: 'TW' });
  });

  it('maps ISO 639-3 codes that have a two-letter form', () => {
    expect(parseLanguageTag('ita')?.tag).toBe('it');
  });

  it('refuses what is not a language tag', () => {
    for (const bad of ['', 'english', 'en--GB', '12', 'x-private', 'en-']) expect(parseLanguageTag(bad)).toBeUndefined();
  });
});

describe('languageOf', () => {
  it('gives the primary language of a tag', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('it')).toBe('it');
  });
});
