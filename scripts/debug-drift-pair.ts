/**
 * `npx tsx scripts/debug-drift-pair.ts KIND DOC_ID [SEED]`: replays one injection of
 * `npm run eval:drift` and prints the edited pair, its findings and what the name check sees.
 */
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import { compareNames, documentNameKeys, namesInSentence } from '../src/names/index.js';
import { buildPools, inject, type DriftKind } from './lib/drift-inject.js';
import { cleanLinks, findingsOf, loadDriftCorpora } from './lib/drift-run.js';

async function main(): Promise<void> {
  const [kind, docId, seedText] = process.argv.slice(2);
  if (kind === undefined || docId === undefined) throw new Error('usage: debug-drift-pair KIND DOC_ID [SEED]');
  const embedder = createLexicalEmbedder();
  for (const corpus of loadDriftCorpora()) {
    const doc = corpus.docs.find((d) => d.docId === docId);
    if (doc === undefined) continue;
    const before = await findingsOf(doc.source, doc.target, embedder);
    const injection = inject(kind as DriftKind, doc, buildPools(corpus.docs), Number(seedText ?? '1'), cleanLinks(before));
    if (injection === null) throw new Error('no injection');
    const after = await findingsOf(injection.source, injection.target, embedder);
    process.stdout.write(`${injection.description}\n`);
    const source = injection.sourceIds.map((id) => injection.source[id]).join(' ');
    const target = injection.targetIds.map((id) => injection.target[id]).join(' ');
    process.stdout.write(`EN: ${source}\nIT: ${target}\n`);
    for (const f of after.filter((x) => x.sourceIds.some((id) => injection.sourceIds.includes(id)) || x.targetIds.some((id) => injection.targetIds.includes(id)))) {
      process.stdout.write(`  ${f.severity} ${f.kind} [${f.sourceIds}|${f.targetIds}]: ${f.message}\n`);
    }
    const sourceKeys = documentNameKeys(injection.source, 'en');
    const targetKeys = documentNameKeys(injection.target, 'it');
    process.stdout.write(`names EN: ${namesInSentence(source, 'en', sourceKeys).map((n) => n.text).join(' | ')}\n`);
    process.stdout.write(`names IT: ${namesInSentence(target, 'it', targetKeys).map((n) => n.text).join(' | ')}\n`);
    const cmp = compareNames({ text: source, lang: 'en', documentKeys: sourceKeys }, { text: target, lang: 'it', documentKeys: targetKeys });
    process.stdout.write(`missing: ${cmp.missing.map((n) => n.text).join(' | ')}\nunexpected: ${cmp.unexpected.map((n) => n.text).join(' | ')}\nunmetCapitalised: ${cmp.unmetCapitalised.join(' | ')}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
