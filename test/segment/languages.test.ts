import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

const texts = (text: string, lang: string): string[] => segment(text, lang).map((s) => s.text);

describe('per-language segmentation fix-ups', () => {
  it('de: ordinals with a full stop in dates and centuries are not sentence ends', () => {
    expect(texts('Das Treffen fand am 3. Oktober 2018 statt. Im 19. Jahrhundert war das anders.', 'de')).toEqual([
      'Das Treffen fand am 3. Oktober 2018 statt.',
      'Im 19. Jahrhundert war das anders.',
    ]);
    expect(texts('Er traf in der 89. Minute. Die Fans jubelten.', 'de')).toEqual([
      'Er traf in der 89. Minute.',
      'Die Fans jubelten.',
    ]);
  });

  it('de: „…“ quotes close with “ and stay with their sentence; abbreviations hold', () => {
    expect(texts('Er sagte: „Ich gebe nicht auf.“ Chelsea führte z. B. mit 2:0. Dr. Müller kam.', 'de')).toEqual([
      'Er sagte: „Ich gebe nicht auf.“',
      'Chelsea führte z. B. mit 2:0.',
      'Dr. Müller kam.',
    ]);
  });

  it('fr: titles, spaced guillemets and a question inside a quotation', () => {
    expect(texts('M. Dupont est arrivé. « Pourquoi a-t-il cédé ? », railla-t-il. Mme Durand a répondu.', 'fr')).toEqual([
      'M. Dupont est arrivé.',
      '« Pourquoi a-t-il cédé ? », railla-t-il.',
      'Mme Durand a répondu.',
    ]);
  });

  it('es: inverted ¿ ¡ open a sentence; Sr. and EE. UU. do not end one', () => {
    expect(texts('El Sr. García viajó a EE. UU. el lunes. ¿Por qué? ¡Nadie lo sabe!', 'es')).toEqual([
      'El Sr. García viajó a EE. UU. el lunes.',
      '¿Por qué?',
      '¡Nadie lo sabe!',
    ]);
  });

  it('pt: n.º before a number and Dra. before a name', () => {
    expect(texts('O decreto n.º 5 foi assinado pela Dra. Silva. A lei entra em vigor em 2020.', 'pt')).toEqual([
      'O decreto n.º 5 foi assinado pela Dra. Silva.',
      'A lei entra em vigor em 2020.',
    ]);
  });

  it('a sentence that opens with a number is split off, but not after No. or an ordinal', () => {
    expect(texts('Die Wahl war 2020. 59 % stimmten zu.', 'de')).toEqual(['Die Wahl war 2020.', '59 % stimmten zu.']);
    expect(texts('See No. 5 for details.', 'en')).toEqual(['See No. 5 for details.']);
  });
});
