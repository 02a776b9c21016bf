/**
 * Alignment at scale: long documents built by concatenating NTREX (perturbed at a different seed
 * on every pass, so passes are not copies) and EPTIC documents, 1k, 10k and 100k sentences per
 * side. Each size runs in a fresh process, twice: with the lexical embedder (embedding included)
 * and on pre-computed vectors (the alignment alone). Prints wall time, peak RSS, the strict F1 of
 * the long alignment against the concatenated gold, and the 10k/1k and 100k/10k time ratios.
 *
 *   npm run bench -- align            all sizes
 *   tsx scripts/bench/align.ts 1000   one size, both modes
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../../src/align/index.js';
import { createLexicalEmbedder } from '../../src/embed/lexical/index.js';
import type { Embedder } from '../../src/types.js';
import { countBeads, strictScore } from '../lib/align-metrics.js';
import { presplitSentences } from '../lib/align-corpora.js';
import { buildLongDocument, type LongDoc } from '../lib/bench-docs.js';

const SIZES = [1_000, 10_000, 100_000];

interface Measurement {
  size: number;
  mode: 'embed+align' | 'align';
  sourceSentences: number;
  targetSentences: number;
  seconds: number;
  /** CPU seconds of this process (user + system): wall time minus waiting for a busy machine. */
  cpuSeconds: number;
  peakRssMb: number;
  strictF1: number;
  coarseLevels: number;
  cells: number;
}

/** Serves vectors computed beforehand, so that only the alignment is timed. */
async function precomputed(base: Embedder, doc: LongDoc): Promise<Embedder> {
  const vectors = new Map<string, Float32Array>();
  for (const [texts, lang] of [[doc.source, 'en'], [doc.target, 'it']] as const) {
    const unique = [...new Set(texts)];
    const embedded = await base.embed(unique, lang);
    unique.forEach((text, i) => vectors.set(`${lang}\u0000${text}`, embedded[i]));
  }
  return {
    name: `${base.name} (precomputed)`,
    dimension: base.dimension,
    additive: base.additive,
    embed: async (texts, lang) => texts.map((text) => vectors.get(`${lang}\u0000${text}`)!),
  };
}

async function measure(size: number, mode: Measurement['mode']): Promise<Measurement> {
  const doc = buildLongDocument(size);
  const lexical = createLexicalEmbedder();
  const embedder = mode === 'align' ? await precomputed(lexical, doc) : lexical;
  const source = { sentences: presplitSentences(doc.source), lang: 'en' };
  const target = { sentences: presplitSentences(doc.target, 'it'), lang: 'it' };
  // Warm the JIT on a small, different text, so that the time of every size is steady-state work
  // (otherwise start-up dominates the 1k run and the ratios understate growth).
  const warmUp = buildLongDocument(300);
  await alignSentences(
    { sentences: presplitSentences(warmUp.source.map((s) => `${s} `)), lang: 'en' },
    { sentences: presplitSentences(warmUp.target.map((s) => `${s} `), 'it'), lang: 'it' },
    { embedder: lexical, fullTableCells: 10_000 },
  );
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = await alignSentences(source, target, { embedder });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  return {
    size,
    mode,
    sourceSentences: doc.source.length,
    targetSentences: doc.target.length,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    strictF1: strictScore(countBeads(result.beads, doc.gold)).f1,
    coarseLevels: result.coarseLevels,
    cells: result.cells,
  };
}

function runChild(size: number, mode: Measurement['mode']): Measurement {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=4096', fileURLToPath(import.meta.url), '--child', String(size), mode],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (child.status !== 0) throw new Error(`bench child for ${size} (${mode}) failed with status ${child.status}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as Measurement;
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const size = Number(process.argv[childAt + 1]);
    const mode = process.argv[childAt + 2] as Measurement['mode'];
    process.stdout.write(`${JSON.stringify(await measure(size, mode))}\n`);
    return;
  }
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows: Measurement[] = [];
  process.stdout.write(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores\n`);
  process.stdout.write('sentences (en × it)    mode          wall        CPU     peak RSS   levels   DP cells    strict F1\n');
  for (const size of sizes.length ? sizes : SIZES) {
    for (const mode of ['embed+align', 'align'] as const) {
      const m = runChild(size, mode);
      rows.push(m);
      process.stdout.write(
        `${`${m.sourceSentences} × ${m.targetSentences}`.padEnd(22)} ${m.mode.padEnd(12)} ${m.seconds.toFixed(2).padStart(7)} s ${m.cpuSeconds.toFixed(2).padStart(7)} s ` +
          `${m.peakRssMb.toFixed(0).padStart(7)} MB ${String(m.coarseLevels).padStart(7)} ${String(m.cells).padStart(11)}   ${m.strictF1.toFixed(3)}\n`,
      );
    }
  }
  for (const mode of ['embed+align', 'align'] as const) {
    for (const clock of ['wall', 'CPU'] as const) {
      const time = (size: number): number | undefined => {
        const row = rows.find((r) => r.size === size && r.mode === mode);
        return clock === 'wall' ? row?.seconds : row?.cpuSeconds;
      };
      const ratios = [
        [10_000, 1_000],
        [100_000, 10_000],
      ]
        .filter(([a, b]) => time(a) !== undefined && time(b) !== undefined)
        .map(([a, b]) => `${a / 1000}k/${b / 1000}k = ${(time(a)! / time(b)!).toFixed(1)}`);
      if (ratios.length) {
        process.stdout.write(`${clock} time ratios (${mode}): ${ratios.join(', ')}  (linear ≈ 10, quadratic ≈ 100)\n`);
      }
    }
  }
}

await main();
