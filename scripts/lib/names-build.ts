/** Builds the text of each data/names/<lang>.tsv and its index (see scripts/build-names.ts). */
import { indexTable } from '../../src/names/table.js';
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

/**
 * Each table's index (data/names/<lang>.index, src/names/table.ts `indexTable`): the table parsed
 * into sorted lines that the runtime searches in place, so start-up neither runs the key regexes
 * over the whole table nor fills maps with it.
 */
export function indexFiles(tables: ReadonlyMap<string, string>): Map<string, Uint8Array> {
  return new Map([...tables].map(([file, text]) => [file.replace(/\.tsv$/, '.index'), indexTable(text)]));
}
