import { parseForms, parseGlossary, parsePairs, type EmbeddingLanguageData } from '../embedding-tables.js';

/** Spanish word lists of the lexical embedder and the lexicon build (the project's own tables). */

const FUNCTION_WORDS = `
el la los las lo: the|un una unos unas: a|de: of|del: of the|a: to at|al: to the|en: in on
con: with|sin: without|por: by for|para: for|sobre: on about|entre: between among|hacia: towards
desde: since from|hasta: until|durante: during|antes: before|después: after|contra: against|según: according
y e: and|o u: or|pero: but|sino: but|ni: nor|que: that what|quien quienes: who|cual cuales: which
cuyo cuya: whose|donde: where|cuando: when|como: as like how|si: if|porque: because|aunque: although
no: not|más: more|menos: less|muy: very|también: also too|ya: already|todavía aún: still yet
siempre: always|nunca jamás: never|solo sólo: only|mismo misma: same|todo toda todos todas: all
otro otra otros otras: other|cada: each every|este esta estos estas: this|ese esa esos esas aquel aquella: that
yo: i|tú: you|él: he|ella: she|nosotros: we|vosotros ustedes usted: you|ellos ellas: they
me: me|te: you|se: itself|le les: him them|nos: us|su sus: his her its their|mi mis: my|tu tus: your
nuestro nuestra: our|es son era eran fue fueron ser sido será estar está están estaba estaban: be
ha han había habían haber habido: have|así: thus|entonces: then|aquí: here|allí: there
`;

const NEWS_SUPPLEMENT = `
gobierno: government|decir: say|declarar: say declare|afirmar: say claim|señalar: say point
explicar: explain say|añadir: add say|agregar: add say|persona: person people|gente: people
empresa: company business|compañía: company|elección: election|diputado: lawmaker|portavoz: spokesman spokeswoman spokesperson
investigación: investigation|acuerdo: agreement deal|herido: injured wounded|muerto: dead|matar: kill
presidente: president|ministro: minister|millón: million|país: country|ciudad: city|año: year|mes: month
semana: week|día: day|último: last|próximo: next|vez: time|primero: first|nuevo: new|partido: game party match
equipo: team|jugador: player|victoria: victory win|gol: goal|temporada: season|policía: police
`;

const EXTRA_FORMS = `
ser: soy eres es somos sois son era eras éramos eran fui fuiste fue fuimos fueron seré será seremos serán sería serían sea sean fuera fueran sido siendo
estar: estoy estás está estamos están estaba estaban estuvo estuvieron estará estaría esté estén estado estando
haber: he has ha hemos han había habían hubo habrá habrán habría habrían haya hayan habido hay
tener: tengo tienes tiene tenemos tienen tenía tenían tuvo tuvieron tendrá tendrán tendría tenga tengan
hacer: hago hace hacemos hacen hacía hacían hizo hicieron hará harán haría haga hagan hecho hecha
ir: voy vas va vamos van iba iban irá irán iría vaya vayan ido
poder: puedo puede podemos pueden podía podían pudo pudieron podrá podrán podría podrían pueda puedan
decir: digo dice dicen decía dijo dijeron dirá diría diga digan dicho dicha
querer: quiero quiere quieren quería quiso querrá querría quiera
ver: veo ve ven veía vio vieron verá vea visto vista
dar: doy da dan daba dio dieron dará dé den dado
poner: pongo pone ponen puso pusieron pondrá puesto puesta
venir: vengo viene vienen venía vino vinieron vendrá venga
saber: sé sabe saben sabía supo sabrá sepa
morir: muere mueren murió murieron muerto muerta muertos muertas
`;

export const spanishEmbedding: EmbeddingLanguageData = {
  stopwords: `
el la los las lo un una unos unas de del a al en con sin por para sobre entre hacia desde hasta durante
antes después contra según y e o u pero sino ni que quien quienes cual cuales cuyo cuya donde cuando como
si porque aunque no más menos muy también ya todavía aún siempre nunca jamás solo sólo mismo misma
todo toda todos todas otro otra otros otras cada este esta estos estas ese esa esos esas aquel aquella esto eso
yo tú él ella nosotros vosotros ustedes usted ellos ellas me te se le les nos su sus mi mis tu tus nuestro nuestra
es son era eran fue fueron ser sido será estar está están estaba estaban ha han había habían haber habido hay
así entonces aquí allí
`,
  lightestWords: `
el la los las lo un una de del a al en con por para y e o que se su sus es son era eran fue fueron ser ha han había
`,
  functionWords: parseGlossary(FUNCTION_WORDS),
  newsSupplement: parsePairs(NEWS_SUPPLEMENT),
  extraForms: parseForms(EXTRA_FORMS),
  acronyms: new Map([
    ['onu', ['united', 'nations']],
    ['ue', ['european', 'union']],
    ['eeuu', ['united', 'states']],
    ['otan', ['nato']],
  ]),
};
