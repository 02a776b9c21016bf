/**
 * Per-language figure data. The engine is language-neutral: everything that differs between
 * languages (separators, number words, scale words, currency and unit names, qualifiers, month
 * names) lives in `src/lang/<code>/figures.ts` as a `FigureLanguageData` object.
 *
 * All word lists are matched case-insensitively against whole words; multi-word entries are
 * written with single spaces (`per cent`, `dollari australiani`) and match across any run of
 * whitespace. Apostrophes (`'`, `’`) are separate tokens, so `all'ora` is written `all ' ora`.
 */
import type { FigureQualifier } from '../types.js';
import type { RelativeUnit } from './time-keys.js';

/** A relative time: its calendar unit and how many units from now (`last year` → year, -1). */
export interface RelativeTime {
  unit: RelativeUnit;
  offset: number;
}

/**
 * Words for time that are no digits (#10): weekdays, months named on their own, relative times.
 * Each becomes a weak `date` figure: never reported for its absence (translators resolve
 * `yesterday` into a weekday or a date), but a different one of the same sort is a changed date.
 */
export interface CalendarWordData {
  /** Weekday names → 1 (Monday) … 7 (Sunday), with common spellings (`lunedì`, `lunedi`). */
  weekdays: Readonly<Record<string, number>>;
  /**
   * Relative-time phrases, without articles (`yesterday`, `last year`, `scorso anno`,
   * `anno scorso`, `quest ' anno`). Both word orders of a language are listed.
   */
  relative: Readonly<Record<string, RelativeTime>>;
  /** Unit words of `N units ago` → unit and how many of it one counts (`decades` → year × 10). */
  agoUnits: Readonly<Record<string, { unit: RelativeUnit; times: number }>>;
  /** Words after `N units` that make it a past time (`ago`, `fa`). */
  agoAfter?: readonly string[];
  /** Words before `N units` that make it a past time (fr `il y a`, de `vor`, es `hace`, pt `há`). */
  agoBefore?: readonly string[];
  /** Words right before a relative phrase that make it something else (de `in meinem letzten Jahr`, en `his last year`: a final year). */
  relativeBlockers?: readonly string[];
  /** Words before a month named on its own that make it a date (`in`, `last`, `since`, `a`, `scorso`). */
  monthContext: readonly string[];
  /** Month names that are also names or common words (en `May`, `March`): a date only after `monthContext`. */
  ambiguousMonths?: readonly string[];
}

export interface FigureLanguageData {
  code: string;
  /** The decimal separator of running text. */
  decimal: '.' | ',' | null;
  /**
   * Native digit-group separators besides spaces (spaces, no-break and thin spaces group in every
   * language). `null` decimal with both `.` and `,` here means "unknown: accept both readings".
   */
  group: readonly string[];
  /** How `11/12/2026` is read; `ambiguous` reports both readings. */
  dateOrder: 'dmy' | 'mdy' | 'ymd' | 'ambiguous';
  /** Cardinal number words (`three`, `tre`, `hundred`, `cento`, `mille`, `thousand` …). */
  numberWords: Readonly<Record<string, number>>;
  /** Numbers are written as one word (`ventitré`, `duemilatrecento`): decompose into the morphemes below. */
  compoundNumbers?: boolean;
  /** French counting by twenties (`quatre-vingts` = 80, `soixante-dix` = 70). */
  vigesimal?: boolean;
  /** Morphemes that only occur inside compounds (`vent` of `ventuno`, `mila` of `duemila`). */
  compoundMorphemes?: Readonly<Record<string, number>>;
  /** Words that multiply what precedes them (`thousand`, `million`, `mila`, `milioni`, `mln`, `bn`). */
  scaleWords: Readonly<Record<string, number>>;
  /** Scale suffixes glued to digits (`$3m`, `3.5bn`, `100K`, `250mila`); case-sensitive, lowercase key also tried. */
  scaleSuffixes: Readonly<Record<string, number>>;
  /** Words joining parts of a written number or a scale sum (`and`, `e`). */
  numberConnectors: readonly string[];
  /** Words for the decimal point in spelled-out numbers (`two point five`, `due virgola cinque`). */
  decimalWords?: readonly string[];
  /** Fraction words standing alone or before a scale (`half` → 0.5, `mezzo` → 0.5). */
  fractionWords: Readonly<Record<string, number>>;
  /** Plural denominators after a cardinal (`three quarters` → 3/4): word → denominator. */
  denominators: Readonly<Record<string, number>>;
  /** Group nouns (`dozen` → 12). */
  groupNouns: Readonly<Record<string, number>>;
  /** Indefinite articles that can stand for "one" before a scale or a group noun (`a million`, `una dozzina`). */
  articles: readonly string[];
  /** Cardinal words that are also articles or pronouns (`one`, `un`, `una`): kept, but never reported missing. */
  weakNumberWords: readonly string[];
  /** Ordinal words (`third`, `terzo`, `terza`). */
  ordinalWords: Readonly<Record<string, number>>;
  /** Ordinal words that are ordinals only after a determiner (it `secondo` is also "according to"). */
  ordinalNeedsDeterminer?: readonly string[];
  /** Determiners and prepositions that introduce an ordinal (`the`, `il`, `la`, `al`). */
  determiners: readonly string[];
  /** Ordinal suffixes glued to digits (`1st`, `44th`). */
  ordinalSuffixes: readonly string[];
  /** `°`/`º` after a number followed by a word is an ordinal (it `44° giro`), not degrees. */
  degreeSignOrdinal?: boolean;
  /** Percent words (`percent`, `per cent`, `per cento`). */
  percentWords: readonly string[];
  /** Percentage-point words (`percentage points`, `punti percentuali`). */
  pointWords: readonly string[];
  /** Currency names (singular and plural, with adjectives): phrase → ISO code or `cent`. */
  currencyNames: Readonly<Record<string, string>>;
  /** Words between a number (or scale) and a currency or unit name (`3 milioni di dollari`, `1/4 di miglio`). */
  unitConnectors: readonly string[];
  /** Unit names: phrase → unit id of `src/figures/units.ts`. A list of ids means ambiguous (`pounds`: GBP or lb). */
  unitNames: Readonly<Record<string, string | readonly string[]>>;
  /** Qualifier phrases placed before a figure. */
  qualifiers: Readonly<Record<string, FigureQualifier>>;
  /** Qualifier phrases placed after a figure (`10 or more`, `10 o più`, `10 euro circa`). */
  postQualifiers?: Readonly<Record<string, FigureQualifier>>;
  /** Words after which a dotted number is a reference, not a quantity (`version 2.0`, `capitolo 3.2`). */
  identifierWords?: readonly string[];
  /** Words that open a range (`from`, `between`, `tra`, `dai`). */
  rangeOpeners: readonly string[];
  /** Words joining the two ends of a range (`to`, `and`, `a`, `e`, `ai`). */
  rangeJoiners: readonly string[];
  /** Month names and abbreviations → 1..12. */
  months: Readonly<Record<string, number>>;
  /** Words after which a bare 4-digit number is a year (`in`, `since`, `nel`, `dal`). */
  yearContext: readonly string[];
  /** Words after which a small number is a time of day (`at` is too vague; it `alle`, `ore`). */
  timeContext: readonly string[];
  /** Meridiem markers: phrase → am/pm (`p.m.`, `pm`, `del pomeriggio`, `di sera`). */
  meridiem: Readonly<Record<string, 'am' | 'pm'>>;
  /** Words before a two-digit decade (`anni '80`, `anni Ottanta`). */
  decadeWords: readonly string[];
  /** Age words after a number (`13-year-old`, `20 anni`): phrase → unit `year`. */
  ageWords: readonly string[];
  /** Suffix that turns a number word into an age (`tredicenne`). */
  ageSuffix?: string;
  /** Word endings that make an ordinal of a cardinal (it `ventunesimo`, `trentaduesimo`). */
  ordinalWordSuffixes?: readonly string[];
  /** Markers of a full hour without a meridiem (`o'clock`, `in punto`). */
  oclock?: readonly string[];
  /** Times of day as words, in minutes after midnight (`noon` → 720, `mezzanotte` → 0). */
  timeWords?: Readonly<Record<string, number>>;
  /** Century words after an ordinal or a Roman numeral (`19th century`, `XIX secolo`), or before one (`siglo XIX`). */
  centuryWords: readonly string[];
  /** Words joining day, month and year in a date (es/pt `1 de octubre de 2018`, `del 2018`). */
  dateConnectors?: readonly string[];
  /** Ordinals are written with a full stop (de `19. Jahrhundert`). */
  ordinalDot?: boolean;
  /** Words for "hour" that make a time of day of a number before a meridiem or after a time word (fr `7 heures du matin`, `à 9 h`). */
  hourWords?: readonly string[];
  /** Suffixes glued to a four-digit decade (en `1980s`, de `1980er`); default `s`. */
  decadeSuffixes?: readonly string[];
  /** Centuries named by a word, capitalised (it `Ottocento` = 19th century = the 1800s): word → century. */
  centuryNames?: Readonly<Record<string, number>>;
  /** Words between a day and its month (`19th of January`, `il 19 di gennaio`). */
  dayMonthConnectors?: readonly string[];
  /** Multiplicative words → factor (`twice`, `fourfold`, `quadrupla`, `raddoppiato`). */
  multiplierWords?: Readonly<Record<string, number>>;
  /** Words before a team's `11`/`XI` that make it a line-up, not a count (`starting 11`, `first XI`). */
  lineupWords?: readonly string[];
  /**
   * Names of events that other languages write with a number (`WW1`, `the Great War`,
   * `Grande Guerra`, `seconda guerra mondiale`): phrase → a language-neutral id (`WW1`).
   */
  eventNames?: Readonly<Record<string, string>>;
  /** Words after which a decimal point is the custom even where the comma is the decimal (it `magnitudo 7.5`). */
  pointDecimalWords?: readonly string[];
  /**
   * Nouns before a section or measure number written with points (it `misura 1.7`, `articolo 3.2`):
   * a numbering, not a decimal in the wrong format. Abbreviations without their dot (`art`).
   */
  sectionWords?: readonly string[];
  /** Words before a count that make it "all of them" (it `tutti e 2` = both): rephrased freely, so weak. */
  collectiveBefore?: readonly string[];
  /** Weekdays, months on their own and relative times (`yesterday`, `lo scorso anno`, `due anni fa`). */
  calendarWords?: CalendarWordData;
}

/** Region overrides (`it-CH` groups with apostrophes and uses a decimal point). */
export interface FigureRegionData {
  decimal?: '.' | ',' | null;
  group?: readonly string[];
  dateOrder?: FigureLanguageData['dateOrder'];
}
