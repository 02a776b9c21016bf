import { englishSegmentation } from '../lang/en/segmentation.js';
import { italianSegmentation } from '../lang/it/segmentation.js';
import { frenchSegmentation } from '../lang/fr/segmentation.js';
import { germanSegmentation } from '../lang/de/segmentation.js';
import { spanishSegmentation } from '../lang/es/segmentation.js';
import { portugueseSegmentation } from '../lang/pt/segmentation.js';
import type { LanguageCode, Sentence, SegmentOptions } from '../types.js';
import { forEachLine, splitParagraphs } from './paragraphs.js';
import { LineTracker } from './positions.js';
import { compileProfile, type CompiledProfile, type SegmentationProfile } from './profile.js';
import { segmentParagraph } from './sentences.js';

export { splitParagraphs, type ParagraphSpan } from './paragraphs.js';
export type { SegmentationProfile } from './profile.js';

/** Segmentation data per language; adding a language is one entry here plus its data file. */
const PROFILES: Readonly<Record<LanguageCode, SegmentationProfile>> = {
  en: englishSegmentation,
  it: italianSegmentation,
  fr: frenchSegmentation,
  de: germanSegmentation,
  es: spanishSegmentation,
  pt: portugueseSegmentation,
};

const compiled = new Map<string, CompiledProfile>();
const segmenters = new Map<string, Intl.Segmenter>();

function profileFor(lang: LanguageCode): CompiledProfile {
  const key = lang.toLowerCase().split(/[-_]/)[0];
  let profile = compiled.get(key);
  if (!profile) {
    const own = PROFILES[key];
    // Unknown language: the union of the English and Italian lists is a better guess than none
    // (the other languages' openers include words that are names elsewhere).
    profile = own ? compileProfile(own) : compileProfile(englishSegmentation, italianSegmentation);
    compiled.set(key, profile);
  }
  return profile;
}

function segmenterFor(lang: LanguageCode): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // Not a valid BCP 47 tag: sentence rules are nearly language-independent anyway.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * Splits `text` into paragraphs (at blank lines) and sentences. Each sentence is trimmed of
 * whitespace, and `sentence.text === text.slice(sentence.start, sentence.end)`.
 *
 * With `presplit`, every non-blank line is one sentence and blank lines separate paragraphs.
 */
export function segment(text: string, lang: LanguageCode, options: SegmentOptions = {}): Sentence[] {
  const sentences: Sentence[] = [];
  const tracker = new LineTracker(text);
  const add = (start: number, end: number, paragraph: number): void => {
    const { line, column } = tracker.locate(start);
    sentences.push({ id: sentences.length, text: text.slice(start, end), start, end, paragraph, line, column });
  };

  if (options.presplit) {
    let paragraph = 0;
    let inParagraph = false;
    forEachLine(text, (line) => {
      if (line.blank) {
        if (inParagraph) paragraph++;
        inParagraph = false;
        return;
      }
      inParagraph = true;
      add(line.contentStart, line.contentEnd, paragraph);
    });
    return sentences;
  }

  const segmenter = segmenterFor(lang);
  const profile = profileFor(lang);
  for (const paragraph of splitParagraphs(text)) {
    segmentParagraph(text, paragraph.start, paragraph.end, segmenter, profile, (start, end) =>
      add(start, end, paragraph.index),
    );
  }
  return sentences;
}
