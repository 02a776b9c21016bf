/**
 * NTREX pairs whose figure warnings are real errors of the published reference translation, each
 * checked by reading the pair. eval:figures counts these pairs apart from false alarms: flagging
 * them is right. Add an entry only with a reason a reader can check in the two sentences.
 */
export interface FigureReferenceError {
  lang: string;
  /** `docId#index` as eval:figures prints it. */
  pairId: string;
  reason: string;
}

export const FIGURE_REFERENCE_ERRORS: readonly FigureReferenceError[] = [
  { lang: 'pt', pairId: 'abcnews.306815#6', reason: '10 inches is 254 mm, not 25 mm' },
  { lang: 'pt', pairId: 'abcnews.306815#8', reason: '1 to 4 inches is 25 to 100 mm, not 2,5 a 10 mm' },
  { lang: 'pt', pairId: 'abcnews.306815#9', reason: '2 to 3 inches is 51 to 76 mm, not 5 a 7 mm' },
  { lang: 'pt', pairId: 'abcnews.306815#10', reason: '2 to 4 inches is 51 to 102 mm, not 5 a 10 mm' },
  { lang: 'pt', pairId: 'newsweek.51338#6', reason: '2 to 4 and 6 inches are 51 to 102 and 152 mm, not 5 a 10 and 15 mm' },
  { lang: 'pt', pairId: 'newsweek.51338#7', reason: '1 to 2 and 4 inches are 25 to 51 and 102 mm, not 3 a 5 and 10 mm' },
  { lang: 'pt', pairId: 'newsweek.51338#16', reason: '3 to 6 and 10 inches are 76 to 152 and 254 mm, not 8 a 10 and 25 mm' },
  { lang: 'pt', pairId: 'abcnews.306764#2', reason: 'Saturday rendered as domingo' },
  { lang: 'pt', pairId: 'bbc.381735#2', reason: 'Sunday rendered as sábado' },
  { lang: 'pt', pairId: 'reuters.218914#1', reason: 'Sunday rendered as sábado' },
  { lang: 'pt', pairId: 'scotsman.133791#2', reason: 'the 4-1 win rendered as 1-0' },
  { lang: 'pt', pairId: 'newsweek.51300#10', reason: 'Fifty-eight percent rendered as 59%' },
  { lang: 'pt', pairId: 'scotsman.133758#3', reason: 'the 10-6 lead rendered as 10-5' },
  { lang: 'pt', pairId: 'abcnews.306776#3', reason: 'the 29-year-old defendant rendered as 20 anos' },
  { lang: 'pt', pairId: 'euronews-en.153826#20', reason: '"this morning" misspelt `Esta amanhã` (this tomorrow) for `Esta manhã`' },
  { lang: 'fr', pairId: 'bbc.381790#10', reason: 'the Government of Wales Act 2017 rendered as loi 2007' },
  { lang: 'fr', pairId: 'newsweek.51318#11', reason: '$35 million rendered as 35 millions de livres Sterling' },
  { lang: 'fr', pairId: 'reuters.218865#22', reason: 'a tsunami of up to 10 meters rendered as plus de 10 mètres (more than)' },
  { lang: 'it', pairId: 'euronews-en.153826#1', reason: 'the 16.5 to 10.5 score rendered as 17,5 a 10,5' },
];

/** The reason a flagged pair is a verified reference error, or undefined. */
export function figureReferenceError(lang: string, pairId: string): string | undefined {
  return FIGURE_REFERENCE_ERRORS.find((e) => e.lang === lang && e.pairId === pairId)?.reason;
}
