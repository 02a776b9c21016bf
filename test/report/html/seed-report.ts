/** The seed pair's report (fixtures/binance/en.txt ↔ it.txt) as the HTML report tests use it. */
import { readFileSync } from 'node:fs';
import { alignTexts } from '../../../src/index.js';
import type { AlignmentReport } from '../../../src/types.js';

const root = new URL('../../../', import.meta.url);

export function loadReportFixture(name: string): AlignmentReport {
  return JSON.parse(readFileSync(new URL(`fixtures/report/${name}.json`, root), 'utf8')) as AlignmentReport;
}

/** Aligns the seed pair through the real pipeline with the default offline embedder. */
export async function loadSeedReport(): Promise<AlignmentReport> {
  const read = (name: string): string => readFileSync(new URL(`fixtures/binance/${name}`, root), 'utf8');
  return alignTexts(read('en.txt'), read('it.txt'), {
    sourcePath: 'fixtures/binance/en.txt',
    targetPath: 'fixtures/binance/it.txt',
  });
}

/**
 * The seed pair with an edited translation (fixtures/report/binance-edited.it.txt): currency and
 * value changed, a figure dropped, two sentences merged, one sentence dropped and one added.
 */
export async function loadEditedReport(): Promise<AlignmentReport> {
  const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
  return alignTexts(read('fixtures/binance/en.txt'), read('fixtures/report/binance-edited.it.txt'), {
    sourcePath: 'fixtures/binance/en.txt',
    targetPath: 'fixtures/report/binance-edited.it.txt',
  });
}
