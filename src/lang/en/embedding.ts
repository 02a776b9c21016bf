/**
 * English word forms that the Porter stemmer cannot bring back to their lemma: irregular verbs
 * (base, past, past participle) and irregular plurals. Forms that are also common words with another
 * meaning (left, found, saw, lay, felt, ground) are left out.
 */
const IRREGULAR_VERBS = `
arise arose arisen|awake awoke awoken|be was,were been|bear bore born,borne|beat beat beaten
become became become|begin began begun|bend bent bent|bet bet bet|bind bound bound|bite bit bitten
bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought
build built built|burn burnt burnt|burst burst burst|buy bought bought|catch caught caught
choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut
deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt dreamt|drink drank drunk
drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|fight fought fought|flee fled fled
fly flew flown|forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven
freeze froze frozen|get got gotten|give gave given|go went gone|grow grew grown|hang hung hung
have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt
keep kept kept|kneel knelt knelt|know knew known|lead led led|lean leant leant|leap leapt leapt
learn learnt learnt|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost
make made made|mean meant meant|meet met met|pay paid paid|put put put|quit quit quit
read read read|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said
see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken
shine shone shone|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut
sing sang sung|sink sank sunk|sit sat sat|sleep slept slept|slide slid slid|speak spoke spoken
speed sped sped|spend spent spent|spin spun spun|spit spat spat|split split split|spread spread spread
spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung
stink stank stunk|strike struck struck|strive strove striven|swear swore sworn|sweep swept swept
swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told
think thought thought|throw threw thrown|understand understood understood|wake woke woken
wear wore worn|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn
write wrote written|undertake undertook undertaken|overcome overcame overcome|forecast forecast forecast
mislead misled misled|oversee oversaw overseen|withhold withheld withheld|uphold upheld upheld
`;

// Auxiliary forms the stemmer leaves apart from their lemma.
const AUXILIARIES = `
is be|are be|am be|has have|does do|an a|another other
died die|dies die|dying die|lied lie|lying lie|tied tie|tying tie
`;

const IRREGULAR_PLURALS = `
children child|men man|women woman|feet foot|teeth tooth|mice mouse|geese goose
lives life|wives wife|knives knife|leaves leaf|halves half|wolves wolf|thieves thief|shelves shelf
criteria criterion|phenomena phenomenon|crises crisis|analyses analysis|theses thesis
`;

// Forms that collide with an unrelated common word are better left to the stemmer.
const AMBIGUOUS_FORMS = new Set(['left', 'found', 'saw', 'lay', 'felt', 'ground', 'bound', 'wound', 'rose', 'lead', 'read', 'lit', 'fell', 'ate', 'leaves', 'lives', 'born']);

function buildLemmaTable(): ReadonlyMap<string, string> {
  const lemmas = new Map<string, string>();
  for (const group of IRREGULAR_VERBS.split(/[|\n]/)) {
    const [base, ...forms] = group.trim().split(/\s+/);
    if (!base) continue;
    for (const form of forms.join(',').split(',')) {
      if (form !== base && !AMBIGUOUS_FORMS.has(form)) lemmas.set(form, base);
    }
  }
  for (const group of (IRREGULAR_PLURALS + AUXILIARIES).split(/[|\n]/)) {
    const [plural, singular] = group.trim().split(/\s+/);
    if (plural && singular && !AMBIGUOUS_FORMS.has(plural)) lemmas.set(plural, singular);
  }
  return lemmas;
}

/** Lowercased irregular form → lemma (went → go, children → child). */
export const ENGLISH_IRREGULAR_LEMMAS: ReadonlyMap<string, string> = buildLemmaTable();

/** English acronyms of names that Italian spells out or abbreviates differently: acronym → words. */
export const ENGLISH_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['us', ['united', 'states']],
  ['usa', ['united', 'states']],
  ['uk', ['united', 'kingdom']],
  ['eu', ['european', 'union']],
  ['un', ['united', 'nations']],
]);

/** Function words, weighted down by the lexical embedder (src/embed/lexical/stopwords.ts). */
export const ENGLISH_FUNCTION_WORDS = `
a an the this that these those there here
i me my mine myself you your yours yourself yourselves he him his himself she her hers herself
it its itself we us our ours ourselves they them their theirs themselves one ones
who whom whose which what whatever whoever when where why how whether
and or but nor so yet if then than because as while although though unless until since
of in on at by for with without from to into onto upon about above below over under
between among through during before after against around across along off out up down near
be am is are was were been being have has had having do does did doing done
will would shall should can could may might must ought
not no nor only very too also just even still again ever never always often
all any both each either every few many more most much other others own same several some such
s t d ll m re ve o
`;

/** The most frequent and least informative: articles, basic prepositions and conjunctions, auxiliaries. */
export const ENGLISH_LIGHTEST_WORDS = `
a an the of to in on at by for with from and or be am is are was were been being have has had having
do does did it its that this s t d ll m re ve
`;
