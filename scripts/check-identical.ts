/**
 * Proves that a change meant to be behaviour-neutral (speed work: lazy loading, the lexicon's file
 * format, bundling, hot-spot fixes) leaves the CLI's outputs byte for byte as they were.
 *
 * It runs the CLI's `main` in-process over every pair of the NTREX en–it (123 articles) and EPTIC
 * it→en (82 speeches) sets in ../shared, in three modes (plain text with segmentation, `--presplit`
 * one sentence per line, and the same pairs the other way round), formats JSON and SARIF (the
 * findings), and records a SHA-256 per output in a digest file. It then compares two digest files.
 *
 *   npx tsx scripts/check-identical.ts --rev <git-rev>   build <git-rev> in a temporary folder and
 *                                                          record its digests
 *   npx tsx scripts/check-identical.ts                    build the working tree (npm run build) and
 *                                                          compare it with the reference digests
 *   options: --against <git-rev> (default BASELINE_REV below), --keep (keep the temporary build),
 *            --cached-bundle (run the working tree's code-cached script, dist/bundle/align.cjs,
 *            which bin/align.js runs for text alignments, instead of the ES bundle)
 *
 * Digest files go to bench-results/identical-<rev>.json (the working tree's to identical-worktree.json).
 *
 * Which reference? Other engineers change findings on purpose (figure semantics, drift kinds), so
 * "identical to main today" is not the test. The reference is main at the moment the speed branch
 * was cut (BASELINE_REV); run it before merging main into the branch. After merging main, compare
 * against the merged main commit instead (`--against $(git rev-parse main)`), which isolates this
 * branch's own changes again.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** main when the speed branch (session 3: speed2) was cut. */
const BASELINE_REV = 'bf07a48';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const resultsDir = join(root, 'bench-results');

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface Pair {
  id: string;
  source: { lang: string; sentences: string[] };
  target: { lang: string; sentences: string[] };
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function corpusPairs(): Pair[] {
  const ntrex = readJsonl<{ doc_id: string; en: string[]; it: string[] }>(join(shared, 'corpora/ntrex-en-it/ntrex_en_it_docs.jsonl'));
  const eptic = readJsonl<{ doc_id: string; en_sentences: string[]; it_sentences: string[] }>(
    join(shared, 'corpora/eptic-it2en/eptic_it2en_docs.jsonl'),
  );
  return [
    ...ntrex.map((doc) => ({ id: `ntrex/${doc.doc_id}`, source: { lang: 'en', sentences: doc.en }, target: { lang: 'it', sentences: doc.it } })),
    ...eptic.map((doc) => ({
      id: `eptic/${doc.doc_id}`,
      source: { lang: 'it', sentences: doc.it_sentences },
      target: { lang: 'en', sentences: doc.en_sentences },
    })),
  ];
}

interface Capture {
  write(chunk: string): boolean;
  text: string;
  columns: number;
  isTTY: boolean;
}

function capture(): Capture {
  return {
    text: '',
    columns: 120,
    isTTY: false,
    write(chunk: string) {
      this.text += chunk;
      return true;
    },
  };
}

type Main = (params: Record<string, unknown>) => Promise<number>;

/** `main` of the code-cached script, loaded as bin/align.js loads it. */
async function cachedBundleMain(buildDir: string): Promise<{ main: Main }> {
  const loader = (await import(pathToFileURL(join(buildDir, 'bin/cached-bundle.js')).href)) as {
    loadCachedBundle(): { exports: { main: Main } };
  };
  return loader.loadCachedBundle().exports;
}

async function digests(buildDir: string): Promise<Record<string, string>> {
  // The bundled CLI when the build has one (what bin/align.js runs), else the unbundled dist/.
  const bundle = join(buildDir, 'dist/bundle/align.js');
  const cached = process.argv.includes('--cached-bundle') && buildDir === root;
  const entry = cached ? join(buildDir, 'dist/bundle/align.cjs') : existsSync(bundle) ? bundle : join(buildDir, 'dist/cli/main.js');
  const { main } = cached ? await cachedBundleMain(buildDir) : ((await import(pathToFileURL(entry).href)) as { main: Main });
  process.stderr.write(`check-identical: running ${entry}\n`);
  const work = mkdtempSync(join(tmpdir(), 'align-identical-'));
  const result: Record<string, string> = {};
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);
  try {
    for (const pair of corpusPairs()) {
      const files = {
        'source.txt': pair.source.sentences.join(' '),
        'target.txt': pair.target.sentences.join(' '),
        'source.lines.txt': pair.source.sentences.join('\n'),
        'target.lines.txt': pair.target.sentences.join('\n'),
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(work, name), `${text}\n`);
      const modes: Array<[string, string[]]> = [
        ['text', ['source.txt', 'target.txt']],
        ['presplit', ['--presplit', 'source.lines.txt', 'target.lines.txt']],
        ['reversed', ['target.txt', 'source.txt']],
      ];
      for (const [mode, args] of modes) {
        for (const format of ['json', 'sarif']) {
          const stdout = capture();
          const stderr = capture();
          const code = await main({
            argv: ['-f', format, '--fail-on', 'never', ...args],
            stdin: (async function* () {})(),
            stdout,
            stderr,
            env: { NO_COLOR: '1' },
            cwd: work,
          });
          result[`${pair.id} ${mode} ${format}`] = `${code} ${sha(stdout.text)} ${sha(stderr.text)}`;
        }
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

/** Builds a git revision's dist/ in a temporary folder that shares this checkout's node_modules. */
function buildRevision(rev: string): string {
  const dir = mkdtempSync(join(tmpdir(), `align-rev-${rev}-`));
  const archive = spawnSync('git', ['archive', rev], { cwd: root, maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive ${rev} failed: ${archive.stderr.toString()}`);
  execFileSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

async function main(): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  const rev = argument('--rev');
  if (rev !== undefined) {
    const commit = execFileSync('git', ['rev-parse', '--short', rev], { cwd: root, encoding: 'utf8' }).trim();
    const dir = buildRevision(commit);
    try {
      const file = join(resultsDir, `identical-${commit}.json`);
      writeFileSync(file, `${JSON.stringify(await digests(dir), null, 1)}\n`);
      process.stderr.write(`check-identical: recorded ${file}\n`);
    } finally {
      if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  const against = execFileSync('git', ['rev-parse', '--short', argument('--against') ?? BASELINE_REV], { cwd: root, encoding: 'utf8' }).trim();
  const referenceFile = join(resultsDir, `identical-${against}.json`);
  if (!existsSync(referenceFile)) {
    process.stderr.write(`check-identical: no digests for ${against} yet; recording them first\n`);
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--rev', against], { cwd: root, stdio: 'inherit' });
  }
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const current = await digests(root);
  writeFileSync(join(resultsDir, 'identical-worktree.json'), `${JSON.stringify(current, null, 1)}\n`);
  const reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as Record<string, string>;
  const keys = [...new Set([...Object.keys(reference), ...Object.keys(current)])].sort();
  const differing = keys.filter((key) => reference[key] !== current[key]);
  for (const key of differing.slice(0, 30)) process.stdout.write(`differs: ${key}\n`);
  process.stdout.write(
    `check-identical: ${keys.length - differing.length}/${keys.length} outputs identical to ${against} ` +
      `(${corpusPairs().length} pairs × 3 modes × json, sarif)\n`,
  );
  process.exitCode = differing.length === 0 ? 0 : 1;
}

await main();
