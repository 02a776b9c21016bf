/**
 * Readings and contexts an amount may have besides its plain value: race distances, clock times,
 * percentage points, line-ups, section numbers and customary decimal points.
 */
import type { Figure, FigureReading } from '../types.js';
import { figureKey, isPunct, isWord, tok, type Ctx } from './extract-context.js';
import { militaryClock } from './extract-times.js';

/** What these checks read of an amount's number. */
export interface CoreSense {
  readings: ReadonlyArray<{ value: number }>;
  written: boolean;
}

/**
 * Readings a figure may have besides its own: `100m` is a race distance as often as a hundred
 * million; `1200 hours` is noon; English `15.00` is a time of day when the other side writes `15:00`.
 */
export function otherSenses(ctx: Ctx, coreTok: number, figure: Figure, core: CoreSense, opts: { metres: boolean; signValue: number; endTok: number }): FigureReading[] {
  const out: FigureReading[] = [];
  const value = figure.value;
  // en `won the district by 20 points`: an election margin in percentage points (`20 pontos percentuais`)
  const next = tok(ctx, opts.endTok);
  if (figure.kind === 'number' && value !== null && ctx.p.code === 'en' && isWord(next) && (next.lower === 'points' || next.lower === 'point')) {
    out.push({ value, unit: 'pp', key: figureKey('percentage-point', value, 'pp'), kind: 'percentage-point', note: 'percentage points' });
  }
  const mantissa = core.readings[0]?.value;
  if (opts.metres && mantissa !== undefined) {
    const metres = opts.signValue * mantissa;
    out.push({ value: metres, unit: 'm', key: figureKey('quantity', metres, 'm'), kind: 'quantity', note: 'metres (a race distance)' });
  }
  const clock = figure.unit === 'h' && !core.written ? militaryClock(ctx, coreTok) : null;
  if (clock) out.push(clockReading(clock.h, clock.m, 'a military time'));
  const t = tok(ctx, coreTok);
  const [hours, minutes] = t?.groups ?? [];
  if (figure.kind === 'number' && !core.written && t?.seps?.length === 1 && t.seps[0] === '.' && (hours?.length ?? 0) <= 2 && minutes?.length === 2) {
    const h = Number(hours);
    const m = Number(minutes);
    // the least likely reading: it must not outbid a separator problem (`3.14` → it `3.14`)
    if (h <= 23 && m <= 59) out.push({ ...clockReading(h, m, 'a time of day'), implausible: true });
  }
  return out;
}

function clockReading(h: number, m: number, note: string): FigureReading {
  return { value: h * 60 + m, unit: null, key: `time:${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`, kind: 'time', note };
}

/** A team's eleven (`starting 11`, `the Livi 11`): a line-up, not a count that must survive translation. */
export function isLineup(ctx: Ctx, startTok: number, figure: Figure, core: CoreSense): boolean {
  if (figure.value !== 11 || figure.unit !== null || core.written) return false;
  const prev = tok(ctx, startTok - 1);
  if (!isWord(prev)) return false;
  if (ctx.p.lineupWords.has(prev.lower)) return true;
  const before = tok(ctx, startTok - 2);
  const initial = !before || (before.type === 'punct' && '.!?:;"“”«»('.includes(before.text));
  return prev.text[0] !== prev.lower[0] && !initial;
}

/** it `tutti e 2 i provvedimenti` (both measures): the count restates "all of them". */
export function collectiveContext(ctx: Ctx, startTok: number): boolean {
  const words = ctx.p.data.collectiveBefore;
  if (!words || words.length === 0) return false;
  const joiner = tok(ctx, startTok - 1);
  const all = tok(ctx, startTok - 2);
  return isWord(joiner) && isWord(all) && words.includes(`${all.lower} ${joiner.lower}`);
}

/** it `misura 1.7`, `art. 3.2`: the number right after a section noun numbers a section. */
export function sectionNumberContext(ctx: Ctx, startTok: number): boolean {
  const words = ctx.p.data.sectionWords;
  if (!words || words.length === 0) return false;
  const before = tok(ctx, startTok - 1);
  // `misura 1.7`, `art. 3.2`, or one word between: `obiettivo operativo 1.1`
  const candidates = isPunct(before, '.') ? [tok(ctx, startTok - 2)] : isWord(before) ? [before, tok(ctx, startTok - 2)] : [];
  return candidates.some((noun) => isWord(noun) && words.includes(noun.lower));
}

/** A word before the number (at most two tokens back) after which a decimal point is customary (it `magnitudo 7.5`). */
export function pointDecimalContext(ctx: Ctx, startTok: number): boolean {
  const words = ctx.p.data.pointDecimalWords;
  if (!words || words.length === 0) return false;
  for (const k of [startTok - 1, startTok - 2]) {
    const t = tok(ctx, k);
    if (isWord(t) && words.includes(t.lower)) return true;
  }
  return false;
}
