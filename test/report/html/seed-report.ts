/** The seed pair's report (fixtures/binance/en.txt ↔ it.txt) as the HTML report tests use it. */
import { readFileSync } from 'node:fs';
import type { AlignmentReport } from '../../../src/types.js';

const root = new URL('../../../', import.meta.url);

export function loadReportFixture(name: string): AlignmentReport {
  return JSON.parse(readFileSync(new URL(`fixtures/report/${name}.json`, root), 'utf8')) as AlignmentReport;
}

export async function loadSeedReport(): Promise<AlignmentReport> {
  return loadReportFixture('binance');
}
