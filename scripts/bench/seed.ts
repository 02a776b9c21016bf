/**
 * Wall time of the installed CLI on the seed pair, Node start-up included (target: < 0.5 s).
 * Uses the built dist/ (run `npm run build` after changing src/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'dist', 'cli', 'run.js'))) {
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const runs = 10;
const args = [join(root, 'bin', 'align.js'), 'fixtures/binance/en.txt', 'fixtures/binance/it.txt'];
const times: number[] = [];
for (let i = 0; i < runs + 1; i += 1) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0 && result.status !== 1) {
    process.stderr.write(result.stderr);
    throw new Error(`align exited ${String(result.status)}`);
  }
  if (i > 0) times.push(seconds); // the first run warms the file-system cache
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`align on the seed pair (${runs} runs, table output, Node start-up included)`);
console.log(`  min ${times[0]!.toFixed(3)} s · median ${median.toFixed(3)} s · max ${times.at(-1)!.toFixed(3)} s · target < 0.500 s`);
