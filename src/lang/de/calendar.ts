import type { CalendarWordData, RelativeTime } from '../../figures/language.js';

/** `letzte Woche`, `letzten Woche`, `vergangenes Jahr` …: every inflection of the adjective before the noun. */
function inflected(adjectives: readonly string[], nouns: readonly string[], time: RelativeTime): Record<string, RelativeTime> {
  const out: Record<string, RelativeTime> = {};
  for (const adjective of adjectives) for (const ending of ['', 'e', 'en', 'es', 'er', 'em']) for (const noun of nouns) out[`${adjective}${ending} ${noun}`] = time;
  return out;
}

/** German weekdays, relative times (`gestern`, `letztes Jahr`, `vor zwei Jahren`) and month contexts. */
export const germanCalendarWords: CalendarWordData = {
  weekdays: { montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7 },
  relative: {
    // `morgen` is left out: `am Morgen` is "in the morning".
    gestern: { unit: 'day', offset: -1 }, heute: { unit: 'day', offset: 0 }, vorgestern: { unit: 'day', offset: -2 },
    übermorgen: { unit: 'day', offset: 2 }, 'gestern abend': { unit: 'day', offset: -1 }, 'heute morgen': { unit: 'day', offset: 0 },
    derzeit: { unit: 'present', offset: 0 }, zurzeit: { unit: 'present', offset: 0 }, gegenwärtig: { unit: 'present', offset: 0 },
    ...inflected(['dies'], ['woche'], { unit: 'week', offset: 0 }),
    ...inflected(['letzt', 'vergangen', 'vorig'], ['woche'], { unit: 'week', offset: -1 }),
    ...inflected(['nächst', 'kommend'], ['woche'], { unit: 'week', offset: 1 }),
    ...inflected(['dies'], ['wochenende'], { unit: 'weekend', offset: 0 }),
    ...inflected(['letzt', 'vergangen', 'vorig'], ['wochenende'], { unit: 'weekend', offset: -1 }),
    ...inflected(['nächst', 'kommend'], ['wochenende'], { unit: 'weekend', offset: 1 }),
    ...inflected(['dies'], ['monat', 'monats'], { unit: 'month', offset: 0 }),
    ...inflected(['letzt', 'vergangen', 'vorig'], ['monat', 'monats'], { unit: 'month', offset: -1 }),
    ...inflected(['nächst', 'kommend'], ['monat', 'monats'], { unit: 'month', offset: 1 }),
    ...inflected(['dies'], ['jahr', 'jahres'], { unit: 'year', offset: 0 }),
    ...inflected(['letzt', 'vergangen', 'vorig'], ['jahr', 'jahres'], { unit: 'year', offset: -1 }),
    ...inflected(['nächst', 'kommend'], ['jahr', 'jahres'], { unit: 'year', offset: 1 }),
    vorjahr: { unit: 'year', offset: -1 }, vorjahres: { unit: 'year', offset: -1 },
  },
  agoUnits: {
    tag: { unit: 'day', times: 1 }, tagen: { unit: 'day', times: 1 }, woche: { unit: 'week', times: 1 }, wochen: { unit: 'week', times: 1 },
    monat: { unit: 'month', times: 1 }, monaten: { unit: 'month', times: 1 }, jahr: { unit: 'year', times: 1 }, jahren: { unit: 'year', times: 1 },
    jahrzehnt: { unit: 'year', times: 10 }, jahrzehnten: { unit: 'year', times: 10 },
  },
  agoBefore: ['vor'],
  relativeBlockers: ['mein', 'meine', 'meinem', 'meinen', 'meiner', 'meines', 'dein', 'deine', 'deinem', 'deinen', 'deiner', 'deines',
    'sein', 'seine', 'seinem', 'seinen', 'seiner', 'seines', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'ihres',
    'unser', 'unsere', 'unserem', 'unseren', 'unserer', 'unseres', 'euer', 'eure', 'eurem', 'euren', 'eurer', 'eures'],
  monthContext: ['im', 'in', 'seit', 'bis', 'ab', 'anfang', 'ende', 'mitte', 'vom', 'zum', 'letzten', 'vergangenen', 'nächsten', 'diesen', 'und', 'oder', 'zwischen'],
};
