import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/figures/index.js';
import type { LanguageCode } from '../../src/types.js';

const warnings = (en: string, other: string, to: LanguageCode): string[] =>
  compareFigures(en, other, { from: 'en', to }).findings
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.kind}${f.aspect ? `/${f.aspect}` : ''}: ${f.message}`);

/** Clean professional renderings seen in NTREX fr/pt/it that must raise no warning. */
const CLEAN: Array<[string, string, LanguageCode]> = [
  // a metric unit symbol after a range is an amount, not `à 10` (10:00)
  ['Models predict 2 to 4 inches of rain, with up to 6 inches in places.', 'Les modèles prévoient 5 à 10 cm de pluie, et jusqu’à 15 cm par endroits.', 'fr'],
  // a spaced `m` before a word is metres outside English
  ['A 6-foot-6 junior who grew up in Baton Rouge.', 'Un jeune de 2 m qui a grandi à Baton Rouge.', 'fr'],
  ['The 6-foot-6 forward grew up in Baton Rouge.', 'Este avançado, com 1,98 m de altura, cresceu em Baton Rouge.', 'pt'],
  // a hundred per cent as a manner of speaking
  ['She is 100 percent certain that it happened.', 'Tem a certeza absoluta de que aconteceu.', 'pt'],
  ['If you want to block out the sun, look no further.', 'Si vous voulez vous protéger du soleil à 100 %, ne cherchez plus.', 'fr'],
  // a season or quarter code whose letters were translated
  ['They unveiled the SS19 collection.', 'Ils ont présenté la collection PE19.', 'fr'],
  ['Profits rose in Q3.', 'Gli utili sono saliti nel T3.', 'it'],
  // section and measure numbers keep their points in every language
  ['Funds were used for measure 1.7 and for operating target 1.1.', 'I fondi sono stati impiegati nella misura 1.7 e nell’obiettivo operativo 1.1.', 'it'],
  ['See Article 3.2 of the treaty.', 'Voir l’art. 3.2 du traité.', 'fr'],
  // an election margin in points is percentage points; a degree sign before a word may be degrees
  ['Trump won the district by 20 points.', 'Trump ganhou no círculo por 20 pontos percentuais.', 'pt'],
  ['When I spoke to him it was 80 degrees on the North Shore.', 'Quando falei com ele estavam 26º na costa norte.', 'pt'],
  // a gap between Fahrenheit temperatures converts without the offset
  ['There is nearly a 20-degree temperature difference between the two cities.', 'Há uma diferença de quase 11 graus entre as duas cidades.', 'pt'],
  // `tutti e 2` restates "both"
  ['The common objective of both measures is clear.', 'L’obiettivo comune di tutti e 2 i provvedimenti è chiaro.', 'it'],
];

describe('translated equivalents are not drift', () => {
  it.each(CLEAN)('%s', (en, other, to) => {
    expect(warnings(en, other, to)).toEqual([]);
  });
});

describe('the same shapes still catch a changed figure', () => {
  it('a changed centimetre value beside a range', () => {
    expect(warnings('Up to 6 inches of rain.', 'Jusqu’à 25 cm de pluie.', 'fr')).toHaveLength(1);
  });
  it('a changed height in metres', () => {
    expect(warnings('The 6-foot-6 forward.', 'Este avançado, com 1,60 m de altura.', 'pt')).toHaveLength(1);
  });
  it('a hundred per cent against a different percentage', () => {
    expect(warnings('Turnout was 100 percent.', 'A participação foi de 90 %.', 'pt').join('\n')).toMatch(/figure-mismatch\/value/);
  });
  it('a season code whose digits changed', () => {
    expect(warnings('They unveiled the SS19 collection.', 'Ils ont présenté la collection PE18.', 'fr').join('\n')).toMatch(/figure-mismatch/);
  });
  it('a decimal with a point after an ordinary noun is still a format error', () => {
    expect(warnings('Growth was 1.7 percent.', 'La crescita è stata del 1.7 per cento.', 'it').join('\n')).toMatch(/number-format/);
  });
  it('a changed margin in points', () => {
    expect(warnings('Trump won the district by 20 points.', 'Trump ganhou no círculo por 25 pontos percentuais.', 'pt').join('\n')).toMatch(/figure-mismatch/);
  });
  it('a changed section number', () => {
    expect(warnings('Funds were used for measure 1.7.', 'I fondi sono stati impiegati nella misura 1.8.', 'it').join('\n')).toMatch(/figure-mismatch/);
  });
  it('`à 10 heures` is still a time of day', () => {
    expect(warnings('The meeting is at 10am.', 'La réunion est à 11 heures.', 'fr').join('\n')).toMatch(/figure-mismatch/);
  });
});
