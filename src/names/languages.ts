import type { LanguageCode } from '../types.js';

/**
 * Per-language knowledge for finding names. A language without an entry still works (every
 * capitalised word after the first is a candidate); an entry removes the capitalised words that
 * are not names in that language.
 */
export interface NameLanguage {
  /** Capitalised words that are not names by themselves (lower case): calendar words, titles, pronouns. */
  notNames: ReadonlySet<string>;
  /** Lower-case words that may stand inside a name between two capitalised words (`Bank of England`). */
  connectors: ReadonlySet<string>;
  /**
   * Institution nouns (lower case), capitalised in institutional prose (`Member States`, `the
   * Council`, `l'Aula`) and translated rather than kept: part of a name, never a name by themselves.
   */
  institutions: ReadonlySet<string>;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

const ENGLISH: NameLanguage = {
  // Weekdays and months are compared as dates by the figure engine, not as names.
  notNames: words(`
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    i mr mrs ms dr sir madam lady lord st prof mp mps mep meps rev hon
    president minister chancellor secretary commissioner chairman chairwoman chair speaker member members
    ladies gentlemen colleagues commissioner rapporteur
    god internet web north south east west northern southern eastern western
    a an the and but or if in on at of to for with by from as so yet it he she we they you this that these those there
    mr. mrs. ms. dr. st.`),
  connectors: words('of de da di del van von der le la al bin'),
  institutions: words(`
    state states member members union community council commission parliament house chamber government
    court assembly committee party presidency treaty constitution republic kingdom ministry minister ministers
    regulation directive article department office agency authority bank senate congress army navy police
    group groups conference summit agreement convention programme program fund policy strategy`),
};

const ITALIAN: NameLanguage = {
  notNames: words(`
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    signor signore signora signori signorina sig sigg dott dottor dottore dottoressa prof on onorevole onorevoli
    presidente ministro ministra cancelliere segretario commissario commissaria relatore relatrice colleghi
    lei ella loro voi vostra vostro sua suo
    dio internet web nord sud est ovest
    il lo la i gli le un una uno e ma o se in a da di con su per tra fra che non è`),
  connectors: words('di de del della dei degli delle da van von der al bin'),
  institutions: words(`
    stato stati paese paesi membro membri unione comunità consiglio commissione parlamento camera aula governo
    corte assemblea comitato partito presidenza trattato costituzione repubblica regno ministero ministro ministri
    regolamento direttiva articolo dipartimento ufficio agenzia autorità banca senato congresso esercito marina polizia
    gruppo gruppi conferenza vertice accordo convenzione programma fondo politica strategia regione comune provincia`),
};

const NAME_LANGUAGES: ReadonlyMap<LanguageCode, NameLanguage> = new Map([
  ['en', ENGLISH],
  ['it', ITALIAN],
]);

const NO_KNOWLEDGE: NameLanguage = { notNames: new Set(), connectors: new Set(), institutions: new Set() };

export function nameLanguage(lang: LanguageCode): NameLanguage {
  return NAME_LANGUAGES.get(lang) ?? NO_KNOWLEDGE;
}
