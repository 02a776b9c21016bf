/**
 * Reading a digit run (`10.000,5`, `1,250`, `12 500`, `10'000`) in a language's conventions.
 * Ambiguous forms yield several readings; each says whether it is the language's native reading
 * and whether it is plausible.
 */
import type { FigureProfile } from './profile.js';

export interface NumberReading {
  value: number;
  /** 0 = native reading; 1 = needs another locale's separators; 2 = native but implausible. */
  cost: 0 | 1 | 2;
  /** Why a non-native reading is a format error, e.g. "`.` groups thousands in Italian, not in English". */
  issue?: string;
  /** The written number has digit grouping. */
  grouped: boolean;
  /** Digits after the decimal separator. */
  decimals: number;
}

export type NumberParse =
  | { kind: 'number'; readings: NumberReading[] }
  /** Not a quantity: a version, an IP address, a section number (`12.34.56`, `192.168.1.2`). */
  | { kind: 'identifier'; key: string };

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', it: 'Italian', de: 'German', fr: 'French', es: 'Spanish',
};

export function languageName(profile: FigureProfile): string {
  const name = LANGUAGE_NAMES[profile.code] ?? profile.tag;
  return profile.tag.includes('-') && LANGUAGE_NAMES[profile.code] ? `${name} (${profile.tag})` : name;
}

function validGrouping(groups: readonly string[], from: number, to: number): boolean {
  const head = groups[from] ?? '';
  if (head.length < 1 || head.length > 3) return false;
  for (let k = from + 1; k <= to; k += 1) if ((groups[k] ?? '').length !== 3) return false;
  return true;
}

/** Indian grouping (`1,23,45,678`): pairs of digits, then the last three. */
function validIndianGrouping(groups: readonly string[]): boolean {
  if (groups.length < 3) return false;
  const head = groups[0] ?? '';
  if (head.length < 1 || head.length > 2 || (groups[groups.length - 1] ?? '').length !== 3) return false;
  for (let k = 1; k < groups.length - 1; k += 1) if ((groups[k] ?? '').length !== 2) return false;
  return true;
}

function toNumber(intDigits: string, fracDigits: string): number {
  return Number(`${intDigits === '' ? '0' : intDigits}.${fracDigits === '' ? '0' : fracDigits}`);
}

function describeSep(sep: string): string {
  return sep === ' ' ? 'a space' : sep === "'" ? 'an apostrophe' : `\`${sep}\``;
}

/** Reads a number token's groups and separators in the profile's conventions. */
export function parseDigits(groups: readonly string[], seps: readonly string[], profile: FigureProfile): NumberParse {
  const name = languageName(profile);
  const nativeDecimal = profile.decimal;
  const isNativeGroup = (sep: string): boolean => sep === ' ' || sep === 'G' || profile.group.has(sep);
  const decimalOk = (sep: string): boolean => sep === 'D' || nativeDecimal === null || sep === nativeDecimal;
  const last = seps.length - 1;
  if (seps.length === 0) {
    const digits = groups[0] ?? '';
    return { kind: 'number', readings: [{ value: Number(digits), cost: 0, grouped: false, decimals: 0 }] };
  }
  if ((groups[0] ?? '') === '') {
    // `.55`, `,5`: a decimal with no integer part.
    if (seps.length !== 1) return identifier(groups, seps);
    const sep = seps[0] ?? '.';
    const frac = groups[1] ?? '';
    const native = decimalOk(sep);
    return {
      kind: 'number',
      readings: [{
        value: toNumber('', frac), cost: native ? 0 : 1, grouped: false, decimals: frac.length,
        ...(native ? {} : { issue: `${describeSep(sep)} is not the decimal separator in ${name}` }),
      }],
    };
  }
  const allSame = seps.every((s) => s === seps[0]);
  const first = seps[0] ?? '';
  if (allSame) {
    if (first === ' ' || first === "'" || first === 'G') {
      if (!validGrouping(groups, 0, last)) return identifier(groups, seps);
      const native = first !== "'" || profile.group.has("'") || !profile.known;
      return {
        kind: 'number',
        readings: [{
          value: Number(groups.join('')), cost: native ? 0 : 1, grouped: true, decimals: 0,
          ...(native ? {} : { issue: `apostrophes do not group digits in ${name}` }),
        }],
      };
    }
    if (first === 'D') {
      if (seps.length !== 1) return identifier(groups, seps);
      const frac = groups[1] ?? '';
      return { kind: 'number', readings: [{ value: toNumber(groups[0] ?? '', frac), cost: 0, grouped: false, decimals: frac.length }] };
    }
    if (seps.length >= 2) {
      // `1.458.000`, `1,458,000`: grouping only; anything else is an identifier (`12.34.56`).
      if (first === ',' && validIndianGrouping(groups)) {
        return { kind: 'number', readings: [{ value: Number(groups.join('')), cost: 0, grouped: true, decimals: 0 }] };
      }
      if (!validGrouping(groups, 0, last)) return identifier(groups, seps);
      const native = isNativeGroup(first) || nativeDecimal === null;
      return {
        kind: 'number',
        readings: [{
          value: Number(groups.join('')), cost: native ? 0 : 1, grouped: true, decimals: 0,
          ...(native ? {} : { issue: `${describeSep(first)} does not group thousands in ${name}` }),
        }],
      };
    }
    // One `.` or `,`.
    const head = groups[0] ?? '';
    const frac = groups[1] ?? '';
    const decimalReading = (): NumberReading => {
      const native = decimalOk(first);
      // `10.000` read as ten with three zero decimals is not how anyone writes ten.
      const implausible = frac.length === 3 && /^0+$/.test(frac) && head !== '0';
      const cost: 0 | 1 | 2 = !native ? 1 : implausible ? 2 : 0;
      return {
        value: toNumber(head, frac), cost, grouped: false, decimals: frac.length,
        ...(native ? {} : { issue: `${describeSep(first)} is not the decimal separator in ${name}` }),
      };
    };
    const groupReading = (): NumberReading => {
      const native = isNativeGroup(first) || nativeDecimal === null;
      return {
        value: Number(head + frac), cost: native ? 0 : 1, grouped: true, decimals: 0,
        ...(native ? {} : { issue: `${describeSep(first)} does not group thousands in ${name}` }),
      };
    };
    if (frac.length === 3 && head.length <= 3 && head !== '0') {
      const readings = [decimalReading(), groupReading()].sort((a, b) => a.cost - b.cost);
      if (nativeDecimal === null) for (const r of readings) r.cost = 0;
      return { kind: 'number', readings };
    }
    return { kind: 'number', readings: [decimalReading()] };
  }
  // Mixed separators: the last one is the decimal separator, the others group.
  const decimalSep = seps[last] ?? '';
  const groupSeps = seps.slice(0, last);
  if (groupSeps.some((s) => s === decimalSep || s === 'D') || decimalSep === ' ' || decimalSep === "'" || decimalSep === 'G') {
    return identifier(groups, seps);
  }
  const groupSep = groupSeps[0] ?? '';
  if (!groupSeps.every((s) => s === groupSep) || !validGrouping(groups, 0, last)) return identifier(groups, seps);
  const intDigits = groups.slice(0, last + 1).join('');
  const frac = groups[last + 1] ?? '';
  const nativeDec = decimalOk(decimalSep);
  const nativeGroup = isNativeGroup(groupSep) || (groupSep === "'" && !profile.known) || nativeDecimal === null;
  const native = nativeDec && nativeGroup;
  const issue = !nativeDec
    ? `${describeSep(decimalSep)} is not the decimal separator in ${name}`
    : `${describeSep(groupSep)} does not group thousands in ${name}`;
  return {
    kind: 'number',
    readings: [{ value: toNumber(intDigits, frac), cost: native ? 0 : 1, grouped: true, decimals: frac.length, ...(native ? {} : { issue }) }],
  };
}

function identifier(groups: readonly string[], seps: readonly string[]): NumberParse {
  let key = groups[0] ?? '';
  for (let k = 0; k < seps.length; k += 1) {
    const sep = seps[k] === 'D' ? '.' : seps[k] === 'G' ? ',' : seps[k];
    key += `${sep}${groups[k + 1] ?? ''}`;
  }
  return { kind: 'identifier', key };
}

/** Created on first use: building an Intl.NumberFormat costs start-up time and most runs never need it. */
let plainFormat: Intl.NumberFormat | undefined;

/** Plain decimal string of a value, without exponent or float noise (`1.25`, `3000000`). */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isSafeInteger(value)) return String(value === 0 ? 0 : value);
  const rounded = Number(value.toPrecision(12));
  const plain = String(rounded === 0 ? 0 : rounded);
  if (!plain.includes('e') || Math.abs(rounded) >= 1e21 || Math.abs(rounded) < 1e-6) return plain;
  plainFormat ??= new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return plainFormat.format(rounded);
}

export function sameValue(a: number, b: number): boolean {
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return Math.abs(a - b) <= scale * 1e-9;
}
