/**
 * Resolves a language tag (`en`, `en-US`, `it-CH`, `und`) to compiled figure data: phrase tries
 * for constant-time longest-match lookups while scanning tokens.
 */
import type { FigureQualifier } from '../types.js';
import { englishFigures } from '../lang/en/figures.js';
import { italianFigures, italianSwissFigures } from '../lang/it/figures.js';
import { germanFigures } from '../lang/de/figures.js';
import { frenchFigures } from '../lang/fr/figures.js';
import { spanishFigures } from '../lang/es/figures.js';
import { portugueseFigures } from '../lang/pt/figures.js';
import type { FigureLanguageData, FigureRegionData, RelativeTime } from './language.js';
import type { RelativeUnit } from './time-keys.js';
import { phraseTokens, type Token } from './scan.js';

const LANGUAGE_DATA: Readonly<Record<string, FigureLanguageData>> = {
  en: englishFigures,
  it: italianFigures,
  de: germanFigures,
  fr: frenchFigures,
  es: spanishFigures,
  pt: portugueseFigures,
};

const REGION_DATA: Readonly<Record<string, FigureRegionData>> = {
  'it-ch': italianSwissFigures,
  'de-ch': { decimal: '.', group: ["'", '’'] },
  'fr-ch': { decimal: '.', group: ["'", '’'] },
  'en-us': { dateOrder: 'mdy' },
  'en-gb': { dateOrder: 'dmy' },
  'en-ie': { dateOrder: 'dmy' },
  'en-au': { dateOrder: 'dmy' },
  'en-in': { dateOrder: 'dmy' },
  'en-ca': { dateOrder: 'ambiguous' },
  'en-za': { decimal: null, group: [',', ' '], dateOrder: 'ymd' },
  'es-mx': { decimal: '.', group: [','] },
  'es-us': { decimal: '.', group: [','] },
};

/** Languages whose decimal separator is the comma (used for tags without their own data). */
const COMMA_DECIMAL = new Set([
  'af', 'az', 'be', 'bg', 'bs', 'ca', 'cs', 'da', 'el', 'et', 'eu', 'fi', 'gl', 'hr', 'hu', 'hy', 'id',
  'is', 'ka', 'kk', 'lt', 'lv', 'mk', 'nb', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sq',
  'sr', 'sv', 'tr', 'uk', 'uz', 'vi',
]);
const POINT_DECIMAL = new Set(['ja', 'zh', 'ko', 'th', 'he', 'hi', 'bn', 'as', 'ta', 'te', 'ur', 'ms', 'fil', 'ga', 'mt', 'cy']);

export interface PhraseNode<V> {
  value?: V;
  next: Map<string, PhraseNode<V>>;
}

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first token after the phrase. */
  end: number;
}

/** A trie over token texts: finds the longest phrase starting at a token. */
export class PhraseTable<V> {
  private readonly root: PhraseNode<V> = { next: new Map() };

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) this.add(phraseTokens(phrase), value);
  }

  add(words: readonly string[], value: V): void {
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value = value;
  }

  /**
   * Longest phrase at `tokens[i]`. Tokens inside a phrase must be adjacent or space-separated words;
   * punctuation inside a phrase (`a.m.`, `all'ora`) must be glued.
   */
  match(tokens: readonly Token[], i: number): PhraseMatch<V> | null {
    let node: PhraseNode<V> | undefined = this.root;
    let best: PhraseMatch<V> | null = null;
    let j = i;
    while (node && j < tokens.length) {
      const token = tokens[j];
      if (!token) break;
      if (j > i && token.type === 'punct' && token.space && token.lower !== '-') break;
      node = node.next.get(token.lower);
      if (!node) break;
      j += 1;
      if (node.value !== undefined) best = { value: node.value, end: j };
    }
    return best;
  }

  has(word: string): boolean {
    return this.root.next.get(word)?.value !== undefined;
  }

  /** Some phrase starts with this token text. */
  opens(word: string): boolean {
    return this.root.next.has(word);
  }
}

export interface FigureProfile {
  tag: string;
  /** Base language code, or `und` when we have no data. */
  code: string;
  known: boolean;
  decimal: '.' | ',' | null;
  group: ReadonlySet<string>;
  dateOrder: FigureLanguageData['dateOrder'];
  data: FigureLanguageData;
  numberWords: ReadonlyMap<string, number>;
  morphemes: readonly (readonly [string, number])[];
  scaleWords: ReadonlyMap<string, number>;
  scaleSuffixes: Readonly<Record<string, number>>;
  ordinalWords: ReadonlyMap<string, number>;
  ordinalNeedsDeterminer: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  weakWords: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  decimalWords: ReadonlySet<string>;
  unitConnectors: ReadonlySet<string>;
  percent: PhraseTable<true>;
  points: PhraseTable<true>;
  currencies: PhraseTable<string>;
  units: PhraseTable<string | readonly string[]>;
  qualifiers: PhraseTable<FigureQualifier>;
  postQualifiers: PhraseTable<FigureQualifier>;
  identifierWords: ReadonlySet<string>;
  rangeOpeners: PhraseTable<true>;
  rangeJoiners: PhraseTable<true>;
  months: ReadonlyMap<string, number>;
  yearContext: ReadonlySet<string>;
  timeContext: PhraseTable<true>;
  meridiem: PhraseTable<'am' | 'pm'>;
  oclock: PhraseTable<true>;
  timeWords: ReadonlyMap<string, number>;
  ordinalWordSuffixes: readonly string[];
  decadeWords: ReadonlySet<string>;
  ageWords: PhraseTable<true>;
  centuryWords: ReadonlySet<string>;
  centuryNames: ReadonlyMap<string, number>;
  dayMonthConnectors: ReadonlySet<string>;
  multiplierWords: ReadonlyMap<string, number>;
  lineupWords: ReadonlySet<string>;
  eventNames: PhraseTable<string>;
  weekdays: ReadonlyMap<string, number>;
  relativeTimes: PhraseTable<RelativeTime>;
  agoUnits: PhraseTable<{ unit: RelativeUnit; times: number }>;
  agoAfter: PhraseTable<true>;
  agoBefore: PhraseTable<true>;
  monthContext: PhraseTable<true>;
  ambiguousMonths: ReadonlySet<string>;
  /** Words that may open a calendar-word figure (first words of relative times, events, `ago` prefixes). */
  calendarStarts: ReadonlySet<string>;
  /** First words of multi-word phrases that can open a figure (`half`, `a`, `per`). */
  startWords: ReadonlySet<string>;
  /** First three letters of every compound-number morpheme (a quick filter before decomposing). */
  morphemePrefixes: ReadonlySet<string>;
}

const EMPTY_DATA: FigureLanguageData = {
  code: 'und', decimal: null, group: ['.', ','], dateOrder: 'ambiguous', numberWords: {}, scaleWords: {},
  scaleSuffixes: { k: 1e3, K: 1e3, M: 1e6 }, numberConnectors: [], fractionWords: {}, denominators: {},
  groupNouns: {}, articles: [], weakNumberWords: [], ordinalWords: {}, determiners: [],
  ordinalSuffixes: [], percentWords: [], pointWords: [], currencyNames: {}, unitConnectors: [],
  unitNames: {}, qualifiers: {}, rangeOpeners: [], rangeJoiners: [], months: {}, yearContext: [],
  timeContext: [], meridiem: {}, decadeWords: [], ageWords: [], centuryWords: [],
};

/** Qualifier signs every language shares (`~10`, `>5`, `≤ 3`). */
const SYMBOL_QUALIFIERS: Readonly<Record<string, FigureQualifier>> = {
  '~': 'approx', '≈': 'approx', '±': 'approx', '>': 'gt', '<': 'lt', '≥': 'ge', '≤': 'le', '> =': 'ge', '< =': 'le',
};

const cache = new Map<string, FigureProfile>();

/** The compiled figure profile of a language tag; unknown languages get a neutral profile. */
export function figureProfile(tag: string): FigureProfile {
  const key = tag.toLowerCase();
  let profile = cache.get(key);
  if (!profile) {
    profile = compile(key);
    cache.set(key, profile);
  }
  return profile;
}

function compile(tag: string): FigureProfile {
  const base = tag.split(/[-_]/)[0] ?? tag;
  const known = LANGUAGE_DATA[base];
  let data: FigureLanguageData = known ?? EMPTY_DATA;
  if (!known) {
    if (COMMA_DECIMAL.has(base)) data = { ...EMPTY_DATA, code: base, decimal: ',', group: ['.', ' '] };
    else if (POINT_DECIMAL.has(base)) data = { ...EMPTY_DATA, code: base, decimal: '.', group: [','] };
  }
  const region = REGION_DATA[tag];
  const decimal = region?.decimal !== undefined ? region.decimal : data.decimal;
  const group = region?.group ?? data.group;
  const lower = <V>(record: Readonly<Record<string, V>>): Map<string, V> =>
    new Map(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v] as const));
  const table = <V>(record: Readonly<Record<string, V>>): PhraseTable<V> =>
    new PhraseTable(Object.entries(record).map(([k, v]) => [k.toLowerCase(), v] as const));
  const list = (items: readonly string[]): PhraseTable<true> =>
    new PhraseTable(items.map((k) => [k.toLowerCase(), true as const] as const));
  const calendar = data.calendarWords;
  const morphemes = new Map<string, number>([
    ...Object.entries(data.numberWords),
    ...Object.entries(data.compoundMorphemes ?? {}),
  ]);
  return {
    tag,
    code: known ? base : data.code,
    known: known !== undefined,
    decimal,
    group: new Set(group),
    dateOrder: region?.dateOrder ?? data.dateOrder,
    data,
    numberWords: lower(data.numberWords),
    // Longest morphemes first, so `diciassette` is not read as `dici` + …
    morphemes: [...morphemes.entries()].sort((a, b) => b[0].length - a[0].length),
    scaleWords: lower(data.scaleWords),
    scaleSuffixes: data.scaleSuffixes,
    ordinalWords: lower(data.ordinalWords),
    ordinalNeedsDeterminer: new Set(data.ordinalNeedsDeterminer ?? []),
    determiners: new Set(data.determiners),
    articles: new Set(data.articles),
    weakWords: new Set(data.weakNumberWords),
    connectors: new Set(data.numberConnectors),
    decimalWords: new Set(data.decimalWords ?? []),
    unitConnectors: new Set(data.unitConnectors),
    percent: list(data.percentWords),
    points: list(data.pointWords),
    currencies: table(data.currencyNames),
    units: table(data.unitNames),
    qualifiers: table({ ...SYMBOL_QUALIFIERS, ...data.qualifiers }),
    postQualifiers: table({ '+': 'ge', ...data.postQualifiers }),
    identifierWords: new Set((data.identifierWords ?? []).map((w) => w.toLowerCase())),
    rangeOpeners: list(data.rangeOpeners),
    rangeJoiners: list(data.rangeJoiners),
    months: lower(data.months),
    yearContext: new Set(data.yearContext),
    timeContext: list(data.timeContext),
    meridiem: table(data.meridiem),
    oclock: list(data.oclock ?? []),
    timeWords: lower(data.timeWords ?? {}),
    ordinalWordSuffixes: data.ordinalWordSuffixes ?? [],
    decadeWords: new Set(data.decadeWords),
    ageWords: list(data.ageWords),
    centuryWords: new Set(data.centuryWords),
    centuryNames: lower(data.centuryNames ?? {}),
    dayMonthConnectors: new Set(data.dayMonthConnectors ?? []),
    multiplierWords: lower(data.multiplierWords ?? {}),
    lineupWords: new Set(data.lineupWords ?? []),
    eventNames: table(data.eventNames ?? {}),
    weekdays: lower(calendar?.weekdays ?? {}),
    relativeTimes: table(calendar?.relative ?? {}),
    agoUnits: table(calendar?.agoUnits ?? {}),
    agoAfter: list(calendar?.agoAfter ?? []),
    agoBefore: list(calendar?.agoBefore ?? []),
    monthContext: list(calendar?.monthContext ?? []),
    ambiguousMonths: new Set(calendar?.ambiguousMonths ?? []),
    calendarStarts: new Set([
      ...Object.keys(calendar?.relative ?? {}), ...(calendar?.agoBefore ?? []), ...Object.keys(data.eventNames ?? {}),
      ...Object.keys(calendar?.weekdays ?? {}), // pt `quinta-feira` opens with `quinta`
    ].map((phrase) => phraseTokens(phrase.toLowerCase())[0] ?? '')),
    startWords: new Set([
      ...Object.keys(data.fractionWords), ...Object.keys(data.groupNouns), ...data.articles,
    ].map((w) => w.toLowerCase())),
    morphemePrefixes: new Set([...morphemes.keys()].map((m) => m.toLowerCase().slice(0, 3))),
  };
}

/** Language-data codes available (`en`, `it`, `de`, `fr`, `es`). */
export const FIGURE_LANGUAGES: readonly string[] = Object.keys(LANGUAGE_DATA);
