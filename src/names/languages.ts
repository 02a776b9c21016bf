import type { LanguageCode } from '../types.js';
import { shippedForeignLookup, type ForeignLookup } from '../embed/lexical/foreign.js';

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
  /**
   * Languages that capitalise every noun (German): a capitalised word the dictionary knows is a
   * common noun, not a name (`Rennen`, `Sitz`, `Bezirk`).
   */
  isCommonNoun?: (lowercaseWord: string) => boolean;
  /** Titles and forms of address (lower case): the capitalised word after one is a name (`collega Amici`). */
  titles?: ReadonlySet<string>;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

const ENGLISH: NameLanguage = {
  // Weekdays and months are compared as dates by the figure engine, not as names.
  notNames: words(`
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    i mr mrs ms dr sir madam lady lord st prof mp mps mep meps rev hon rep reps sen gov
    president minister chancellor secretary commissioner chairman chairwoman chair speaker member members
    ladies gentlemen colleagues commissioner rapporteur
    god internet web north south east west northern southern eastern western
    tv ceo cfo pc dna gps sms usb pdf ok vip suv
    a an the and but or if in on at of to for with by from as so yet it he she we they you this that these those there
    mr. mrs. ms. dr. st.`),
  connectors: words('of de da di del van von der le la al bin'),
  titles: words(`mr mrs ms miss dr sir lady lord president minister commissioner senator sen rep judge governor mayor
    general king queen prince princess pope saint st colleague rapporteur`),
  institutions: words(`
    state states member members union community council commission parliament house chamber government
    court assembly committee party presidency treaty constitution republic kingdom ministry minister ministers
    regulation directive article department office agency authority bank senate congress army navy police
    group groups conference summit agreement convention programme program fund policy strategy
    organisation organization institute foundation association`),
};

const ITALIAN: NameLanguage = {
  notNames: words(`
    lunedì martedì mercoledì giovedì venerdì sabato domenica
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    signor signore signora signori signorina sig sigg dott dottor dottore dottoressa prof on onorevole onorevoli
    presidente ministro ministra cancelliere segretario commissario commissaria relatore relatrice colleghi
    lei ella loro voi vostra vostro sua suo
    dio internet web nord sud est ovest tv ceo pc dna gps sms usb pdf ok vip suv
    il lo la i gli le un una uno e ma o se in a da di con su per tra fra che non è`),
  connectors: words('di de del della dei degli delle da van von der al bin'),
  titles: words(`signor signore signora signorina onorevole collega colleghi dott dottor dottoressa prof professor
    professoressa presidente ministro ministra commissario commissaria relatore relatrice sindaco senatore senatrice
    deputato deputata giudice generale papa re regina principe principessa san santa santo don sig`),
  institutions: words(`
    stato stati paese paesi membro membri unione comunità consiglio commissione parlamento camera aula governo
    corte assemblea comitato partito presidenza trattato costituzione repubblica regno ministero ministro ministri
    regolamento direttiva articolo dipartimento ufficio agenzia autorità banca senato congresso esercito marina polizia
    gruppo gruppi conferenza vertice accordo convenzione programma fondo politica strategia regione comune provincia
    organizzazione istituto fondazione associazione`),
};

// French, Spanish, Portuguese and German (src/lang owner's data): calendar words, titles and
// institutions, so that `House` ↔ `Cámara de Representantes` is not a changed name.
const FRENCH: NameLanguage = {
  notNames: words(`
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    m mme mlle mm dr pr me président présidente ministre secrétaire commissaire
    dieu internet web nord sud est ouest le la les un une et mais ou si en à de du des au aux il elle ils elles on nous vous ce cette`),
  connectors: words('de du des la le d van von der al bin'),
  institutions: words(`
    état états membre membres union communauté conseil commission parlement chambre gouvernement cour assemblée comité
    parti présidence traité constitution république royaume ministère ministre banque sénat congrès armée police
    représentants députés district circonscription cour suprême`),
};
const SPANISH: NameLanguage = {
  notNames: words(`
    lunes martes miércoles jueves viernes sábado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    sr sra srta d dña dr dra presidente presidenta ministro ministra secretario comisario
    dios internet web norte sur este oeste el la los las un una y pero o si en a de del al él ella ellos ellas`),
  connectors: words('de del la las los y van von der al bin'),
  institutions: words(`
    estado estados miembro miembros unión comunidad consejo comisión parlamento cámara gobierno tribunal corte
    asamblea comité partido presidencia tratado constitución república reino ministerio banco senado congreso
    ejército policía representantes diputados distrito supremo`),
};
const PORTUGUESE: NameLanguage = {
  notNames: words(`
    segunda terça quarta quinta sexta sábado domingo feira
    janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro
    sr sra dr dra presidente ministro ministra secretário comissário
    deus internet web norte sul este leste oeste o a os as um uma e mas ou se em de do da dos das ao ele ela eles elas`),
  connectors: words('de do da dos das e van von der al bin'),
  institutions: words(`
    estado estados membro membros união comunidade conselho comissão parlamento câmara governo tribunal
    assembleia comité comitê partido presidência tratado constituição república reino ministério banco senado
    congresso exército polícia representantes deputados círculo distrito supremo`),
};
/** The German lexicon's lookup (compounds included: `Sonderwahl`), loaded on first use. */
const germanWords = (): ForeignLookup | null => shippedForeignLookup('de');
const GERMAN: NameLanguage = {
  notNames: words(`
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    januar jänner februar märz april mai juni juli august september oktober november dezember
    herr frau dr prof präsident präsidentin minister ministerin kanzler kanzlerin sekretär kommissar
    gott internet web nord süd ost west der die das ein eine und aber oder wenn in an auf von zu mit er sie es wir ihr`),
  connectors: words('von der de la van al bin und'),
  institutions: words(`
    staat staaten mitglied mitglieder union gemeinschaft rat kommission parlament kammer regierung gericht
    gerichtshof versammlung ausschuss partei präsidentschaft vertrag verfassung republik königreich ministerium
    bank senat kongress armee polizei repräsentantenhaus abgeordnete bezirk wahlbezirk`),
  isCommonNoun: (word) => germanWords()?.(word) !== undefined,
};

const NAME_LANGUAGES: ReadonlyMap<LanguageCode, NameLanguage> = new Map([
  ['en', ENGLISH],
  ['it', ITALIAN],
  ['fr', FRENCH],
  ['es', SPANISH],
  ['pt', PORTUGUESE],
  ['de', GERMAN],
]);

const NO_KNOWLEDGE: NameLanguage = { notNames: new Set(), connectors: new Set(), institutions: new Set() };

export function nameLanguage(lang: LanguageCode): NameLanguage {
  return NAME_LANGUAGES.get(lang) ?? NAME_LANGUAGES.get(lang.toLowerCase().split(/[-_]/u)[0] ?? '') ?? NO_KNOWLEDGE;
}
