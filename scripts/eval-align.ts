/**
 * `npm run eval:align`: strict and lax P/R/F1 of the aligner with the default embedder on
 *   - EPTIC it→en (pre-split sentences, hand-checked gold with merges and splits),
 *   - NTREX-128 en–it with synthetic perturbations of the Italian side (fixed seeds),
 *   - NTREX-128 unperturbed (1:1 gold),
 * plus the per-bead-type confusion. Options: `--only eptic,ntrex-perturbed,ntrex`, `--seeds 1,2,3`,
 * `--rates merge=0.08,split=0.08,delete=0.06,insert=0.06`, `--scoring '{"skipPenalty":0.4}'`,
 * `--max-bead-size 2`, `--json`.
 * `--lang fr` evaluates NTREX en–fr (or de, es, pt, it) instead of en–it (EPTIC is it→en only, so
 * it is skipped); `--lang it --source fr` pairs the Italian and French translations of the same
 * NTREX articles (the hub test: no English text on either side).
 */
import type { AlignOptions } from '../src/align/index.js';
import { laxScore, strictScore } from './lib/align-metrics.js';
import { DEFAULT_RATES } from './lib/perturb.js';
import { evaluate, loadEmbedder, loadEptic, loadNtrex, loadNtrexPerturbed, type SetResult } from './lib/align-corpora.js';

function argValue(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const fmt = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const only = (argValue('--only') ?? 'eptic,ntrex-perturbed,ntrex').split(',');
  const seeds = (argValue('--seeds') ?? '1,2,3').split(',').map(Number);
  const scoring = argValue('--scoring');
  const maxBeadSize = argValue('--max-bead-size');
  const json = process.argv.includes('--json');
  const rates = argValue('--rates');
  const perturbRates = rates
    ? { ...DEFAULT_RATES, ...Object.fromEntries(rates.split(',').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])) }
    : DEFAULT_RATES;
  const lang = argValue('--lang') ?? 'it';
  const sourceLang = argValue('--source') ?? 'en';
  const langs = { source: sourceLang, target: lang };
  const pairName = `${sourceLang}–${lang}`;
  const embedder = await loadEmbedder();
  const options: AlignOptions = {
    embedder,
    ...(scoring ? { scoring: JSON.parse(scoring) as AlignOptions['scoring'] } : {}),
    ...(maxBeadSize ? { maxBeadSize: Number(maxBeadSize) as 2 | 3 | 4 } : {}),
  };

  const results: SetResult[] = [];
  const isItalianPair = lang === 'it' && sourceLang === 'en';
  if (only.includes('eptic') && isItalianPair) results.push(await evaluate('EPTIC it→en (pre-split)', loadEptic(), options));
  if (only.includes('ntrex-perturbed')) {
    for (const seed of seeds) {
      const docs = loadNtrexPerturbed(seed, perturbRates, lang, sourceLang);
      results.push(await evaluate(`NTREX ${pairName} perturbed, seed ${seed}`, docs, options, langs));
    }
  }
  if (only.includes('ntrex')) results.push(await evaluate(`NTREX ${pairName} unperturbed (1:1)`, loadNtrex(lang, sourceLang), options, langs));

  if (json) {
    process.stdout.write(
      `${JSON.stringify(results.map((r) => ({ name: r.name, strict: strictScore(r.counts), lax: laxScore(r.counts), counts: r.counts })))}\n`,
    );
    return;
  }
  process.stdout.write(
    `embedder: ${embedder.name}; max bead size: ${maxBeadSize ?? 'library default'}; ` +
      `perturbation rates: ${Object.entries(perturbRates).map(([k, v]) => `${k} ${v}`).join(', ')}\n\n`,
  );
  process.stdout.write('data                                   docs  gold  pred   strict P/R/F1         lax P/R/F1        time\n');
  for (const r of results) {
    const s = strictScore(r.counts);
    const l = laxScore(r.counts);
    process.stdout.write(
      `${r.name.padEnd(38)} ${String(r.docs).padStart(4)} ${String(r.counts.gold).padStart(5)} ${String(r.counts.predicted).padStart(5)}   ` +
        `${fmt(s.precision)} ${fmt(s.recall)} ${fmt(s.f1)}   ${fmt(l.precision)} ${fmt(l.recall)} ${fmt(l.f1)}   ${r.seconds.toFixed(1)}s\n`,
    );
  }
  process.stdout.write('\nbead score < 0.5 (what drift reports as low-similarity), among pairing beads:\n');
  for (const r of results) {
    const { correct, correctLow, wrong, wrongLow } = r.lowScore;
    process.stdout.write(`  ${r.name.padEnd(38)} correct beads ${correctLow}/${correct} low; wrong beads ${wrongLow}/${wrong} low\n`);
  }
  for (const r of results) {
    process.stdout.write(`\nconfusion — ${r.name} (gold bead type → what was predicted over its sentences)\n`);
    for (const [goldShape, row] of [...r.confusion].sort()) {
      const total = [...row.values()].reduce((a, b) => a + b, 0);
      const exact = row.get('exact') ?? 0;
      const misses = [...row].filter(([k]) => k !== 'exact').sort((a, b) => b[1] - a[1]);
      const shown = misses.slice(0, 6).map(([k, v]) => `${k} ×${v}`).join(', ');
      process.stdout.write(`  ${goldShape.padEnd(4)} ${String(exact).padStart(4)}/${String(total).padEnd(4)} exact${shown ? `; else ${shown}` : ''}\n`);
    }
  }
}

await main();
