import { francAll, paddedForTrigrams, trigramKey, type TrigramKey } from './franc-lazy.js';
// franc's trigram models: used only to measure how well the best language fits at all.
import { data as trigramModels } from 'franc/data.js';
import type { LanguageCode } from '../types.js';
import { LANGUAGES, findLanguage } from './index.js';
import { latinPattern } from '../text/latin-pattern.js';

export interface LanguageDetection {
  /** The supported language detected, or null when the text is in another language or undetermined. */
  code: LanguageCode | null;
  /** ISO 639-3 code of the detected language (`eng`, `fra`), or `und` when undetermined. */
  iso6393: string;
  /**
   * BCP 47 tag of the detected language (ISO 639-1 where there is one: `fr`, `nl`), supported or
   * not, or null when undetermined. An unsupported language still runs, in degraded mode.
   */
  tag: string | null;
  /** English name of the detected language (`French`), or `Undetermined`. */
  name: string;
  /** False for short texts, texts that fit no language model well, and near ties. */
  reliable: boolean;
}

export interface DetectLanguageOptions {
  /** Languages the caller accepts (ISO 639-1 or 639-3); default: every supported language. */
  only?: readonly LanguageCode[];
}

/**
 * The languages franc may answer with. A broad set lets a French article be reported as French
 * rather than as the nearest supported language, while leaving out the rare languages franc
 * confuses with English and Italian news (Scots, Venetian, Sardinian, …).
 */
const COMMON_LANGUAGES: Readonly<Record<string, string>> = {
  eng: 'English', ita: 'Italian', fra: 'French', deu: 'German', spa: 'Spanish',
  por: 'Portuguese', nld: 'Dutch', cat: 'Catalan', glg: 'Galician', ron: 'Romanian',
  pol: 'Polish', ces: 'Czech', slk: 'Slovak', slv: 'Slovenian', hrv: 'Croatian',
  bos: 'Bosnian', srp: 'Serbian', hun: 'Hungarian', fin: 'Finnish', ekk: 'Estonian',
  lvs: 'Latvian', lit: 'Lithuanian', swe: 'Swedish', dan: 'Danish', nob: 'Norwegian Bokmål',
  nno: 'Norwegian Nynorsk', afr: 'Afrikaans', als: 'Albanian', tur: 'Turkish',
  azj: 'Azerbaijani', ind: 'Indonesian', zlm: 'Malay', tgl: 'Tagalog', vie: 'Vietnamese',
  swh: 'Swahili', rus: 'Russian', ukr: 'Ukrainian', bel: 'Belarusian', bul: 'Bulgarian',
  mkd: 'Macedonian', kaz: 'Kazakh', arb: 'Arabic', pes: 'Persian', urd: 'Urdu',
  heb: 'Hebrew', hin: 'Hindi', mar: 'Marathi', ben: 'Bengali', ell: 'Greek',
  cmn: 'Chinese', jpn: 'Japanese', kor: 'Korean', tha: 'Thai', hye: 'Armenian', kat: 'Georgian',
};
const COMMON_CODES = Object.keys(COMMON_LANGUAGES);
/** Two-letter codes of the common languages (franc answers in ISO 639-3). */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', ita: 'it', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', nld: 'nl', cat: 'ca', glg: 'gl',
  ron: 'ro', pol: 'pl', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', bos: 'bs', srp: 'sr', hun: 'hu',
  fin: 'fi', ekk: 'et', lvs: 'lv', lit: 'lt', swe: 'sv', dan: 'da', nob: 'nb', nno: 'nn', afr: 'af',
  als: 'sq', tur: 'tr', azj: 'az', ind: 'id', zlm: 'ms', tgl: 'tl', vie: 'vi', swh: 'sw', rus: 'ru',
  ukr: 'uk', bel: 'be', bul: 'bg', mkd: 'mk', kaz: 'kk', arb: 'ar', pes: 'fa', urd: 'ur', heb: 'he',
  hin: 'hi', mar: 'mr', ben: 'bn', ell: 'el', cmn: 'zh', jpn: 'ja', kor: 'ko', tha: 'th', hye: 'hy',
  kat: 'ka',
};

const UNDETERMINED: LanguageDetection = { code: null, iso6393: 'und', tag: null, name: 'Undetermined', reliable: false };

/** Fewer letters than this and the text is undetermined. */
const MIN_LETTERS = 12;
/** Fewer letters than this and a detection is never reliable. */
const RELIABLE_LETTERS = 60;
/** franc reads at most this many characters; longer texts are sampled from start, middle and end. */
const SAMPLE_LENGTH = 2048;
/**
 * Below this share of the text's trigrams found in the best language's model, the text fits no
 * language (gibberish, lists of names, codes). Real prose mostly scores 0.3 to 0.6; gibberish below 0.12.
 */
const MIN_COVERAGE = 0.15;
/**
 * franc's scores are normalised per character; a gap between two languages grows with the text
 * length while the noise grows with its square root, so gaps are compared after scaling by
 * sqrt(length). A supported language this close to the best one is preferred: names and English
 * loanwords push short English and Italian news towards Danish, German or Scots.
 */
const PREFER_SUPPORTED_GAP = 0.8;
/** Headlines and one-liners are franc's weak spot (`Binance under extortion…` ranks German first): prefer harder. */
const PREFER_SUPPORTED_GAP_SHORT = 1.4;
const SHORT_TEXT_LETTERS = 100;
/** English, the language every other supported one is paired with. */
const HUB_ISO6393 = 'eng';
/** A winner at least this far ahead of the runner-up (same scale) is a reliable detection. */
const RELIABLE_GAP = 0.8;
/**
 * From this many letters on, franc's first choice is reliable whatever the gap: a whole article in
 * Italian is still only ~0.6 ahead of Spanish on the scale above, yet franc does not miss it.
 */
const RELIABLE_LETTERS_ANY_GAP = 500;

function supportedRank(iso6393: string): number {
  return LANGUAGES.findIndex((lang) => lang.iso6393 === iso6393);
}

/**
 * Detects the language of `text` with franc. A supported language close to the best guess wins;
 * any other common language is reported as such with `code: null`.
 */
export function detectLanguage(text: string, options: DetectLanguageOptions = {}): LanguageDetection {
  const accepted = acceptedLanguages(options.only);
  const cleaned = cleanForDetection(excerpt(text));
  const letters = countLetters(cleaned);
  if (letters < MIN_LETTERS) return UNDETERMINED;

  const sample = sampleText(cleaned);
  const ranked = francAll(sample, { only: COMMON_CODES, minLength: 1 }).filter(([code]) => code !== 'und');
  if (ranked.length === 0) return UNDETERMINED;

  const scale = Math.sqrt(sample.length);
  const [bestCode, bestScore] = ranked[0];
  const short = letters < SHORT_TEXT_LETTERS;
  const preferGap = short ? PREFER_SUPPORTED_GAP_SHORT : PREFER_SUPPORTED_GAP;
  const close = ranked.filter(([code, score]) => accepted.has(code) && (bestScore - score) * scale <= preferGap);
  // A headline full of English names ranks German or Dutch first: a bare headline among supported
  // languages that fit about as well is taken for the hub language (English) first, then in list order.
  // A sentence is taken for English only when it is close to it; otherwise the best-fitting supported
  // language wins (list order sent a third of Portuguese sentences to Spanish and Italian).
  const preferred = letters < RELIABLE_LETTERS
    ? close.sort((a, b) => supportedRank(a[0]) - supportedRank(b[0]))[0]
    : short ? (close.find(([code, score]) => code === HUB_ISO6393 && (bestScore - score) * scale <= PREFER_SUPPORTED_GAP) ?? close[0]) : close[0];
  const chosen = preferred ?? ranked[0];

  const coverage = trigramCoverage(sample, chosen[0]);
  if (coverage !== null && coverage < MIN_COVERAGE) return UNDETERMINED;

  const runnerUp = ranked.find(([code]) => code !== chosen[0]);
  const gap = runnerUp ? (chosen[1] - runnerUp[1]) * scale : Infinity;
  // A supported language preferred over franc's first choice is a judgement call, never reliable.
  const reliable =
    letters >= RELIABLE_LETTERS && chosen[0] === bestCode && (gap >= RELIABLE_GAP || letters >= RELIABLE_LETTERS_ANY_GAP);

  const supported = LANGUAGES.find((lang) => lang.iso6393 === chosen[0]);
  return {
    code: supported && accepted.has(chosen[0]) ? supported.code : null,
    iso6393: chosen[0],
    tag: supported?.code ?? ISO_639_1[chosen[0]] ?? chosen[0],
    name: supported?.name ?? COMMON_LANGUAGES[chosen[0]] ?? chosen[0],
    reliable,
  };
}

/** ISO 639-3 codes of the supported languages the caller accepts. */
function acceptedLanguages(only: readonly LanguageCode[] | undefined): Set<string> {
  if (!only) return new Set(LANGUAGES.map((lang) => lang.iso6393));
  const accepted = new Set<string>();
  for (const code of only) {
    const lang = findLanguage(code);
    if (lang) accepted.add(lang.iso6393);
  }
  return accepted;
}

/** Long texts are cut to three windows before cleaning, so detection time does not grow with the text. */
function excerpt(text: string): string {
  const window = 2 * SAMPLE_LENGTH;
  if (text.length <= 3 * window) return text;
  const middle = Math.floor((text.length - window) / 2);
  return [text.slice(0, window), text.slice(middle, middle + window), text.slice(-window)].join('\n');
}

/** Drops what says nothing about the language: URLs, e-mail addresses, handles, numbers. */
function cleanForDetection(written: string): string {
  const text = written
    .replace(/\b(?:https?:\/\/|www\.)\S+/giu, ' ')
    .replace(/\S+@\S+\.\S+/gu, ' ')
    .replace(/[@#]\w+/gu, ' ');
  return text
    .replace(NUMBERS_AND_SYMBOLS.on(text), ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const NUMBERS_AND_SYMBOLS = latinPattern(String.raw`[\p{N}\p{S}]+`, 'gu');
const LETTER_RUN = latinPattern(String.raw`\p{L}+`, 'gu');

/** Letters (code points) in the text: runs of them, not one match object per letter. */
function countLetters(text: string): number {
  let letters = 0;
  const pattern = LETTER_RUN.on(text);
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const run = match[0];
    letters += run.length;
    // A letter outside the BMP is two UTF-16 units: count its low surrogate out.
    for (let i = 0; i < run.length; i++) {
      const unit = run.charCodeAt(i);
      if (unit >= 0xdc00 && unit <= 0xdfff) letters--;
    }
  }
  return letters;
}

/** Up to SAMPLE_LENGTH characters: the whole text, or three slices cut at spaces. */
function sampleText(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  const part = Math.floor(SAMPLE_LENGTH / 3) - 1;
  const slice = (from: number): string => {
    const start = text.indexOf(' ', from);
    const begin = start < 0 ? from : start + 1;
    const piece = text.slice(begin, begin + part);
    const lastSpace = piece.lastIndexOf(' ');
    return lastSpace > 0 ? piece.slice(0, lastSpace) : piece;
  };
  const middle = Math.floor(text.length / 2 - part / 2);
  return [text.slice(0, part).replace(/\s\S*$/u, ''), slice(middle), slice(text.length - part - 1)].join(' ');
}

const modelCache = new Map<string, Set<TrigramKey> | null>();

function modelTrigrams(iso6393: string): Set<TrigramKey> | null {
  let model = modelCache.get(iso6393);
  if (model === undefined) {
    // Some languages have a model per script (Bosnian, Serbian: Latin and Cyrillic); use them all.
    const trigrams = Object.values(trigramModels).flatMap((languages) => languages[iso6393]?.split('|') ?? []);
    model = trigrams.length > 0 ? new Set(trigrams.map((trigram) => trigramKey(trigram, 0))) : null;
    modelCache.set(iso6393, model);
  }
  return model;
}

/**
 * Share of the text's trigrams (franc's way: lower case, ASCII punctuation and digits removed,
 * space-padded) that the language's model knows; null for script-only languages without a model.
 */
function trigramCoverage(sample: string, iso6393: string): number | null {
  const model = modelTrigrams(iso6393);
  if (!model) return null;
  const cleaned = paddedForTrigrams(sample);
  let known = 0;
  let total = 0;
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    total++;
    if (model.has(trigramKey(cleaned, i))) known++;
  }
  return total === 0 ? null : known / total;
}
