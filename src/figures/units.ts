/**
 * Language-neutral unit and currency tables: canonical ids, symbols, dimensions and conversion
 * factors. Unit *names* are per language (`src/lang/<code>/figures.ts`); symbols are shared.
 */

export type Dimension =
  | 'length'
  | 'mass'
  | 'speed'
  | 'temperature'
  | 'angle'
  | 'volume'
  | 'area'
  | 'time'
  | 'voltage'
  | 'power'
  | 'energy'
  | 'data'
  | 'count';

export interface UnitInfo {
  dimension: Dimension;
  /** Multiply by this to get the dimension's base unit (m, kg, km/h, l, m², s, V, W, J, byte). */
  factor: number;
  /** Added after `factor` (temperatures: °F → °C is (x - 32) × 5/9, i.e. factor 5/9, offset -160/9). */
  offset?: number;
  /** Conversions into or out of this unit are surfaced for review at warning severity. */
  reviewConversions?: boolean;
  /** Printable symbol. */
  symbol: string;
}

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  mm: { dimension: 'length', factor: 0.001, symbol: 'mm' },
  cm: { dimension: 'length', factor: 0.01, symbol: 'cm' },
  m: { dimension: 'length', factor: 1, symbol: 'm' },
  km: { dimension: 'length', factor: 1000, symbol: 'km' },
  in: { dimension: 'length', factor: 0.0254, symbol: 'in' },
  ft: { dimension: 'length', factor: 0.3048, symbol: 'ft' },
  yd: { dimension: 'length', factor: 0.9144, symbol: 'yd' },
  mi: { dimension: 'length', factor: 1609.344, symbol: 'mi' },
  nmi: { dimension: 'length', factor: 1852, symbol: 'nmi' },
  mg: { dimension: 'mass', factor: 1e-6, symbol: 'mg' },
  g: { dimension: 'mass', factor: 0.001, symbol: 'g' },
  kg: { dimension: 'mass', factor: 1, symbol: 'kg' },
  t: { dimension: 'mass', factor: 1000, symbol: 't' },
  oz: { dimension: 'mass', factor: 0.028349523125, symbol: 'oz' },
  lb: { dimension: 'mass', factor: 0.45359237, symbol: 'lb' },
  st: { dimension: 'mass', factor: 6.35029318, symbol: 'st' },
  'km/h': { dimension: 'speed', factor: 1, symbol: 'km/h' },
  mph: { dimension: 'speed', factor: 1.609344, symbol: 'mph' },
  'm/s': { dimension: 'speed', factor: 3.6, symbol: 'm/s' },
  kn: { dimension: 'speed', factor: 1.852, symbol: 'kn' },
  degC: { dimension: 'temperature', factor: 1, symbol: '°C', reviewConversions: true },
  degF: { dimension: 'temperature', factor: 5 / 9, offset: -160 / 9, symbol: '°F', reviewConversions: true },
  deg: { dimension: 'angle', factor: 1, symbol: '°' },
  ml: { dimension: 'volume', factor: 0.001, symbol: 'ml' },
  l: { dimension: 'volume', factor: 1, symbol: 'l' },
  gal: { dimension: 'volume', factor: 3.785411784, symbol: 'gal' },
  bbl: { dimension: 'volume', factor: 158.987294928, symbol: 'bbl' },
  m3: { dimension: 'volume', factor: 1000, symbol: 'm³' },
  m2: { dimension: 'area', factor: 1, symbol: 'm²' },
  km2: { dimension: 'area', factor: 1e6, symbol: 'km²' },
  ha: { dimension: 'area', factor: 1e4, symbol: 'ha' },
  acre: { dimension: 'area', factor: 4046.8564224, symbol: 'acre' },
  sqft: { dimension: 'area', factor: 0.09290304, symbol: 'sq ft' },
  sqmi: { dimension: 'area', factor: 2589988.110336, symbol: 'sq mi' },
  s: { dimension: 'time', factor: 1, symbol: 's' },
  min: { dimension: 'time', factor: 60, symbol: 'min' },
  h: { dimension: 'time', factor: 3600, symbol: 'h' },
  day: { dimension: 'time', factor: 86400, symbol: 'days' },
  week: { dimension: 'time', factor: 604800, symbol: 'weeks' },
  month: { dimension: 'time', factor: 2629746, symbol: 'months' },
  year: { dimension: 'time', factor: 31556952, symbol: 'years' },
  V: { dimension: 'voltage', factor: 1, symbol: 'V' },
  kV: { dimension: 'voltage', factor: 1000, symbol: 'kV' },
  W: { dimension: 'power', factor: 1, symbol: 'W' },
  kW: { dimension: 'power', factor: 1e3, symbol: 'kW' },
  MW: { dimension: 'power', factor: 1e6, symbol: 'MW' },
  GW: { dimension: 'power', factor: 1e9, symbol: 'GW' },
  hp: { dimension: 'power', factor: 745.69987158227022, symbol: 'hp' },
  kWh: { dimension: 'energy', factor: 3.6e6, symbol: 'kWh' },
  MWh: { dimension: 'energy', factor: 3.6e9, symbol: 'MWh' },
  GWh: { dimension: 'energy', factor: 3.6e12, symbol: 'GWh' },
  cup: { dimension: 'volume', factor: 0.2365882365, symbol: 'cups' },
  bp: { dimension: 'count', factor: 1, symbol: 'bp' },
  KB: { dimension: 'data', factor: 1e3, symbol: 'KB' },
  MB: { dimension: 'data', factor: 1e6, symbol: 'MB' },
  GB: { dimension: 'data', factor: 1e9, symbol: 'GB' },
  TB: { dimension: 'data', factor: 1e12, symbol: 'TB' },
};

/** Unit symbols written after a number in any language (case-sensitive). */
export const UNIT_SYMBOLS: Readonly<Record<string, string>> = {
  mm: 'mm', cm: 'cm', m: 'm', km: 'km', mi: 'mi', ft: 'ft', yd: 'yd', in: 'in',
  mg: 'mg', g: 'g', kg: 'kg', t: 't', lb: 'lb', lbs: 'lb', oz: 'oz',
  'km/h': 'km/h', kmh: 'km/h', kph: 'km/h', mph: 'mph', 'm/s': 'm/s', kn: 'kn', kts: 'kn',
  ml: 'ml', l: 'l', L: 'l', gal: 'gal', bbl: 'bbl',
  'm²': 'm2', m2: 'm2', 'km²': 'km2', km2: 'km2', 'm³': 'm3', m3: 'm3', ha: 'ha',
  V: 'V', kV: 'kV', W: 'W', kW: 'kW', MW: 'MW', GW: 'GW', kWh: 'kWh', MWh: 'MWh', GWh: 'GWh', hp: 'hp', CV: 'hp',
  KB: 'KB', kB: 'KB', MB: 'MB', GB: 'GB', TB: 'TB',
  h: 'h', min: 'min', s: 's', sec: 's',
};

/** Symbols that are also common words (`in`, `min`): units only when glued to the digits. */
export const GLUE_ONLY_SYMBOLS: ReadonlySet<string> = new Set(['in', 'min', 'sec', 'h', 's', 't', 'l', 'g', 'kn', 'st', 'oz', 'L', 'ha']);

/** ISO 4217 codes (and crypto tickers) recognised before or after a number. */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CNY', 'RMB', 'AUD', 'CAD', 'NZD', 'HKD', 'SGD', 'SEK', 'NOK',
  'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'HRK', 'RUB', 'UAH', 'TRY', 'INR', 'PKR', 'BRL', 'MXN',
  'ARS', 'CLP', 'COP', 'PEN', 'ZAR', 'NGN', 'EGP', 'KES', 'ILS', 'SAR', 'AED', 'QAR', 'KRW', 'TWD',
  'THB', 'IDR', 'MYR', 'PHP', 'VND', 'ISK', 'FIM', 'DEM', 'FRF', 'ITL', 'ESP', 'BTC', 'ETH', 'XRP',
  'USDT', 'USDC', 'LTC', 'BNB', 'DOGE', 'SOL', 'ADA', 'XBT', 'BEF', 'PTE', 'SAT',
]);

/** Codes that are aliases of another code. */
export const CURRENCY_ALIASES: Readonly<Record<string, string>> = { RMB: 'CNY', XBT: 'BTC' };

/**
 * Currency symbols. `before` symbols precede the amount (`$ 3`, `US$3`); `after` symbols follow it
 * (`3 €`, `2 000 Kč`). Most symbols may sit on either side.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', U$S: 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD',
  HK$: 'HKD', S$: 'SGD', R$: 'BRL', MX$: 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY',
  '₿': 'BTC', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', '₴': 'UAH', '₫': 'VND',
  '฿': 'THB', '₦': 'NGN', '₱': 'PHP', 'Kč': 'CZK', 'zł': 'PLN', 'Ft': 'HUF', 'kr': 'SEK', 'Fr.': 'CHF',
  'CHF': 'CHF', 'Sfr.': 'CHF', '円': 'JPY', '元': 'CNY', '圆': 'CNY', '원': 'KRW',
};

/** Letter prefixes that are currency symbols only when glued to the digits (`R57.60`). */
export const GLUED_CURRENCY_PREFIXES: Readonly<Record<string, string>> = { R: 'ZAR', Rs: 'INR' };

/** Scale characters used by East Asian languages, glued to digits (`150万`). */
export const CJK_SCALES: Readonly<Record<string, number>> = {
  '十': 10, '百': 100, '千': 1e3, '万': 1e4, '萬': 1e4, '億': 1e8, '亿': 1e8, '兆': 1e12,
};

export function isCurrency(unit: string | null): boolean {
  return unit !== null && (CURRENCY_CODES.has(unit) || unit === 'cent' || unit === 'GBX');
}

export function unitInfo(unit: string | null): UnitInfo | undefined {
  return unit === null ? undefined : UNITS[unit];
}

/** Converts `value` from one unit to another of the same dimension, or returns null. */
export function convert(value: number, from: string, to: string): number | null {
  const a = UNITS[from];
  const b = UNITS[to];
  if (!a || !b || a.dimension !== b.dimension) return null;
  const base = value * a.factor + (a.offset ?? 0);
  return (base - (b.offset ?? 0)) / b.factor;
}

export function unitSymbol(unit: string): string {
  return UNITS[unit]?.symbol ?? unit;
}
