import { parseForms, parseGlossary, parsePairs, type EmbeddingLanguageData } from '../embedding-tables.js';

/** French word lists of the lexical embedder and the lexicon build (the project's own tables). */

const FUNCTION_WORDS = `
le la les l: the|un une: a|de d: of|du des: of the|à: to at|au aux: to the|en: in|dans: in
sur: on|sous: under|par: by|pour: for|avec: with|sans: without|entre: between among|vers: towards
chez: at|depuis: since|pendant: during|avant: before|après: after|contre: against|selon: according
et: and|ou: or|mais: but|ni: nor|donc: so|car: because|que qu: that what|qui: who which
dont: whose which|où: where|quand lorsque: when|comme: as like|si: if|parce: because|puisque: since
ne n: not|pas: not|plus: more|moins: less|très: very|aussi: also too|déjà: already|encore: still again
toujours: always still|jamais: never|seulement: only|même: even same|tout toute tous toutes: all
autre autres: other|chaque: each every|ce cet cette: this|ces: these|celui celle ceux celles: that those
je j: i|tu: you|il: he it|elle: she it|nous: we|vous: you|ils elles: they|on: one we
me m: me|te t: you|se s: itself|lui: him her|leur leurs: their them|eux: them|y: there
mon ma mes: my|ton ta tes: your|son sa ses: his her its|notre nos: our|votre vos: your
est sont était étaient été être sera seront serait: be|ai as a avons avez ont avait avaient avoir eu aura auront aurait: have
fait faire: do make|cependant toutefois: however|ainsi: thus|alors: then|aujourd: today|hui: today
ici: here|là: there|beaucoup: much many|peu: little few|trop: too
`;

const NEWS_SUPPLEMENT = `
gouvernement: government|déclarer: say declare|affirmer: say claim|indiquer: say indicate
expliquer: explain say|ajouter: add say|estimer: estimate say|selon: according|personne: person people
gens: people|entreprise: company business|société: company society|élection: election|député: lawmaker
porte-parole: spokesman spokeswoman spokesperson|enquête: investigation inquiry|accord: agreement deal
blessé: injured wounded|mort: dead death died|tuer: kill|président: president|ministre: minister
milliard: billion|million: million|pays: country|ville: city town|année: year|an: year|mois: month
semaine: week|jour: day|dernier: last|prochain: next|fois: time|premier: first|nouveau: new
match: game match|équipe: team|joueur: player|victoire: victory win|but: goal|saison: season
`;

const EXTRA_FORMS = `
être: suis es est sommes êtes sont étais était étions étiez étaient fus fut furent serai seras sera serons serez seront serais serait serions seraient sois soit soyons soient fût été étant
avoir: ai as a avons avez ont avais avait avions aviez avaient eus eut eurent aurai auras aura aurons aurez auront aurais aurait aurions auraient aie ait ayons aient eu eue eus eues ayant
faire: fais fait faisons faites font faisait faisaient fit firent fera feront ferait feraient fasse fassent faite faits faites
aller: vais vas va allons allez vont allait allaient alla irai ira iront irait iraient aille aillent
pouvoir: peux peut pouvons pouvez peuvent pouvait pouvaient pourra pourront pourrait pourraient puisse puissent pu put
vouloir: veux veut voulons voulez veulent voulait voulaient voudra voudrait voudraient veuille voulu
dire: dis dit disons dites disent disait disaient dira dirait dite dits dites
voir: vois voit voyons voyez voient voyait voyaient verra verrait vu vue vus vues vit virent
prendre: prends prend prenons prenez prennent prenait prenaient prendra prendrait pris prise prises prit
mettre: mets met mettons mettez mettent mettait mis mise mises
venir: viens vient venons venez viennent venait venaient viendra viendrait venu venue venus venues vint
devoir: dois doit devons devez doivent devait devaient devra devrait devraient dû due dus dues
savoir: sais sait savons savez savent savait saura saurait su sue
tenir: tiens tient tiennent tenait tenu tenue
mourir: meurt meurent mort morte morts mortes mourut
naître: né née nés nées naît
`;

export const frenchEmbedding: EmbeddingLanguageData = {
  stopwords: `
le la les l un une de d du des à au aux en dans sur sous par pour avec sans entre vers chez depuis pendant
avant après contre selon et ou mais ni donc car que qu qui dont où quand lorsque comme si parce puisque
ne n pas plus moins très aussi déjà encore toujours jamais seulement même tout toute tous toutes autre autres
chaque ce cet cette ces celui celle ceux celles c ça cela ceci
je j tu il elle nous vous ils elles on me m te t se s lui leur leurs eux y
mon ma mes ton ta tes son sa ses notre nos votre vos
est sont était étaient été être sera seront serait ai as a avons avez ont avait avaient avoir eu aura auront aurait
fait faire cependant toutefois ainsi alors aujourd hui ici là beaucoup peu trop
`,
  lightestWords: `
le la les l un une de d du des à au aux en dans sur par pour avec et ou que qu qui
est sont était étaient été être a ont avait avaient avoir eu c ce se s
`,
  functionWords: parseGlossary(FUNCTION_WORDS),
  newsSupplement: parsePairs(NEWS_SUPPLEMENT),
  extraForms: parseForms(EXTRA_FORMS),
  acronyms: new Map([
    ['onu', ['united', 'nations']],
    ['ue', ['european', 'union']],
    ['otan', ['nato']],
    ['r-u', ['united', 'kingdom']],
  ]),
};
