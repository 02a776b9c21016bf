/** Acronyms and the names they abbreviate (`UNICEF` ↔ `United Nations Children's Fund`): the same name written two ways. */
import type { FoundName } from './extract.js';
import { plainWord } from './table.js';
import { latinPattern } from '../text/latin-pattern.js';
import { lettersOf, withoutPluralS } from '../text/letters.js';

const NOT_UPPER = latinPattern(String.raw`[^\p{Lu}]`, 'gu');

/** Initials of a name's capitalised words (`United Nations Children Fund` → `UNCF`). */
function initialsOf(name: FoundName): string {
  return name.words.filter((word) => word.capitalised).map((word) => (word.marked ? word.text.replace(NOT_UPPER.on(word.text), '') : word.text[0]!)).join('');
}

/** Whether every letter of `part` is among the letters of `whole` (as many times). */
function lettersWithin(part: string, whole: string): boolean {
  const pool = [...whole.toUpperCase()];
  for (const letter of part.toUpperCase()) {
    const at = pool.indexOf(letter);
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  return true;
}

/**
 * An acronym on one side and a name on the other whose initials it spells, in any order and
 * language (`UNICEF` ↔ `United Nations Children's Fund`, `PSDC` ↔ `Common Security …`), are
 * the same name written two ways: neither is missing.
 */
function abbreviates(a: FoundName, b: FoundName): boolean {
  const acronym = a.words.length === 1 && a.words[0]!.marked ? lettersOf(withoutPluralS(a.words[0]!.text)) : null;
  if (acronym === null || b.words.length === 1 && b.words[0]!.marked) return false;
  const initials = initialsOf(b);
  if (initials.length >= 2 && (lettersWithin(initials, acronym) || lettersWithin(acronym, initials))) return true;
  return initials.length >= 1 && acronym.length >= 2 && plainWord(b.words[0]!.text).startsWith(plainWord(acronym));
}

export function withoutAbbreviations(
  missing: FoundName[],
  unexpected: FoundName[],
  wholeNames: ReadonlyMap<FoundName, FoundName>,
): { missing: FoundName[]; unexpected: FoundName[] } {
  const whole = (name: FoundName): FoundName => wholeNames.get(name) ?? name;
  const either = (a: FoundName, b: FoundName): boolean =>
    abbreviates(a, b) || abbreviates(b, a) || abbreviates(whole(a), whole(b)) || abbreviates(whole(b), whole(a));
  const keptMissing = missing.filter((m) => !unexpected.some((u) => either(m, u)));
  const keptUnexpected = unexpected.filter((u) => !missing.some((m) => either(m, u)));
  return { missing: keptMissing, unexpected: keptUnexpected };
}

