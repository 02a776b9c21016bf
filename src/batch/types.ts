import type { AlignmentReport, Severity } from '../types.js';

/** One article pair to check: paths as the user wrote them (manifest entry or matched files). */
export interface PairSpec {
  /** A short name for the pair, e.g. the shared file stem (`slug`) or `source ↔ target`. */
  id: string;
  source: string;
  target: string;
  /** This pair's languages (manifest `from`/`to`); otherwise `--from`/`--to`, else detected. */
  from?: string;
  to?: string;
}

/** What came of one pair: a report, or an input error that stopped only this pair. */
export interface PairOutcome {
  pair: PairSpec;
  report?: AlignmentReport;
  /** One line, naming the file and the problem (same wording as the single-pair CLI). */
  error?: string;
  durationMs: number;
  /** Findings hidden because the baseline already knows them. */
  baselineKnown?: number;
  /** Findings hidden by config suppressions. */
  suppressed?: number;
  /** Doubts the pipeline raised without failing the pair (e.g. an unsure language detection). */
  warnings?: string[];
}

export interface BatchResult {
  outcomes: PairOutcome[];
  jobs: number;
  durationMs: number;
}

export type FailOn = Severity | 'never';
