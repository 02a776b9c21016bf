import type { FigureLanguageData } from '../../figures/language.js';

/** French figure data (numbers, scales, currencies, percent, months, ranges). */
export const frenchFigures: FigureLanguageData = {
  code: 'fr',
  decimal: ',',
  group: ['.'],
  dateOrder: 'dmy',
  numberWords: {
    zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20,
    trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000,
    million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  },
  scaleWords: {
    mille: 1e3, million: 1e6, millions: 1e6, mio: 1e6, mn: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9,
    mds: 1e9, mrd: 1e9, billion: 1e12, billions: 1e12,
  },
  scaleSuffixes: { k: 1e3, K: 1e3, M: 1e6, Md: 1e9, Mds: 1e9 },
  numberConnectors: ['et'],
  fractionWords: { demi: 0.5, demie: 0.5 },
  denominators: { quarts: 4, tiers: 3 },
  groupNouns: { douzaine: 12, douzaines: 12 },
  articles: ['un', 'une'],
  weakNumberWords: ['un', 'une', 'zéro'],
  ordinalWords: {
    premier: 1, première: 1, deuxième: 2, second: 2, seconde: 2, troisième: 3, quatrième: 4, cinquième: 5,
  },
  ordinalNeedsDeterminer: ['second', 'seconde'],
  determiners: ['le', 'la', 'les', 'l', 'au', 'du', 'des'],
  ordinalSuffixes: ['e', 'er', 're', 'ème', 'eme'],
  percentWords: ['pour cent', 'pourcent'],
  pointWords: ['points de pourcentage', 'point de pourcentage', 'points de base'],
  currencyNames: {
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livre: 'GBP', livres: 'GBP',
    'livres sterling': 'GBP', franc: 'CHF', francs: 'CHF', 'francs suisses': 'CHF', yen: 'JPY', yens: 'JPY',
    centime: 'cent', centimes: 'cent', bitcoin: 'BTC', bitcoins: 'BTC',
  },
  unitConnectors: ['de', 'd'],
  unitNames: {
    mètre: 'm', mètres: 'm', kilomètre: 'km', kilomètres: 'km', centimètre: 'cm', centimètres: 'cm',
    kilogramme: 'kg', kilogrammes: 'kg', kilo: 'kg', kilos: 'kg', gramme: 'g', grammes: 'g', tonne: 't',
    tonnes: 't', mille: 'mi', milles: 'mi', pied: 'ft', pieds: 'ft', pouce: 'in', pouces: 'in',
    degré: 'deg', degrés: 'deg', litre: 'l', litres: 'l', heure: 'h', heures: 'h', minute: 'min',
    minutes: 'min', seconde: 's', secondes: 's', jour: 'day', jours: 'day', an: 'year', ans: 'year',
    année: 'year', années: 'year', mois: 'month', semaine: 'week', semaines: 'week',
  },
  qualifiers: {
    'plus de': 'gt', 'au moins': 'ge', 'moins de': 'lt', "jusqu ' à": 'le', environ: 'approx',
    'près de': 'nearly', presque: 'nearly', quelque: 'approx',
  },
  rangeOpeners: ['de', 'entre'],
  rangeJoiners: ['à', 'et'],
  months: {
    janvier: 1, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, septembre: 9,
    octobre: 10, novembre: 11, décembre: 12,
  },
  yearContext: ['en', 'depuis', 'année', 'jusqu'],
  timeContext: ['à'],
  meridiem: { 'du matin': 'am', "de l ' après-midi": 'pm', 'du soir': 'pm' },
  decadeWords: ['années'],
  ageWords: ['ans'],
  centuryWords: ['siècle', 'siècles'],
};
