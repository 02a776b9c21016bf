import type { LanguageCode } from '../types.js';

/**
 * How one language says "not". Adding a language is adding an entry: the counting logic in
 * `count.ts` is the same for every language.
 */
export interface NegationLanguage {
  /** Words that negate by themselves (lower case). */
  negators: ReadonlySet<string>;
  /** Word endings that negate (`n't`). */
  negatingSuffixes: readonly string[];
  /**
   * Words that only complete a negation already open in the clause (`non … mai`, `non … nessuno`):
   * negative alone only at the start of a clause (`Mai più`, `Nessuno ha detto`).
   */
  concordWords: ReadonlySet<string>;
  /** Concord words that negate alone at the start of a clause (`Mai più`). */
  clauseInitialNegators: ReadonlySet<string>;
  /** Phrases (lower case, words separated by one space) whose negator does not negate the clause. */
  nonNegatingPhrases: readonly string[];
  /**
   * Words that carry a negative meaning without a negator (`failed`, `refused`, `impossibile`):
   * a translation may render `did not manage` by one of them, so they excuse one negation.
   */
  implicitNegatives: readonly RegExp[];
  /** Negative words a negator turns into a mild positive (`not unlikely`, `non è impossibile`): litotes. */
  negativePrefix: RegExp;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

const ENGLISH: NegationLanguage = {
  negators: words('not no never nobody nothing none nowhere neither nor cannot nope'),
  negatingSuffixes: ["n't", 'n’t'],
  concordWords: words(''),
  clauseInitialNegators: words(''),
  nonNegatingPhrases: [
    'not only', 'not just', 'not least', 'or not', 'whether or not', 'if not', 'no doubt', 'no longer only',
    'nothing but', 'no matter', 'no later than', 'no earlier than', 'no doubt', 'look no further', 'no wonder', 'no less than', 'no more than', 'not to mention', 'never mind', 'no one else but',
    'none other than', 'cannot but', 'no sooner',
  ],
  implicitNegatives: [
    /^(?:fail|failed|fails|failing|failure|refus\w*|declin\w*|den(?:y|ied|ies|ying)|lack\w*|absen\w*|unable|impossible|unlikely)$/u,
    /^(?:prevent\w*|avoid\w*|stop\w*|ceas\w*|halt\w*|ban|bans|banned|forbid\w*|reject\w*|oppos\w*|miss\w*|ignor\w*|neglect\w*|exclud\w*|except|instead|rather|hardly|barely|scarcely|rarely|seldom|few|little|only|unless|absence|free|less|lost|lose|loses|losing|against|apart|beyond|outside|too)$/u,
    /^un(?!der|til|it|ion|iv|ique|anim|less)[a-z]{4,}$/u,
    /^(?:without|dis(?:agree|miss|appear|approv|regard|continu|allow|like|trust)\w*|\w{3,}less|in(?:toler|compet|sufficien|adequa|capab|correct|effectiv|valid|accura|appropria|consisten|abilit)\w*)$/u,
    /^(?:in(?:capable|sufficient|adequate|complete|correct|effective|valid)|im(?:possible|probable|proper)|il(?:legal|legally)|ir(?:relevant|responsible)|dis(?:agree\w*|miss\w*|appear\w*|approv\w*))$/u,
  ],
  negativePrefix: /^(?:un(?:likely|like|common|usual|known|important|reasonable|aware|deniable|founded|related)|insignificant|impossible|infrequent|without|few|little)$/u,
};

const ITALIAN: NegationLanguage = {
  negators: words('non no né nessuno nessuna nessun niente nulla neanche nemmeno neppure mica'),
  negatingSuffixes: [],
  concordWords: words('mai affatto più alcuno alcuna alcun'),
  clauseInitialNegators: words('mai'),
  nonNegatingPhrases: [
    'non solo', 'non soltanto', 'non solamente', 'non appena', 'o no', 'o meno', 'se non', 'non che',
    'nient’altro che', "nient'altro che", 'non da ultimo', 'non ultimo', 'senza dubbio', 'non oltre', 'non più di',
    'non meno di', 'non più tardi', 'nonché', 'altro che', "non c' è dubbio", "non c' è alcun dubbio", 'senza dubbio',
  ],
  implicitNegatives: [
    /^(?:fallit\w*|fallisc\w*|fallimento|rifiut\w*|neg[ao]\w*|nega\w*|manc\w*|assen\w*|incapac\w*|impossibil\w*|improbabil\w*)$/u,
    /^(?:impedi\w*|impedisc\w*|evit\w*|ferm\w*|cess\w*|vieta\w*|viet\w*|respin\w*|oppo\w*|ignor\w*|trascur\w*|esclu\w*|tranne|eccetto|invece|anziché|piuttosto|appena|raramente|pochi|poche|poco|solo|soltanto|unicamente|salvo|privo|priva|privi|prive|meno|pers[oaie]|perde\w*|contro|oltre|troppo|troppa|troppi|troppe)$/u,
    /^(?:senza|incapac\w*|insufficient\w*|inadeguat\w*|incomplet\w*|incert\w*|ignot\w*|illegal\w*|irrilevant\w*|impropri\w*|sconosciut\w*|disaccordo|scompar\w*|disoccupa\w*|finché|fino)$/u,
  ],
  negativePrefix: /^(?:impossibile|improbabile|insignificante|indifferente|irrilevante|infrequente|trascurabile|raro|rara|rari|rare|senza|escluso|esclusa|inutile|pochi|poche|poco)$/u,
};

const LANGUAGES: ReadonlyMap<LanguageCode, NegationLanguage> = new Map([
  ['en', ENGLISH],
  ['it', ITALIAN],
]);

/** The negation data of a language, or undefined when the check does not know the language. */
export function negationLanguage(lang: LanguageCode): NegationLanguage | undefined {
  return LANGUAGES.get(lang);
}
