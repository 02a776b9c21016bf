import type { FigureLanguageData } from '../../figures/language.js';
import { germanCalendarWords } from './calendar.js';

/** German figure data (numbers, scales, currencies, percent, months, ranges). */
/** `zweifach`, `dreimal`, `fünfmalige`: multiplicatives read as their number. */
const UNITS: Readonly<Record<string, number>> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
};
const MULTIPLICATIVES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(UNITS).flatMap(([word, value]) =>
    ['fach', 'fache', 'fachen', 'facher', 'faches', 'mal', 'malig', 'malige', 'maligen', 'maliger'].map((ending) => [word + ending, value] as const),
  ),
);

export const germanFigures: FigureLanguageData = {
  code: 'de',
  decimal: ',',
  group: ['.'],
  dateOrder: 'dmy',
  numberWords: {
    null: 0, eins: 1, ein: 1, eine: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
    acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15,
    sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40,
    fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
    million: 1e6, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12,
    ...MULTIPLICATIVES,
  },
  compoundNumbers: true,
  compoundMorphemes: {
    // `fünfundzwanzig`: units, `und` (-1: the tens follow), tens; `siebzig`, `dreißig`
    und: -1, sieb: 7, ein: 1,
  },
  scaleWords: {
    tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    billion: 1e12, billionen: 1e12, bio: 1e12,
  },
  scaleSuffixes: { k: 1e3, Mio: 1e6, Mrd: 1e9 },
  numberConnectors: ['und'],
  decimalWords: ['komma'],
  fractionWords: { halb: 0.5, halbe: 0.5, einhalb: 0.5 },
  denominators: { viertel: 4, drittel: 3 },
  groupNouns: { dutzend: 12 },
  articles: ['ein', 'eine', 'einen'],
  weakNumberWords: ['ein', 'eine', 'einen', 'eins', 'null'],
  ordinalWords: {
    erste: 1, erster: 1, ersten: 1, zweite: 2, zweiter: 2, zweiten: 2, dritte: 3, dritter: 3, dritten: 3,
    vierte: 4, vierten: 4, fünfte: 5, fünften: 5,
  },
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur'],
  ordinalSuffixes: [],
  ordinalDot: true,
  percentWords: ['prozent', 'vh'],
  pointWords: ['prozentpunkte', 'prozentpunkt', 'prozentpunkten', 'basispunkte', 'basispunkten'],
  currencyNames: {
    euro: 'EUR', dollar: 'USD', usd: 'USD', eur: 'EUR', gbp: 'GBP', chf: 'CHF', jpy: 'JPY', 'us-dollar': 'USD', pfund: 'GBP', 'britische pfund': 'GBP', 'britischen pfund': 'GBP',
    'pfund sterling': 'GBP', 'britisches pfund': 'GBP', 'us-dollars': 'USD', dollars: 'USD', euros: 'EUR', franken: 'CHF', yen: 'JPY',
    cent: 'cent', bitcoin: 'BTC', kronen: 'SEK', rubel: 'RUB',
  },
  unitConnectors: [],
  unitNames: {
    meter: 'm', kilometer: 'km', zentimeter: 'cm', millimeter: 'mm', kilogramm: 'kg', gramm: 'g',
    tonnen: 't', tonne: 't', meilen: 'mi', meile: 'mi', fuß: 'ft', zoll: 'in', grad: 'deg', liter: 'l',
    stunden: 'h', stunde: 'h', minuten: 'min', sekunden: 's', tage: 'day', tagen: 'day', jahre: 'year',
    jahren: 'year', monate: 'month', monaten: 'month', wochen: 'week', woche: 'week', monat: 'month', jahr: 'year',
    'kilometer pro stunde': 'km/h', 'kilometern pro stunde': 'km/h', 'meilen pro stunde': 'mph', kilo: 'kg', kilos: 'kg', stundenkilometer: 'km/h', knoten: 'kn', hektar: 'ha',
    quadratmeter: 'm2', kubikmeter: 'm3', quadratkilometer: 'km2', unzen: 'oz', unze: 'oz', gallonen: 'gal', gallone: 'gal', barrel: 'bbl',
    zentimetern: 'cm', metern: 'm', kilometern: 'km', millimetern: 'mm', litern: 'l', sekunde: 's', minute: 'min', tag: 'day',
  },
  qualifiers: {
    'mehr als': 'gt', über: 'gt', 'mindestens': 'ge', 'weniger als': 'lt', unter: 'lt', 'bis zu': 'le',
    etwa: 'approx', rund: 'approx', ungefähr: 'approx', circa: 'approx', ca: 'approx', fast: 'nearly', knapp: 'nearly',
  },
  rangeOpeners: ['von', 'zwischen'],
  rangeJoiners: ['bis', 'und'],
  months: {
    januar: 1, jänner: 1, februar: 2, märz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
    september: 9, oktober: 10, november: 11, dezember: 12,
  },
  yearContext: ['im', 'seit', 'bis', 'jahr', 'jahre', 'von'],
  timeContext: ['um', 'ab', 'bis'],
  meridiem: {},
  decadeWords: [],
  decadeSuffixes: ['er', 'ern', 's'],
  ageWords: ['jahre alt', 'jährige', 'jähriger', 'jährigen'],
  oclock: ['uhr'],
  timeWords: { mittag: 720, mitternacht: 0 },
  centuryWords: ['jahrhundert', 'jahrhunderts'],
  calendarWords: germanCalendarWords,
  sectionWords: ['maßnahme', 'ziel', 'artikel', 'art', 'punkt', 'absatz', 'abs', 'abschnitt', 'kapitel', 'anhang', 'ziffer', 'version', 'tabelle', 'abbildung', 'änderungsantrag'],
};
