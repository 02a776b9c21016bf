/** Times of day: `3 p.m.`, `15:00`, `alle 15.00`, `six o'clock`, `noon`. */
import { figureKey, glued, isAmountFollower, isNum, isPunct, isWord, spanFigure, tok, type Built, type Ctx, writtenAt } from './extract-context.js';

function timeFigure(ctx: Ctx, startTok: number, endTok: number, h: number, m: number, meridiem: 'am' | 'pm' | null, bareHour = false): Built {
  let hour = h;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const key = (hh: number): string => `time:${String(hh).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const figure = spanFigure(ctx, startTok, endTok, 'time', hour * 60 + m, null, key(hour));
  // Without a meridiem, `alle 6` may be 6:00 or 18:00.
  if (meridiem === null && hour >= 1 && hour <= 12) {
    const other = hour === 12 ? 0 : hour + 12;
    figure.alternatives = [{ value: other * 60 + m, unit: null, key: key(other), kind: 'time', note: 'twelve-hour reading' }];
  }
  // `alle 12` read from context alone may still be a plain number (`dalle 12 partite`).
  if (bareHour) {
    figure.alternatives = [
      ...(figure.alternatives ?? []),
      { value: h, unit: null, key: figureKey('number', h, null), kind: 'number', note: 'a plain number' },
    ];
  }
  return { figure, startTok, endTok };
}

function timeContextBefore(ctx: Ctx, i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k += 1) {
    const match = ctx.p.timeContext.match(ctx.tokens, k);
    if (match && match.end === i) return true;
  }
  return false;
}

function meridiemAt(ctx: Ctx, i: number): { value: 'am' | 'pm'; end: number } | null {
  const match = ctx.p.meridiem.match(ctx.tokens, i);
  if (match) return match;
  // `3pm`, `5.30pm` in any language
  const t = tok(ctx, i);
  if (isWord(t) && (t.lower === 'am' || t.lower === 'pm') && glued(t)) return { value: t.lower, end: i + 1 };
  return null;
}

/** `alle sei del mattino`, `six o'clock`: a written hour after a time word or before a meridiem. */
function matchWrittenTime(ctx: Ctx, i: number): Built | null {
  const written = writtenAt(ctx, i);
  if (!written || written.scale !== 1 || written.value < 1 || written.value > 24 || !Number.isInteger(written.value)) return null;
  // fr `six heures du matin`: an hour word may stand between the number and the part of the day.
  const hourWord = tok(ctx, written.end);
  const afterHourWord = isWord(hourWord) && (ctx.p.data.hourWords?.includes(hourWord.lower) ?? false) ? written.end + 1 : written.end;
  const meridiem = meridiemAt(ctx, written.end) ?? (afterHourWord > written.end ? meridiemAt(ctx, afterHourWord) : null);
  if (meridiem && written.value <= 12 && (timeContextBefore(ctx, i) || ctx.p.code !== 'it')) {
    return timeFigure(ctx, i, meridiem.end, written.value, 0, meridiem.value);
  }
  const oclock = ctx.p.oclock.match(ctx.tokens, written.end);
  if (oclock && written.value <= 12) {
    const after = meridiemAt(ctx, oclock.end);
    return timeFigure(ctx, i, after ? after.end : oclock.end, written.value, 0, after ? after.value : null);
  }
  return null;
}

/** `0800 hours`, `1200 hrs` as a clock time: four digits read as HHMM before an hours word. */
export function militaryClock(ctx: Ctx, i: number): { h: number; m: number; end: number } | null {
  const t = tok(ctx, i);
  if (!isNum(t) || t.enclosed || (t.seps?.length ?? 0) > 0) return null;
  const digits = t.groups?.[0] ?? '';
  if (digits.length !== 4) return null;
  const h = Number(digits.slice(0, 2));
  const m = Number(digits.slice(2));
  if (h > 23 || m > 59) return null;
  const unit = ctx.p.units.match(ctx.tokens, i + 1);
  const symbol = tok(ctx, i + 1);
  if (unit?.value === 'h') return { h, m, end: unit.end };
  if (isWord(symbol) && (symbol.lower === 'hrs' || symbol.lower === 'h')) return { h, m, end: i + 2 };
  return null;
}

/** `at 1200 hours`, `0800 hrs`: with a leading zero or a time word before it, a military time (also read as a duration). */
export function matchMilitaryTime(ctx: Ctx, i: number): Built | null {
  const clock = militaryClock(ctx, i);
  if (!clock) return null;
  const leadingZero = (tok(ctx, i)?.groups?.[0] ?? '').startsWith('0');
  if (!leadingZero && !timeContextBefore(ctx, i)) return null;
  const built = timeFigure(ctx, i, clock.end, clock.h, clock.m, null);
  const hours = Number(tok(ctx, i)?.groups?.[0] ?? 0);
  built.figure.alternatives = [{ value: hours, unit: 'h', key: figureKey('quantity', hours, 'h'), kind: 'quantity', note: 'a number of hours' }];
  return built;
}

/** `3 p.m.`, `5.30pm`, `15:00`, `alle 15.00`, `ore 15`. */
export function matchTime(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (t?.type === 'word') return matchWrittenTime(ctx, i);
  if (!isNum(t) || t.enclosed) return null;
  const groups = t.groups ?? [];
  const seps = t.seps ?? [];
  let h: number | null = null;
  let m = 0;
  let end = i + 1;
  let strong = false;
  if (seps.length === 0) {
    h = Number(groups[0]);
    if ((groups[0]?.length ?? 0) > 2) return null;
    const colon = tok(ctx, i + 1);
    const mins = tok(ctx, i + 2);
    if (isPunct(colon, ':') && glued(colon) && isNum(mins) && glued(mins) && (mins.groups?.[0]?.length ?? 0) === 2 && (mins.seps?.length ?? 0) === 0) {
      m = Number(mins.groups?.[0]);
      end = i + 3;
      strong = true;
    }
  } else if (seps.length === 1 && seps[0] === '.' && (groups[1]?.length ?? 0) === 2 && (groups[0]?.length ?? 0) <= 2) {
    h = Number(groups[0]);
    m = Number(groups[1]);
  } else {
    return null;
  }
  if (h === null || h > 24 || m > 59) return null;
  const hMark = tok(ctx, end);
  const hMinutes = tok(ctx, end + 1);
  if (seps.length === 0 && isWord(hMark, 'h') && isNum(hMinutes) && glued(hMinutes) === glued(hMark) && (hMinutes.groups?.[0]?.length ?? 0) === 2 &&
    (hMinutes.seps?.length ?? 0) === 0 && Number(hMinutes.groups?.[0]) < 60) {
    return timeFigure(ctx, i, end + 2, h, Number(hMinutes.groups?.[0]), null);
  }
  const hourWord = tok(ctx, end);
  if (seps.length === 0 && !strong && isWord(hourWord) && (ctx.p.data.hourWords?.includes(hourWord.lower) ?? false)) {
    const after = meridiemAt(ctx, end + 1);
    if (after && h >= 1 && h <= 12) return timeFigure(ctx, i, after.end, h, 0, after.value);
    if (timeContextBefore(ctx, i)) return timeFigure(ctx, i, end + 1, h, 0, null);
  }
  const meridiem = meridiemAt(ctx, end);
  if (meridiem && h >= 1 && h <= 12) return timeFigure(ctx, i, meridiem.end, h, m, meridiem.value);
  const oclock = seps.length === 0 && !strong ? ctx.p.oclock.match(ctx.tokens, end) : null;
  if (oclock) {
    const after = meridiemAt(ctx, oclock.end);
    return timeFigure(ctx, i, after ? after.end : oclock.end, h, m, after ? after.value : null);
  }
  const context = timeContextBefore(ctx, i);
  if (strong && (context || h >= 13 || (tok(ctx, end)?.type !== 'num'))) return timeFigure(ctx, i, end, h, m, null);
  if (context && (seps.length === 1 || h <= 24)) {
    // `alle 15`, `ore 5`: only with the language's time words
    if (seps.length === 0 && !isAmountFollower(ctx, end)) return timeFigure(ctx, i, end, h, m, null, true);
    if (seps.length === 1) return timeFigure(ctx, i, end, h, m, null);
  }
  return null;
}

/** `noon`, `mezzanotte` (weak: a word, compared only against another time). */
export function matchTimeWord(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const minutes = t ? ctx.p.timeWords.get(t.lower) : undefined;
  if (minutes === undefined) return null;
  // The tail of a hyphenated compound is no time word: fr `après-midi` (afternoon) is not `midi` (noon).
  const before = tok(ctx, i - 1);
  if (isPunct(before, '-') && glued(t)) return null;
  // A word, not digits: `midday break` ↔ `pausa intermedia` drops it freely, so it is never reported missing alone.
  const built = timeFigure(ctx, i, i + 1, Math.floor(minutes / 60), minutes % 60, minutes >= 720 ? 'pm' : 'am');
  built.figure.weak = true;
  return built;
}
