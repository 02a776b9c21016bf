import { describe, expect, it } from 'vitest';
import { compareNames, documentNameKeys, namesInSentence } from '../../src/names/index.js';

function compare(en: string, it: string) {
  const result = compareNames(
    { text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') },
    { text: it, lang: 'it', documentKeys: documentNameKeys([it], 'it') },
  );
  return { missing: result.missing.map((name) => name.text), unexpected: result.unexpected.map((name) => name.text) };
}

describe('compareNames', () => {
  it('lets countries, cities, nationalities and their translations meet', () => {
    expect(compare('China and the U.S. met in Brussels.', 'La Cina e gli Stati Uniti si sono incontrati a Bruxelles.')).toEqual({ missing: [], unexpected: [] });
    expect(compare('The company is Maltese, he said.', "L'azienda è maltese, ha detto.")).toEqual({ missing: [], unexpected: [] });
    expect(compare('The pope spoke in Rome and then flew to Munich.', 'Il papa ha parlato a Roma e poi è volato a Monaco di Baviera.')).toEqual({ missing: [], unexpected: [] });
  });

  it('lets acronyms meet in another order or spelled out', () => {
    expect(compare('The EU and the UN agreed.', "L'UE e le Nazioni Unite erano d'accordo.")).toEqual({ missing: [], unexpected: [] });
    expect(compare('The United Nations Children’s Fund published it.', "L'UNICEF l'ha pubblicato.")).toEqual({ missing: [], unexpected: [] });
  });

  it('finds a swapped name and a dropped one', () => {
    expect(compare('Hackers asked Binance for 300 bitcoin.', 'Gli hacker hanno chiesto a Kraken 300 bitcoin.')).toEqual({ missing: ['Binance'], unexpected: ['Kraken'] });
    expect(compare('Hackers asked Binance for 300 bitcoin.', "Gli hacker hanno chiesto all'azienda 300 bitcoin.")).toEqual({ missing: ['Binance'], unexpected: [] });
  });

  it('takes a surname that an Italian stem happens to match for a name, not a common word', () => {
    // `Kim`, `Collier`: Italian words end in a vowel, so a stem match says nothing about these.
    expect(compare('Pompeo plans a summit between Kim and Trump.', 'Pompeo prepara un summit tra Kim e Collier.')).toEqual({ missing: ['Trump'], unexpected: ['Collier'] });
    // Nor for a word with letters Italian words do not use (`Kante`), or a tail longer than an
    // inflection past the stem (`Laverne` → `lav`).
    expect(compare('"This is what you worry about," Wade said.', '"Questo è ciò che ti preoccupa", ha affermato Kante.')).toEqual({ missing: ['Wade'], unexpected: ['Kante'] });
    expect(compare('They watched Bellator 206 all night.', 'Hanno guardato Laverne 206 tutta la notte.')).toEqual({ missing: ['Bellator'], unexpected: ['Laverne'] });
    // A plural of a listed word stays a common word: `Camere` → `camera`.
    expect(compare('Both chambers approved the law.', 'Entrambe le Camere hanno approvato la legge.')).toEqual({ missing: [], unexpected: [] });
  });

  it('reads a word the lexicon does not know as a name after a quote opened inside the sentence', () => {
    const en = 'She met Tashi at the station and told him "Tashi, I love you so much."';
    expect(compare(en, 'Ha incontrato Tashi alla stazione e gli ha detto "Tashi, ti voglio tanto bene."')).toEqual({ missing: [], unexpected: [] });
    expect(namesInSentence('Gli ha detto "Vettel, ti voglio tanto bene."', 'it', new Set()).map((name) => name.text)).toEqual([]);
    expect(compareNames(
      { text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') },
      { text: 'Ha incontrato Tashi alla stazione e gli ha detto "Vettel, ti voglio tanto bene."', lang: 'it', documentKeys: new Set() },
    ).unexpected.map((name) => name.text)).toEqual(['Vettel']);
    // A quote closed right after a word opens nothing: `"Hans" Revlon` is a name in mid-sentence.
    expect(compare('The physicist Johannes "Hans" Geiger was born in Germany.', 'Il fisico Johannes "Hans" Revlon è nato in Germania.')).toEqual({ missing: ['Geiger'], unexpected: ['Revlon'] });
    // A word the lexicon knows stays capitalised by position (`"Dobbiamo …`, `"Grazie"`).
    expect(compare('He said "We must go" and left.', 'Ha detto "Dobbiamo andare" ed è uscito.')).toEqual({ missing: [], unexpected: [] });
  });

  it('meets a name by its parts, but not by a lower-case particle (al-Moualem)', () => {
    expect(compare('Foreign Minister Walid al-Moualem spoke.', 'Ha parlato il ministro degli esteri Walid al-Moualem.')).toEqual({ missing: [], unexpected: [] });
    expect(compare('Then the minister al-Moualem spoke.', 'Poi ha parlato il ministro al-Waters.')).toEqual({ missing: ['al-Moualem'], unexpected: ['al-Waters'] });
  });

  it('takes a name with one part changed for a swap (`Walid al-Moualem` → `Walid al-Waters`), not one inflected', () => {
    expect(compare('Foreign minister Walid al-Moualem said conditions are improving.', 'Il ministro degli esteri Walid al-Waters ha dichiarato che le condizioni migliorano.')).toEqual({
      missing: ['Walid al-Moualem'],
      unexpected: ['Walid al-Waters'],
    });
    expect(compare('A veteran of eight Ryder Cups, Sergio Garcia won again.', 'Veterano di otto Ryder Cup, Sergio Garcia ha vinto ancora.').unexpected).toEqual([]);
  });

  it('takes a half-new name for a swap when a source name is gone whole, unless the other half is a shared name', () => {
    expect(compare('Agency spokesman Sutopo Purwo Nugroho told a news conference.', "Il portavoce dell'agenzia Fox News ha detto in una conferenza stampa.")).toEqual({
      missing: ['Sutopo Purwo Nugroho'],
      unexpected: ['Fox News'],
    });
    expect(compare('She asked that baroness Ashton come to the European Parliament.', "Ha chiesto che l'alto rappresentante Catherine Ashton venga nel Parlamento.").unexpected).toEqual([]);
  });

  it('lets a country meet only words really derived from it', () => {
    // `Cile` must not meet `children`: derived words end like demonyms, and English ones are capitalised.
    expect(compare("He was a BBC cameraman before writing the children's book.", 'Lavorava come cameraman alla Cile prima di scrivere il libro per bambini.')).toEqual({ missing: ['BBC'], unexpected: ['Cile'] });
    expect(compare('Chilean miners went back to Chile.', 'I minatori cileni sono tornati in Cile.')).toEqual({ missing: [], unexpected: [] });
  });

  it('derives words from a place itself, not from the other forms of an alias (`Europe` is no `comune`)', () => {
    // `Europe` also stands for the European Union, one of whose forms is `Comunità`.
    expect(compare('The only common denominator is ending the ordeal of patients across Europe.', "L'unico comune denominatore è porre fine al calvario dei pazienti in tutta Francia.")).toEqual({
      missing: ['Europe'],
      unexpected: ['Francia'],
    });
    expect(compare('Patients across Europe wait for European rules.', 'I pazienti in tutta la Comunità aspettano regole europee.')).toEqual({ missing: [], unexpected: [] });
  });

  it('counts a place with the words derived from it: one `ungherese` cannot stand for `Hungarian` and `Hungary`', () => {
    const unmet = (en: string, it: string): string[] =>
      compareNames({ text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') }, { text: it, lang: 'it', documentKeys: new Set() }).unmetCapitalised;
    const en = 'The Hungarian Government was always willing, given that Hungary holds the Presidency of the Union.';
    expect(unmet(en, "Il governo ungherese è sempre stato disponibile, visto che Malta detiene la Presidenza dell'Unione.")).toContain('Hungary');
    expect(unmet(en, "Il governo ungherese è sempre stato disponibile, visto che l'Ungheria detiene la Presidenza dell'Unione.")).not.toContain('Hungary');
    // `Welsh` is a mention of `Wales`: their translations share a stem (`gallese`, `Galles`).
    expect(unmet('For readers outside of Wales: In Welsh twp means daft.', 'Per i lettori che non vivono in Iowa: In gallese, twp significa cretino.')).toContain('Wales');
    expect(unmet('For readers outside of Wales: In Welsh twp means daft.', 'Per i lettori che non vivono in Galles: In gallese, twp significa cretino.')).toEqual([]);
  });

  it('checks a multi-word place as a whole: `America` alone does not stand for `Latin America`', () => {
    expect(compare('Protests spread across Latin America.', 'Le proteste si sono diffuse negli Stati Uniti.')).toEqual({ missing: ['Latin America'], unexpected: ['Stati Uniti'] });
  });

  it('checks each part of a name joined by a connector', () => {
    expect(compare('Chad Hammel told KSWB-TV in San Diego he was diving.', 'Chad Hammel ha raccontato a RSM di San Diego che si stava immergendo.').unexpected).toEqual(['RSM']);
  });

  it('reads a common word after a title as a surname', () => {
    expect(compare('I thank Mrs Striffler for her report.', 'Ringrazio la collega Amici per la relazione.')).toEqual({ missing: ['Striffler'], unexpected: ['Amici'] });
  });

  it('reads the name after an abbreviated title as a name, not a sentence start', () => {
    expect(compare("It could be the report on Mr. Trump's possible obstruction of justice.", 'Potrebbe essere il rapporto sulla possibile ostruzione di Wayde.')).toEqual({ missing: ['Trump'], unexpected: ['Wayde'] });
  });

  it('sees a name replaced where the source names it more often than the translation', () => {
    const en = 'Protesters, many of them anti-Erdogan, condemned the policies of Erdogan.';
    const result = compareNames(
      { text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') },
      { text: 'I manifestanti anti-Erdogan hanno condannato le politiche di Whitehall.', lang: 'it', documentKeys: new Set() },
    );
    expect(result.unmetCapitalised).toContain('Erdogan');
    expect(result.unexpected.map((name) => name.text)).toEqual(['Whitehall']);
  });

  it('keeps a capitalised particle with its surname (`De Castro`, `Van`)', () => {
    expect(compare('The Cesare Battisti case must be judged again.', 'La vicenda di De Castro deve essere giudicata di nuovo.')).toEqual({
      missing: ['Cesare Battisti'],
      unexpected: ['De Castro'],
    });
    expect(compare('It hit an area called Donggala, closer to the epicentre.', "Ha colpito un'area chiamata Van, più vicina all'epicentro.").unexpected).toEqual(['Van']);
    // A lower-case connector still joins two names, each checked apart.
    expect(compare('He spoke in the Bank of England.', 'Ha parlato nella Bank of England.')).toEqual({ missing: [], unexpected: [] });
  });

  it('does not take a two-letter acronym for the start of a capitalised word (`UN` is not the `Uniti` of `Stati Uniti`)', () => {
    const en = 'Without trust in the US there is no security, Ri said to the UN General Assembly in New York.';
    expect(compare(en, "Senza fiducia negli Stati Uniti non c'è sicurezza, ha detto Ri all'Assemblea Generale delle Russia a New York.")).toEqual({
      missing: ['UN General Assembly'],
      unexpected: ['Russia'],
    });
    expect(compare(en, "Senza fiducia negli Stati Uniti non c'è sicurezza, ha detto Ri all'Assemblea Generale dell'ONU a New York.")).toEqual({ missing: [], unexpected: [] });
  });

  it('does not let a short acronym meet a lower-case word (`UN` is not the article `un`)', () => {
    expect(compare('UN diplomats say a recent agreement between Russia and Turkey helps.', 'I diplomatici della Corea affermano che un recente accordo tra la Russia e la Turchia aiuta.')).toEqual({
      missing: ['UN'],
      unexpected: ['Corea'],
    });
  });

  it('does not take a name written alike on both sides for a spelling variant of another', () => {
    // `Waters` is the counterpart of `Waters`, not a variant of `Twitter`; `Instagram` not of `Insta`.
    expect(compare('"Lies," Waters said in a statement on Twitter.', '"Bugie" ha affermato la Waters in una dichiarazione su Farage.')).toEqual({ missing: ['Twitter'], unexpected: ['Farage'] });
    expect(compare('A growth in "fake Insta" accounts, a reference to the site Instagram.', 'Una crescita degli account “fake su Ohio”, un riferimento al sito Instagram.').unexpected).toEqual(['Ohio']);
  });

  it('reads the name after a lower-case prefix (`post-Brexit`, `anti-DARPA`), but not a month', () => {
    expect(compare('Many have access to HIV medication.', 'Molti hanno accesso ai farmaci anti-DARPA.')).toEqual({ missing: ['HIV'], unexpected: ['anti-DARPA'] });
    const en = 'He wished for them to stay on post-Brexit.';
    const result = compareNames(
      { text: en, lang: 'en', documentKeys: documentNameKeys([en], 'en') },
      { text: 'Ha augurato loro di rimanere dopo la Rhein-Neckar-Arena.', lang: 'it', documentKeys: new Set() },
    );
    expect(result.unmetCapitalised).toContain('Brexit');
    expect(compare('He wished for them to stay on post-Brexit.', 'Ha augurato loro di rimanere dopo la Brexit.')).toEqual({ missing: [], unexpected: [] });
    expect(namesInSentence('The vote is set for mid-September.', 'en', new Set())).toEqual([]);
  });

  it('reads the name after `v.` of a case or a lower-case Italian title as a name', () => {
    expect(compare('It could decide the future of Roe v. Wade.', 'Potrebbe decidere il futuro della sentenza Roe vs. Mueller.')).toEqual({ missing: ['Wade'], unexpected: ['Mueller'] });
    expect(compare("'We believe they have a right to know,' Prof Czeisler added.", '“Riteniamo che abbiano diritto a sapere”, ha aggiunto il prof. Paddington.')).toEqual({
      missing: ['Czeisler'],
      unexpected: ['Paddington'],
    });
  });

  it('takes a common word capitalised inside the sentence for a name in place of a source name English does not know', () => {
    // `Villarreal` and `Stihler` are no English words: gone whole, a capitalised `Pelosi` or
    // `Amici` stands in for them though the lexicon knows `pelosi` (hairy) and `amici` (friends).
    expect(compare('"It was a good point for us because Villarreal are a good side," said the 31-year-old.', '"Per noi è stato un risultato positivo perché il Pelosi è una buona squadra", ha affermato il giocatore.')).toEqual({
      missing: ['Villarreal'],
      unexpected: ['Pelosi'],
    });
    expect(compare('With regard to the Stihler report, the construction sector plays an important role.', 'Sulla relazione Amici, il settore edile riveste un ruolo importante.').unexpected).toEqual(['Amici']);
    // Not for a source name English knows as a word (`Game`), nor for an acronym (`U.S.`), which
    // translations spell out or drop.
    expect(compare('He will not do any Game of Thrones prequels.', 'Non interpreterà alcun prequel di Trono di Spade.').unexpected).toEqual([]);
    expect(compare('According to the U.S. Drought Monitor, 40 percent of Arizona is in drought.', 'Stando al Centro di monitoraggio della siccità, il 40% dell’Arizona è in siccità.').unexpected).toEqual([]);
  });

  it('reads an English word no lexicon entry knows as a name after a quote opened inside the sentence', () => {
    expect(compare('Nurses, who call them "Elvie pumps", like them.', 'Le infermiere, che le chiamano "pompe Clyde", le apprezzano.')).toEqual({ missing: ['Elvie'], unexpected: ['Clyde'] });
    // `Tornado` is an English word: capitalised by the quote, it says nothing.
    expect(compare('Specialist "Tornado" officers have been brought in.', 'Sono stati impiegati agenti specializzati "Tornado".')).toEqual({ missing: [], unexpected: [] });
  });

  it('knows curated aliases: the Academy Awards are the Oscars', () => {
    expect(compare('An audience similar to that of the Academy Awards.', 'Un pubblico simile a quello dei premi Oscar.')).toEqual({ missing: [], unexpected: [] });
  });

  it('does not take capitalised common nouns of the translation for new names', () => {
    expect(compare('Many will watch the ICJ ruling.', 'Molti guarderanno la sentenza della Corte internazionale di giustizia.').unexpected).toEqual([]);
  });
});

describe('namesInSentence', () => {
  it('skips sentence-initial capitals, calendar words and Title-Case headlines', () => {
    expect(namesInSentence('Hackers struck on Monday in March.', 'en', new Set()).map((n) => n.text)).toEqual([]);
    expect(namesInSentence('How The Trade War May Be Good For Everyone', 'en', new Set()).map((n) => n.text)).toEqual([]);
    expect(namesInSentence('Later that week, Theresa May met officials of the Bank of England.', 'en', new Set()).map((n) => n.text)).toEqual(['Theresa', 'Bank of England']);
  });

  it('reads the word after a quote closed by a comma as a name, not a sentence start', () => {
    expect(namesInSentence('"He erased her from his life," Hale said.', 'en', new Set()).map((n) => n.text)).toEqual(['Hale']);
  });

  it('does not take a list of names for a Title-Case headline', () => {
    const names = namesInSentence("Ross's predecessors as manager include Dick Advocaat, David Moyes and Paulo Di Canio.", 'en', new Set()).map((n) => n.text);
    expect(names).toContain('Paulo Di Canio');
  });

  it('takes a sentence-initial word for a name when the document writes it capitalised elsewhere', () => {
    const keys = documentNameKeys(['Hackers attacked Binance.', 'Binance said no.'], 'en');
    expect(namesInSentence('Binance said no.', 'en', keys).map((n) => n.text)).toEqual(['Binance']);
  });
});
