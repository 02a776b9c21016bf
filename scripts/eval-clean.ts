/**
 * `npm run eval:clean`: every kind of warning+ finding (figures, names, negation, omissions,
 * additions, low similarity …) on the clean, professional NTREX-128 translations in ../shared, one
 * language paired with English at a time. eval:figures counts figure findings only; this is what a
 * CI gate would see on clean copy. A pair counts once however many findings it has. Pairs that are
 * verified errors of the reference translation (scripts/lib/figure-reference-errors.ts) are
 * flagged rightly; the rate without them is printed too.
 *
 * Usage: npm run eval:clean [-- --lang fr] [--show KIND|all]
 */
import { createLexicalEmbedder } from '../src/embed/lexical/index.js';
import { alignTexts } from '../src/pipeline.js';
import { figureReferenceError } from './lib/figure-reference-errors.js';
import { NTREX_LANGUAGES, readNtrex } from './lib/align-corpora.js';
import type { LanguageCode } from '../src/types.js';

const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const langs = argValue('--lang')?.split(',') ?? ['it', 'fr', 'de', 'es', 'pt'];
const show = argValue('--show');
const embedder = createLexicalEmbedder();

console.log('Clean NTREX pairs with a warning+ finding of any kind (target for each language: ≤ 1%)');
for (const lang of langs) {
  if (!NTREX_LANGUAGES.includes(lang as LanguageCode)) {
    console.log(`  en↔${lang}: no NTREX corpus (have: ${NTREX_LANGUAGES.join(', ')})`);
    continue;
  }
  const docs = readNtrex(lang as LanguageCode);
  let pairs = 0;
  const flagged = new Set<string>();
  const referenceErrors = new Set<string>();
  const byKind = new Map<string, number>();
  for (const doc of docs) {
    const source = doc.en;
    const target = doc.target;
    pairs += source.length;
    const report = await alignTexts(source.join('\n'), target.join('\n'), { from: 'en', to: lang, presplit: true, embedder });
    for (const finding of report.findings) {
      if (finding.severity === 'info') continue;
      const key = `${doc.docId}#${finding.sourceIds.join('+')}/${finding.targetIds.join('+')}`;
      flagged.add(key);
      if (finding.sourceIds.some((id) => figureReferenceError(lang, `${doc.docId}#${id}`) !== undefined)) referenceErrors.add(key);
      byKind.set(finding.kind, (byKind.get(finding.kind) ?? 0) + 1);
      if (show === 'all' || show === finding.kind) {
        console.log(`    [${lang} ${doc.docId}] ${finding.kind}: ${finding.message}`);
        console.log(`      EN: ${finding.sourceIds.map((id) => source[id]).join(' ')}`);
        console.log(`      ${lang.toUpperCase()}: ${finding.targetIds.map((id) => target[id]).join(' ')}`);
      }
    }
  }
  const kinds = [...byKind].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${kind} ${count}`).join(', ');
  const rate = (100 * flagged.size) / pairs;
  const falseRate = (100 * (flagged.size - referenceErrors.size)) / pairs;
  console.log(
    `  en↔${lang}: ${flagged.size}/${pairs} pairs flagged (${rate.toFixed(2)}%), ${referenceErrors.size} of them verified reference errors; ` +
      `without them ${falseRate.toFixed(2)}% ${falseRate <= 1 ? 'ok' : 'NO'}; findings by kind: ${kinds}`,
  );
}
