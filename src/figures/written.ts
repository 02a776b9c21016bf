/**
 * Written numbers (`three`, `twenty-three`, `ventitré`, `tre milioni`, `half a million`,
 * `una dozzina`, `three quarters`). Language-neutral: the words come from the profile.
 */
import type { FigureProfile } from './profile.js';
import type { Token } from './scan.js';

export interface WrittenNumber {
  value: number;
  /** Index of the first token after the number. */
  end: number;
  /** The mantissa before the last scale word, and that scale (`tre milioni` → 3, 1e6). */
  mantissa: number;
  scale: number;
  /** Only an article-like word (`one`, `un`): never reported missing. */
  weak: boolean;
  /** Number of number words read. */
  words: number;
  /** Ended in an ordinal word (`twenty-first`). */
  ordinal?: boolean;
}

const MAX_WORDS = 12;

/** Decomposes a one-word compound (`duemilatrecento`) into morpheme values, or null. */
export function decompose(word: string, profile: FigureProfile): number[] | null {
  if (!profile.data.compoundNumbers || word.length > 60) return null;
  const parts: number[] = [];
  let i = 0;
  outer: while (i < word.length) {
    for (const [morpheme, value] of profile.morphemes) {
      if (word.startsWith(morpheme, i)) {
        parts.push(value);
        i += morpheme.length;
        continue outer;
      }
    }
    return null;
  }
  return parts.length > 0 ? parts : null;
}

/** Marks German `und` inside `fünfundzwanzig`: the units come before the tens. */
export const UNITS_BEFORE_TENS = -1;

export interface CombineRules {
  /** French counting by twenties: `quatre-vingts` = 80, `soixante-dix` = 70. */
  vigesimal?: boolean;
}

/** Combines a sequence of number-word values with the usual total/current rule. */
export function combine(values: readonly number[], rules: CombineRules = {}): { value: number; mantissa: number; scale: number } | null {
  let total = 0;
  let current = 0;
  let lastScale = 1;
  let sawAny = false;
  let tensFollow = false;
  for (const v of values) {
    if (v === UNITS_BEFORE_TENS) {
      if (current % 10 === 0) return null;
      tensFollow = true;
      continue;
    }
    if (tensFollow) {
      if (v < 20 || v > 90 || v % 10 !== 0) return null;
      current += v;
      tensFollow = false;
      continue;
    }
    if (rules.vigesimal && current % 100 === 4 && v === 20) {
      current += 76; // quatre-vingts
      continue;
    }
    if (rules.vigesimal && (current % 100 === 60 || current % 100 === 80) && v >= 10 && v <= 19) {
      current += v; // soixante-dix, quatre-vingt-douze
      continue;
    }
    if (v === 100) {
      current = (current === 0 ? 1 : current) * 100;
    } else if (v >= 1000) {
      const amount = current === 0 ? 1 : current;
      if (total !== 0 && v > lastScale && lastScale > 1 && current === 0) {
        total *= v; // `mille milioni`
      } else {
        total += amount * v;
      }
      lastScale = v;
      current = 0;
    } else {
      // `twenty` + `three`, `cento` + `venti`; but `three four` is not one number
      if (current === 0 || current % 100 === 0 || (current % 10 === 0 && v < 10)) current += v;
      else return null;
    }
    sawAny = true;
  }
  if (!sawAny || tensFollow) return null;
  const value = total + current;
  if (lastScale > 1 && current === 0) return { value, mantissa: value / lastScale, scale: lastScale };
  return { value, mantissa: value, scale: 1 };
}

function wordValues(token: Token, profile: FigureProfile): number[] | null {
  if (token.type !== 'word') return null;
  const direct = profile.numberWords.get(token.lower);
  if (direct !== undefined) return [direct];
  return decompose(token.lower, profile);
}

/**
 * Reads a written number starting at `tokens[i]`. Accepts number words joined by hyphens or the
 * language's connector (`and`, `e`), a leading article or fraction before a scale (`a million`,
 * `half a million`, `mezzo milione`), group nouns (`a dozen`) and plural denominators (`tre quarti`).
 */
export function readWrittenNumber(tokens: readonly Token[], i: number, profile: FigureProfile): WrittenNumber | null {
  const first = tokens[i];
  if (!first || first.type !== 'word') return null;
  const values: number[] = [];
  let j = i;
  let words = 0;
  let fraction: number | null = null;
  let articleOnly = false;
  // `half a million`, `mezzo milione`, `a million`, `una dozzina`
  const fractionWord = profile.data.fractionWords[first.lower];
  if (fractionWord !== undefined) {
    let k = i + 1;
    const next = tokens[k];
    if (next && next.type === 'word' && profile.articles.has(next.lower)) k += 1;
    const scaleToken = tokens[k];
    const scale = scaleToken ? profile.scaleWords.get(scaleToken.lower) : undefined;
    if (scaleToken && scale !== undefined && scale >= 1000 && scaleToken.type === 'word') {
      return { value: fractionWord * scale, end: k + 1, mantissa: fractionWord, scale, weak: false, words: 2 };
    }
    // `half a dozen`
    const group = scaleToken ? profile.data.groupNouns[scaleToken.lower] : undefined;
    if (group !== undefined) return { value: fractionWord * group, end: k + 1, mantissa: fractionWord * group, scale: 1, weak: false, words: 2 };
    // `half an inch`, `mezzo chilo`: the unit is read by the caller
    if (k > i + 1 || (next && next.type === 'word' && !profile.numberWords.has(next.lower))) {
      return { value: fractionWord, end: k, mantissa: fractionWord, scale: 1, weak: true, words: 1 };
    }
    return null;
  }
  const afterArticle = tokens[i + 1];
  if (profile.articles.has(first.lower) && (afterArticle?.type === 'word' || !profile.numberWords.has(first.lower))) {
    const next = afterArticle;
    if (!next || next.type !== 'word') return null;
    const scale = profile.scaleWords.get(next.lower);
    const group = profile.data.groupNouns[next.lower];
    if (group !== undefined) return { value: group, end: i + 2, mantissa: group, scale: 1, weak: false, words: 2 };
    const big = profile.numberWords.get(next.lower) ?? 0;
    if ((scale !== undefined && scale >= 1000 && profile.numberWords.has(next.lower)) || big === 100 || big === 1000) {
      values.push(1);
      j = i + 1;
      articleOnly = true;
    } else if (!profile.numberWords.has(first.lower)) {
      return null;
    }
  }
  while (j < tokens.length && words < MAX_WORDS) {
    const token = tokens[j];
    if (!token) break;
    const parts = wordValues(token, profile);
    if (parts) {
      if (values.length > 0 && !articleOnly && token.space === false && tokens[j - 1]?.type === 'word') break;
      values.push(...parts);
      if (values.length > parts.length && !combine(values, profile.data)) {
        values.length -= parts.length; // `twenty twenty`: the second word starts a new number
        break;
      }
      words += 1;
      articleOnly = false;
      j += 1;
      // hyphen inside a number (`twenty-three`) or a connector (`three hundred and five`)
      const link = tokens[j];
      const after = tokens[j + 1];
      // `twenty-first`: tens, a hyphen, an ordinal unit
      const ordinalUnit = after ? profile.ordinalWords.get(after.lower) : undefined;
      const lastValue = values[values.length - 1] ?? 0;
      if (link?.lower === '-' && !link.space && after && !after.space && ordinalUnit !== undefined && ordinalUnit < 10 && lastValue >= 20 && lastValue % 10 === 0 && lastValue < 100) {
        values.push(ordinalUnit);
        const combined = combine(values, profile.data);
        if (combined) return { ...combined, end: j + 2, weak: false, words: words + 1, ordinal: true };
        values.pop();
      }
      if (link && after && wordValues(after, profile)) {
        if (link.type === 'punct' && link.lower === '-' && !link.space && !after.space) {
          j += 1;
        } else if (link.type === 'word' && profile.connectors.has(link.lower) && canContinue(values, after, profile)) {
          j += 1;
        }
      }
      continue;
    }
    break;
  }
  if (words === 0) return null;
  // A lone morpheme (`vent` of `vent'anni`) or a lone plural scale (`milioni di persone`) is no number.
  if (words === 1 && values.length === 1 && !articleOnly) {
    const only = values[0] ?? 0;
    if (!profile.numberWords.has(first.lower) && decompose(first.lower, profile)?.length === 1) return null;
    if (only >= 1e6) return null;
  }
  const combined = combine(values, profile.data);
  if (!combined) {
    // Fall back to the first word alone.
    const single = wordValues(first, profile);
    if (!single) return null;
    const alone = combine(single, profile.data);
    if (!alone) return null;
    return { ...alone, end: i + 1, weak: profile.weakWords.has(first.lower), words: 1 };
  }
  let { value } = combined;
  let end = j;
  // `tre milioni e mezzo`, `one and a half`, `tre e mezzo`
  const link = tokens[end];
  const article = tokens[end + 1] && profile.articles.has(tokens[end + 1]?.lower ?? '') ? 1 : 0;
  const half = tokens[end + 1 + article];
  if (link && half && profile.connectors.has(link.lower) && profile.data.fractionWords[half.lower] !== undefined) {
    value += (profile.data.fractionWords[half.lower] ?? 0) * combined.scale;
    end += 2 + article;
  }
  // `two point five`, `due virgola cinque`
  const point = tokens[end];
  if (combined.scale === 1 && point && profile.decimalWords.has(point.lower)) {
    let digits = '';
    let k = end + 1;
    while (k < tokens.length && digits.length < 12) {
      const d = profile.numberWords.get(tokens[k]?.lower ?? '');
      if (d === undefined || d > 9 || tokens[k]?.type !== 'word') break;
      digits += String(d);
      k += 1;
    }
    if (digits.length > 0) {
      value = Number(`${value}.${digits}`);
      end = k;
    }
  }
  // `three quarters`, `tre quarti`, `two-thirds`
  if (tokens[end]?.lower === '-' && tokens[end + 1] && profile.data.denominators[tokens[end + 1]?.lower ?? ''] !== undefined) end += 1;
  const denominatorToken = tokens[end];
  const denominator = denominatorToken ? profile.data.denominators[denominatorToken.lower] : undefined;
  if (denominator !== undefined && combined.scale === 1 && value < denominator) {
    fraction = value / denominator;
    end += 1;
  }
  // `two dozen`
  const groupToken = tokens[end];
  const group = groupToken ? profile.data.groupNouns[groupToken.lower] : undefined;
  if (group !== undefined && fraction === null) {
    value *= group;
    end += 1;
  }
  const finalValue = fraction ?? value;
  const weak = words === 1 && end === i + 1 && profile.weakWords.has(first.lower);
  const mantissa = fraction !== null ? fraction : combined.scale > 1 ? finalValue / combined.scale : finalValue;
  return { value: finalValue, end, mantissa, scale: fraction !== null ? 1 : combined.scale, weak, words };
}

/** `three hundred and five`: a connector continues a number only before a smaller part. */
function canContinue(values: readonly number[], next: Token, profile: FigureProfile): boolean {
  const nextValues = wordValues(next, profile);
  if (!nextValues) return false;
  const last = values[values.length - 1] ?? 0;
  const nextFirst = nextValues[0] ?? 0;
  // `treinta y cinco`: tens, a connector, units
  if (last >= 20 && last < 100 && last % 10 === 0 && nextFirst < 10) return true;
  if (profile.data.vigesimal && last === 60 && nextFirst >= 10 && nextFirst <= 19) return true; // soixante et onze
  return last >= 100 && nextFirst < last;
}
