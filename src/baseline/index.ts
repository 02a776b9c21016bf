import type { AlignmentReport, Finding } from '../types.js';
import { replaceFindings } from '../suppress/index.js';

/**
 * A baseline records the findings a team has accepted, so CI fails only on new ones. Entries are
 * matched by the finding's fingerprint (built from kind, figures and the sentences' own text, never
 * from line numbers) within the same article pair, so edits elsewhere in a story keep them valid.
 */
export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Source and target paths relative to the baseline file, `/`-separated. */
  source: string;
  target: string;
  fingerprint: string;
  kind: Finding['kind'];
  /** For people reading the file in review; not used for matching. */
  message: string;
}

export interface Baseline {
  tool: 'article-align';
  baselineVersion: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** Parses and checks a baseline file's JSON; `label` names the file in errors. */
export function parseBaseline(text: string, label: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new BaselineError(`${label}: invalid JSON (${(error as Error).message})`);
  }
  const candidate = raw as Partial<Baseline> | null;
  if (candidate === null || typeof candidate !== 'object' || !Array.isArray(candidate.findings)) {
    throw new BaselineError(`${label}: not an article-align baseline (no "findings" list)`);
  }
  if (candidate.baselineVersion !== BASELINE_VERSION) {
    throw new BaselineError(`${label}: baselineVersion ${String(candidate.baselineVersion)} is not supported (expected ${BASELINE_VERSION})`);
  }
  candidate.findings.forEach((entry, index) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (e === null || typeof e !== 'object' || typeof e.fingerprint !== 'string' || typeof e.source !== 'string' || typeof e.target !== 'string') {
      throw new BaselineError(`${label}: findings[${index}] needs string "source", "target" and "fingerprint"`);
    }
  });
  return candidate as Baseline;
}

/** Pair paths as the baseline stores them (see `BaselineEntry`); the caller relativises. */
export interface PairPaths {
  source: string;
  target: string;
}

export interface BaselineMatcher {
  /** Splits a report's findings into new ones (kept in the returned report) and known ones. */
  apply(report: AlignmentReport, paths: PairPaths): { report: AlignmentReport; known: Finding[] };
}

export function createBaselineMatcher(baseline: Baseline): BaselineMatcher {
  const known = new Map<string, Set<string>>();
  for (const entry of baseline.findings) {
    const key = pairKey(entry.source, entry.target);
    const set = known.get(key) ?? new Set<string>();
    set.add(entry.fingerprint);
    known.set(key, set);
  }
  return {
    apply(report, paths) {
      const fingerprints = known.get(pairKey(paths.source, paths.target));
      if (fingerprints === undefined) return { report, known: [] };
      const kept: Finding[] = [];
      const accepted: Finding[] = [];
      for (const finding of report.findings) (fingerprints.has(finding.fingerprint) ? accepted : kept).push(finding);
      return { report: replaceFindings(report, kept), known: accepted };
    },
  };
}

/**
 * The baseline for `--update-baseline`: the current findings of every checked pair, plus the old
 * entries of pairs that could not be checked this time (a broken file must not wipe its history).
 * Sorted, without timestamps, so the file diffs cleanly in review.
 */
export function buildBaseline(
  checked: ReadonlyArray<{ paths: PairPaths; findings: readonly Finding[] }>,
  previous?: Baseline,
  unchecked: readonly PairPaths[] = [],
): Baseline {
  const entries: BaselineEntry[] = checked.flatMap(({ paths, findings }) =>
    findings.map((finding) => ({ source: paths.source, target: paths.target, fingerprint: finding.fingerprint, kind: finding.kind, message: finding.message })),
  );
  if (previous !== undefined) {
    const keep = new Set(unchecked.map((paths) => pairKey(paths.source, paths.target)));
    entries.push(...previous.findings.filter((entry) => keep.has(pairKey(entry.source, entry.target))));
  }
  const seen = new Set<string>();
  const unique = entries.filter((entry) => {
    const key = `${pairKey(entry.source, entry.target)}\u0000${entry.fingerprint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => a.target.localeCompare(b.target) || a.source.localeCompare(b.source) || a.fingerprint.localeCompare(b.fingerprint));
  return { tool: 'article-align', baselineVersion: BASELINE_VERSION, findings: unique };
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}
