import { englishSegmentation } from '../lang/en/segmentation.js';
import { italianSegmentation } from '../lang/it/segmentation.js';
import { frenchSegmentation } from '../lang/fr/segmentation.js';
import { germanSegmentation } from '../lang/de/segmentation.js';
import { spanishSegmentation } from '../lang/es/segmentation.js';
import { portugueseSegmentation } from '../lang/pt/segmentation.js';
import type { LanguageCode, Sentence, SegmentOptions } from '../types.js';
import { forEachLine, splitParagraphs } from './paragraphs.js';
import { cutLongSentence, DEFAULT_MAX_SENTENCE_LENGTH } from './long-sentences.js';
import { LineTracker } from './positions.js';
import { compileProfile, type CompiledProfile, type SegmentationProfile } from './profile.js';
import { segmentParagraph } from './sentences.js';

export { splitParagraphs, type ParagraphSpan } from './paragraphs.js';
export type { SegmentationProfile } from './profile.js';
export { DEFAULT_MAX_SENTENCE_LENGTH } from './long-sentences.js';

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
 * Sentences longer than `maxSentenceLength` are cut at clause or word boundaries; each cut is
 * reported to `onLongSentence`.
 */
export function segment(text: string, lang: LanguageCode, options: SegmentOptions = {}): Sentence[] {
  const sentences: Sentence[] = [];
  const tracker = new LineTracker(text);
  const maxLength = options.maxSentenceLength ?? DEFAULT_MAX_SENTENCE_LENGTH;
  const addPiece = (start: number, end: number, paragraph: number): void => {
    const { line, column } = tracker.locate(start);
    sentences.push({ id: sentences.length, text: text.slice(start, end), start, end, paragraph, line, column });
  };
  const add = (start: number, end: number, paragraph: number): void => {
    const before = sentences.length;
    const pieces = cutLongSentence(text, start, end, maxLength, (from, to) => addPiece(from, to, paragraph));
    if (pieces > 1) {
      const first = sentences[before]!;
      options.onLongSentence?.({ line: first.line, column: first.column, length: end - start, pieces });
    }
  };

  if (options.presplit) {
    let paragraph = 0;
    let inParagraph = false;
    const checkpoint = options.checkpoint ?? (() => undefined);
    forEachLine(text, (line) => {
      if ((sentences.length & 1023) === 0) checkpoint();
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
  const checkpoint = options.checkpoint ?? (() => undefined);
  for (const paragraph of splitParagraphs(text)) {
    checkpoint();
    segmentParagraph(text, paragraph.start, paragraph.end, segmenter, profile, (start, end) =>
      add(start, end, paragraph.index),
      checkpoint,
    );
  }
  return sentences;
}
