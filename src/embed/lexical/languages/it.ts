/**
 * Italian inflected forms that the lexicon build maps to their lemma in addition to the morph-it
 * verb tables (which leave out the auxiliaries essere and avere).
 */
const AUXILIARY_FORMS = `
essere: sono sei è siamo siete ero eri era eravamo eravate erano fui fosti fu fummo foste furono
  sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste sarebbero
  sia siano siate fossi fosse fossimo fossero stato stata stati state essendo
avere: ho hai ha abbiamo avete hanno avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo
  aveste ebbero avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste avrebbero
  abbia abbiano abbiate avessi avesse avessimo avessero avuto avuta avuti avute avendo
vedere: visto vista visti viste
`;

function parseForms(table: string): Array<[form: string, lemma: string]> {
  const pairs: Array<[string, string]> = [];
  let lemma = '';
  for (const word of table.split(/\s+/)) {
    if (word.length === 0) continue;
    if (word.endsWith(':')) lemma = word.slice(0, -1);
    else pairs.push([word, lemma]);
  }
  return pairs;
}

/** (form, lemma) pairs of the Italian auxiliaries and of a few irregular participles. */
export const ITALIAN_EXTRA_FORMS: ReadonlyArray<readonly [string, string]> = parseForms(AUXILIARY_FORMS);
