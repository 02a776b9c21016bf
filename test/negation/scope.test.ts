import { describe, expect, it } from 'vitest';
import { compareNegation, negationVerdict } from '../../src/negation/index.js';

/** Whether an English–Italian pair gets a negation warning (null when it is silent). */
function verdict(en: string, it: string): 'warning' | null {
  return negationVerdict(en, 'en', it, 'it') === null ? null : 'warning';
}

describe('negation per clause', () => {
  it('flags a negation added to one verb of a sentence that already has another negation', () => {
    const en = 'The minister said that the company did not pay its taxes, and the court approved the deal.';
    const it = 'Il ministro ha detto che la società non ha pagato le tasse, e il tribunale non ha approvato l’accordo.';
    const result = negationVerdict(en, 'en', it, 'it');
    expect(result?.side).toBe('target');
    expect(result?.mismatch).toMatchObject({ cue: 'non', word: 'approvato', counterpart: 'approved' });
    // The same sentence without the added negation is silent.
    expect(verdict(en, 'Il ministro ha detto che la società non ha pagato le tasse, e il tribunale ha approvato l’accordo.')).toBeNull();
  });

  it('flags a negation dropped from one clause of a long sentence', () => {
    const en =
      'Police said on Thursday that the suspect, who was arrested at the border after a long search across three regions, had not confessed to the robbery.';
    const negated = 'Giovedì la polizia ha dichiarato che il sospettato, arrestato al confine dopo una lunga ricerca in tre regioni, non ha confessato la rapina.';
    const dropped = negated.replace('non ha confessato', 'ha confessato');
    expect(verdict(en, negated)).toBeNull();
    expect(negationVerdict(en, 'en', dropped, 'it')).toMatchObject({ side: 'source' });
  });

  it('judges a negated word by its nearest counterpart, not by another use of its concept', () => {
    // `comment` is a verb of saying too, and negated; `said`, where `affermato` stands, is not.
    const en = 'A source close to Jones said last night "We wouldn\'t comment on his business affairs."';
    const it = 'Una fonte vicina a Jones non ha affermato la scorsa sera che “non desidera rilasciare commenti sui suoi affari commerciali."';
    expect(negationVerdict(en, 'en', it, 'it')?.mismatch).toMatchObject({ side: 'target', word: 'affermato', counterpart: 'said' });
    expect(verdict(en, it.replace('non ha affermato', 'ha affermato'))).toBeNull();
  });

  it('flags more negated clauses than the other side has negations, when their words cannot be looked up', () => {
    const en = "They don't care who they hurt, that's what they want, we're not going to give it to them.";
    const both = 'A loro non interessa chi colpiscono, è questo che vogliono, e noi non glieli daremo.';
    expect(verdict(en, both)).toBeNull();
    expect(negationVerdict(en, 'en', both.replace('non interessa', 'interessa'), 'it')).toMatchObject({ side: 'source' });
  });

  it('flags a dropped negation that negates no content word (is not over), but not `non X, ma Y`', () => {
    expect(negationVerdict('The battle for a free Europe is not yet over.', 'en', 'La battaglia per un’Europa libera è ancora finita.', 'it')).toMatchObject({ side: 'source' });
    expect(verdict('The battle for a free Europe is not yet over.', 'La battaglia per un’Europa libera non è ancora finita.')).toBeNull();
    // A negation an antonym renders (`non è facile` ↔ `it's hard`) needs none on the other side.
    expect(
      verdict(
        "Publishers feared readers wouldn't relate to a talking bear. It's hard to put oneself in their shoes.",
        'L’editore temeva che i lettori non avrebbero apprezzato un orso parlante. Non è facile mettersi nei loro panni.',
      ),
    ).toBeNull();
    // `non dovrebbe, ma deve` renders "not just should, but must": no hint either way.
    expect(verdict('The Union not just should, but must intervene quickly.', 'L’Unione non dovrebbe, ma deve intervenire rapidamente.')).toBeNull();
  });

  it('a negative-meaning word excuses an unresolved negator only near its place', () => {
    const en = 'The club lost the final in May, and the coach later decided to keep the squad together for the new season.';
    // `perso` stands far from the added negation: it renders `lost`, not the negator.
    const added = 'Il club ha perso la finale a maggio, e l’allenatore in seguito non ha deciso di mantenere unita la rosa per la nuova stagione.';
    expect(negationVerdict(en, 'en', added, 'it')).toMatchObject({ side: 'target' });
    // Negative words near the place pair up first: `miss` ↔ `perdere` leaves the negator alone.
    const afford = "You can't afford to miss one episode or you're left behind.";
    expect(negationVerdict(afford, 'en', 'Puoi perdere un episodio, altrimenti rimani indietro.', 'it')).toMatchObject({ side: 'source' });
    expect(verdict(afford, 'Non puoi perdere un episodio, altrimenti rimani indietro.')).toBeNull();
    // `non-English-speaking` is negative in form, in the place of `non anglofoni`.
    expect(verdict('A comedy designed for non-English-speaking territories.', 'Una commedia pensata per i paesi di fruitori non anglofoni.')).toBeNull();
  });

  it('a later negated word met negated is no proof that the negation was rendered', () => {
    const en = 'A Labour spokesman said: "A four-day week is not party policy and it is not being considered by the party."';
    const it = 'Un portavoce laburista ha dichiarato: “La settimana di quattro giorni non fa parte della linea del partito e non è oggetto di discussione.”';
    expect(verdict(en, it)).toBeNull();
    expect(negationVerdict(en, 'en', it.replace('e non è oggetto', 'e è oggetto'), 'it')).toMatchObject({ side: 'source' });
  });

  it('counts one-word negators against the other side, unless a negative-affix word renders them', () => {
    const en = 'The senator said at a briefing on Monday that she did not leak the letter to the press.';
    const it = 'Lunedì, durante un incontro, la senatrice ha dichiarato di non aver rivelato la lettera alla stampa.';
    expect(verdict(en, it)).toBeNull();
    expect(negationVerdict(en, 'en', it.replace('ha dichiarato', 'non ha dichiarato'), 'it')).toMatchObject({ side: 'target', mismatch: { word: 'dichiarato' } });
    expect(
      verdict(
        'I ask you to confirm that incentives may not be given for burning non-biodegradable waste and that there are no derogations.',
        'Le chiedo di confermare che non è possibile incentivare l’incenerimento di rifiuti non biodegradabili e che non è prevista alcuna deroga.',
      ),
    ).toBeNull();
  });

  it('reads a né or nor left without the negation it continues as saying nothing of its own', () => {
    const en = 'That system is certainly not provided for by the plan of the President, nor by incinerators, which cause death.';
    const it = 'Non è certo il piano che ha presentato il Presidente, né degli inceneritori che producono morte.';
    expect(verdict(en, it)).toBeNull();
    expect(negationVerdict(en, 'en', it.replace('Non è', 'È'), 'it')).toMatchObject({ side: 'source' });
    // `né … né` is a pair, and the dot of `Mr.` ends no sentence: `not … Mr. Trump … nor` is one negation.
    expect(verdict('They want neither war nor peace.', 'Non vogliono né la guerra né la pace.')).toBeNull();
    expect(verdict("I do not mean that Mr. Trump's fall is inevitable - nor that of his peers.", 'Non intendo dire che la caduta di Trump sia inevitabile, né quella dei suoi omologhi.')).toBeNull();
  });

  it('flags a negation added to a verb of saying rendered by another verb of saying', () => {
    expect(verdict('Merriweather said that the school replaced him.', 'Merriweather non ha affermato che la scuola lo ha sostituito.')).toBe('warning');
  });

  it('reads the negated words inside a quote that opens right after the verb', () => {
    const en = 'Johnson said that the proposal on tariffs was "entirely ridiculous."';
    const quoted = 'Johnson ha affermato che la proposta sui dazi è “assolutamente ridicola”.';
    expect(verdict(en, quoted)).toBeNull();
    expect(negationVerdict(en, 'en', quoted.replace('è “', 'non è “'), 'it')).toMatchObject({ side: 'target', mismatch: { word: 'ridicola' } });
    // After a comma the clause has ended: `non dovrebbe, ma deve intervenire` says "must intervene".
    expect(verdict('The Union not only should but must intervene.', 'L’Unione non dovrebbe, ma deve intervenire.')).toBeNull();
  });

  it('a negated negative verb against a bare negative word in its place is a change (non hanno respinto ↔ denied)', () => {
    const en = 'U.S. officials denied her request for asylum on July 20.';
    expect(negationVerdict(en, 'en', 'I funzionari degli Stati Uniti non hanno respinto la sua richiesta d’asilo il 20 luglio.', 'it')).toMatchObject({
      side: 'target',
      mismatch: { word: 'respinto', counterpart: 'denied' },
    });
    expect(verdict(en, 'I funzionari degli Stati Uniti hanno respinto la sua richiesta d’asilo il 20 luglio.')).toBeNull();
    // Against a positive verb the litotes still says yes.
    expect(verdict('U.S. officials accepted her request for asylum on July 20.', 'I funzionari degli Stati Uniti non hanno respinto la sua richiesta d’asilo il 20 luglio.')).toBeNull();
  });

  it('an adverb such as appena (just) or invece is no negative word a negator turns into a litotes', () => {
    expect(negationVerdict('The Senate has just passed the law on waste.', 'en', 'Il Senato non ha appena approvato la legge sui rifiuti.', 'it')).toMatchObject({ side: 'target' });
    expect(verdict('The Senate has just passed the law on waste.', 'Il Senato ha appena approvato la legge sui rifiuti.')).toBeNull();
  });

  it('a reversing un- verb (unfolded, unveiled) negates nothing', () => {
    const en = 'The incident unfolded in Ballynagard Crescent on Thursday.';
    expect(verdict(en, 'L’incidente si è verificato a Ballynagard Crescent giovedì.')).toBeNull();
    expect(verdict(en, 'L’incidente non si è verificato a Ballynagard Crescent giovedì.')).toBe('warning');
  });

  it('finds the counterpart of a participle through its verb', () => {
    // `inviato` is listed as a noun (envoy); its verb `inviare` is `send`.
    const comparison = compareNegation('The agency sent a letter to the minister.', 'en', 'L’agenzia non ha inviato una lettera al ministro.', 'it');
    expect(comparison?.mismatches).toHaveLength(1);
    expect(comparison?.mismatches[0]).toMatchObject({ word: 'inviato', counterpart: 'sent' });
  });
});

describe('legitimate mismatches stay silent', () => {
  it('Italian double negation and negative concord', () => {
    expect(verdict('He never paid anyone.', 'Non ha mai pagato nessuno.')).toBeNull();
    expect(verdict('Nobody knew.', 'Nessuno lo sapeva.')).toBeNull();
    expect(verdict('"Today, there is neither."', '"Oggi non c’è nessuno dei due."')).toBeNull();
    expect(verdict('He did not call or write.', 'Non ha chiamato, né ha scritto.')).toBeNull();
    // `non … mai … nessuno` is one negation; `né ha parlato` negates a second clause.
    expect(compareNegation('x', 'en', 'Non ha mai visto nessuno.', 'it')?.target.negations).toBe(1);
    expect(compareNegation('x', 'en', 'Non ha mai visto nessuno, né ha parlato con nessuno.', 'it')?.target.negations).toBe(2);
  });

  it('a double negation that says yes (non potevamo non, cannot but)', () => {
    expect(verdict('We simply had to tackle the problems.', 'Non potevamo non affrontare i problemi.')).toBeNull();
    expect(verdict('The Union can only make the protection of children a priority.', "L'Unione non può che fare della tutela dei minori una priorità.")).toBeNull();
  });

  it('litotes', () => {
    expect(verdict('It is likely that he will come.', 'Non è improbabile che venga.')).toBeNull();
    expect(verdict('It is possible that the talks will resume.', 'Non è impossibile che i negoziati riprendano.')).toBeNull();
  });

  it('a litotes against the same negative word left bare says the opposite', () => {
    expect(verdict('Though rare, such attacks have been recorded.', 'Sebbene non siano rari, tali attacchi sono stati segnalati.')).toBe('warning');
    expect(verdict('Though not rare, such attacks are feared.', 'Sebbene non siano rari, tali attacchi sono temuti.')).toBeNull();
  });

  it('not just ↔ non … solo a few words on', () => {
    expect(verdict("We can't just rely on English to build trust.", 'Non possiamo affidarci al solo inglese per creare fiducia.')).toBeNull();
  });

  it('no longer ↔ non più, not only ↔ non solo', () => {
    expect(verdict('Labour is no longer a broad church.', 'Il partito laburista non è più una chiesa aperta.')).toBeNull();
    expect(verdict('Not only the EU but also the UN.', "Non solo l'UE ma anche l'ONU.")).toBeNull();
    expect(verdict('It is not just a matter of rules.', 'Non si tratta soltanto di regole.')).toBeNull();
  });

  it('a negative verb for a negated positive one (failed, denied, refused, lack, without)', () => {
    expect(verdict('He failed to pay the fine.', 'Non è riuscito a pagare la multa.')).toBeNull();
    expect(verdict('The minister denied the report.', 'Il ministro non ha ammesso il rapporto.')).toBeNull();
    expect(verdict('They refused to sign the agreement.', "Non hanno firmato l'accordo.")).toBeNull();
    expect(verdict('The region lacks doctors.', 'Nella regione non ci sono medici.')).toBeNull();
    expect(verdict('He left without paying the bill.', 'È partito e non ha pagato il conto.')).toBeNull();
    expect(verdict('He did not say a word.', 'È partito senza dire una parola.')).toBeNull();
  });

  it('a negated word whose antonym or negative-affix form stands on the other side', () => {
    expect(verdict("It's hard to put yourself in their shoes.", 'Non è facile mettersi nei loro panni.')).toBeNull();
    expect(verdict('The cause of the fire was unknown.', "La causa dell'incendio non è nota.")).toBeNull();
    expect(verdict('He said he is unfit to serve.', 'Ha detto che non è adatto a servire.')).toBeNull();
  });

  it('expletive non (a meno che, finché, più … che non) and unless/until', () => {
    expect(verdict('Trump will win unless, as many hope, a scandal ends his presidency.', 'Trump vincerà a meno che, come molti sperano, uno scandalo non ponga fine alla sua presidenza.')).toBeNull();
    expect(verdict('We will wait until the government acts.', 'Aspetteremo finché il governo non agirà.')).toBeNull();
    expect(verdict('He feels more comfortable now than he ever did during his career.', 'Si sente più a suo agio adesso che non durante la sua carriera.')).toBeNull();
  });

  it('questions and whether or not', () => {
    expect(verdict("You're going to go after someone like that?", 'Non ci si può accanire con una persona in questo modo.')).toBeNull();
    expect(negationVerdict('Man: "What in the world is that?"', 'en', 'Uomo: "Cosa diavolo non è quello?"', 'it')).toMatchObject({ side: 'target' });
    expect(verdict("I couldn't help thinking: can't the industry give him a better role?", "Non ho potuto fare a meno di pensare: l'industria non potrebbe dargli un ruolo migliore?")).toBeNull();
    // A question against a question compares as statements do; against a statement it may be rhetorical.
    expect(negationVerdict('Why did he not call the police?', 'en', 'Perché ha chiamato la polizia?', 'it')).toMatchObject({ side: 'source' });
    expect(verdict('Why did he not call the police?', 'Perché non ha chiamato la polizia?')).toBeNull();
    expect(verdict("Why didn't Mr Kavanaugh and his supporters want the FBI to investigate?", 'Perché Kavanaugh e i suoi sostenitori non vogliono che l’FBI indaghi?')).toBeNull();
    expect(negationVerdict('Why did Mr Kavanaugh and his supporters want the FBI to investigate?', 'en', 'Perché Kavanaugh e i suoi sostenitori non vogliono che l’FBI indaghi?', 'it')).toMatchObject({ side: 'target' });
    expect(verdict('They will decide whether or not to introduce the change.', 'Decideranno se introdurre o meno il cambiamento.')).toBeNull();
  });

  it('reads colloquial English negative concord as one negation, but not across a clause', () => {
    // `don't see no tail`: one negation, as the Italian says it.
    expect(compareNegation("Yes, but you don't see no tail.", 'en', 'Sì, ma non vedi una coda.', 'it')?.source.negations).toBe(1);
    // `not … and that there are no …`: two clauses, two negations.
    expect(compareNegation('Confirm that it may not be paid and that there are no exceptions.', 'en', 'x', 'it')?.source.negations).toBe(2);
  });

  it('reads an inverted negative question (isn’t that, don’t you) as a question', () => {
    expect(verdict("It's not time for this, and they expect us to say, 'isn't that wonderful'.", 'Non è il momento, e pretendono che diciamo che è meraviglioso.')).toBeNull();
    // `it is not that …` is a statement.
    expect(verdict('It is not that simple, she said.', 'È semplice, ha detto.')).toBe('warning');
  });

  it('one negated word, not a clause (non residenti, not guilty, non-executive)', () => {
    expect(verdict('Homes bought by non-UK residents.', 'Case acquistate da cittadini non residenti nel Regno Unito.')).toBeNull();
    expect(verdict('He declared himself "not guilty, for sure".', 'Si è dichiarato "sicuramente innocente".')).toBeNull();
    expect(verdict('She was elected as a non-executive director.', 'È stata eletta membro non esecutivo del consiglio.')).toBeNull();
  });

  it('idioms: non vedo l’ora, No. 1, say no to', () => {
    expect(verdict('I am keen to act as a voice for athletes.', 'Non vedo l’ora di agire come voce degli atleti.')).toBeNull();
    expect(verdict('It aims to be No. 1 in AI.', "Punta a essere il n. 1 nell'IA.")).toBeNull();
    expect(verdict("We are saying 'no' to uncontrolled landfills.", 'Si dice no alle discariche incontrollate.')).toBeNull();
  });
});

describe('negation: one-word negators, only-words, continued clauses', () => {
  it('checks a one-word negator against a side with no negation of its own', () => {
    const en = 'Although not legally binding, the vote was accepted by every party in the assembly.';
    expect(verdict(en, 'Sebbene non sia giuridicamente vincolante, il voto è stato accettato da tutti i partiti.')).toBeNull();
    expect(verdict(en, 'Sebbene sia giuridicamente vincolante, il voto è stato accettato da tutti i partiti.')).toBe('warning');
    // A negative word of the other side may render it: no check then.
    expect(verdict('The fees were not refundable.', 'Le tasse erano irrecuperabili e perse.')).toBeNull();
  });

  it('flags a `not only` whose other side says `only` alone in its place', () => {
    const en = "We can't just rely on English when we want to build trust with other countries.";
    expect(verdict(en, "Non possiamo affidarci al solo inglese se vogliamo creare fiducia con gli altri paesi.")).toBeNull();
    expect(negationVerdict(en, 'en', 'Possiamo affidarci al solo inglese se vogliamo creare fiducia con gli altri paesi.', 'it')).toMatchObject({ side: 'source' });
    // `just not`, and an only-word right after a negation in another clause, are no bare `only`.
    expect(verdict("It's just not about the vote, it's about the way they handled it.", 'Non si parla solo del voto, si tratta del modo in cui lo hanno gestito.')).toBeNull();
    expect(verdict('Work for the region, not against it, and not just to please your party.', 'Lavorate per la regione, e non contro, solo per compiacere il vostro partito.')).toBeNull();
  });

  it('counts a clause continued by `nor`/`né` as a negated clause', () => {
    const en = 'I do not mean to suggest that his fall is inevitable - nor that of his rivals in Europe.';
    expect(verdict(en, 'Non intendo affermare che la sua caduta sia inevitabile, come non lo è quella dei suoi rivali in Europa.')).toBeNull();
    expect(verdict(en, 'Intendo affermare che la sua caduta sia inevitabile, come non lo è quella dei suoi rivali in Europa.')).toBe('warning');
    // `nemmeno` ("not even") continues the negation without a clause of its own.
    expect(compareNegation('He is not fit for it.', 'en', 'Non è adatto, e nemmeno lo sarà.', 'it')?.target.negations).toBe(1);
  });

  it('reads `had better not be`, and a negator before `not only`, as clause negations', () => {
    expect(compareNegation('We had better not be caught unprepared.', 'en', 'x', 'it')?.source.clausal).toBe(1);
    const en = "If he is not telling the truth, he's not fit not only for this court, but for any court.";
    expect(compareNegation(en, 'en', 'x', 'it')?.source.negations).toBe(2);
  });

  it('reads an elliptical `didn’t, but` as a negation, not as `not X, but Y`', () => {
    expect(verdict("Maybe she didn't, but that's the worst excuse I've ever heard.", 'Forse lo ha fatto, ma è la peggiore scusa che abbia mai sentito.')).toBe('warning');
    expect(verdict("Maybe she didn't, but that's the worst excuse I've ever heard.", 'Forse non lo ha fatto, ma è la peggiore scusa che abbia mai sentito.')).toBeNull();
  });

  it('does not let a negator that renders the other side’s negative verb balance a dropped negation', () => {
    const en = 'It certainly can not be said that Italy has failed to meet its obligation of cooperation.';
    expect(verdict(en, "Non si può certo dire che l'Italia non abbia rispettato il suo obbligo di cooperazione.")).toBeNull();
    expect(verdict(en, "Si può certo dire che l'Italia non abbia rispettato il suo obbligo di cooperazione.")).toBe('warning');
  });
});

describe('negation: questions and ellipsis', () => {
  it('pairs an inverted negative question or a tag with a negated question', () => {
    expect(verdict("Aren't you glad the season is over?", 'Non sei felice che la stagione sia finita?')).toBeNull();
    expect(verdict("You liked the old stadium, didn't you?", 'Ti piaceva il vecchio stadio, non è vero?')).toBeNull();
    // A question that asks with a negation against one that does not is still compared.
    expect(verdict("Why didn't the minister answer the letter?", 'Perché il ministro ha risposto alla lettera?')).toBe('warning');
  });

  it('reads `nessuno`, `niente` after the verb of an Italian question as "any"', () => {
    expect(verdict('Is there anybody in the office?', "C'è nessuno in ufficio?")).toBeNull();
    expect(verdict('Is there anybody in the office?', "Non c'è nessuno in ufficio.")).toBe('warning');
  });

  it('reads an Italian `no` closing a clause after its subject as the clause negated', () => {
    expect(verdict('Tom is interested, but Mary is not.', 'Tom è interessato, ma Mary no.')).toBeNull();
    expect(verdict('Some voters like the plan. Others do not.', 'Ad alcuni elettori il piano piace. Ad altri no.')).toBeNull();
    // An answer or an alternative is no negated clause.
    expect(verdict('Will you marry him or not?', 'Lo sposerai oppure no?')).toBeNull();
    expect(compareNegation('x', 'en', 'Ha detto di no.', 'it')?.target.negations).toBe(0);
    expect(compareNegation('x', 'en', 'Ha detto di sì, ma Mary no.', 'it')?.target.negations).toBe(1);
  });

  it('reads phrases such as `the last thing … needed`, `far from` as negative words', () => {
    expect(verdict('There were seven candidates already, and the last thing they needed was another one.', 'C’erano già sette candidati e non ne serviva un altro.')).toBeNull();
    expect(verdict('The deal is far from finished.', "L'accordo non è affatto concluso.")).toBeNull();
  });

  it('knows `proibito` as a negative word that may render a negation', () => {
    expect(verdict('Smoking is not allowed on the premises.', 'È proibito fumare nei locali.')).toBeNull();
  });
});

describe('negation data', () => {
  it('knows no polarity for a language without negation data', () => {
    expect(compareNegation('It is not true.', 'en', 'Det er ikke sant.', 'da')).toBeNull();
  });
});
