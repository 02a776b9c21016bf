/**
 * Function words of each language. They still map to concepts (so "not" ↔ "non" counts a little)
 * but with a small weight, because they occur in almost every sentence and say little about which
 * sentence is the translation of which.
 */

// The most frequent and least informative: articles, basic prepositions and conjunctions, auxiliaries.
const ENGLISH_LIGHTEST = `
a an the of to in on at by for with from and or be am is are was were been being have has had having
do does did it its that this s t d ll m re ve
`;

const ITALIAN_LIGHTEST = `
il lo la i gli le l un uno una d di a ad da in con su per
del dello della dei degli delle dell al allo alla ai agli alle all
dal dallo dalla dai dagli dalle dall nel nello nella nei negli nelle nell
sul sullo sulla sui sugli sulle sull col coi e ed o che
sono sei è siamo siete era erano fu furono sia siano sarà essere stato stata stati state
ho hai ha abbiamo avete hanno aveva avevano avere avuto
`;

const ENGLISH = `
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

const ITALIAN = `
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

function toSet(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

const STOPWORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', toSet(ENGLISH + ENGLISH_LIGHTEST)],
  ['it', toSet(ITALIAN + ITALIAN_LIGHTEST)],
]);
const LIGHTEST: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['en', toSet(ENGLISH_LIGHTEST)],
  ['it', toSet(ITALIAN_LIGHTEST)],
]);

export function isStopword(lowercaseWord: string, lang: string): boolean {
  return STOPWORDS.get(lang)?.has(lowercaseWord) ?? false;
}

/** 0 for a content word, 1 for a function word, 2 for the most frequent function words. */
export function functionWordLevel(lowercaseWord: string, lang: string): 0 | 1 | 2 {
  if (LIGHTEST.get(lang)?.has(lowercaseWord)) return 2;
  return isStopword(lowercaseWord, lang) ? 1 : 0;
}
