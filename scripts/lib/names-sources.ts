/**
 * Sources of the name table (`npm run build:names`): Unicode CLDR territory and language names as
 * shipped in Node's ICU (`Intl.DisplayNames`), the capitalised entries of the English Wiktionary
 * extraction in ../shared/lexicon, and a short project-own list of aliases that neither has
 * (abbreviations such as `U.S.` and the names of international organisations).
 *
 * Every concept is keyed by its English name: English is the hub, so a language is added by giving
 * its forms of the same concepts (`--langs it,fr`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Concept (its English name) → forms per language, each language's forms deduplicated. */
export type NameConcepts = Map<string, Map<string, Set<string>>>;

export function addForm(concepts: NameConcepts, concept: string, lang: string, form: string, curated = false): void {
  const clean = form.replace(/\s+/g, ' ').trim();
  // Extracted forms with digits or many words are noise; the curated aliases may have them (`WW1`).
  if (clean.length < 2 || /[()[\]{}=;/\\]/u.test(clean) || (!curated && (/\d/u.test(clean) || clean.split(' ').length > 4))) return;
  let byLang = concepts.get(concept);
  if (byLang === undefined) {
    byLang = new Map();
    concepts.set(concept, byLang);
  }
  let forms = byLang.get(lang);
  if (forms === undefined) {
    forms = new Set();
    byLang.set(lang, forms);
  }
  forms.add(clean);
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Two-letter territory codes CLDR names (AA…ZZ, minus the private-use ranges). */
function regionCodes(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) for (const b of LETTERS) {
    const code = a + b;
    if (/^(?:AA|Q[M-Z]|X[A-Z]|ZZ)$/.test(code)) continue;
    const name = english.of(code);
    if (name !== undefined && name !== code) codes.push(code);
  }
  return codes;
}

/** ISO 639-1 language codes CLDR names. */
function languageCodes(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS.toLowerCase()) for (const b of LETTERS.toLowerCase()) {
    const code = a + b;
    const name = english.of(code);
    if (name !== undefined && name !== code) codes.push(code);
  }
  return codes;
}

/** CLDR names of territories and languages: `China` ↔ `Cina`, `Maltese` ↔ `maltese`. */
export function addCldrNames(concepts: NameConcepts, langs: readonly string[]): void {
  const styles = ['long', 'short', 'narrow'] as const;
  for (const [type, codes] of [['region', regionCodes()], ['language', languageCodes()]] as const) {
    const hub = new Intl.DisplayNames(['en'], { type, fallback: 'none' });
    for (const code of codes) {
      const concept = hub.of(code)!;
      for (const lang of ['en', ...langs]) {
        for (const style of styles) {
          const name = new Intl.DisplayNames([lang], { type, style, fallback: 'none' }).of(code);
          if (name !== undefined && name !== code) addForm(concepts, concept, lang, name);
        }
      }
    }
  }
}

/** Parts of speech of Wiktionary entries that name places, peoples, languages and people. */
const NAME_POS = new Set(['prop', 'adj', 'n', 'initialism']);

/**
 * Capitalised English headwords of `en-<lang>.wiktionary.tsv` (proper nouns, demonyms, language
 * names): `Brussels` ↔ `Bruxelles`, `American` ↔ `americano`.
 */
export function addWiktionaryNames(concepts: NameConcepts, sharedDir: string, lang: string): void {
  const path = join(sharedDir, 'lexicon', `en-${lang}.wiktionary.tsv`);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [english, foreign, pos] = line.split('\t');
    if (english === undefined || foreign === undefined || pos === undefined) continue;
    if (!NAME_POS.has(pos) || !/^\p{Lu}/u.test(english)) continue;
    addForm(concepts, english, 'en', english);
    addForm(concepts, english, lang, foreign);
  }
}

/**
 * Project-own aliases (MIT, like the code): abbreviations and organisations that CLDR and the
 * Wiktionary extraction lack. Keyed by the English concept; `en` forms first.
 */
export const NAME_ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  'United States': {
    en: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'American', 'Americans', 'United States of America'],
    it: ['USA', 'America', 'Stati Uniti', "Stati Uniti d'America", 'statunitense', 'americano'],
  },
  'United Kingdom': {
    en: ['UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'Briton', 'Britons', 'Brits'],
    it: ['Regno Unito', 'Gran Bretagna', 'britannico', 'inglese', 'UK'],
  },
  'European Union': {
    en: ['EU', 'E.U.', 'European Union', 'European', 'Europe', 'Brussels', 'Union', 'Community'],
    it: ['UE', 'Ue', 'Unione europea', 'europeo', 'Europa', 'Bruxelles', 'comunitario', 'Unione', 'Comunità'],
  },
  'United Nations': { en: ['UN', 'U.N.', 'United Nations'], it: ['ONU', 'Onu', 'Nazioni Unite'] },
  NATO: { en: ['NATO', 'Nato'], it: ['NATO', 'Nato', 'Alleanza atlantica'] },
  'European Parliament': { en: ['European Parliament'], it: ['Parlamento europeo'] },
  'European Commission': { en: ['European Commission'], it: ['Commissione europea'] },
  'World Health Organization': { en: ['WHO', 'World Health Organization'], it: ['OMS', 'Organizzazione mondiale della sanità'] },
  'International Monetary Fund': { en: ['IMF', 'International Monetary Fund'], it: ['FMI', 'Fondo monetario internazionale'] },
  'Soviet Union': { en: ['USSR', 'Soviet Union', 'Soviet'], it: ['URSS', 'Unione Sovietica', 'sovietico'] },
  'Labour Party': { en: ['Labour', 'Labour Party'], it: ['laburista', 'Partito laburista', 'Labour'] },
  'Academy Awards': { en: ['Academy Awards', 'Academy Award', 'Oscars', 'Oscar'], it: ['Oscar', 'premi Oscar', 'premio Oscar', 'Academy Awards'] },
  'World War I': { en: ['WW1', 'WWI', 'World War I', 'World War One', 'First World War', 'Great War'], it: ['Prima guerra mondiale', 'Grande Guerra'] },
  'World War II': { en: ['WW2', 'WWII', 'World War II', 'World War Two', 'Second World War'], it: ['Seconda guerra mondiale'] },
  'UK Independence Party': { en: ['UKIP', 'Ukip', 'UK Independence Party'], it: ['UKIP', 'Ukip', "Partito per l'Indipendenza del Regno Unito"] },
  'Conservative Party': { en: ['Tory', 'Tories', 'Conservative', 'Conservatives'], it: ['Tory', 'conservatore', 'Partito conservatore'] },
};

export function addAliases(concepts: NameConcepts, langs: readonly string[]): void {
  for (const [concept, byLang] of Object.entries(NAME_ALIASES)) {
    for (const lang of ['en', ...langs]) for (const form of byLang[lang] ?? []) addForm(concepts, concept, lang, form, true);
  }
}

/** One language's table: `concept<TAB>form|form…`, concepts and forms sorted (code-unit order). */
export function serialiseLanguage(concepts: NameConcepts, lang: string, header: string): string {
  const lines: string[] = [];
  for (const concept of [...concepts.keys()].sort(compare)) {
    const forms = concepts.get(concept)!.get(lang);
    if (forms === undefined || forms.size === 0) continue;
    lines.push(`${concept}\t${[...forms].sort(compare).join('|')}`);
  }
  return `${header}${lines.join('\n')}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
