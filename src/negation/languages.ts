import type { LanguageCode } from '../types.js';
import { latinPattern, type LatinPattern } from '../text/latin-pattern.js';
import { hasLetter } from '../text/letters.js';

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
  /**
   * Whether a negator negates a clause rather than one word (`non ha pagato`, `did not pay` against
   * `non residenti`, `not guilty`, `di non pagare`): only a clause negation is a warning, since one
   * negated word is as often an antonym (`ineligible` ↔ `non idonei`).
   */
  negatesClause: (words: readonly string[], at: number) => boolean;
  /** Whether a negator opens a question by inversion (`isn't that wonderful`, `don't you think`): rhetorical, not a negation. */
  opensQuestion?: (words: readonly string[], at: number) => boolean;
  /** Words opening the second half of `not X, but Y`, whose negator may render as `not only`. */
  contrastWords: ReadonlySet<string>;
  /** Words that open another clause: what a negator negates stops there. */
  clauseBreaks: ReadonlySet<string>;
  /** Verbs the scan for negated words passes over, used when nothing else follows (`did not do that`). */
  lightVerbs: ReadonlySet<string>;
  /** A quick test for a negator anywhere in a text: most pairs have none and need no further reading. */
  mayNegate: LatinPattern;
  /** Negators that negate again when a negation is already open in the clause (`non potevamo non`). */
  repeatableNegators: ReadonlySet<string>;
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
  /**
   * Per-clause check (`scope.ts`): words passed over when looking for what a negator negates
   * (auxiliaries, modals, adverbs), besides the lexical embedder's function words.
   */
  headSkip: ReadonlySet<string>;
  /** Words after which a negator is expletive, saying nothing negative (`finché non`, `a meno che non`). */
  expletiveTriggers: readonly string[];
  /** Negators whose negation reaches their whole clause (`nobody`, `nessuno`): subjects. */
  wideNegators: ReadonlySet<string>;
  /** Negators that, after the verb of a question with no negation open, mean "any" (`C'è nessuno?` is "Is anybody there?"). */
  questionIndefinites: ReadonlySet<string>;
  /** Whether `no` closing a clause after its subject negates the clause by ellipsis (`ma Mary no`). */
  ellipticalNo: boolean;
  /** Negators that continue a negation opened earlier in the sentence (`non …, né …`, `not …, nor …`). */
  sentenceConcord: ReadonlySet<string>;
  /** Of those, the ones that negate a clause of their own when they continue a negation (`not X, nor Y`; not `nemmeno`, "not even"). */
  clauseContinuers: ReadonlySet<string>;
  /** Comparatives after which `che non` / `di quanto non` is expletive (`più … che non`). */
  comparatives: ReadonlySet<string>;
  /** Words right before an expletive negator of a comparison (`che`, `quanto`). */
  comparativeLinks: ReadonlySet<string>;
  /** Negative nouns and `without`, which render a negation (`no evidence` ↔ `mancanza di prove`): counted against a negator on the other side. */
  strongImplicit: RegExp;
  /** Phrases that clearly say "not" without a negator (`short of`, `the last thing they needed`): strong negative words, at their first word. */
  negativePhrases: readonly string[];
  /** "Only" words: a negator shortly before one says "not only" (`non si tratta soltanto di`). */
  onlyWords: ReadonlySet<string>;
  /** A word right after a negator that makes it mean "only" (`non posso che`, `cannot but`). */
  restrictiveAfter: ReadonlySet<string>;
  /** Verbs skipped as auxiliaries that take a `that` clause: `non vogliono che` is not `non … che` ("only"). */
  thatClauseVerbs: ReadonlySet<string>;
  /** Verbs a negation moves up to (`I don't think it works` = `penso che non funzioni`). */
  raisingVerbs: ReadonlySet<string>;
  /** A word with a negative affix (`unfit`, `sconosciuto`): the rest of the word, for its counterpart. */
  negativeAffix: RegExp;
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter((word) => word !== ''));
}

const ENGLISH_AUXILIARIES = words(`
  is are was were be been being am do does did have has had can could will would shall should may might must ought need dare
`);
const ITALIAN_CLITICS = words('mi ti si ci vi lo la li le gli ne me te se ce ve glie');
/** Italian forms that are not finite: infinitives, gerunds, participles, adjectives (`non idonei`). */
const ITALIAN_NOT_FINITE =
  /(?:[aei]re|[aei]r(?:[mtsc]i|l[oaie]|ne|gli)|rsi|[ae]ndo|[aiu]t[oaie]|bil[ei]|[ae]nt[ei]|os[oaie]|al[ei]|ic[oaie]|ich[ei]|iv[oaie]|ari[oe]?|[sz]ion[ei]|ment[oi]|ità|ism[oi])$/u;

/** Auxiliaries of a past infinitive, clitics attached (`aver`, `averlo`, `essersi`). */
const ITALIAN_PAST_INFINITIVE = latinPattern(String.raw`^(?:aver|avere|esser|essere)(?:[mtsc]i|l[oaie]|ne|gli\p{L}*)?$`, 'u');
const ENGLISH_GERUND = latinPattern(String.raw`^\p{L}{3,}ing$`, 'u');
const ENGLISH_ADVERB = latinPattern(String.raw`^(?:\p{L}+ly|still|also|yet|just|even|therefore|however|thus|then|often|always|sometimes|so|too)$`, 'u');
const LETTER_OR_DIGIT = latinPattern(String.raw`[\p{L}\p{N}]`, 'u');

const ITALIAN_PREPOSITIONS = words('di a da per con su tra fra in del della dei delle dello degli al alla ai alle il la i le gli un una uno');

/** Words after `non` that show it negates a phrase, not a verb (`e non contro`, `non per questo`). */
const ITALIAN_NOT_A_VERB = words(`
  a ad da di in con su per tra fra contro verso senza oltre come solo soltanto tanto più meno ancora sempre
  tutti tutto tutte tutta molto molti troppo proprio il lo la i gli le un uno una del della dei delle
`);

/** `not` negates a clause after an auxiliary (`did not`, `is not`); `never`, `no`, `nobody` always do. */
function englishNegatesClause(list: readonly string[], at: number): boolean {
  // `not to go`, `for not informing`: a verb follows.
  if (list[at] !== 'not' || list[at + 1] === 'to' || ENGLISH_GERUND.test(list[at + 1] ?? '')) return true;
  // `had better not be caught`, `would rather not have`: a bare verb follows, or a modal idiom precedes.
  if (/^(?:be|have|get)$/u.test(list[at + 1] ?? '') || /^(?:better|rather)$/u.test(list[at - 1] ?? '')) return true;
  let before = at - 1;
  while (before > at - 3 && /^["“”‘]$/u.test(list[before] ?? '')) before -= 1;
  // `is still not`, `has clearly not`: adverbs between the auxiliary and `not`.
  while (before > at - 3 && ENGLISH_ADVERB.test(list[before] ?? '')) before -= 1;
  return ENGLISH_AUXILIARIES.has(list[before] ?? '') || /^(?:he|she|it|they|we|i|you|there)$/u.test(list[at - 1] ?? '');
}

/** `non` negates a clause before a finite verb (clitics first: `non lo ha`); `nessuno`, `mai` always do. */
function italianNegatesClause(list: readonly string[], at: number): boolean {
  if (list[at] !== 'non') return true;
  // `di non azioni`, `per non pagare`: after a preposition `non` negates a noun or an infinitive;
  // `per non aver informato` negates a past clause, as `for not informing` does.
  if (ITALIAN_PREPOSITIONS.has(list[at - 1] ?? '')) return ITALIAN_PAST_INFINITIVE.test(list[at + 1] ?? '');
  let next = at + 1;
  while (ITALIAN_CLITICS.has(list[next] ?? '')) next += 1;
  const word = list[next] ?? '';
  if (ITALIAN_NOT_A_VERB.has(word)) return false;
  if (next > at + 1 || word.length < 6) return hasLetter(word);
  return !ITALIAN_NOT_FINITE.test(word);
}

const ENGLISH_SUBJECTS = words('i you he she it we they that this there');

/** `isn't that wonderful`, `don't you think`: an auxiliary opening its clause, `not`, then the subject. */
function englishOpensQuestion(list: readonly string[], at: number): boolean {
  if (list[at] !== 'not' || !ENGLISH_AUXILIARIES.has(list[at - 1] ?? '') || !ENGLISH_SUBJECTS.has(list[at + 1] ?? '')) return false;
  return at === 1 || !LETTER_OR_DIGIT.test(list[at - 2] ?? '');
}


const ENGLISH: NegationLanguage = {
  opensQuestion: englishOpensQuestion,
  negators: words('not no never nobody nothing none nowhere neither nor cannot nope no-one noone'),
  negatingSuffixes: ["n't", 'n’t'],
  concordWords: words(''),
  questionIndefinites: words(''),
  ellipticalNo: false,
  negatesClause: englishNegatesClause,
  mayNegate: latinPattern(String.raw`(?<![\p{L}])(?:not|never|no|nobody|nothing|none|nowhere|neither|nor|cannot|nope|no-one|noone)(?![\p{L}])|n['’]t(?![\p{L}])`, 'iu'),
  lightVerbs: words('do does did done doing'),
  contrastWords: words('but'),
  clauseBreaks: words('that which who whom whose until till unless because when if while whereas although though and but or so since as where'),
  // `not`, `never` and `cannot` negate again; `no`, `nothing` … after an open negation in the same
  // clause are colloquial concord (`don't see no tail`), one negation.
  repeatableNegators: words('not never cannot'),
  clauseInitialNegators: words(''),
  nonNegatingPhrases: [
    'not only', 'not least', 'or not', 'whether or not', 'if not', 'no doubt', 'no longer only',
    'nothing but', 'no matter', 'no later than', 'no earlier than', 'no doubt', 'look no further', 'no wonder', 'no less than', 'no more than', 'not to mention', 'never mind', 'no one else but',
    'none other than', 'never more', 'never so', 'cannot but', 'no sooner', 'not help but', 'can not help *ing', 'could not help *ing', 'no small', 'not a little', 'not bad', 'more or less',
  ],
  implicitNegatives: [
    /^(?:fail|failed|fails|failing|failure|refus\w*|declin\w*|den(?:y|ied|ies|ying)|lack\w*|absen\w*|unable|impossible|unlikely)$/u,
    /^(?:prevent\w*|avoid\w*|stop\w*|ceas\w*|halt\w*|ban|bans|banned|forbid\w*|reject\w*|oppos\w*|miss\w*|ignor\w*|neglect\w*|exclud\w*|except|instead|rather|hardly|barely|scarcely|rarely|seldom|few|little|unless|absence|free|less|lost|lose|loses|losing|apart|beyond|outside)$/u,
    // `unknown`, `untroubled`, `unable`: un- before an adjective or participle (not `under`, `united`,
    // `until`, nor a reversing un-: `unfolded`, `unveiled`, `unleashed` do something, they negate nothing).
    /^un(?!der|i[^nm]|til|fold|veil|leash|cover|lock|pack|rave|wind|load|earth|zip|plug|furl|seat|roll|screw|tie|block|box|do(?:ne|ing|es)$|dress|mask)[a-z]{3,}(?:ed|en|wn|able|ible|ful|ive|ly|ent|ant|ic|al|ar|ous|y)$/u,
    // `non-English-speaking`, `non-executive`: negative in form, as `non anglofoni` is.
    /^non-\p{L}/u,
    // `nongovernmental`, `nonprofit`, as written solid.
    /^non(?!etheless|chalant)[a-z]{5,}$/u,
    /^(?:without|dis(?:agree|miss|appear|approv|regard|continu|allow|like|trust)\w*|\w{3,}less|in(?:toler|compet|sufficien|adequa|capab|capac|correct|effectiv|valid|accura|appropria|consisten|abilit)\w*)$/u,
    /^(?:in(?:capable|sufficient|adequate|complete|correct|effective|valid)|im(?:possible|probable|proper)|il(?:legal|legally)|ir(?:relevant|responsible)|dis(?:agree\w*|miss\w*|appear\w*|approv\w*))$/u,
  ],
  negativePrefix: /^(?:un(?:likely|like|common|usual|known|important|reasonable|aware|deniable|founded|related)|insignificant|impossible|infrequent|without|few|little)$/u,
  headSkip: words(`
    can could will would shall should may might must ought need dare used
    be been being is are was were am have has had do does did get got
    longer more any ever yet even just really quite always necessarily
    entirely fully completely simply actually exactly very so too much all there
    one anyone anybody anything single instead
  `),
  expletiveTriggers: [],
  wideNegators: words('nobody nothing none neither nor no-one noone'),
  restrictiveAfter: words('but'),
  thatClauseVerbs: words(''),
  onlyWords: words('only just merely solely'),
  sentenceConcord: words('nor'),
  clauseContinuers: words('nor'),
  comparatives: words(''),
  comparativeLinks: words(''),
  strongImplicit: /^(?:without|lack\w*|absen\w*|failure|refusal|denial)$/u,
  negativePhrases: ['far from', 'the last thing', 'anything but', 'a far cry from', 'out of the question'],
  raisingVerbs: words('think thinks thought believe believes believed expect expects expected seem seems seemed appear appears appeared want wants wanted suppose imagine feel likely'),
  negativeAffix: /^(?:un(?!fold|veil|leash|cover|lock|pack|rave|wind|load|earth|zip|plug|furl|seat|roll|screw|tie|block|box|dress|mask)|in|im|il|ir|dis|mis|non-?)([a-z]{3,})$|^([a-z]{3,})less$/u,
};

const ITALIAN: NegationLanguage = {
  negators: words('non né nessuno nessuna nessun niente nulla neanche nemmeno neppure mica'),
  negatingSuffixes: [],
  concordWords: words('mai affatto più alcuno alcuna alcun'),
  questionIndefinites: words('nessuno nessuna nessun niente nulla'),
  ellipticalNo: true,
  negatesClause: italianNegatesClause,
  mayNegate: latinPattern(String.raw`(?<![\p{L}])(?:non|no|mai|né|nessun[oa]?|niente|nulla|neanche|nemmeno|neppure|mica)(?![\p{L}])`, 'iu'),
  lightVerbs: words('fatto fatta fatti fatte fa fanno fare faccio facciamo'),
  contrastWords: words('ma bensì però'),
  clauseBreaks: words('che cui perché quando se mentre finché sebbene benché ma e ed o oppure poiché dove come'),
  repeatableNegators: words('non'),
  clauseInitialNegators: words('mai'),
  nonNegatingPhrases: [
    'non solo', 'non soltanto', 'non solamente', 'non appena', 'o no', 'o meno', 'non che',
    'nient’altro che', "nient'altro che", 'non da ultimo', 'non ultimo', 'senza dubbio', 'non oltre', 'non più di',
    'non meno di', 'non più tardi', 'nonché', 'altro che', "non v'è dubbio", 'non vi è dubbio', "non v'è alcun dubbio", 'non vi è alcun dubbio', 'non ci sono dubbi', 'non fa che', 'non fanno che', 'non faceva che', 'non resta che',
    'non rimane che', 'non può che', 'non possono che', 'non posso che', 'non possiamo che', 'non è che', "non c'è che", "non c'è dubbio", "non c'è alcun dubbio", "senz'altro",
    "non vedo l'ora", "non vede l'ora", "non vediamo l'ora", "non vedono l'ora", "non vedevo l'ora", "non vedeva l'ora",
    'non posso farne a meno', 'non può farne a meno', 'non possiamo farne a meno', 'non possono farne a meno',
    'non posso fare a meno', 'non può fare a meno', 'non possiamo fare a meno', 'non possono fare a meno', 'non si può fare a meno',
    'non ho potuto fare a meno', 'non ha potuto fare a meno', 'non potevo fare a meno', 'non poteva fare a meno',
    'mai come', 'non a caso', 'non poco', 'non poca', 'non pochi', 'non poche', 'non indifferente', 'non male', 'più o meno',
  ],
  implicitNegatives: [
    // `rifiuti` is mostly "waste", not "refusals".
    /^(?:fallit\w*|fallisc\w*|fallimento|rifiut(?!i$)\w*|neg(?!ozi)[ao]\w*|manc\w*|assen\w*|incapac\w*|impossibil\w*|improbabil\w*)$/u,
    /^(?:impedi\w*|impedisc\w*|evit\w*|ferm\w*|cess\w*|vieta\w*|viet\w*|proibi\w*|respin\w*|oppo\w*|ignor\w*|trascur\w*|esclu\w*|tranne|eccetto|invece|anziché|piuttosto|appena|raramente|pochi|poche|poco|salvo|privo|priva|privi|prive|meno|pers[oaie]|perde\w*)$/u,
    /^(?:senza|incapac\w*|insufficient\w*|inadeguat\w*|incomplet\w*|incert\w*|ignot\w*|illegal\w*|irrilevant\w*|impropri\w*|sconosciut\w*|disaccordo|scompar\w*|disoccupa\w*|inutil\w*)$/u,
  ],
  negativePrefix: /^(?:impossibile|improbabile|insignificante|indifferente|irrilevante|infrequente|trascurabile|raro|rara|rari|rare|senza|escluso|esclusa|inutile|pochi|poche|poco)$/u,
  headSkip: words(`
    può possono potrà potranno potrebbe potrebbero poteva potevano potevamo possiamo potuto posso puoi possa possano potesse potessero
    debba debbano dovesse dovessero voglia vogliano volesse volessero
    deve devono dovrà dovranno dovrebbe dovrebbero doveva dovevano dobbiamo dovuto devo
    vuole vogliono voleva volevano vogliamo voluto voglio
    sta stanno stava stavano stare stiamo sto
    essere stato stata stati state venire viene vengono veniva venivano verrà verranno venga vengano
    sarà saranno sarebbe sarebbero sia siano fosse fossero
    avrà avranno avrebbe avrebbero abbia abbiano avesse avessero
    ancora affatto mai più proprio neppure nemmeno neanche certo certamente
    tanto così granché molto troppo sempre davvero
    alcun alcuno alcuna nessun nessuno nessuna niente nulla
    invece appena
  `),
  wideNegators: words('nessuno nessuna niente nulla né'),
  restrictiveAfter: words('che'),
  thatClauseVerbs: words('vuole vogliono voleva volevano vogliamo volete voglio volevo voluto voglia vogliano volesse volessero vorrebbe vorrebbero vorrei'),
  onlyWords: words('solo soltanto solamente unicamente'),
  sentenceConcord: words('né neanche nemmeno neppure'),
  clauseContinuers: words('né'),
  comparatives: words('più meno meglio peggio piuttosto maggiore minore maggiori minori'),
  comparativeLinks: words('che'),
  strongImplicit: /^(?:mancat[oaie]|mancanza|assenza|negazione|priv[oaie]|senza)$/u,
  negativePhrases: ['tutt’altro che', "tutt'altro che", 'lungi da', 'ben lontano da', 'ben lontani da', 'fuori discussione'],
  raisingVerbs: words('credo crede credono credeva penso pensa pensano pensava ritengo ritiene ritengono sembra sembrano sembrava pare parrebbe voglio vuole vogliono volevo voleva immagino suppongo'),
  expletiveTriggers: ['finché', 'finchè', 'fintantoché', 'fintanto', 'a meno che', 'fino a quando', 'fin quando', 'fino a che', 'di quanto', 'prima che', 'poco mancò che', 'poco è mancato che'],
  negativeAffix: /^(?:in|im|il|ir|dis|non-?)([a-zàèéìòù]{4,})$|^s([bcdfgilmnprtv][a-zàèéìòù]{4,})$/u,
};

const LANGUAGES: ReadonlyMap<LanguageCode, NegationLanguage> = new Map([
  ['en', ENGLISH],
  ['it', ITALIAN],
]);

/** The negation data of a language, or undefined when the check does not know the language. */
export function negationLanguage(lang: LanguageCode): NegationLanguage | undefined {
  return LANGUAGES.get(lang);
}
