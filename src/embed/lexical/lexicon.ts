import { LEXICON } from './lexicon.generated.js';

/**
 * The shipped EN–IT lexicon, parsed. Concepts are English Porter stems: an English word maps to its
 * own stem, an Italian stem maps to weighted English stems.
 *
 * Serialised format (one string, built by scripts/build-lexicon.ts):
 *   line 1:            `lexicon <version>`
 *   `%translations`    then lines `itstem=enstem:weight,enstem:weight` (weights 1..100)
 *   `%weights`         then lines `enstem:weight` (how informative a concept is, 1..100; absent = 100)
 */
export interface Lexicon {
  version: string;
  /** Italian stem → English stems (parallel arrays), weights in (0, 1]. */
  translations: Map<string, { concepts: string[]; weights: number[] }>;
  /** English stem → informativeness in (0, 1]; concepts not listed are fully informative. */
  conceptWeights: Map<string, number>;
}

export class LexiconFormatError extends Error {
  constructor(message: string) {
    super(`lexicon: ${message}`);
    this.name = 'LexiconFormatError';
  }
}

export function parseLexicon(serialised: string): Lexicon {
  const lines = serialised.split('\n');
  const header = lines[0] ?? '';
  if (!header.startsWith('lexicon ')) throw new LexiconFormatError(`bad header "${header.slice(0, 40)}"`);
  const translations = new Map<string, { concepts: string[]; weights: number[] }>();
  const conceptWeights = new Map<string, number>();
  let section = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.length === 0) continue;
    if (line.charCodeAt(0) === 37 /* % */) {
      section = line.slice(1);
      continue;
    }
    if (section === 'translations') {
      const eq = line.indexOf('=');
      if (eq <= 0) throw new LexiconFormatError(`line ${i + 1}: expected stem=concepts`);
      const entries = line.slice(eq + 1).split(',');
      const concepts: string[] = new Array(entries.length);
      const weights: number[] = new Array(entries.length);
      for (let j = 0; j < entries.length; j++) {
        const entry = entries[j];
        const colon = entry.lastIndexOf(':');
        concepts[j] = entry.slice(0, colon);
        weights[j] = Number(entry.slice(colon + 1)) / 100;
      }
      translations.set(line.slice(0, eq), { concepts, weights });
    } else if (section === 'weights') {
      const colon = line.lastIndexOf(':');
      if (colon <= 0) throw new LexiconFormatError(`line ${i + 1}: expected concept:weight`);
      conceptWeights.set(line.slice(0, colon), Number(line.slice(colon + 1)) / 100);
    } else {
      throw new LexiconFormatError(`line ${i + 1}: unknown section "${section}"`);
    }
  }
  return { version: header.slice('lexicon '.length), translations, conceptWeights };
}

let shipped: Lexicon | undefined;

/** The lexicon shipped with the package, parsed on first use. */
export function shippedLexicon(): Lexicon {
  shipped ??= parseLexicon(LEXICON);
  return shipped;
}
