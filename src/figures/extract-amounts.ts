/** Amounts: [sign] [currency] number [scale] [percent | currency | unit], with their alternative readings. */
import type { Figure, FigureReading } from '../types.js';
import {
  figureKey, glued, isNum, isPunct, isWord, kindOfUnit, LATIN_WORD, parseAt, plainInt, surface, tok, type Built, type Ctx, writtenAt,
} from './extract-context.js';
import { centuryFollows, yearContextBefore } from './extract-dates.js';
import { identifierFigure } from './extract-identifiers.js';
import { collectiveContext, isLineup, otherSenses, pointDecimalContext, sectionNumberContext } from './extract-senses.js';
import { formatValue, type NumberReading } from './numbers.js';
import {
  CJK_SCALES, CURRENCY_ALIASES, GLUE_ONLY_SYMBOLS, CURRENCY_CODES, CURRENCY_SYMBOLS, GLUED_CURRENCY_PREFIXES, UNIT_SYMBOLS, isCurrency,
} from './units.js';

/** Compound imperial measures: `6 feet 2 inches`, `5 lb 3 oz`, `11 st 4 lb`. */
const SMALLER_UNIT: Readonly<Record<string, { unit: string; per: number }>> = {
  ft: { unit: 'in', per: 12 }, lb: { unit: 'oz', per: 16 }, st: { unit: 'lb', per: 14 }, yd: { unit: 'ft', per: 3 },
};

const COMMON_DENOMINATORS = new Set([2, 3, 4, 8, 16, 32, 64]);


interface Core {
  readings: NumberReading[];
  endTok: number;
  /** Character end when the last token is only partly used (`150万人`). */
  endChar?: number;
  written: boolean;
  weak: boolean;
  scale: number;
  mantissaScale: number;
  ordinal: boolean;
  grouped: boolean;
  identifier?: Built;
  /** A unit read with the number itself (`6'2"` in feet). */
  unit?: string;
}

export function matchCurrencyCodeFirst(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  if (CURRENCY_CODES.has(t.text) || (GLUED_CURRENCY_PREFIXES[t.text] && isNum(tok(ctx, i + 1)) && glued(tok(ctx, i + 1))) ||
    (isPunct(tok(ctx, i + 1)) && glued(tok(ctx, i + 1)) && CURRENCY_SYMBOLS[t.text + (tok(ctx, i + 1)?.text ?? '')])) {
    return matchAmount(ctx, i);
  }
  return null;
}

function currencyPrefix(ctx: Ctx, i: number): { code: string; end: number } | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'word') {
    const next = tok(ctx, i + 1);
    if (isPunct(next) && glued(next)) {
      const code = CURRENCY_SYMBOLS[t.text + next.text];
      if (code && isNum(tok(ctx, i + 2))) return { code, end: i + 2 };
    }
    if (CURRENCY_CODES.has(t.text) && (isNum(next) || (isPunct(next, '-') && glued(next) && isNum(tok(ctx, i + 2)) && glued(tok(ctx, i + 2))))) {
      return { code: CURRENCY_ALIASES[t.text] ?? t.text, end: i + 1 };
    }
    const glue = GLUED_CURRENCY_PREFIXES[t.text];
    if (glue && isNum(next) && glued(next)) return { code: glue, end: i + 1 };
    return null;
  }
  if (t.type === 'punct') {
    const code = CURRENCY_SYMBOLS[t.text] ?? CURRENCY_SYMBOLS[t.lower];
    if (code) {
      const next = tok(ctx, i + 1);
      if (isNum(next)) return { code, end: i + 1 };
      if (isPunct(next, '-') && glued(next) && isNum(tok(ctx, i + 2))) return { code, end: i + 1 };
      if (isWord(next) && writtenAt(ctx, i + 1)) return { code, end: i + 1 };
    }
  }
  return null;
}

function readCore(ctx: Ctx, i: number): Core | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'num') {
    const parse = parseAt(ctx, i);
    if (parse.kind === 'identifier') return null;
    const prime = tok(ctx, i + 1);
    if (t.seps?.length === 1 && t.seps[0] === "'" && (t.groups?.[0]?.length ?? 0) === 1 && (t.groups?.[1]?.length ?? 0) <= 2 &&
      isPunct(prime) && glued(prime) && (prime.text === '"' || prime.text === '″' || prime.text === '”')) {
      const feet = Number(t.groups?.[0]) + Number(t.groups?.[1]) / 12;
      return {
        readings: [{ value: feet, cost: 0, grouped: false, decimals: 0 }], endTok: i + 2, written: false, weak: false, scale: 1,
        mantissaScale: 1, ordinal: false, grouped: false, unit: 'ft',
      };
    }
    if (t.brokenSeparator) {
      const value = Number((t.groups ?? []).join(''));
      return {
        readings: [{ value, cost: 1, issue: 'a space follows the thousands separator', grouped: true, decimals: 0 }],
        endTok: i + 1, written: false, weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: true,
      };
    }
    // `1/4`, `3/4 mile`: a common fraction
    const slash = tok(ctx, i + 1);
    const den = tok(ctx, i + 2);
    if (isPunct(slash, '/') && glued(slash) && glued(den) && plainInt(t) !== null && plainInt(den) !== null && !isPunct(tok(ctx, i + 3), '/')) {
      const a = plainInt(t) ?? 0;
      const b = plainInt(den) ?? 1;
      if (a < b && COMMON_DENOMINATORS.has(b)) {
        return {
          readings: [{ value: a / b, cost: 0, grouped: false, decimals: 0 }], endTok: i + 3, written: false, weak: false,
          scale: 1, mantissaScale: 1, ordinal: false, grouped: false,
        };
      }
    }
    // `2 1/4`: a whole number and a common fraction
    const fracNum = tok(ctx, i + 1);
    const fracSlash = tok(ctx, i + 2);
    const fracDen = tok(ctx, i + 3);
    if ((t.seps?.length ?? 0) === 0 && isNum(fracNum) && fracNum.space && isPunct(fracSlash, '/') && glued(fracSlash) && glued(fracDen) &&
      plainInt(fracNum) !== null && plainInt(fracDen) !== null && !isPunct(tok(ctx, i + 4), '/')) {
      const a = plainInt(fracNum) ?? 0;
      const b = plainInt(fracDen) ?? 1;
      if (a < b && COMMON_DENOMINATORS.has(b)) {
        return {
          readings: [{ value: Number(t.groups?.[0] ?? 0) + a / b, cost: 0, grouped: false, decimals: 0 }], endTok: i + 4, written: false,
          weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: false,
        };
      }
    }
    return {
      readings: parse.readings, endTok: i + 1, written: false, weak: false, scale: 1, mantissaScale: 1, ordinal: false,
      grouped: (t.seps?.length ?? 0) > 0,
    };
  }
  if (t.type === 'word') {
    const cjk = readCjkNumber(ctx, i);
    if (cjk) return cjk;
    const written = writtenAt(ctx, i);
    if (!written) return null;
    return {
      readings: [{ value: written.mantissa, cost: 0, grouped: false, decimals: 0 }], endTok: written.end, written: true,
      weak: written.weak, scale: written.scale, mantissaScale: written.scale, ordinal: written.ordinal === true, grouped: false,
    };
  }
  return null;
}

export const CJK_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** Chinese and Japanese numerals (`三`, `二十五`, `三千五百`, `一万`), one Han character per token. */
function readCjkNumber(ctx: Ctx, i: number): Core | null {
  let j = i;
  const values: number[] = [];
  while (j < ctx.tokens.length && j - i < 20) {
    const t = tok(ctx, j);
    if (!t || t.type !== 'word' || (j > i && !glued(t))) break;
    const digit = CJK_DIGITS[t.text];
    const scale = CJK_SCALES[t.text];
    if (digit === undefined && scale === undefined) break;
    values.push(digit ?? scale ?? 0);
    j += 1;
  }
  if (values.length === 0 || (values.length === 1 && (values[0] ?? 0) >= 10)) return null;
  let total = 0;
  let section = 0;
  let current = 0;
  for (const v of values) {
    if (v < 10) current = current * 10 + v;
    else if (v < 1e4) {
      section += (current === 0 ? 1 : current) * v;
      current = 0;
    } else {
      total += (section + current === 0 ? 1 : section + current) * v;
      section = 0;
      current = 0;
    }
  }
  const value = total + section + current;
  return { readings: [{ value, cost: 0, grouped: false, decimals: 0 }], endTok: j, written: true, weak: false, scale: 1, mantissaScale: 1, ordinal: false, grouped: false };
}

/** Scale words after the core: `3 milioni`, `4 milioni e 325 mila`, `3 milioni e mezzo`, `$3m`, `150万`. */
function readScale(ctx: Ctx, core: Core, hasCurrency: boolean): { scale: number; extra: number; end: number; endChar?: number } {
  let j = core.endTok;
  let scale = 1;
  let extra = 0;
  let endChar: number | undefined;
  const t = tok(ctx, j);
  if (isWord(t) && glued(t) && !core.written) {
    const word = ctx.p.scaleWords.get(t.lower);
    const suffix = ctx.p.scaleSuffixes[t.text] ?? ctx.p.scaleSuffixes[t.lower] ?? (word !== undefined && t.lower.length > 2 ? word : undefined);
    const cjk = CJK_SCALES[t.text[0] ?? ''];
    if (suffix !== undefined) {
      return { scale: suffix, extra: 0, end: j + 1 };
    }
    if (cjk !== undefined) {
      endChar = t.start + 1;
      return { scale: cjk, extra: 0, end: j + 1, endChar };
    }
    return { scale: 1, extra: 0, end: j };
  }
  if (isWord(t)) {
    const s = ctx.p.scaleWords.get(t.lower);
    if (s !== undefined && (t.lower.length > 1 || hasCurrency) && !(core.written && core.scale > 1)) {
      scale = s;
      j += 1;
      if (t.lower.length <= 4 && isPunct(tok(ctx, j), '.') && glued(tok(ctx, j)) && !ctx.p.numberWords.has(t.lower)) j += 1;
      // `mila miliardi` (10^12), `thousand million`: a larger scale right after multiplies
      const bigger = tok(ctx, j);
      const next = isWord(bigger) ? ctx.p.scaleWords.get(bigger.lower) : undefined;
      if (next !== undefined && next > scale && bigger && bigger.lower.length > 1) {
        scale *= next;
        j += 1;
      }
      // `4 milioni e 325 mila`, `3 milioni e mezzo`
      const link = tok(ctx, j);
      if (isWord(link) && ctx.p.connectors.has(link.lower)) {
        const half = tok(ctx, j + 1);
        const frac = half ? ctx.p.data.fractionWords[half.lower] : undefined;
        if (frac !== undefined && isWord(half)) {
          extra = frac * scale;
          j += 2;
        } else {
          const part = readCore(ctx, j + 1);
          const partScaleTok = part ? tok(ctx, part.endTok) : undefined;
          const partScale = partScaleTok ? ctx.p.scaleWords.get(partScaleTok.lower) : undefined;
          const partValue = part?.readings[0]?.value;
          if (part && partValue !== undefined && partScale !== undefined && partScale < scale && isWord(partScaleTok)) {
            extra = partValue * partScale;
            j = part.endTok + 1;
          } else if (part && partValue !== undefined && part.written && part.scale > 1 && part.scale < scale) {
            extra = partValue * part.scale;
            j = part.endTok;
          }
        }
      }
    }
  }
  return endChar !== undefined ? { scale, extra, end: j, endChar } : { scale, extra, end: j };
}

interface Suffix {
  unit: string | null;
  unitAlternatives: string[];
  end: number;
  ordinal: boolean;
  degreeOrdinal?: boolean;
}

/** A suffix found (built field by field: spreading a template object is slow in V8). */
function unitSuffix(unit: string | null, end: number): Suffix {
  return { unit, unitAlternatives: [], end, ordinal: false };
}

function ordinalSuffix(end: number): Suffix {
  return { unit: null, unitAlternatives: [], end, ordinal: true };
}

function readSuffix(ctx: Ctx, j: number, core: Core, hasCurrency: boolean): Suffix {
  const none: Suffix = { unit: null, unitAlternatives: [], end: j, ordinal: false };
  const t = tok(ctx, j);
  if (!t) return none;
  // glued ordinal suffix: `44th`, `1st`, `47esimo`
  if (isWord(t) && glued(t) && !core.written && ctx.p.data.ordinalSuffixes.includes(t.lower)) {
    return ordinalSuffix(j + 1);
  }
  // glued age suffix: `56enne`
  if (isWord(t) && glued(t) && !core.written && ctx.p.data.ageSuffix === t.lower) return unitSuffix('year', j + 1);
  if (t.type === 'punct') {
    if (t.lower === '%') return unitSuffix('%', j + 1);
    if (t.lower === '‰') return unitSuffix('‰', j + 1);
    if (t.text === 'ª' && glued(t)) return ordinalSuffix(j + 1);
    // de `19. Jahrhundert`: an ordinal written with a full stop, before a century word (a locale hook).
    const after = tok(ctx, j + 1);
    if (t.text === '.' && glued(t) && !core.written && ctx.p.data.ordinalDot && isWord(after) && ctx.p.centuryWords.has(after.lower)) {
      return ordinalSuffix(j + 1);
    }
    if (t.lower === '°') {
      const next = tok(ctx, j + 1);
      const afterUnit = tok(ctx, j + 2);
      if (isWord(next) && (next.text === 'C' || next.text === 'F') && !(isWord(afterUnit) && glued(afterUnit))) {
        return unitSuffix(next.text === 'C' ? 'degC' : 'degF', j + 2);
      }
      if (ctx.p.data.degreeSignOrdinal && isWord(next) && core.readings[0] && Number.isInteger(core.readings[0].value)) {
        const unitMatch = ctx.p.units.match(ctx.tokens, j + 1);
        if (!unitMatch) return { unit: null, unitAlternatives: [], end: j + 1, ordinal: true, degreeOrdinal: true };
      }
      return unitSuffix('deg', j + 1);
    }
    // `13-year-old`, `6-foot-6`, `two-foot`: a glued hyphen before the unit name
    if (t.lower === '-' && !t.space && isWord(tok(ctx, j + 1)) && glued(tok(ctx, j + 1))) {
      const age = ctx.p.ageWords.match(ctx.tokens, j + 1);
      if (age) return unitSuffix('year', age.end);
      const unit = ctx.p.units.match(ctx.tokens, j + 1);
      if (unit && !hasCurrency) {
        const value = unit.value;
        const first = typeof value === 'string' ? value : value.find((u) => !isCurrency(u)) ?? null;
        if (first) return unitSuffix(first, unit.end);
      }
      return none;
    }
    if (!hasCurrency) {
      const code = CURRENCY_SYMBOLS[t.text] ?? CURRENCY_SYMBOLS[t.lower];
      if (code) return unitSuffix(code, j + 1);
    }
    return none;
  }
  if (t.type !== 'word') return none;
  // `19th century`, `XIX secolo`
  if (ctx.p.centuryWords.has(t.lower)) return none;
  // percent and percentage points
  const points = ctx.p.points.match(ctx.tokens, j);
  if (points) return unitSuffix('pp', points.end);
  const percent = ctx.p.percent.match(ctx.tokens, j);
  if (percent && !hasCurrency) return unitSuffix('%', percent.end);
  // currency codes and symbols written as letters after the number
  if (!hasCurrency) {
    if (CURRENCY_CODES.has(t.text)) return unitSuffix(CURRENCY_ALIASES[t.text] ?? t.text, j + 1);
    const symbol = CURRENCY_SYMBOLS[t.text];
    if (symbol && (t.text.length > 1 || !LATIN_WORD.test(t.text))) {
      let end = j + 1;
      if (isPunct(tok(ctx, end), '.') && glued(tok(ctx, end)) && CURRENCY_SYMBOLS[`${t.text}.`]) end += 1;
      return unitSuffix(symbol, end);
    }
    const withDot = CURRENCY_SYMBOLS[`${t.text}.`];
    if (withDot && isPunct(tok(ctx, j + 1), '.') && glued(tok(ctx, j + 1))) return unitSuffix(withDot, j + 2);
  }
  // unit symbols: `km`, `kg`, `km/h`, `m²` (unless a longer unit name starts here: `km/ora`)
  const symbolUnit = unitSymbolAt(ctx, j);
  const namedUnit = ctx.p.units.match(ctx.tokens, j);
  if (symbolUnit && !(namedUnit && namedUnit.end > symbolUnit.end)) return unitSuffix(symbolUnit.unit, symbolUnit.end);
  // names, optionally after a connector: `3 milioni di dollari`, `1/4 di miglio`
  for (const skip of [0, 1, 2]) {
    const k = j + skip;
    if (skip > 0) {
      const connector = tok(ctx, k - 1);
      if (!isWord(connector) && !(skip === 2 && isPunct(connector, "'"))) break;
      if (skip === 1 && !ctx.p.unitConnectors.has(connector?.lower ?? '')) break;
      if (skip === 2 && !(isPunct(connector, "'") && ctx.p.unitConnectors.has(tok(ctx, k - 2)?.lower ?? ''))) break;
    }
    if (!hasCurrency) {
      const currency = ctx.p.currencies.match(ctx.tokens, k);
      if (currency) return unitSuffix(currency.value, currency.end);
      const symbol = tok(ctx, k);
      const code = skip > 0 && symbol?.type === 'punct' ? CURRENCY_SYMBOLS[symbol.text] : undefined;
      if (code) return unitSuffix(code, k + 1);
    }
    const age = ctx.p.ageWords.match(ctx.tokens, k);
    if (age && age.end > k + 1) return unitSuffix('year', age.end);
    const unit = ctx.p.units.match(ctx.tokens, k);
    if (unit) {
      const value = unit.value;
      if (typeof value === 'string') return unitSuffix(value, unit.end);
      const options = hasCurrency ? value.filter((u) => !isCurrency(u)) : [...value];
      if (options.length > 0) return { unit: options[0] ?? null, unitAlternatives: options.slice(1), end: unit.end, ordinal: false };
    }
  }
  return none;
}

function unitSymbolAt(ctx: Ctx, j: number): { unit: string; end: number } | null {
  const t = tok(ctx, j);
  if (!isWord(t)) return null;
  // compound symbols: km/h, m/s, km²
  const slash = tok(ctx, j + 1);
  const denominator = tok(ctx, j + 2);
  if (isPunct(slash, '/') && glued(slash) && isWord(denominator) && glued(denominator)) {
    const compound = UNIT_SYMBOLS[`${t.text}/${denominator.text}`];
    if (compound) return { unit: compound, end: j + 3 };
  }
  const sup = tok(ctx, j + 1);
  if (isPunct(sup) && glued(sup) && (sup.text === '²' || sup.text === '³')) {
    const withPower = UNIT_SYMBOLS[t.text + sup.text];
    if (withPower) return { unit: withPower, end: j + 2 };
  }
  const unit = UNIT_SYMBOLS[t.text];
  if (!unit) return null;
  // Symbols that are also common words (`in`, `min`) count only glued to the digits.
  if (t.space && GLUE_ONLY_SYMBOLS.has(t.text)) return null;
  // One-letter symbols only when glued or clearly standing alone (`5 m.`, `1.100 V`).
  if (t.text.length === 1 && t.space) {
    const next = tok(ctx, j + 1);
    if (t.text === t.text.toLowerCase() && isWord(next) && !next.space) return null;
    // Outside English a spaced `m` before a word is metres (fr `un jeune de 2 m qui`, pt `1,98 m de altura`);
    // English writes millions that way (`$5 m deal`), so there it stays unread.
    const metresBeforeWord = t.text === 'm' && ctx.p.code !== 'en' && isWord(next) && next.text === next.lower;
    if ((t.text === 'm' && !metresBeforeWord) || t.text === 's' || t.text === 't' || t.text === 'l' || t.text === 'h' || t.text === 'g') {
      if (isWord(next)) return null;
    }
  }
  return { unit, end: j + 1 };
}

function signBefore(ctx: Ctx, i: number): -1 | 1 | 0 {
  const t = tok(ctx, i - 1);
  if (!isPunct(t) || (t.lower !== '-' && t.lower !== '+' && t.lower !== '–')) return 0;
  if (!glued(tok(ctx, i))) return 0;
  const before = tok(ctx, i - 2);
  if (before && !t.space && (before.type === 'word' || before.type === 'num')) return 0;
  if (t.lower === '–' && t.space === false && before) return 0;
  return t.lower === '+' ? 1 : -1;
}

/** `$`, `US$`, `EUR`, a sign: what may precede the number of an amount. */
function readAmountPrefix(ctx: Ctx, i: number): { currency: string | null; sign: -1 | 1 | 0; startTok: number; coreTok: number } | null {
  const first = tok(ctx, i);
  if (!first) return null;
  const prefix = currencyPrefix(ctx, i);
  if (!prefix) {
    if (first.type === 'punct') return null;
    const sign = signBefore(ctx, i);
    return { currency: null, sign, startTok: sign !== 0 ? i - 1 : i, coreTok: i };
  }
  let coreTok = prefix.end;
  let sign: -1 | 1 | 0 = 0;
  if (isPunct(tok(ctx, coreTok), '-') && isNum(tok(ctx, coreTok + 1)) && glued(tok(ctx, coreTok + 1))) {
    sign = -1; // `€-0.25`, `USD-0.25`
    coreTok += 1;
  }
  const before = signBefore(ctx, i); // `-$0.25`
  return { currency: prefix.code, sign: sign || before, startTok: before !== 0 ? i - 1 : i, coreTok };
}

/** Letters glued to digits that are no scale, unit, ordinal or currency we know (`3D`, `4K`, `5G`). */
function unknownGluedSuffix(ctx: Ctx, at: number): boolean {
  const after = tok(ctx, at);
  if (!isWord(after) || !glued(after) || !LATIN_WORD.test(after.text)) return false;
  const p = ctx.p;
  const known = p.scaleSuffixes[after.text] !== undefined || p.scaleSuffixes[after.lower] !== undefined ||
    CJK_SCALES[after.text[0] ?? ''] !== undefined || p.data.ordinalSuffixes.includes(after.lower) || p.data.ageSuffix === after.lower ||
    unitSymbolAt(ctx, at) !== null || CURRENCY_CODES.has(after.text) || after.lower === 'am' || after.lower === 'pm' ||
    p.units.match(ctx.tokens, at) !== null || p.currencies.match(ctx.tokens, at) !== null || p.percent.match(ctx.tokens, at) !== null;
  return !known;
}

/** `6 feet 2 inches`, `5 lb 3 oz`, `6-foot-6`: the smaller unit's share, in the larger unit, and where it ends. */
function readCompoundImperial(ctx: Ctx, unit: string | null, end: number): { extra: number; end: number } {
  const smaller = unit ? SMALLER_UNIT[unit] : undefined;
  if (!smaller) return { extra: 0, end };
  const count = plainInt(tok(ctx, end));
  if (count !== null) {
    const part = tok(ctx, end + 1);
    const named = ctx.p.units.match(ctx.tokens, end + 1);
    const partUnit = part ? (UNIT_SYMBOLS[part.text] ?? named?.value) : undefined;
    if (partUnit === smaller.unit) return { extra: count / smaller.per, end: named?.end ?? end + 2 };
  }
  const hyphen = tok(ctx, end);
  const inches = plainInt(tok(ctx, end + 1));
  if (isPunct(hyphen, '-') && glued(hyphen) && inches !== null && glued(tok(ctx, end + 1))) return { extra: inches / smaller.per, end: end + 2 };
  return { extra: 0, end };
}

/** A bare four-digit number after `in`, `nel`, a month … is a year; grouped, it is a format error. */
function yearKind(ctx: Ctx, startTok: number, primary: NumberReading, digits: number): { year: boolean; issue?: string } {
  if (digits !== 4 || primary.value < 1000 || primary.value > 2100 || !yearContextBefore(ctx, startTok)) return { year: false };
  return primary.grouped ? { year: true, issue: 'years are never written with a thousands separator' } : { year: true };
}

function alternativeReadings(figure: Figure, readings: readonly NumberReading[], unitAlternatives: readonly string[],
  valueOf: (r: NumberReading) => number): FigureReading[] {
  const alternatives: FigureReading[] = [];
  for (const r of readings.slice(1)) {
    const value = valueOf(r);
    // Fields one by one (spreads are slow), in the order the output has always had.
    const alternative: FigureReading = { value, unit: figure.unit, key: figureKey(figure.kind, value, figure.unit), kind: figure.kind };
    if (r.issue && r.cost === 1) alternative.formatIssue = r.issue;
    if (r.cost === 2) alternative.implausible = true;
    alternative.note = r.cost === 1 ? "read with another locale's separators" : r.cost === 2 ? 'unlikely reading' : 'alternative reading';
    alternatives.push(alternative);
  }
  for (const altUnit of unitAlternatives) {
    const altKind = kindOfUnit(altUnit, 'number');
    alternatives.push({ value: figure.value, unit: altUnit, key: figureKey(altKind, figure.value, altUnit), kind: altKind, note: `read as ${altUnit}` });
  }
  // it `arrivò 3°`: a bare degree sign after a small integer may be an ordinal
  if (figure.unit === 'deg' && Number.isInteger(figure.value) && (figure.value ?? 0) > 0 && (figure.value ?? 0) <= 100) {
    alternatives.push({ value: figure.value, unit: null, key: `ord:${formatValue(figure.value ?? 0)}`, kind: 'ordinal', note: 'an ordinal' });
  }
  return alternatives;
}

/** An amount: [sign] [currency] number [scale] [percent | currency | unit], e.g. `-$3.5bn`, `3 milioni di dollari`. */
export function matchAmount(ctx: Ctx, i: number): Built | null {
  const prefix = readAmountPrefix(ctx, i);
  if (!prefix) return null;
  const { currency, sign, startTok, coreTok: j } = prefix;
  const core = readCore(ctx, j);
  if (!core) return null;
  if (!core.written && !currency && unknownGluedSuffix(ctx, core.endTok)) {
    let k = core.endTok + 1;
    while (k < ctx.tokens.length && glued(tok(ctx, k)) && (tok(ctx, k)?.type === 'word' || tok(ctx, k)?.type === 'num')) k += 1;
    return identifierFigure(ctx, startTok, k, true);
  }
  const scaled = readScale(ctx, core, currency !== null);
  // `802.11b`, `3.11a`: a one-letter scale suffix after two or more decimals names a model, not an amount
  const letter = scaled.scale > 1 && scaled.end === core.endTok + 1 ? tok(ctx, core.endTok) : undefined;
  const oneLetter = letter !== undefined && glued(letter) && letter.text.length === 1;
  if (oneLetter && !currency && (core.readings[0]?.decimals ?? 0) >= 2) {
    let k = scaled.end;
    while (k < ctx.tokens.length && glued(tok(ctx, k)) && (tok(ctx, k)?.type === 'word' || tok(ctx, k)?.type === 'num')) k += 1;
    return identifierFigure(ctx, startTok, k, true);
  }
  const suffix = readSuffix(ctx, scaled.end, core, currency !== null);
  let unit = currency ?? core.unit ?? suffix.unit;
  const unitAlternatives = currency ? [] : suffix.unitAlternatives;
  // `C$ … dollars`: a currency name after the number is more specific than the symbol before it
  if (currency && suffix.unit && isCurrency(suffix.unit)) unit = suffix.unit;
  const compound = readCompoundImperial(ctx, unit, Math.max(scaled.end, suffix.end));
  const end = compound.end;
  const endChar = suffix.end > scaled.end ? undefined : scaled.endChar;
  const permille = unit === '‰';
  if (permille) unit = '%';
  const totalScale = scaled.scale * core.scale * (permille ? 0.1 : 1);
  const ordinal = suffix.ordinal || core.ordinal;
  // `un secondo incontro`: the article belongs to the ordinal, not to a unit `secondo`
  const coreWord = tok(ctx, j);
  const articleCore = core.written && totalScale === 1 && coreWord !== undefined && ctx.p.articles.has(coreWord.lower) && core.endTok === j + 1;
  if (articleCore && unit !== null && ctx.p.ordinalWords.has(tok(ctx, core.endTok)?.lower ?? '')) return null;
  // `19th century`, `19th-century`
  if (ordinal) {
    const k = isPunct(tok(ctx, end), '-') && glued(tok(ctx, end)) ? end + 1 : end;
    if (centuryFollows(ctx, k)) unit = 'century';
  }
  const primary = core.readings[0];
  if (!primary) return null;
  const s = surface(ctx, startTok, end);
  if (endChar !== undefined) {
    s.end = endChar;
    s.surface = ctx.text.slice(s.start, s.end);
  }
  const signValue = sign === -1 ? -1 : 1;
  const valueOf = (r: NumberReading): number => signValue * (r.value * totalScale + scaled.extra + compound.extra);
  const figure: Figure = {
    surface: s.surface,
    start: s.start,
    end: s.end,
    kind: ordinal ? 'ordinal' : kindOfUnit(unit, 'number'),
    value: valueOf(primary),
    unit: ordinal && unit !== 'century' ? null : unit,
    key: '',
  };
  if (totalScale !== 1) {
    figure.mantissa = signValue * primary.value;
    figure.scale = totalScale;
  }
  let issue = primary.cost === 1 ? primary.issue : undefined;
  // it `magnitudo 7.5`: some measures keep the decimal point by convention
  if (issue && primary.decimals > 0 && pointDecimalContext(ctx, startTok)) issue = undefined;
  if (issue && primary.decimals > 0 && figure.kind === 'number' && figure.unit === null && totalScale === 1 && sectionNumberContext(ctx, startTok)) issue = undefined;
  if (figure.kind === 'number' && totalScale === 1 && sign === 0 && !core.written && primary.decimals === 0) {
    const year = yearKind(ctx, startTok, primary, (tok(ctx, j)?.groups ?? []).join('').length);
    if (year.year) figure.kind = 'year';
    issue = year.issue ?? issue;
  }
  figure.key = figure.unit === 'century' ? `century:${formatValue(figure.value ?? 0)}`
    : suffix.degreeOrdinal ? `ord:${formatValue(figure.value ?? 0)}` : figureKey(figure.kind, figure.value, figure.unit);
  if (issue) figure.formatIssue = issue;
  const alternatives = alternativeReadings(figure, core.readings, unitAlternatives, valueOf)
    .filter((r) => r.kind !== 'ordinal' || ctx.p.data.degreeSignOrdinal === true);
  alternatives.push(...otherSenses(ctx, j, figure, core, { metres: oneLetter && letter?.text === 'm' && !currency && unit === null, signValue, endTok: end }));
  // pt `estavam 26º na costa`: the sign before a word is an ordinal indicator or a degree sign
  if (suffix.degreeOrdinal && figure.value !== null) {
    alternatives.push({ value: figure.value, unit: 'deg', key: figureKey('quantity', figure.value, 'deg'), kind: 'quantity', note: 'degrees' });
  }
  if (alternatives.length > 0) figure.alternatives = alternatives;
  if (isLineup(ctx, startTok, figure, core)) figure.weak = true;
  // Article-like words (`un`, `one`) and small written numbers (`two` → `i due`, `twice` → `due volte`) are often rephrased.
  const smallWritten = core.written && Math.abs(figure.value ?? 0) <= 12 && figure.kind !== 'currency' && figure.kind !== 'percent';
  if ((core.weak || articleCore || smallWritten) && totalScale === 1) figure.weak = true;
  // `100 percent sure` ↔ `certeza absoluta`, `rose 100%` ↔ `doubled`: a whole hundred per cent is
  // as often a manner of speaking, so only a different value is drift, never its absence.
  if (figure.kind === 'percent' && figure.value === 100 && figure.qualifier === undefined) figure.weak = true;
  if (figure.kind === 'number' && totalScale === 1 && collectiveContext(ctx, startTok)) figure.weak = true;
  return { figure, startTok, endTok: end };
}
