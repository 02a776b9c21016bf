/**
 * The shared state of one extraction pass (tokens, profile, cached number readings) and the
 * small token tests every matcher uses.
 */
import type { Figure, FigureKind } from '../types.js';
import { formatValue, parseDigits, type NumberParse } from './numbers.js';
import type { FigureProfile } from './profile.js';
import type { Token } from './scan.js';
import { readWrittenNumber, type WrittenNumber } from './written.js';
import { CURRENCY_SYMBOLS, GLUE_ONLY_SYMBOLS, UNIT_SYMBOLS, isCurrency } from './units.js';

export interface Ctx {
  text: string;
  tokens: Token[];
  p: FigureProfile;
  /** Readings of number tokens, computed once per token. */
  parses: Map<number, NumberParse>;
  /** The last written-number reading: several matchers read the same position in turn. */
  written?: { at: number; reading: WrittenNumber | null };
}

/** `readWrittenNumber` at token `i`, read once however many matchers ask (callers never mutate it). */
export function writtenAt(ctx: Ctx, i: number): WrittenNumber | null {
  if (ctx.written?.at === i) return ctx.written.reading;
  const reading = readWrittenNumber(ctx.tokens, i, ctx.p);
  ctx.written = { at: i, reading };
  return reading;
}

export function parseAt(ctx: Ctx, i: number): NumberParse {
  let parse = ctx.parses.get(i);
  if (!parse) {
    const t = ctx.tokens[i];
    parse = parseDigits(t?.groups ?? [], t?.seps ?? [], ctx.p);
    ctx.parses.set(i, parse);
  }
  return parse;
}

/** A figure under construction, spanning tokens [startTok, endTok). */
export interface Built {
  figure: Figure;
  startTok: number;
  endTok: number;
}

export const LATIN_WORD = /^[A-Za-z\u00c0-\u024f]/;

export function tok(ctx: Ctx, i: number): Token | undefined {
  return ctx.tokens[i];
}

export function isWord(t: Token | undefined, lower?: string): t is Token {
  return t !== undefined && t.type === 'word' && (lower === undefined || t.lower === lower);
}

export function isPunct(t: Token | undefined, lower?: string): t is Token {
  return t !== undefined && t.type === 'punct' && (lower === undefined || t.lower === lower);
}

export function isNum(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'num';
}

export function glued(t: Token | undefined): boolean {
  return t !== undefined && !t.space;
}

export function plainInt(t: Token | undefined): number | null {
  if (!isNum(t) || t.enclosed || (t.seps?.length ?? 0) > 0) return null;
  return Number(t.groups?.[0] ?? 'x');
}

export function surface(ctx: Ctx, startTok: number, endTok: number): { surface: string; start: number; end: number } {
  const start = ctx.tokens[startTok]?.start ?? 0;
  const end = ctx.tokens[endTok - 1]?.end ?? start;
  return { surface: ctx.text.slice(start, end), start, end };
}

/**
 * The figure over tokens [startTok, endTok), its fields written out one by one: an object spread
 * (`{ ...span, kind }`) costs microseconds in V8 and this runs for every figure. The field order is
 * the JSON output's; optional fields are set afterwards, in the order callers always set them.
 */
export function spanFigure(ctx: Ctx, startTok: number, endTok: number, kind: FigureKind, value: number | null, unit: string | null, key: string): Figure {
  const start = ctx.tokens[startTok]?.start ?? 0;
  const end = ctx.tokens[endTok - 1]?.end ?? start;
  return { surface: ctx.text.slice(start, end), start, end, kind, value, unit, key };
}

/** A weak figure over tokens [startTok, endTok) (see `spanFigure`). */
export function weakFigure(ctx: Ctx, startTok: number, endTok: number, kind: FigureKind, value: number | null, unit: string | null, key: string): Figure {
  const figure = spanFigure(ctx, startTok, endTok, kind, value, unit, key);
  figure.weak = true;
  return figure;
}

export function kindOfUnit(unit: string | null, fallback: FigureKind): FigureKind {
  if (unit === null) return fallback;
  if (unit === '%') return 'percent';
  if (unit === 'pp') return 'percentage-point';
  if (isCurrency(unit)) return 'currency';
  return 'quantity';
}

export function figureKey(kind: FigureKind, value: number | null, unit: string | null): string {
  const v = value === null ? '' : formatValue(value);
  switch (kind) {
    case 'year':
      return `year:${v}`;
    case 'ordinal':
      return `ord:${v}`;
    case 'number':
      return `num:${v}`;
    default:
      return `${unit ?? kind}:${v}`;
  }
}

/** A number followed by a unit, a scale or a currency is a quantity, not an hour. */
export function isAmountFollower(ctx: Ctx, i: number): boolean {
  const t = tok(ctx, i);
  if (!t) return false;
  if (t.type === 'punct') return t.lower === '%' || CURRENCY_SYMBOLS[t.text] !== undefined || t.lower === '°';
  if (t.type !== 'word') return false;
  // fr `de 5 à 10 cm`: a unit symbol after the number makes it an amount, not `à 10` (10:00).
  return ctx.p.scaleWords.has(t.lower) || (UNIT_SYMBOLS[t.text] !== undefined && !GLUE_ONLY_SYMBOLS.has(t.text)) || ctx.p.units.match(ctx.tokens, i) !== null ||
    ctx.p.currencies.match(ctx.tokens, i) !== null || ctx.p.percent.match(ctx.tokens, i) !== null;
}
