/**
 * `npm run eval:drift`: the drift benchmark on NTREX-128 en–it and EPTIC it→en (../shared).
 *
 * 1. Clean documents, unmodified: warning+ findings per 1,000 gold sentence pairs (all of them are
 *    false alarms, since the translations are professional) and the share of documents flagged,
 *    with the finding families behind them.
 * 2. Drift injected into the Italian side, one seeded edit per document and kind (see
 *    scripts/lib/drift-inject.ts), only into pairs that are clean before the edit: recall is the
 *    share of edits on whose pair a warning or error lands.
 *
 * 3. Clean edits a translator makes (a sentence split at a clause boundary, two sentences merged):
 *    no drift, so any warning+ finding on the edited pair is a false alarm.
 *
 * Options: `--seeds 1,2,3` (default 1; results are summed over the seeds), `--kinds a,b`,
 * `--corpus NTREX|EPTIC`, `--limit N` documents, `--misses KIND|all` (print each missed edit of a
 * kind; clean edits print their false alarms), `--show FAMILY|all` (print each clean warning+ of
 * a finding family such as `name-mismatch` or `figure-mismatch/date`). `--seed N`,
 * `--show-misses` and `--show-false-alarms` are the older spellings.
 */
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import { buildPools, DRIFT_KINDS, FIGURE_LEVEL_KINDS, inject, type DriftKind } from './lib/drift-inject.js';
import { CLEAN_EDIT_KINDS } from './lib/drift-inject-beads.js';
import { referenceErrorOf } from './lib/drift-reference-errors.js';
import { tatoebaNegation } from './lib/drift-tatoeba.js';
import { caught, cleanLinks, findingFamily, findingsOf, isWarningOrWorse, loadDriftCorpora } from './lib/drift-run.js';
import type { Finding } from '../src/types.js';

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

interface CleanResult {
  pairs: number;
  docs: number;
  flaggedDocs: number;
  warnings: number;
  /** Warnings that are verified errors of the reference translation (scripts/lib/drift-reference-errors.ts). */
  referenceErrors: number;
  families: Map<string, number>;
}

interface RecallCell {
  injected: number;
  caught: number;
}

const RECALL_TARGET = 0.9;
const FALSE_ALARM_TARGET: Record<string, number> = { NTREX: 5, EPTIC: 8 };

function seedsOf(): number[] {
  const list = argValue('--seeds') ?? argValue('--seed') ?? '1';
  const seeds = list.split(',').map(Number);
  if (seeds.some((seed) => !Number.isInteger(seed))) throw new Error(`--seeds wants integers, got ${list}`);
  return seeds;
}

async function main(): Promise<void> {
  const seeds = seedsOf();
  const kinds = (argValue('--kinds')?.split(',') ?? [...DRIFT_KINDS]) as DriftKind[];
  const unknown = kinds.filter((kind) => !(DRIFT_KINDS as readonly string[]).includes(kind));
  if (unknown.length > 0) throw new Error(`unknown kind ${unknown.join(', ')}; kinds: ${DRIFT_KINDS.join(', ')}`);
  const onlyCorpus = argValue('--corpus');
  const limit = argValue('--limit') === undefined ? Infinity : Number(argValue('--limit'));
  const showMisses = argValue('--misses') ?? (process.argv.includes('--show-misses') ? 'all' : undefined);
  const showFamily = argValue('--show') ?? (process.argv.includes('--show-false-alarms') ? 'all' : undefined);
  const embedder = createLexicalEmbedder();
  const started = performance.now();

  const corpora = loadDriftCorpora().filter((c) => onlyCorpus === undefined || c.name === onlyCorpus);
  const clean = new Map<string, CleanResult>();
  const recall = new Map<DriftKind, Map<string, RecallCell>>(kinds.map((k) => [k, new Map()]));

  for (const corpus of corpora) {
    const docs = corpus.docs.slice(0, limit);
    const pools = buildPools(corpus.docs);
    const result: CleanResult = { pairs: 0, docs: docs.length, flaggedDocs: 0, warnings: 0, referenceErrors: 0, families: new Map() };
    for (const doc of docs) {
      const findings = await findingsOf(doc.source, doc.target, embedder);
      const alarms = findings.filter(isWarningOrWorse);
      result.pairs += doc.gold.length;
      result.warnings += alarms.length;
      if (alarms.length > 0) result.flaggedDocs += 1;
      for (const f of alarms) {
        const referenceError = referenceErrorOf(corpus.name, doc.docId, findingFamily(f), f.message);
        if (referenceError !== undefined) {
          result.referenceErrors += 1;
          if (showFamily === 'all') process.stdout.write(`  [clean ${corpus.name} ${doc.docId}] reference error (${referenceError.reason}): ${f.message}\n`);
          continue;
        }
        result.families.set(findingFamily(f), (result.families.get(findingFamily(f)) ?? 0) + 1);
        if (showFamily === 'all' || showFamily === findingFamily(f) || showFamily === f.kind) {
          process.stdout.write(`  [clean ${corpus.name} ${doc.docId}] ${describeFinding(f, doc.source, doc.target)}\n`);
        }
      }
      const eligible = cleanLinks(findings);
      for (const kind of kinds) {
        for (const seed of seeds) {
          const injection = inject(kind, doc, pools, seed, eligible);
          if (injection === null) continue;
          const cell = recall.get(kind)!.get(corpus.name) ?? { injected: 0, caught: 0 };
          const after = await findingsOf(injection.source, injection.target, embedder);
          const hit = caught(injection, after);
          cell.injected += 1;
          if (hit !== undefined) cell.caught += 1;
          const print = showMisses === 'all' || showMisses === kind;
          if (print && CLEAN_EDIT_KINDS.has(kind) && hit !== undefined) {
            process.stdout.write(`  [false alarm ${kind} ${corpus.name} ${doc.docId}] ${injection.description}\n    ${describeFinding(hit, injection.source, injection.target)}\n`);
          } else if (print && !CLEAN_EDIT_KINDS.has(kind) && hit === undefined) {
            process.stdout.write(`  [miss ${kind} ${corpus.name} ${doc.docId} seed ${seed}] ${injection.description}\n    source: ${injection.sourceIds.map((id) => injection.source[id]).join(' ')}\n`);
          }
          recall.get(kind)!.set(corpus.name, cell);
        }
      }
    }
    clean.set(corpus.name, result);
  }

  const names = corpora.map((c) => c.name);
  printRecall(kinds.filter((kind) => !CLEAN_EDIT_KINDS.has(kind)), recall, names);
  printClean(clean);
  printCleanEdits(kinds.filter((kind) => CLEAN_EDIT_KINDS.has(kind)), recall, names);
  if (kinds.some((kind) => kind.startsWith('negation'))) printTatoeba(showFamily === 'negation' || showFamily === 'all');
  process.stdout.write(`\nseeds ${seeds.join(',')}; ${((performance.now() - started) / 1000).toFixed(0)} s (timing is noisy on a shared machine)\n`);
}

/** Clean edits: the share of edited pairs with a warning+ finding (all false alarms). */
function printCleanEdits(kinds: readonly DriftKind[], recall: Map<DriftKind, Map<string, RecallCell>>, corpora: readonly string[]): void {
  if (kinds.length === 0) return;
  process.stdout.write('\nTranslator splits and merges, no drift: share of edited pairs with a warning+ finding (target 0)\n');
  process.stdout.write(`kind                 ${corpora.map((c) => c.padEnd(15)).join(' ')} all\n`);
  for (const kind of kinds) {
    const row = recall.get(kind)!;
    const all = [...row.values()].reduce((a, c) => ({ injected: a.injected + c.injected, caught: a.caught + c.caught }), { injected: 0, caught: 0 });
    process.stdout.write(`${kind.padEnd(20)} ${corpora.map((c) => ratio(row.get(c)).padEnd(15)).join(' ')} ${ratio(all)}\n`);
  }
}

function describeFinding(f: Finding, source: readonly string[], target: readonly string[]): string {
  const src = f.sourceIds.map((id) => source[id]).join(' ⏎ ');
  const tgt = f.targetIds.map((id) => target[id]).join(' ⏎ ');
  return `${findingFamily(f)}: ${f.message}\n      EN: ${src}\n      IT: ${tgt}`;
}

function ratio(cell: RecallCell | undefined): string {
  if (cell === undefined || cell.injected === 0) return '     –      ';
  return `${(cell.caught / cell.injected).toFixed(2)} (${String(cell.caught).padStart(3)}/${String(cell.injected).padEnd(3)})`;
}

function printRecall(kinds: readonly DriftKind[], recall: Map<DriftKind, Map<string, RecallCell>>, corpora: readonly string[]): void {
  process.stdout.write(`Recall (a warning+ finding on the edited pair), target ≥ ${RECALL_TARGET}\n`);
  process.stdout.write(`kind                 ${corpora.map((c) => c.padEnd(15)).join(' ')} all             ok\n`);
  for (const kind of kinds) {
    const row = recall.get(kind)!;
    const all = [...row.values()].reduce((a, c) => ({ injected: a.injected + c.injected, caught: a.caught + c.caught }), { injected: 0, caught: 0 });
    const ok = all.injected > 0 && all.caught / all.injected >= RECALL_TARGET ? 'yes' : 'NO';
    const note = FIGURE_LEVEL_KINDS.has(kind) ? ' (figure-level)' : '';
    process.stdout.write(`${kind.padEnd(20)} ${corpora.map((c) => ratio(row.get(c)).padEnd(15)).join(' ')} ${ratio(all).padEnd(15)} ${ok}${note}\n`);
  }
}

function printClean(clean: Map<string, CleanResult>): void {
  process.stdout.write('\nFalse alarms on clean, unmodified documents (warning+ findings that are not verified reference errors)\n');
  process.stdout.write('corpus  docs  pairs  warning+  ref. errors  false  per 1,000 (target)  docs flagged\n');
  for (const [name, r] of clean) {
    const falseAlarms = r.warnings - r.referenceErrors;
    const per1000 = (falseAlarms / r.pairs) * 1000;
    const target = FALSE_ALARM_TARGET[name];
    const ok = target === undefined ? '' : per1000 <= target ? ' ok' : ' NO';
    process.stdout.write(
      `${name.padEnd(7)} ${String(r.docs).padStart(4)} ${String(r.pairs).padStart(6)} ${String(r.warnings).padStart(9)} ${String(r.referenceErrors).padStart(12)} ${String(falseAlarms).padStart(6)}  ${per1000.toFixed(1).padStart(9)} (≤ ${target ?? '?'})${ok}  ${((r.flaggedDocs / r.docs) * 100).toFixed(1).padStart(8)}%\n`,
    );
    const families = [...r.families].sort((a, b) => b[1] - a[1]).map(([family, n]) => `${family} ${n}`);
    if (families.length > 0) process.stdout.write(`        false alarms by family: ${families.join(', ')}\n`);
  }
  process.stdout.write('        (all warnings per 1,000, reference errors included: ' +
    [...clean].map(([name, r]) => `${name} ${((r.warnings / r.pairs) * 1000).toFixed(1)}`).join(', ') + ')\n');
}

function printTatoeba(show: boolean): void {
  const result = tatoebaNegation();
  process.stdout.write(
    `\nNegation warnings on clean Tatoeba en–it pairs (each pair compared alone): ${result.warnings.length} of ${result.pairs} pairs ` +
      `(${((result.warnings.length / result.pairs) * 1000).toFixed(1)} per 1,000; ${result.negated} pairs have a negator)\n`,
  );
  if (show) for (const { en, it } of result.warnings) process.stdout.write(`  [tatoeba] EN: ${en}\n            IT: ${it}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`eval-drift: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
