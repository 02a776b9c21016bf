/**
 * Derives the compact lexicons shipped in data/lexicon/<lang>.bin (binary form, read in place by
 * src/embed/lexical/lexicon.ts; formats in src/embed/lexical/lexicon-format.ts) from ../shared/lexicon
 * (Wiktionary and WordNet pairs): one per language paired with English (it, fr, de, es, pt), plus
 * data/lexicon/en.bin, the English inflection table every language shares (the concept space is
 * English stems, so any two languages meet through it), and data/lexicon/it.vocabulary, the English
 * stems it.bin translates into (src/names/vocabulary.ts). Deterministic: the same inputs give the same
 * output byte for byte. Run with `npm run build:lexicon`.
 *
 *   --shared <dir>   where the shared data lives (default: ../shared next to the project)
 *   --lang <codes>   build only these languages (comma-separated; default: all). The English table
 *                    depends on every language, so it is written only when all are built.
 *   --text <dir>     also write each lexicon's text form there as <lang>.txt (readable, for diffs)
 *   --check          write nothing; exit 1 if a built file differs from the one on disk
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemEnglish, stemmerFor } from '../src/embed/lexical/stem.js';
import { ITALIAN_EXTRA_FORMS, ITALIAN_NEWS_SUPPLEMENT } from '../src/lang/it/embedding.js';
import { isStopword } from '../src/embed/lexical/stopwords.js';
import { tokenize } from '../src/embed/lexical/tokenize.js';
import { LEXICAL_LANGUAGE_DATA } from '../src/lang/embedding-data.js';
import { encodeLexicon } from '../src/embed/lexical/lexicon-format.js';
import { readLexicon } from '../src/embed/lexical/lexicon.js';
import { vocabularyFile } from '../src/names/vocabulary.js';

const LEXICON_VERSION = '2';
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const sharedDir = resolve(argument('--shared', join(projectRoot, '..', 'shared')));
const lexiconDir = join(sharedDir, 'lexicon');
const dataDir = join(projectRoot, 'data/lexicon');
const checkOnly = process.argv.includes('--check');

/** Tuning knobs of the derivation; recorded in the build notes. */
const SETTINGS = {
  /** Weight of one Wiktionary pair (per sense it is listed under). */
  wiktionaryPair: 1,
  /** Weight of a Wiktionary pair where one side is a multi-word expression reduced to its content word. */
  wiktionaryReduced: 0.5,
  /** Weight of a pair from the project's own news supplement (src/lang/<code>/embedding.ts). */
  supplementPair: 1,
  /** Weight of WordNet evidence relative to Wiktionary, before dividing by the synset size. */
  wordnet: 0.5,
  /** A synset found in both ItalWordNet and MultiWordNet counts this much more. */
  wordnetBothSources: 1.5,
  /** Weight of a stem's merged evidence inside the entry of one of its words. */
  stemShareInWordEntry: 0.25,
  /** Most English concepts kept per foreign stem. */
  maxConcepts: 6,
  /** Concepts scoring below this fraction of the stem's best concept are dropped. */
  minRelativeScore: 0.15,
};

// For experiments: LEXICON_SETTINGS='{"wordnet":0.3}' npm run build:lexicon
Object.assign(SETTINGS, JSON.parse(process.env.LEXICON_SETTINGS ?? '{}') as Partial<typeof SETTINGS>);

/** Which shared files each language is built from. */
interface LanguageSources {
  lang: 'it' | 'fr' | 'de' | 'es' | 'pt';
  /** WordNet file, or null when its licence does not suit the shipped lexicon (WOLF is CeCILL-C). */
  wordnet: string | null;
  /** Inflected forms from a package's conjugation tables (Italian only). */
  verbTables: boolean;
}

const LANGUAGE_SOURCES: readonly LanguageSources[] = [
  { lang: 'it', wordnet: 'en-it.wordnet.tsv', verbTables: true },
  // WOLF (the French wordnet) is CeCILL-C: mixing it into CC BY-SA data would put the lexicon under
  // two incompatible copyleft terms, and it is the noisiest of the wordnets. Wiktionary alone is the
  // largest of the four dictionaries anyway.
  { lang: 'fr', wordnet: null, verbTables: false },
  { lang: 'de', wordnet: 'en-de.wordnet.tsv', verbTables: false },
  { lang: 'es', wordnet: 'en-es.wordnet.tsv', verbTables: false },
  { lang: 'pt', wordnet: 'en-pt.wordnet.tsv', verbTables: false },
];

interface TsvRow {
  [column: string]: string;
}

function readTsv(path: string): TsvRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const columns = lines[0].split('\t');
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].length === 0) continue;
    const cells = lines[i].split('\t');
    const row: TsvRow = {};
    columns.forEach((column, c) => (row[column] = cells[c] ?? ''));
    rows.push(row);
  }
  return rows;
}

/**
 * An entry's one content word (lowercased), or null when the entry has none or several (phrases
 * like "telephone number" cannot be looked up word by word).
 */
function contentWord(entry: string, lang: string): { word: string; reduced: boolean } | null {
  const words = tokenize(entry, lang).filter((token) => token.kind === 'word');
  if (words.length === 0) return null;
  if (words.length === 1) return { word: words[0].text, reduced: false };
  const content = words.filter((token) => !isStopword(token.text, lang));
  if (content.length !== 1) return null;
  return { word: content[0].text, reduced: true };
}

/** Orders lines by their key (the text before the first separator), in UTF-16 code unit order. */
function byKey(a: string, b: string): number {
  const keyA = a.slice(0, a.search(/[=>:]/));
  const keyB = b.slice(0, b.search(/[=>:]/));
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

/** Keys and concepts must survive the line format. */
function serialisable(text: string): boolean {
  return text.length > 0 && !/[\n%=,:>]/.test(text);
}

/** English single-word headwords of every language's sources, and whether they are nouns or verbs. */
const englishLemmas = new Map<string, { noun: boolean; verb: boolean }>();
function addEnglishLemma(lemma: string, pos: string): void {
  const noun = pos === 'n';
  const verb = pos === 'v';
  if (!noun && !verb) return;
  const known = englishLemmas.get(lemma) ?? { noun: false, verb: false };
  englishLemmas.set(lemma, { noun: known.noun || noun, verb: known.verb || verb });
}
/** Every English concept some language's lexicon uses. */
const englishStems = new Set<string>();

const SKIPPED_WIKTIONARY_POS = new Set(['proverb', 'prefix', 'suffix', 'phrase']);

interface BuiltLanguage {
  lang: string;
  serialised: string;
  stats: Record<string, number>;
}

function buildLanguage(sources: LanguageSources): BuiltLanguage {
  const { lang } = sources;
  const stem = stemmerFor(lang)!;
  const data = LEXICAL_LANGUAGE_DATA[lang];

  /** Foreign headword → English stem → evidence. */
  const evidence = new Map<string, Map<string, number>>();
  function addEvidence(foreignWord: string, englishStem: string, weight: number): void {
    let concepts = evidence.get(foreignWord);
    if (concepts === undefined) {
      concepts = new Map();
      evidence.set(foreignWord, concepts);
    }
    concepts.set(englishStem, (concepts.get(englishStem) ?? 0) + weight);
  }

  let wiktionaryUsed = 0;
  for (const row of readTsv(join(lexiconDir, `en-${lang}.wiktionary.tsv`))) {
    if (SKIPPED_WIKTIONARY_POS.has(row.pos)) continue;
    const english = contentWord(row.en, 'en');
    const foreign = contentWord(row[lang], lang);
    if (english === null || foreign === null) continue;
    const reduced = english.reduced || foreign.reduced;
    addEvidence(foreign.word, stemEnglish(english.word), reduced ? SETTINGS.wiktionaryReduced : SETTINGS.wiktionaryPair);
    if (!english.reduced) addEnglishLemma(english.word, row.pos);
    wiktionaryUsed++;
  }

  // The project's own supplement of frequent news translations.
  const supplement = lang === 'it' ? ITALIAN_NEWS_SUPPLEMENT : data.newsSupplement;
  for (const [foreign, english] of supplement) {
    addEvidence(foreign, stemEnglish(english), SETTINGS.supplementPair);
  }

  // WordNet pairs every synonym with every synonym: a synset with m English and n foreign words gives
  // m × n pairs, most of them poor translations. Spread one unit of evidence over the synset instead.
  const synsets = new Map<string, { english: Set<string>; foreign: Set<string>; both: boolean }>();
  if (sources.wordnet !== null) {
    for (const row of readTsv(join(lexiconDir, sources.wordnet))) {
      const english = contentWord(row.en, 'en');
      const foreign = contentWord(row[lang], lang);
      if (english === null || foreign === null || english.reduced || foreign.reduced) continue;
      let synset = synsets.get(row.synset_pwn30);
      if (synset === undefined) {
        synset = { english: new Set(), foreign: new Set(), both: false };
        synsets.set(row.synset_pwn30, synset);
      }
      synset.english.add(stemEnglish(english.word));
      addEnglishLemma(english.word, row.synset_pwn30.slice(-1));
      synset.foreign.add(foreign.word);
      if (row.sources.includes('+')) synset.both = true;
    }
  }
  for (const synset of synsets.values()) {
    const weight =
      (SETTINGS.wordnet * (synset.both ? SETTINGS.wordnetBothSources : 1)) /
      Math.sqrt(synset.english.size * synset.foreign.size);
    for (const foreign of synset.foreign) {
      for (const english of synset.english) addEvidence(foreign, english, weight);
    }
  }

  // Inflected forms whose stem differs from their lemma's (it detto/dire, fr sont/être, de war/sein):
  // Italian from morph-it's conjugation tables (italian-verbs-dict), every language from its own table.
  const formLemmas = new Map<string, Set<string>>();
  function addForm(form: string, lemma: string): void {
    if (!evidence.has(lemma) || stem(form) === stem(lemma) || !serialisable(form)) return;
    let lemmas = formLemmas.get(form);
    if (lemmas === undefined) {
      lemmas = new Set();
      formLemmas.set(form, lemmas);
    }
    lemmas.add(lemma);
  }
  if (sources.verbTables) {
    const verbTables = JSON.parse(readFileSync(italianVerbTablesPath(), 'utf8')) as Record<string, unknown>;
    for (const lemma of Object.keys(verbTables).sort()) {
      const forms: string[] = [];
      collectForms(verbTables[lemma], forms);
      for (const form of forms) addForm(form, lemma);
    }
  }
  for (const [form, lemma] of lang === 'it' ? ITALIAN_EXTRA_FORMS : data.extraForms) addForm(form, lemma);

  const totalEvidence = (word: string): number => [...(evidence.get(word)?.values() ?? [])].reduce((a, b) => a + b, 0);
  /** Form → the lemma it is most likely a form of (the best-attested one). */
  const formLines: string[] = [];
  /** Headwords that are also forms of another verb (it fatto: fact / done) get both meanings. */
  const inflectedHeadwords = new Set<string>();
  for (const form of [...formLemmas.keys()].sort()) {
    const lemma = [...formLemmas.get(form)!].sort((a, b) => totalEvidence(b) - totalEvidence(a) || (a < b ? -1 : 1))[0];
    const own = evidence.get(form);
    if (own === undefined) {
      formLines.push(`${form}>${lemma}`);
      continue;
    }
    const lemmaEvidence = evidence.get(lemma)!;
    const ownTotal = totalEvidence(form);
    const lemmaTotal = totalEvidence(lemma);
    // Give the verb reading as much weight as the headword's own meanings.
    for (const [english, score] of lemmaEvidence) own.set(english, (own.get(english) ?? 0) + (score * ownTotal) / lemmaTotal);
    inflectedHeadwords.add(form);
  }

  // Merge the headwords of each foreign stem: the stem entry serves every inflected form.
  const stemEvidence = new Map<string, Map<string, number>>();
  const stemHeadwords = new Map<string, string[]>();
  for (const [word, concepts] of evidence) {
    const wordStem = stem(word);
    let merged = stemEvidence.get(wordStem);
    if (merged === undefined) {
      merged = new Map();
      stemEvidence.set(wordStem, merged);
      stemHeadwords.set(wordStem, []);
    }
    stemHeadwords.get(wordStem)!.push(word);
    for (const [english, score] of concepts) merged.set(english, (merged.get(english) ?? 0) + score);
  }

  const concepts = new Set<string>();
  /** `key=concept:weight,…` with the strongest concepts, weights L2-normalised to 1..100. */
  function entryLine(key: string, scores: Map<string, number>): string | null {
    if (!serialisable(key)) return null;
    const ranked = [...scores.entries()]
      .filter(([english]) => serialisable(english))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (ranked.length === 0) return null;
    const best = ranked[0][1];
    const kept = ranked.filter(([, score]) => score >= best * SETTINGS.minRelativeScore).slice(0, SETTINGS.maxConcepts);
    const norm = Math.sqrt(kept.reduce((sum, [, score]) => sum + score * score, 0));
    for (const [english] of kept) concepts.add(english);
    const entries = kept.map(([english, score]) => `${english}:${Math.max(1, Math.round((100 * score) / norm))}`);
    return `${key}=${entries.join(',')}`;
  }

  const translationLines: string[] = [];
  const wordLines: string[] = [];
  for (const wordStem of [...stemEvidence.keys()].sort()) {
    const stemLine = entryLine(wordStem, stemEvidence.get(wordStem)!);
    if (stemLine === null) continue;
    translationLines.push(stemLine);
    // Porter conflates some unrelated lemmas (it casa/caso → cas): their own entries take precedence
    // over the merged stem entry when the word is written exactly so.
    const headwords = stemHeadwords.get(wordStem)!;
    for (const word of headwords.sort()) {
      if (headwords.length < 2 && !inflectedHeadwords.has(word)) continue;
      // Keep the stem's other readings at a lower weight: accusato is "defendant" as a headword
      // but "accused" as the participle of accusare, which shares its stem.
      const blended = new Map(evidence.get(word)!);
      for (const [english, score] of stemEvidence.get(wordStem)!) {
        blended.set(english, (blended.get(english) ?? 0) + SETTINGS.stemShareInWordEntry * score);
      }
      const line = entryLine(word, blended);
      if (line !== null && line.slice(word.length) !== stemLine.slice(wordStem.length)) wordLines.push(line);
    }
  }
  for (const scores of evidence.values()) for (const english of scores.keys()) englishStems.add(english);

  // Lookups binary-search each section, so every section is sorted by key.
  wordLines.sort(byKey);
  const serialised = serialise({ translations: translationLines, words: wordLines, forms: formLines });
  return {
    lang,
    serialised,
    stats: {
      wiktionaryPairsUsed: wiktionaryUsed,
      wordnetSynsetsUsed: synsets.size,
      stems: translationLines.length,
      words: wordLines.length,
      forms: formLines.length,
      englishConcepts: concepts.size,
    },
  };
}

function italianVerbTablesPath(): string {
  return createRequire(import.meta.url).resolve('italian-verbs-dict/dist/verbs.json');
}

function collectForms(node: unknown, out: string[]): void {
  if (typeof node === 'string') out.push(node.toLowerCase());
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) collectForms(value, out);
}

function serialise(sections: { translations?: string[]; words?: string[]; forms?: string[]; englishforms?: string[] }): string {
  return [
    `lexicon ${LEXICON_VERSION}`,
    '%translations',
    ...(sections.translations ?? []),
    '%words',
    ...(sections.words ?? []),
    '%forms',
    ...(sections.forms ?? []),
    '%englishforms',
    ...(sections.englishforms ?? []),
    // Concept weights stay empty: neither gloss frequencies (-3.6 points of P@1) nor the number of
    // translations per concept (-3.7) estimated informativeness better than the stopword lists do.
    '%weights',
  ].join('\n');
}

/**
 * English inflections the Porter stemmer separates from their lemma (died → di, but die → die):
 * generate the regular forms of every English headword of every language and map their stems to the
 * lemma's stem. One table for all languages keeps the English side of every pair the same.
 */
function buildEnglishForms(): string {
  function regularInflections(lemma: string, kind: { noun: boolean; verb: boolean }): string[] {
    const forms: string[] = [];
    const consonantY = /[^aeiou]y$/.test(lemma);
    forms.push(consonantY ? `${lemma.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(lemma) ? `${lemma}es` : `${lemma}s`);
    if (!kind.verb) return forms;
    if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
    else if (consonantY) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
    else forms.push(`${lemma}ed`, `${lemma}ing`);
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) forms.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
    return forms;
  }
  const inflectionTargets = new Map<string, Set<string>>();
  for (const lemma of [...englishLemmas.keys()].sort()) {
    const kind = englishLemmas.get(lemma)!;
    const lemmaStem = stemEnglish(lemma);
    for (const form of regularInflections(lemma, kind)) {
      const formStem = stemEnglish(form);
      // A form the stemmer leaves untouched (alwayss) is not a word it recognises as inflected.
      if (formStem === lemmaStem || formStem === form || englishStems.has(formStem) || !serialisable(formStem)) continue;
      let targets = inflectionTargets.get(formStem);
      if (targets === undefined) {
        targets = new Set();
        inflectionTargets.set(formStem, targets);
      }
      targets.add(lemmaStem);
    }
  }
  const lines: string[] = [];
  for (const formStem of [...inflectionTargets.keys()].sort()) {
    const targets = inflectionTargets.get(formStem)!;
    if (targets.size === 1) lines.push(`${formStem}>${[...targets][0]}`);
  }
  return serialise({ englishforms: lines });
}

const wanted = argument('--lang', 'all');
const selected = LANGUAGE_SOURCES.filter((s) => wanted === 'all' || wanted.split(',').includes(s.lang));
if (selected.length === 0) {
  process.stderr.write(`build:lexicon: unknown --lang '${wanted}' (have: ${LANGUAGE_SOURCES.map((s) => s.lang).join(', ')})\n`);
  process.exit(2);
}
const built = selected.map(buildLanguage);
const texts: Array<{ lang: string; text: string }> = built.map((b) => ({ lang: b.lang, text: b.serialised }));
if (selected.length === LANGUAGE_SOURCES.length) texts.push({ lang: 'en', text: buildEnglishForms() });
const lexicons = texts.map(({ lang, text }) => ({ lang, text, file: join(dataDir, `${lang}.bin`), binary: encodeLexicon(text, lang) }));
// The English words the Italian lexicon knows, for the name checks (src/names/vocabulary.ts).
const vocabularies = lexicons
  .filter((output) => output.lang === 'it')
  .map((output) => ({ lang: 'it.vocabulary', file: join(dataDir, 'it.vocabulary'), binary: vocabularyFile(readLexicon(output.binary), output.binary.length) }));
const outputs: Array<{ lang: string; file: string; binary: Uint8Array }> = [...lexicons, ...vocabularies];

if (checkOnly) {
  let stale = 0;
  for (const output of outputs) {
    let current: Uint8Array = new Uint8Array(0);
    try {
      current = readFileSync(output.file);
    } catch {
      // a missing file differs
    }
    const same = Buffer.compare(current, output.binary) === 0;
    if (!same) stale++;
    process.stderr.write(
      same ? `lexicon ${output.lang}: ${output.file} is up to date\n` : `lexicon ${output.lang}: ${output.file} is stale; run npm run build:lexicon\n`,
    );
  }
  process.exit(stale === 0 ? 0 : 1);
}

mkdirSync(dataDir, { recursive: true });
for (const output of outputs) writeFileSync(output.file, output.binary);
if (process.argv.includes('--text')) {
  const textDir = resolve(argument('--text', '.'));
  mkdirSync(textDir, { recursive: true });
  for (const output of lexicons) writeFileSync(join(textDir, `${output.lang}.txt`), output.text);
}

// Attribution and licences travel with the derived data.
// Copy contents, not modes: the shared originals are read-only.
const copyText = (from: string, to: string): void => writeFileSync(to, readFileSync(from));
copyText(join(lexiconDir, 'LICENSE-wiktionary-dict.txt'), join(dataDir, 'LICENSE-wiktionary-dict.txt'));
for (const name of [
  'LICENSE-MultiWordNet-CC-BY-3.0.txt',
  'LICENSE-ItalWordNet-ODC-BY.txt',
  'LICENSE-PrincetonWordNet-3.0.txt',
  'LICENSE-MCR-CC-BY-3.0.txt',
  'LICENSE-OpenWN-PT-CC-BY-SA-3.0.txt',
  'LICENSE-OMW-Wiktionary-CC-BY-SA-3.0.txt',
  'multiwordnet.bib',
  'italwordnet.bib',
  'mcr.bib',
  'openwn-pt.bib',
  'omw-wiktionary.bib',
]) {
  copyText(join(lexiconDir, 'omw-src', name), join(dataDir, name));
}
copyText(join(dirname(italianVerbTablesPath()), 'CC-BY-SA-2.0.txt'), join(dataDir, 'LICENSE-morph-it-CC-BY-SA-2.0.txt'));
const stats = Object.fromEntries(
  outputs.map((output) => [
    output.lang,
    { ...(built.find((b) => b.lang === output.lang)?.stats ?? {}), bytes: output.binary.length },
  ]),
);
if (selected.length === LANGUAGE_SOURCES.length) {
  writeFileSync(
    join(dataDir, 'BUILD-NOTES.md'),
    `# Build notes (generated)\n\nBuilt by \`npm run build:lexicon\` (scripts/build-lexicon.ts), lexicon format version ${LEXICON_VERSION}.\n\n` +
      `Sources per language: ${LANGUAGE_SOURCES.map((s) => `${s.lang}: Wiktionary${s.wordnet ? ` + ${s.wordnet}` : ''}${s.verbTables ? ' + morph-it verb tables' : ''}`).join('; ')}.\n\n` +
      `Settings:\n\n\`\`\`json\n${JSON.stringify(SETTINGS, null, 2)}\n\`\`\`\n\nResult (bytes = size of data/lexicon/<lang>.bin):\n\n\`\`\`json\n${JSON.stringify(stats, null, 2)}\n\`\`\`\n`,
  );
}
process.stderr.write(`lexicon: ${JSON.stringify(stats)}\n`);
