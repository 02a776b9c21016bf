import { parseForms, parseGlossary, parsePairs, type EmbeddingLanguageData } from '../embedding-tables.js';

/** German word lists of the lexical embedder and the lexicon build (the project's own tables). */

const FUNCTION_WORDS = `
der die das den dem des: the|ein eine einen einem einer eines: a|von vom: of from|zu zum zur: to
in im: in|an am: at on|auf: on|aus: from out|mit: with|ohne: without|für: for|über: over about
unter: under among|zwischen: between|nach: after to|vor: before ago|seit: since|bei beim: at near
durch: through by|gegen: against|während: during|wegen: because|laut: according|um: around at
und: and|oder: or|aber: but|sondern: but|denn: because|weil: because|dass: that|ob: whether if
wenn: if when|als: as than when|wie: how as like|wo: where|wann: when|warum: why|was: what|wer: who
nicht: not|kein keine keinen keinem keiner: no|auch: also too|nur: only|noch: still yet|schon bereits: already
immer: always|nie niemals: never|sehr: very|mehr: more|weniger: less|alle aller allen: all|jeder jede jedes: each every
andere anderen anderer: other|dieser diese dieses diesen diesem: this|jener jene: that
ich: i|du: you|er: he|sie: she they|es: it|wir: we|ihr: you her|man: one|sich: itself
sein seine seinen seinem seiner: his its|ihre ihren ihrem ihrer: her their|unser unsere: our|mein meine: my
ist sind war waren gewesen sein wird werden wurde wurden worden: be|hat haben hatte hatten gehabt: have
kann können konnte konnten: can|muss müssen musste: must|soll sollen sollte: should|will wollen wollte: want
jedoch: however|dort: there|hier: here|jetzt: now|dann: then|so: so|damit: so
`;

const NEWS_SUPPLEMENT = `
regierung: government|sagen: say|erklären: say explain|betonen: stress say|mitteilen: say announce
sprecher: spokesman spokesperson|sprecherin: spokeswoman spokesperson|unternehmen: company business
firma: company firm|wahl: election|abgeordneter: lawmaker|ermittlung: investigation|untersuchung: investigation inquiry
abkommen: agreement deal|verletzt: injured wounded|tot: dead|töten: kill|präsident: president|minister: minister
milliarde: billion|million: million|land: country|stadt: city town|jahr: year|monat: month|woche: week
tag: day|letzte: last|nächste: next|mal: time|erste: first|neu: new|mannschaft: team|spieler: player
sieg: victory win|tor: goal|saison: season|polizei: police|menschen: people|leute: people
`;

const EXTRA_FORMS = `
sein: bin bist ist sind seid war warst waren wart gewesen wäre wären sei seien
haben: habe hast hat habt hatte hattest hatten gehabt hätte hätten
werden: werde wirst wird werdet wurde wurden geworden worden würde würden
gehen: geht ging gingen gegangen|kommen: kommt kam kamen gekommen|sehen: sieht sah sahen gesehen
geben: gibt gab gaben gegeben|nehmen: nimmt nahm nahmen genommen|sprechen: spricht sprach sprachen gesprochen
stehen: steht stand standen gestanden|finden: findet fand fanden gefunden|bringen: bringt brachte brachten gebracht
denken: denkt dachte dachten gedacht|wissen: weiß wusste wussten gewusst|tun: tut tat taten getan
sterben: stirbt starb starben gestorben|bleiben: bleibt blieb blieben geblieben|liegen: liegt lag lagen gelegen
halten: hält hielt hielten gehalten|lassen: lässt ließ ließen gelassen|schreiben: schreibt schrieb schrieben geschrieben
ziehen: zieht zog zogen gezogen|treffen: trifft traf trafen getroffen|fallen: fällt fiel fielen gefallen
beginnen: beginnt begann begannen begonnen|gewinnen: gewinnt gewann gewannen gewonnen|verlieren: verliert verlor verloren
`;

export const germanEmbedding: EmbeddingLanguageData = {
  stopwords: `
der die das den dem des ein eine einen einem einer eines von vom zu zum zur in im an am auf aus mit ohne für
über unter zwischen nach vor seit bei beim durch gegen während wegen laut um
und oder aber sondern denn weil dass ob wenn als wie wo wann warum was wer
nicht kein keine keinen keinem keiner auch nur noch schon bereits immer nie niemals sehr mehr weniger
alle aller allen jeder jede jedes andere anderen anderer dieser diese dieses diesen diesem jener jene
ich du er sie es wir ihr man sich mich mir dich dir uns euch ihn ihm ihnen
sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere mein meine
ist sind war waren gewesen wird werden wurde wurden worden hat haben hatte hatten gehabt
kann können konnte konnten muss müssen musste soll sollen sollte will wollen wollte
jedoch dort hier jetzt dann so damit da doch ja
`,
  lightestWords: `
der die das den dem des ein eine einen einem einer eines von vom zu zum zur in im an am auf mit für
und oder dass ist sind war waren wird werden wurde wurden worden hat haben hatte hatten es sich
`,
  functionWords: parseGlossary(FUNCTION_WORDS),
  newsSupplement: parsePairs(NEWS_SUPPLEMENT),
  extraForms: parseForms(EXTRA_FORMS),
  acronyms: new Map([
    ['uno', ['united', 'nations']],
    ['vn', ['united', 'nations']],
    ['eu', ['european', 'union']],
    ['usa', ['united', 'states']],
    ['brd', ['germany']],
  ]),
};
