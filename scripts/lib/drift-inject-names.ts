/**
 * Name swaps for `npm run eval:drift`, modelled on the slips of issue #10: a real name of the
 * Italian sentence replaced by another plausible name of the same type (`Binance` → `Kraken`,
 * `Theresa May` → another person, `Cina` → `Russia`, `CoinDesk` → `Reuters`). A capitalised
 * institution noun (`Unione` of `Unione europea`, `Commissione`) is not a name to swap.
 */
import { nameLanguage } from '../../src/names/languages.js';
import { conceptsIn, conceptsOfKeys, NAME_WORD, nameTable, wordKey } from '../../src/names/table.js';

/** What a name stands for, as far as its spelling tells: swaps keep the type. */
export type NameType = 'place' | 'acronym' | 'multiword' | 'single';

export interface KeptName {
  name: string;
  start: number;
}

const WEEKDAYS_AND_MONTHS = new Set(
  'lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
);
const NAME_SEQUENCE = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*))*/gu;

function keysOf(name: string): string[] {
  return (name.match(NAME_WORD) ?? []).map(wordKey);
}

/** Capitalised word sequences after the sentence's first word: candidate names. */
export function namesIn(text: string): KeptName[] {
  const firstWord = /^[\s"“«'‘(—–-]*[\p{L}\p{N}]+/u.exec(text)?.[0].length ?? 0;
  const names: KeptName[] = [];
  for (const match of text.matchAll(NAME_SEQUENCE)) {
    if (match.index < firstWord) continue;
    const name = match[0].replace(/[.'’-]+$/u, '');
    if (name.length < 3 || WEEKDAYS_AND_MONTHS.has(name.toLowerCase())) continue;
    names.push({ name, start: match.index });
  }
  return names;
}

/** Whether a name is only institution nouns and titles (`Unione`, `Commissione`, `Presidente`). */
function isInstitutional(name: string): boolean {
  const { institutions, notNames } = nameLanguage('it');
  return (name.match(NAME_WORD) ?? []).every((word) => institutions.has(word.toLowerCase()) || notNames.has(word.toLowerCase()));
}

export function nameType(name: string): NameType {
  const words = name.match(NAME_WORD) ?? [];
  if (conceptsOfKeys(nameTable('it'), keysOf(name)).length > 0) return 'place';
  if (words.length === 1 && /^[\p{Lu}\p{N}.&-]{2,}$/u.test(words[0]!)) return 'acronym';
  return words.length >= 2 ? 'multiword' : 'single';
}

/**
 * A name kept across translation: written the same way in the source (`Binance`, `Theresa May`),
 * or a place or nationality whose translation the source names (`Cina` for `China`, from the
 * open CLDR/Wiktionary name table). Institution nouns (`Parlamento`) are not names.
 */
export function keptNames(source: string, target: string): KeptName[] {
  const sourceConcepts = conceptsIn(nameTable('en'), (source.match(NAME_WORD) ?? []).map(wordKey));
  const itTable = nameTable('it');
  return namesIn(target).filter(({ name }) => {
    if (isInstitutional(name)) return false;
    if (source.includes(name)) return true;
    return conceptsOfKeys(itTable, keysOf(name)).some((concept) => sourceConcepts.has(concept));
  });
}

export interface NamePoolEntry {
  name: string;
  docId: string;
  type: NameType;
}

export interface NameSwap {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The swaps a sentence allows: each kept name, replaced by a name of the same type from another
 * document that this document never mentions and that does not start like the original.
 */
export function nameSwapSites(
  source: string,
  target: string,
  doc: { docId: string; source: readonly string[] },
  pool: readonly NamePoolEntry[],
  pick: (candidates: readonly NamePoolEntry[]) => NamePoolEntry,
): NameSwap[] {
  const docText = doc.source.join(' ').toLowerCase();
  return keptNames(source, target).flatMap(({ name, start }) => {
    const type = nameType(name);
    const candidates = pool.filter(
      (other) =>
        other.type === type &&
        other.docId !== doc.docId &&
        !docText.includes(other.name.toLowerCase()) &&
        other.name.slice(0, 3).toLowerCase() !== name.slice(0, 3).toLowerCase(),
    );
    if (candidates.length === 0) return [];
    return [{ start, end: start + name.length, replacement: pick(candidates).name }];
  });
}
