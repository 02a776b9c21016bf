/** Figures written as words: ordinals (`third`, `ventunesimo`), ages (`tredicenne`), cardinals (`three million`). */
import { figureKey, isNum, glued, isPunct, isWord, spanFigure, tok, weakFigure, type Built, type Ctx } from './extract-context.js';
import { matchAmount } from './extract-amounts.js';
import { centuryFollows, dateFigure, monthAt, yearAt } from './extract-dates.js';
import { readWrittenNumber } from './written.js';

/** Ordinal words: `third`, `terzo`; `secondo` only after a determiner (it is also "according to"). */
export function matchOrdinalWord(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  const value = ctx.p.ordinalWords.get(t.lower);
  if (value === undefined) return null;
  if (ctx.p.ordinalNeedsDeterminer.has(t.lower)) {
    const prev = tok(ctx, i - 1);
    const prevWord = isPunct(prev, "'") ? tok(ctx, i - 2) : prev;
    if (!isWord(prevWord) || !ctx.p.determiners.has(prevWord.lower)) return null;
  }
  if (value <= 31) {
    const month = monthAt(ctx, i + 1, true, true);
    if (month) {
      let end = month.end;
      if (isWord(tok(ctx, end)) && ctx.p.yearContext.has(tok(ctx, end)?.lower ?? '') && yearAt(ctx, end + 1) !== null) end += 1;
      const year = yearAt(ctx, end);
      return year !== null ? dateFigure(ctx, i, end + 1, year, month.month, value) : dateFigure(ctx, i, month.end, null, month.month, value);
    }
  }
  let unit: string | null = null;
  let end = i + 1;
  if (centuryFollows(ctx, i + 1)) {
    unit = 'century';
    end = i + 2;
  }
  return {
    figure: weakFigure(ctx, i, i + 1, 'ordinal', value, unit, unit ? `century:${value}` : `ord:${value}`),
    startTok: i,
    endTok: unit ? i + 1 : end,
  };
}

/** it `ventunesimo` = 21st: a cardinal with an ordinal ending. */
export function matchCompoundOrdinal(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  for (const suffix of ctx.p.data.ordinalWordSuffixes ?? []) {
    if (!t.lower.endsWith(suffix) || t.lower.length <= suffix.length + 2) continue;
    const stem = t.lower.slice(0, -suffix.length);
    for (const ending of ['', 'o', 'e', 'i', 'a', 'é']) {
      const word = stem + ending;
      const written = readWrittenNumber([{ ...t, lower: word, text: word }], 0, ctx.p);
      if (written && written.value >= 1 && Number.isInteger(written.value)) {
        const figure = spanFigure(ctx, i, i + 1, 'ordinal', written.value, null, `ord:${written.value}`);
        if (written.value <= 10) figure.weak = true;
        return { figure, startTok: i, endTok: i + 1 };
      }
    }
  }
  return null;
}

/** Italian age words: `tredicenne` = 13 years old. */
export function matchAge(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  const suffix = ctx.p.data.ageSuffix;
  if (!isWord(t) || !suffix || !t.lower.endsWith(suffix) || t.lower.length <= suffix.length + 2) return null;
  const stem = t.lower.slice(0, -suffix.length);
  for (const ending of ['', 'i', 'e', 'a', 'o']) {
    const word = stem + ending;
    const written = readWrittenNumber([{ ...t, lower: word, text: word }], 0, ctx.p);
    if (written && written.value >= 2 && written.value <= 120) {
      return { figure: spanFigure(ctx, i, i + 1, 'quantity', written.value, 'year', figureKey('quantity', written.value, 'year')), startTok: i, endTok: i + 1 };
    }
  }
  return null;
}

export function matchWritten(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t)) return null;
  // words glued to digits are part of identifiers/amounts, not written numbers
  if (isNum(tok(ctx, i - 1)) && glued(t)) return null;
  const built = matchAmount(ctx, i);
  // `Four Corners`, `Formula Uno`: inside a sentence, a capitalised number word is part of a name
  if (built && t.text[0] !== t.lower[0] && !sentenceStart(ctx, i)) built.figure.weak = true;
  return built;
}

/** The token opens a sentence, a quote or a bracket. */
function sentenceStart(ctx: Ctx, i: number): boolean {
  const prev = tok(ctx, i - 1);
  if (!prev) return true;
  if (prev.type !== 'punct') return false;
  return '.!?:;"“”«»(\'‘’[—–-…'.includes(prev.text) || prev.lower === "'";
}
