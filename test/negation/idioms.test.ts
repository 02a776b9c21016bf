import { describe, expect, it } from 'vitest';
import { negationVerdict } from '../../src/negation/index.js';

function verdict(en: string, it: string): ReturnType<typeof negationVerdict> {
  return negationVerdict(en, 'en', it, 'it');
}

describe('idioms whose negator is part of their meaning', () => {
  it('flags `no doubt` rendered by a `dubbio` that lost its negation', () => {
    const en = 'There is no doubt that the new rules will help small businesses across the region.';
    const it = "Non c'è dubbio che le nuove norme aiuteranno le piccole imprese di tutta la regione.";
    expect(verdict(en, it)).toBeNull();
    expect(verdict(en, 'Senza dubbio le nuove norme aiuteranno le piccole imprese di tutta la regione.')).toBeNull();
    // Rendered without the word at all: nothing to compare.
    expect(verdict(en, 'Certamente le nuove norme aiuteranno le piccole imprese di tutta la regione.')).toBeNull();
    expect(verdict(en, it.replace('Non c', 'C'))).toMatchObject({ side: 'source', mismatch: { cue: 'no', word: 'no doubt', counterpart: 'dubbio' } });
  });

  it('flags `not least`, `nothing but` and `couldn’t help` renderings left without their `non`', () => {
    const least = 'Many things must change, not least the way the budget is drawn up every year.';
    expect(verdict(least, 'Molte cose devono cambiare, non da ultimo il modo in cui il bilancio viene redatto ogni anno.')).toBeNull();
    expect(verdict(least, 'Molte cose devono cambiare, da ultimo il modo in cui il bilancio viene redatto ogni anno.')?.side).toBe('source');
    const talk = 'So far the government has done nothing but talk about the crisis.';
    expect(verdict(talk, 'Finora il governo non ha fatto altro che parlare della crisi.')).toBeNull();
    expect(verdict(talk, 'Finora il governo ha fatto altro che parlare della crisi.')?.side).toBe('source');
    const help = "I couldn't help thinking about the people who had lost their homes.";
    expect(verdict(help, 'Non ho potuto fare a meno di pensare alle persone che avevano perso la casa.')).toBeNull();
    expect(verdict(help, 'Ho potuto fare a meno di pensare alle persone che avevano perso la casa.')?.side).toBe('source');
  });

  it('looks for the rendering near the idiom’s place only', () => {
    // `dubbio` in another part of a long sentence is another use of the word.
    const en = 'No doubt the minister will speak today, and the opposition will raise its questions about the contract again tomorrow.';
    const it = 'Certamente il ministro parlerà oggi, e domani l’opposizione solleverà di nuovo i suoi dubbi sul contratto.';
    expect(verdict(en, it)).toBeNull();
  });

  it('checks the reversed language pair too', () => {
    expect(negationVerdict("V'è dubbio che la riforma sia necessaria.", 'it', 'There is no doubt that the reform is necessary.', 'en')).toMatchObject({ side: 'target' });
  });

  it('lets an idiom rendered with its negation account for the negators on both sides', () => {
    // `non` here is the idiom's, not a negated `earned`.
    expect(verdict('He earned no more than ten dollars a day.', 'Non guadagnava più di dieci dollari al giorno.')).toBeNull();
    expect(verdict('We simply cannot wait to see the new stadium.', "Non vediamo l'ora di vedere il nuovo stadio.")).toBeNull();
    expect(verdict('We simply cannot wait to see the new stadium.', "Vediamo l'ora di vedere il nuovo stadio.")?.side).toBe('source');
    expect(verdict('No matter what they say, the plan will go ahead.', 'Non importa quello che dicono, il piano andrà avanti.')).toBeNull();
  });

  it('reads `can’t help` before an object as a negation, and only before a gerund or `but` as the idiom', () => {
    expect(verdict("The doctors can't help him now.", 'I medici non possono aiutarlo adesso.')).toBeNull();
    expect(verdict("The doctors can't help him now.", 'I medici possono aiutarlo adesso.')).not.toBeNull();
    expect(verdict("I couldn't help laughing at the joke.", 'Non ho potuto fare a meno di ridere alla battuta.')).toBeNull();
  });
});
