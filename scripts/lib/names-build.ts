/** Builds the text of each data/names/<lang>.tsv (see scripts/build-names.ts). */
import { addAliases, addCldrNames, addWiktionaryNames, serialiseLanguage, type NameConcepts } from './names-sources.js';

/** Languages besides English that the shipped table covers. */
export const NAME_LANGUAGES = ['it'] as const;

/** File name → content, for English and every language of `langs`. */
export function buildNameTables(sharedDir: string, langs: readonly string[]): Map<string, string> {
  const concepts: NameConcepts = new Map();
  addCldrNames(concepts, langs);
  for (const lang of langs) addWiktionaryNames(concepts, sharedDir, lang);
  addAliases(concepts, langs);
  const header = `# article-align name table; built by scripts/build-names.ts with CLDR ${process.versions.cldr ?? 'unknown'}; see ATTRIBUTION.md\n`;
  const tables = new Map<string, string>();
  for (const lang of ['en', ...langs]) tables.set(`${lang}.tsv`, serialiseLanguage(concepts, lang, header));
  return tables;
}
