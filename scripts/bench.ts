/**
 * Runs every benchmark in scripts/bench/ in its own Node process (so memory numbers are not
 * polluted by the previous benchmark) and lets each print its own numbers.
 * `npm run bench -- figures align` runs only the named ones.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const wanted = process.argv.slice(2);
const benches = readdirSync(benchDir)
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .filter((file) => wanted.length === 0 || wanted.includes(file.replace(/\.ts$/, '')));

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n=== bench: ${file.replace(/\.ts$/, '')} ===\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(benchDir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
