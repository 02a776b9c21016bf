/** Spelling differences between cognates (`ph`/`f`, `th`/`t`, double letters) folded for matching. */
export const SPELLING_VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/ch/g, 'c'],
  [/[yj]/g, 'i'],
  [/k/g, 'c'],
  [/x/g, 's'],
  [/(.)\1/g, '$1'],
];
