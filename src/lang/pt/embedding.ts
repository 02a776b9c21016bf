import { parseForms, parseGlossary, parsePairs, type EmbeddingLanguageData } from '../embedding-tables.js';

/** Portuguese word lists of the lexical embedder and the lexicon build (the project's own tables). */

const FUNCTION_WORDS = `
o a os as: the|um uma uns umas: a|de: of|do da dos das: of the|em: in on|no na nos nas: in the
ao aos à às: to the|com: with|sem: without|por: by for|pelo pela pelos pelas: by the|para: for to
sobre: on about|entre: between among|desde: since|até: until|durante: during|antes: before|depois: after
contra: against|segundo: according second|e: and|ou: or|mas: but|nem: nor|que: that what|quem: who
qual quais: which|onde: where|quando: when|como: as like how|se: if itself|porque: because|embora: although
não: not|mais: more|menos: less|muito muita muitos muitas: very much many|também: also too|já: already
ainda: still yet|sempre: always|nunca: never|só apenas: only|mesmo mesma: same even|todo toda todos todas: all
outro outra outros outras: other|cada: each every|este esta estes estas isto: this|esse essa esses essas isso aquele aquela: that
eu: i|tu você vocês: you|ele: he|ela: she|nós: we|eles elas: they|lhe lhes: him them|seu sua seus suas: his her its their
meu minha: my|nosso nossa: our|é são era eram foi foram ser sido será estar está estão estava estavam: be
tem têm tinha tinham ter tido há havia: have|porém contudo: however|assim: thus|então: then|aqui: here|ali lá: there
`;

const NEWS_SUPPLEMENT = `
governo: government|dizer: say|declarar: say declare|afirmar: say claim|explicar: explain say
acrescentar: add say|pessoa: person people|gente: people|empresa: company business|eleição: election
deputado: lawmaker|porta-voz: spokesman spokeswoman spokesperson|investigação: investigation|acordo: agreement deal
ferido: injured wounded|morto: dead|matar: kill|presidente: president|ministro: minister|milhão: million
país: country|cidade: city|ano: year|mês: month|semana: week|dia: day|último: last|próximo: next
vez: time|primeiro: first|novo: new|jogo: game match|equipa: team|equipe: team|jogador: player
vitória: victory win|golo: goal|gol: goal|época: season|temporada: season|polícia: police|facto: fact|fato: fact
`;

const EXTRA_FORMS = `
ser: sou és é somos são era eras éramos eram fui foi fomos foram serei será seremos serão seria seriam seja sejam fosse fossem sido sendo
estar: estou estás está estamos estão estava estavam esteve estiveram estará estaria esteja estejam estado
ter: tenho tens tem temos têm tinha tinham teve tiveram terá terão teria tenha tenham tido
haver: há havia houve haverá haveria haja havido
fazer: faço faz fazemos fazem fazia fez fizeram fará faria faça feito feita
ir: vou vais vai vamos vão ia iam irá iria vá ido
poder: posso pode podemos podem podia pôde puderam poderá poderia possa possam
dizer: digo diz dizemos dizem dizia disse disseram dirá diria diga dito dita
querer: quero quer querem queria quis quiseram
ver: vejo vê vemos veem via viu viram verá veja visto vista
dar: dou dá dão dava deu deram dará dê dado
pôr: ponho põe põem pôs puseram posto posta
vir: venho vem vêm vinha veio vieram virá venha vindo
saber: sei sabe sabem sabia soube saberá saiba
morrer: morre morrem morreu morreram morto morta mortos mortas
`;

export const portugueseEmbedding: EmbeddingLanguageData = {
  stopwords: `
o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às com sem por pelo pela pelos pelas
para sobre entre desde até durante antes depois contra e ou mas nem que quem qual quais onde quando como se
porque embora não mais menos muito muita muitos muitas também já ainda sempre nunca só apenas mesmo mesma
todo toda todos todas outro outra outros outras cada este esta estes estas isto esse essa esses essas isso aquele aquela
eu tu você vocês ele ela nós eles elas lhe lhes seu sua seus suas meu minha nosso nossa me te nos
é são era eram foi foram ser sido será estar está estão estava estavam tem têm tinha tinham ter tido há havia
porém contudo assim então aqui ali lá
`,
  lightestWords: `
o a os as um uma de do da dos das em no na nos nas ao aos à às com por para e ou que se
é são era eram foi foram ser tem têm
`,
  functionWords: parseGlossary(FUNCTION_WORDS),
  newsSupplement: parsePairs(NEWS_SUPPLEMENT),
  extraForms: parseForms(EXTRA_FORMS),
  acronyms: new Map([
    ['onu', ['united', 'nations']],
    ['ue', ['european', 'union']],
    ['eua', ['united', 'states']],
    ['otan', ['nato']],
  ]),
};
