import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let dataDir: string | undefined;

/**
 * A path inside the package's data/ folder. Found by walking up from this module, so it works from
 * src/ (tests, tsx), dist/ (the library) and dist/bundle/ (the bundled CLI) alike.
 */
export function packageDataPath(...segments: string[]): string {
  if (dataDir === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'data', 'lexicon')) && dirname(dir) !== dir) dir = dirname(dir);
    dataDir = join(dir, 'data');
  }
  return join(dataDir, ...segments);
}
