/** Identifiers: IDs, versions, IP addresses, phone numbers, alphanumeric names. */
import { glued, isAmountFollower, isNum, isPunct, isWord, LATIN_WORD, parseAt, spanFigure, tok, type Built, type Ctx } from './extract-context.js';
import { GLUED_CURRENCY_PREFIXES } from './units.js';

/** Longest hyphenated digit chain looked at (phone numbers, scores); keeps the scan linear. */
const MAX_CHAIN = 8;

export function identifierFigure(ctx: Ctx, startTok: number, endTok: number, weak = false): Built {
  let key = '';
  for (let k = startTok; k < endTok; k += 1) {
    const t = ctx.tokens[k];
    if (!t) continue;
    if (t.type === 'num') key += t.lower;
    else if (t.type === 'word') key += t.text.toUpperCase();
    else if (t.lower !== '-' && t.lower !== '–') key += t.lower;
  }
  const figure = spanFigure(ctx, startTok, endTok, 'identifier', null, null, `id:${key}`);
  if (weak) figure.weak = true;
  return { figure, startTok, endTok };
}

export function matchIdentifier(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isNum(t)) return null;
  // Phone numbers and other long digit chains: `+39 06 1234 5678`, `555-123-4567`, `5-0-0`.
  let j = i;
  let parts = 1;
  while (parts < MAX_CHAIN && isPunct(tok(ctx, j + 1), '-') && glued(tok(ctx, j + 1)) && isNum(tok(ctx, j + 2)) && glued(tok(ctx, j + 2)) &&
    (tok(ctx, j + 2)?.seps?.length ?? 0) === 0 && (t.seps?.length ?? 0) === 0) {
    j += 2;
    parts += 1;
  }
  if (parts >= 3) {
    const first = t.groups?.[0] ?? '';
    const second = tok(ctx, i + 2)?.groups?.[0] ?? '';
    const third = tok(ctx, i + 4)?.groups?.[0] ?? '';
    if (parts === 3 && first.length === 4 && second.length <= 2 && third.length <= 2) return null; // ISO date
    let allShort = true;
    for (let k = i; k <= j; k += 2) if ((tok(ctx, k)?.groups?.[0]?.length ?? 0) > 2) allShort = false;
    if (allShort) return null; // a score or a record (`13-21-3`): its numbers count one by one
    return identifierFigure(ctx, i, j + 1);
  }
  const prev = tok(ctx, i - 1);
  // `(555) 123-4567`: a North American phone number
  const close = tok(ctx, i + 1);
  const exchange = tok(ctx, i + 2);
  const line = tok(ctx, i + 4);
  if (isPunct(prev, '(') && isPunct(close, ')') && (t.groups?.[0]?.length ?? 0) === 3 && (exchange?.groups?.[0]?.length ?? 0) === 3 &&
    isPunct(tok(ctx, i + 3), '-') && (line?.groups?.[0]?.length ?? 0) === 4 && (line?.seps?.length ?? 0) === 0) {
    return identifierFigure(ctx, i - 1, i + 5);
  }
  // `+39 06 …`: a plus followed by digit groups with spaces
  if (isPunct(prev, '+') && glued(t) && (t.groups?.[0]?.length ?? 0) <= 3) {
    let k = i;
    let digits = (t.groups ?? []).join('').length;
    while (isNum(tok(ctx, k + 1)) && (tok(ctx, k + 1)?.seps?.length ?? 0) === 0 && !isPunct(tok(ctx, k + 1))) {
      k += 1;
      digits += (tok(ctx, k)?.groups ?? []).join('').length;
    }
    if (digits >= 8 && k > i) return identifierFigure(ctx, i - 1, k + 1);
  }
  // Leading zero: `007`, `06 1234` are codes, not quantities.
  const g0 = t.groups?.[0] ?? '';
  if (g0.length >= 2 && g0.startsWith('0') && (t.seps?.length ?? 0) === 0 && !isPunct(tok(ctx, i + 1), ':')) {
    // `0800 555 111`: the groups after a leading zero belong to the same number
    let k = i;
    while (k - i < MAX_CHAIN && isNum(tok(ctx, k + 1)) && tok(ctx, k + 1)?.space && /^\d+( \d+)*$/.test(tok(ctx, k + 1)?.lower ?? '') &&
      ctx.text.slice(tok(ctx, k)?.end ?? 0, tok(ctx, k + 1)?.start ?? 0) === ' ') k += 1;
    return identifierFigure(ctx, i, k + 1);
  }
  // Word glued before digits: `VT500`, `G7`, `Covid-19`, `SS19`.
  if (glued(t) && isWord(prev) && LATIN_WORD.test(prev.text) && !GLUED_CURRENCY_PREFIXES[prev.text]) {
    return null; // handled from the word (matchGluedAlnum)
  }
  // `No. 1`, `No.1`, `Nº 10`: a rank or a house number, which translations often render without
  // its digits (`le leader`, `Downing Street`); weak, so only a changed number is reported.
  if ((t.seps?.length ?? 0) === 0 && rankMarkBefore(ctx, i)) return identifierFigure(ctx, i, i + 1, true);
  const parse = parseAt(ctx, i);
  if (parse.kind === 'identifier') {
    return identifierFigure(ctx, i, i + 1);
  }
  // `version 2.0`, `capitolo 3.2`, `n. 5`: a reference, written the same in every language
  if ((t.seps?.length ?? 0) > 0 && t.seps?.every((sep) => sep === '.') && identifierContextBefore(ctx, i) && !isAmountFollower(ctx, i + 1)) {
    return identifierFigure(ctx, i, i + 1);
  }
  return null;
}

/** `No.` or `Nº`/`N°` right before the number (the abbreviation's capital tells it from the word `no`). */
function rankMarkBefore(ctx: Ctx, i: number): boolean {
  const mark = tok(ctx, i - 1);
  const word = tok(ctx, i - 2);
  return isPunct(mark) && (mark.lower === '.' || mark.lower === '°') && glued(mark) && isWord(word) && (word.text === 'No' || word.text === 'N');
}

function identifierContextBefore(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  if (isPunct(tok(ctx, k), '.') || isPunct(tok(ctx, k), ':')) k -= 1;
  const word = tok(ctx, k);
  return isWord(word) && ctx.p.identifierWords.has(word.lower);
}

/** A Latin word glued to digits (`VT500`, `G7`, `SS19`, `Covid-19`, `iPhone15`). */
export function matchGluedAlnum(ctx: Ctx, i: number): Built | null {
  const t = tok(ctx, i);
  if (!isWord(t) || !LATIN_WORD.test(t.text) || GLUED_CURRENCY_PREFIXES[t.text]) return null;
  let j = i + 1;
  let next = tok(ctx, j);
  // `Covid-19`, `F-35`, `SARS-CoV-2`: a capitalised word, a hyphen, digits.
  if (isPunct(next, '-') && glued(next) && isNum(tok(ctx, j + 1)) && glued(tok(ctx, j + 1)) && /[A-Z]/.test(t.text)) {
    j += 1;
    next = tok(ctx, j);
  } else if (!(isNum(next) && glued(next))) {
    return null;
  }
  j += 1;
  // absorb further glued letters/digits (`A320neo`, `MP3`)
  while (j < ctx.tokens.length) {
    const k = tok(ctx, j);
    if (!k || !glued(k) || (k.type !== 'word' && k.type !== 'num')) break;
    j += 1;
  }
  return identifierFigure(ctx, i, j);
}
