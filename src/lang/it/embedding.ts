/**
 * Italian inflected forms that the lexicon build maps to their lemma in addition to the morph-it
 * verb tables (which leave out the auxiliaries essere and avere), and irregular plurals.
 */
const AUXILIARY_FORMS = `
essere: sono sei è siamo siete ero eri era eravamo eravate erano fui fosti fu fummo foste furono
  sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero
  sia siano siate fossi fosse fossimo fossero essendo
avere: ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo
  aveste ebbero avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero
  abbia abbiano abbiate avessi avesse avessimo avessero avuto avuta avuti avute avendo
vedere: visto vista visti viste
uomo: uomini|moglie: mogli|bue: buoi|uovo: uova|paio: paia|dito: dita|braccio: braccia|osso: ossa
labbro: labbra|ginocchio: ginocchia|centinaio: centinaia|migliaio: migliaia|tempio: templi
`;

function parseForms(table: string): Array<[form: string, lemma: string]> {
  const pairs: Array<[string, string]> = [];
  let lemma = '';
  for (const word of table.split(/[\s|]+/)) {
    if (word.length === 0) continue;
    if (word.endsWith(':')) lemma = word.slice(0, -1);
    else pairs.push([word, lemma]);
  }
  return pairs;
}

/** (form, lemma) pairs of the Italian auxiliaries and of a few irregular participles. */
export const ITALIAN_EXTRA_FORMS: ReadonlyArray<readonly [string, string]> = parseForms(AUXILIARY_FORMS);

/**
 * Italian function words and the English function words they translate, as the lexicon sources
 * handle them badly (the dictionaries list "sul" as a seabird and "agli" as garlic). Articulated
 * prepositions carry the preposition and the article.
 */
const FUNCTION_WORDS = `
di d: of|del dello della dei degli delle dell: of the|a: to at|ad: to at
al allo alla ai agli alle all: to the|da: from by|dal dallo dalla dai dagli dalle dall: from the
in: in|nel nello nella nei negli nelle nell: in the|su: on|sul sullo sulla sui sugli sulle sull: on the
con: with|col coi: with the|per: for|tra fra: between among
il lo la i gli le l: the|un uno una: a
e ed: and|o od oppure: or|ma: but|né: nor|anche: also too|neanche nemmeno neppure: neither
che: that which what|chi: who|cui: which whom|quale quali: which|non: not|se: if|come: how as like
quando: when|dove: where|perché perche: why because|poiché: since because|mentre: while
più: more most|meno: less|molto molta molti molte: very much many|poco: little
questo questa questi queste: this these|quello quella quelli quelle quel quei: that those
io: i|tu: you|lui: he him|lei: she her|noi: we us|voi: you|loro: they them their|esso essa: it
essi esse: they
mio mia miei mie: my|tuo tua tuoi tue: your|suo sua suoi sue: his her its|nostro nostra nostri nostre: our
vostro vostra vostri vostre: your
mi: me|ti: you|si: itself|ci: us there|vi: you there|ne: of it
ogni: every each|tutto tutta: all whole|tutti tutte: all everyone|altro altra altri altre: other
tuttavia però: but however|comunque: however anyway|ovvero: or namely|lì là: there|sé: itself himself herself|già: already|ancora: still again yet|sempre: always|mai: never ever|solo: only|secondo: according second
`;

function parseFunctionWords(table: string): ReadonlyMap<string, readonly string[]> {
  const words = new Map<string, readonly string[]>();
  for (const group of table.split(/[|\n]/)) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const english = group.slice(colon + 1).trim().split(/\s+/);
    for (const italian of group.slice(0, colon).trim().split(/\s+/)) words.set(italian, english);
  }
  return words;
}

/** Italian function word → the English words it stands for. */
export const ITALIAN_FUNCTION_WORDS: ReadonlyMap<string, readonly string[]> = parseFunctionWords(FUNCTION_WORDS);

/**
 * Frequent translations of news copy that the dictionaries lack or rank low (the project's own
 * list): Italian lemma → English words. Reporting verbs render "said" in Italian copy.
 */
const NEWS_SUPPLEMENT = `
persona: people|gente: people|affermare: say|dichiarare: say|sostenere: say claim|riferire: say report
precisare: say specify|sottolineare: say stress underline|spiegare: say explain|aggiungere: add say
scorso: last|lavoro: job work|azienda: company firm|società: company society|zona: area zone
partita: game match|piano: plan|iniziare: start begin|affrontare: face tackle|accusare: accuse charge
condannare: sentence convict condemn|funzionario: official|dichiarazione: statement declaration
maggioranza: majority most|vertice: summit top|accordo: agreement deal|colloquio: talk interview
tassa: tax|storia: story history|ferito: injured wounded|ferire: injure wound|incidente: accident crash
campionato: league championship|gara: race competition|quota: share quota|morire: die|morto: dead died
portavoce: spokesman spokeswoman spokesperson|governo: government|elezione: election|deputato: lawmaker
legislatore: lawmaker|rapporto: report relationship|indagine: investigation probe|inchiesta: inquiry investigation
`;

function parseSupplement(table: string): Array<[italian: string, english: string]> {
  const pairs: Array<[string, string]> = [];
  for (const group of table.split(/[|\n]/)) {
    const colon = group.indexOf(':');
    if (colon < 0) continue;
    const italian = group.slice(0, colon).trim();
    for (const english of group.slice(colon + 1).trim().split(/\s+/)) pairs.push([italian, english]);
  }
  return pairs;
}

/** (Italian lemma, English word) pairs the lexicon build adds to the dictionaries' evidence. */
export const ITALIAN_NEWS_SUPPLEMENT: ReadonlyArray<readonly [string, string]> = parseSupplement(NEWS_SUPPLEMENT);

/** Italian acronyms whose English counterpart is written differently: acronym → English words. */
export const ITALIAN_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['usa', ['united', 'states']],
  ['ue', ['european', 'union']],
  ['onu', ['united', 'nations']],
  ['uk', ['united', 'kingdom']],
]);

/** Function words, weighted down by the lexical embedder (src/embed/lexical/stopwords.ts). */
export const ITALIAN_STOPWORDS = `
il lo la i gli le l un uno una un' d
di a da in con su per tra fra
del dello della dei degli delle dell
al allo alla ai agli alle all
dal dallo dalla dai dagli dalle dall
nel nello nella nei negli nelle nell
sul sullo sulla sui sugli sulle sull
col coi
io tu lui lei esso essa noi voi loro essi esse
me te se sé ce ve ne
mi ti si ci vi
mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra vostri vostre
questo questa questi queste quello quella quelli quelle quel quei
chi che cui quale quali come dove quando perché perche
e ed o od ma però se anche neanche nemmeno neppure né
non più molto molta molti molte poco tanto troppo tutto tutta tutti tutte ogni altro altra altri altre
già ancora sempre mai solo
sono sei è siamo siete era erano ero eri fu furono sia siano sarà sarebbe essere stato stata stati state
ho hai ha abbiamo avete hanno avevo aveva avevano avere avuto
c s m t v n
`;

/** The most frequent and least informative: articles, basic prepositions and conjunctions, auxiliaries. */
export const ITALIAN_LIGHTEST_WORDS = `
il lo la i gli le l un uno una d di a ad da in con su per
del dello della dei degli delle dell al allo alla ai agli alle all
dal dallo dalla dai dagli dalle dall nel nello nella nei negli nelle nell
sul sullo sulla sui sugli sulle sull col coi e ed o che
sono sei è siamo siete era erano fu furono sia siano sarà essere stato stata stati state
ho hai ha abbiamo avete hanno aveva avevano avere avuto
`;
