/**
 * Calendar words: weekdays, months named on their own, relative times (`yesterday`, `lo scorso
 * anno`, `two years ago`), named events (`WW1`, `Grande Guerra`) and centuries named by a word
 * (`Ottocento`). The words come from each language's data (`FigureLanguageData.calendarWords`).
 * They are weak figures: never reported for their absence alone, but a different one of the same
 * sort on the other side is a changed date.
 */
import type { FigureReading } from '../types.js';
import { figureKey, glued, isPunct, isWord, plainInt, spanFigure, tok, weakFigure, type Built, type Ctx, writtenAt } from './extract-context.js';
import { capitalisedMonths, dateFigure, isFullMonthName } from './extract-dates.js';
import { relativeKey, weekdayKey, type RelativeUnit } from './time-keys.js';

/** Largest count read in `N units ago` (`200 years ago`); larger numbers are not relative times. */
const MAX_AGO = 1000;

/** The token opens a sentence: after closing punctuation, or on a new line (a headline has no full stop). */
function startsSentence(ctx: Ctx, i: number): boolean {
  const prev = tok(ctx, i - 1);
  const t = tok(ctx, i);
  if (!prev || !t) return true;
  if (prev.type === 'punct' && '.!?:;"“”«»(\'‘’[—–-…'.includes(prev.text)) return true;
  return ctx.text.slice(prev.end, t.start).includes('\n');
}

/** A word in the case its language writes calendar names in (en `Thursday`, it `giovedì`). */
function calendarCase(ctx: Ctx, i: number): boolean {
  const t = tok(ctx, i);
  if (!t) return false;
  const first = t.text[0] ?? '';
  const upper = first !== first.toLowerCase();
  return capitalisedMonths(ctx) ? upper : !upper || startsSentence(ctx, i);
}

function relativeFigure(ctx: Ctx, startTok: number, endTok: number, unit: RelativeUnit, offset: number, weak: boolean,
  alternatives: FigureReading[] = []): Built {
  const figure = spanFigure(ctx, startTok, endTok, 'date', offset, null, relativeKey(unit, offset));
  if (weak) figure.weak = true;
  if (alternatives.length > 0) figure.alternatives = alternatives;
  return { figure, startTok, endTok };
}

/** `yesterday`, `last week`, `giovedì`, `November` on its own, `WW1`, `Grande Guerra`, `l'Ottocento`. */
export function matchCalendarWord(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  const event = ctx.p.eventNames.match(ctx.tokens, i);
  if (event) {
    return { figure: weakFigure(ctx, i, event.end, 'identifier', null, null, `id:${event.value}`), startTok: i, endTok: event.end };
  }
  const relative = ctx.p.relativeTimes.match(ctx.tokens, i);
  const before = tok(ctx, i - 1);
  if (relative && isWord(before) && (ctx.p.data.calendarWords?.relativeBlockers?.includes(before.lower) ?? false)) return null;
  if (relative) return relativeFigure(ctx, i, relative.end, relative.value.unit, relative.value.offset, true);
  const ago = matchAgoBefore(ctx, i);
  if (ago) return ago;
  // pt `quinta-feira`: a hyphenated weekday is three tokens
  const suffix = tok(ctx, i + 2);
  const hyphenated = isPunct(tok(ctx, i + 1), '-') && glued(tok(ctx, i + 1)) && isWord(suffix) && glued(suffix)
    ? ctx.p.weekdays.get(`${t.lower}-${suffix.lower}`) : undefined;
  const weekday = hyphenated ?? ctx.p.weekdays.get(t.lower);
  if (weekday !== undefined && calendarCase(ctx, i)) {
    const end = hyphenated !== undefined ? i + 3 : i + 1;
    return { figure: weakFigure(ctx, i, end, 'date', weekday, null, weekdayKey(weekday)), startTok: i, endTok: end };
  }
  const century = ctx.p.centuryNames.get(t.lower);
  if (century !== undefined) return centuryName(ctx, i, century);
  return monthAlone(ctx, i);
}

/** it `l'Ottocento`, `primo Novecento`: capitalised after a word or an elided article (sentence-initial it is a number). */
function centuryName(ctx: Ctx, i: number, century: number): Built | null {
  const t = tok(ctx, i);
  const prev = tok(ctx, i - 1);
  if (!t || t.text[0] === t.lower[0] || !(isWord(prev) || isPunct(prev, "'"))) return null;
  return { figure: weakFigure(ctx, i, i + 1, 'ordinal', century, 'century', `century:${century}`), startTok: i, endTok: i + 1 };
}

/** A month's full name on its own (`last November`, `lo scorso marzo`, en `on Oct.`); a name-like month (`May`) only after a month context word. */
function monthAlone(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!t) return null;
  const month = ctx.p.months.get(t.lower);
  if (month === undefined || !calendarCase(ctx, i)) return null;
  // en `on Oct.`: a capitalised abbreviation with its dot is a month too
  const dotted = capitalisedMonths(ctx) && isPunct(tok(ctx, i + 1), '.') && !tok(ctx, i + 1)?.space;
  if (!isFullMonthName(ctx, t.lower) && !dotted) return null;
  if (ctx.p.ambiguousMonths.has(t.lower)) {
    let context = false;
    for (let k = Math.max(0, i - 3); k < i && !context; k += 1) context = ctx.p.monthContext.match(ctx.tokens, k)?.end === i;
    if (!context) return null;
  }
  const built = dateFigure(ctx, i, i + 1, null, month, null);
  built.figure.weak = true;
  return built;
}

/** The count of `N units ago`: digits, a number word, or an article (`a year ago`, `un anno fa`). */
function readCount(ctx: Ctx, i: number): { value: number; end: number; digits: boolean } | null {
  const t = tok(ctx, i);
  if (!t) return null;
  if (t.type === 'num') {
    const n = plainInt(t);
    return n !== null && n >= 1 && n <= MAX_AGO ? { value: n, end: i + 1, digits: true } : null;
  }
  if (t.type !== 'word') return null;
  if (ctx.p.articles.has(t.lower)) return { value: 1, end: i + 1, digits: false };
  const written = writtenAt(ctx, i);
  if (!written || written.scale !== 1 || written.ordinal || !Number.isInteger(written.value) || written.value < 1 || written.value > MAX_AGO) return null;
  return { value: written.value, end: written.end, digits: false };
}

/** `N units` at `i`, as a relative time once the caller has found its `ago` word. */
function countAndUnit(ctx: Ctx, i: number): { value: number; unit: RelativeUnit; times: number; end: number; digits: boolean } | null {
  const count = readCount(ctx, i);
  if (!count) return null;
  const unit = ctx.p.agoUnits.match(ctx.tokens, count.end);
  if (!unit) return null;
  return { value: count.value, unit: unit.value.unit, times: unit.value.times, end: unit.end, digits: count.digits };
}

function agoFigure(ctx: Ctx, startTok: number, endTok: number, found: { value: number; unit: RelativeUnit; times: number; digits: boolean }): Built {
  const amount = found.value * found.times;
  // Also a plain duration, so `20 years ago` still meets `20 anni prima`.
  const quantityUnit = found.unit === 'weekend' ? 'week' : found.unit;
  const alternatives: FigureReading[] = [
    { value: amount, unit: quantityUnit, key: figureKey('quantity', amount, quantityUnit), kind: 'quantity', note: 'a duration' },
  ];
  return relativeFigure(ctx, startTok, endTok, found.unit, -amount, !found.digits, alternatives);
}

/** `two years ago`, `due anni fa`, `a decade ago`. */
export function matchAgo(ctx: Ctx, i: number): Built | null {
  if (ctx.p.data.calendarWords?.agoAfter === undefined) return null;
  const found = countAndUnit(ctx, i);
  if (!found) return null;
  const ago = ctx.p.agoAfter.match(ctx.tokens, found.end);
  return ago ? agoFigure(ctx, i, ago.end, found) : null;
}

/** fr `il y a deux ans`, de `vor zwei Jahren`, es `hace dos años`, pt `há dois anos`. */
function matchAgoBefore(ctx: Ctx, i: number): Built | null {
  const before = ctx.p.agoBefore.match(ctx.tokens, i);
  if (!before) return null;
  const found = countAndUnit(ctx, before.end);
  return found ? agoFigure(ctx, i, found.end, found) : null;
}

/** Multiplicatives: `twice`, `fourfold`, `quadrupla`, `raddoppiato` (a weak number, like `two`). */
export function matchMultiplier(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  // `four-fold`: the hyphenated spelling is three tokens
  const suffix = tok(ctx, i + 2);
  const hyphenated = isPunct(tok(ctx, i + 1), '-') && isWord(suffix) ? ctx.p.multiplierWords.get(`${t.lower}-${suffix.lower}`) : undefined;
  const value = hyphenated ?? ctx.p.multiplierWords.get(t.lower);
  if (value === undefined) return null;
  const end = hyphenated !== undefined ? i + 3 : i + 1;
  return { figure: weakFigure(ctx, i, end, 'number', value, null, figureKey('number', value, null)), startTok: i, endTok: end };
}
