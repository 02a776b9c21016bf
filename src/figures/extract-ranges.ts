/** Ranges (`10-20 million`, `tra 5 e 7`) and qualifiers (`about`, `oltre il`) joined onto extracted figures. */
import type { Figure, FigureKind, FigureReading } from '../types.js';
import { isPunct, isWord, tok, type Built, type Ctx } from './extract-context.js';
import { formatValue, sameValue } from './numbers.js';

export function joinRanges(ctx: Ctx, items: Built[]): Built[] {
  const out: Built[] = [];
  for (let k = 0; k < items.length; k += 1) {
    const a = items[k];
    const b = items[k + 1];
    if (a && b && rangeable(a.figure) && rangeable(b.figure)) {
      const joined = tryRange(ctx, a, b);
      if (joined) {
        out.push(joined);
        k += 1;
        continue;
      }
    }
    if (a) out.push(a);
  }
  return out;
}

function rangeable(f: Figure): boolean {
  return !f.weak && (f.kind === 'number' || f.kind === 'currency' || f.kind === 'percent' || f.kind === 'quantity' ||
    f.kind === 'percentage-point' || f.kind === 'year') && f.value !== null && f.unit !== 'decade';
}

function tryRange(ctx: Ctx, a: Built, b: Built): Built | null {
  const gap = b.startTok - a.endTok;
  if (gap < 1 || gap > 2) return null;
  const joiner = tok(ctx, a.endTok);
  let opened = false;
  for (let k = Math.max(0, a.startTok - 3); k < a.startTok; k += 1) {
    const m = ctx.p.rangeOpeners.match(ctx.tokens, k);
    if (m && m.end === a.startTok) opened = true;
  }
  let ok = false;
  if (gap === 1 && isPunct(joiner) && (joiner.lower === '-' || joiner.lower === '–' || joiner.lower === '/')) {
    ok = joiner.lower !== '/' && a.figure.kind !== 'year';
    if (a.figure.kind === 'year' && b.figure.kind === 'year') ok = true;
  } else {
    const m = ctx.p.rangeJoiners.match(ctx.tokens, a.endTok);
    if (m && m.end === b.startTok) {
      const word = joiner?.lower ?? '';
      ok = opened || (word !== 'and' && word !== 'e' && word !== 'et' && word !== 'und' && word !== 'y' && word !== 'a');
      if (word === 'a' && opened) ok = true;
    }
  }
  if (!ok) return null;
  const fa = a.figure;
  const fb = b.figure;
  if (fa.unit !== null && fb.unit !== null && fa.unit !== fb.unit) return null;
  const unit = fb.unit ?? fa.unit;
  let low = fa.value ?? 0;
  const high = fb.value ?? 0;
  // `10-20 million`: the first end shares the scale of the second
  if ((fa.scale ?? 1) === 1 && (fb.scale ?? 1) > 1 && low < (fb.mantissa ?? high) * 1.0001 && low < high) {
    low *= fb.scale ?? 1;
  }
  const kind: FigureKind = 'range';
  const start = fa.start;
  const end = fb.end;
  const figure: Figure = {
    surface: ctx.text.slice(start, end), start, end, kind, value: low, unit,
    key: `range:${unit ?? 'num'}:${formatValue(low)}-${formatValue(high)}`,
    range: { low, high },
  };
  const issue = fa.formatIssue ?? fb.formatIssue;
  if (issue) figure.formatIssue = issue;
  if (fa.alternatives || fb.alternatives) {
    const alts: FigureReading[] = [];
    const aOptions = [{ value: low, formatIssue: undefined as string | undefined }, ...(fa.alternatives ?? []).map((r) => ({ value: r.value ?? 0, formatIssue: r.formatIssue }))];
    const bOptions = [{ value: high, formatIssue: undefined as string | undefined }, ...(fb.alternatives ?? []).map((r) => ({ value: r.value ?? 0, formatIssue: r.formatIssue }))];
    for (const x of aOptions) {
      for (const y of bOptions) {
        if (sameValue(x.value, low) && sameValue(y.value, high)) continue;
        const formatIssue = x.formatIssue ?? y.formatIssue;
        alts.push({
          value: x.value, unit, kind, range: { low: x.value, high: y.value },
          key: `range:${unit ?? 'num'}:${formatValue(x.value)}-${formatValue(y.value)}`,
          ...(formatIssue ? { formatIssue } : {}),
        });
      }
    }
    if (alts.length > 0) figure.alternatives = alts;
  }
  // `dai 20 ai 30.000 euro`: the low end may leave out the thousands the high end writes
  const thousands = elidedThousands(low, high, fa, fb);
  if (thousands !== null) {
    figure.alternatives = [...(figure.alternatives ?? []), {
      value: thousands, unit, kind, range: { low: thousands, high },
      key: `range:${unit ?? 'num'}:${formatValue(thousands)}-${formatValue(high)}`, note: 'the low end shares the thousands',
    }];
  }
  const qualifierSource = fa.qualifier;
  if (qualifierSource) figure.qualifier = qualifierSource;
  return { figure, startTok: a.startTok, endTok: b.endTok };
}

export function attachQualifier(ctx: Ctx, item: Built): void {
  if (item.figure.kind === 'identifier' || item.figure.kind === 'date' || item.figure.kind === 'time') return;
  const after = ctx.p.postQualifiers.match(ctx.tokens, item.endTok);
  if (after) {
    item.figure.qualifier = after.value;
    return;
  }
  // `oltre il 50%`, `circa i 300`: a determiner may sit between the qualifier and the figure
  const before = tok(ctx, item.startTok - 1);
  const determiner = isWord(before) && ctx.p.determiners.has(before.lower) ? 1 : isPunct(before, "'") && isWord(tok(ctx, item.startTok - 2)) ? 2 : 0;
  for (const end of determiner > 0 ? [item.startTok, item.startTok - determiner] : [item.startTok]) {
    for (let k = Math.max(0, end - 4); k < end; k += 1) {
      const m = ctx.p.qualifiers.match(ctx.tokens, k);
      if (m && m.end === end) {
        item.figure.qualifier = m.value;
        return;
      }
    }
  }
}

/** The low end read in the high end's thousands (`20`–`30.000` → 20.000), when that keeps it below and of the same order. */
function elidedThousands(low: number, high: number, fa: Figure, fb: Figure): number | null {
  if ((fa.scale ?? 1) !== 1 || (fb.scale ?? 1) !== 1 || !Number.isInteger(low) || low <= 0 || low >= 1000) return null;
  if (!Number.isInteger(high) || high < 1000 || high % 1000 !== 0) return null;
  let scaled = low;
  while (scaled * 1000 <= high) scaled *= 1000;
  return scaled > low && scaled * 10 > high ? scaled : null;
}
