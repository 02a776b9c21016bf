import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SuppressionRule } from '../config/schema.js';
import type { AlignmentReport, FigureRef, Finding, FindingKind, Severity } from '../types.js';

/** The report with `findings` replaced and the summary counts (and verdict) brought in line. */
export function replaceFindings(report: AlignmentReport, findings: Finding[]): AlignmentReport {
  if (findings.length === report.findings.length) return report;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind: Partial<Record<FindingKind, number>> = {};
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
  }
  const verdict = findings.some((finding) => finding.kind === 'not-a-translation')
    ? 'not-a-translation'
    : findings.length > 0
      ? 'drift'
      : 'clean';
  return {
    ...report,
    findings,
    summary: { ...report.summary, findings: { total: findings.length, bySeverity, byKind }, verdict },
  };
}

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** `$ 3 million`, `$3 Million` and `$3\u00a0million` are one figure to a suppression. */
function normalizeFigure(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

function figureMatches(wanted: readonly string[], figures: ReadonlyArray<FigureRef | undefined>): boolean {
  const forms = figures.flatMap((figure) => (figure === undefined ? [] : [normalizeFigure(figure.surface), normalizeFigure(figure.normalized)]));
  return wanted.some((value) => forms.includes(normalizeFigure(value)));
}

function normalizeConversion(text: string): string {
  return text.toLowerCase().replace(/->|=>|→/gu, '→').replace(/\s+/gu, '');
}

/** Paths as seen from the config file's folder, with `/` separators, for glob matching. */
export function pathForGlob(path: string, cwd: string, baseDir: string): string {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  return relative(baseDir, absolute).split(sep).join('/');
}

export interface SuppressionContext {
  /** Where relative report paths are resolved from (the CLI's cwd). */
  cwd: string;
  /** Where the globs are relative to (the config file's folder). */
  baseDir: string;
}

export interface SuppressionResult {
  report: AlignmentReport;
  suppressed: Finding[];
}

/** Compiles config suppressions into a filter; apply it to each report after alignment. */
export function createSuppressor(rules: readonly SuppressionRule[], context: SuppressionContext): (report: AlignmentReport) => SuppressionResult {
  const compiled = rules.map((rule) => {
    const globs = asList(rule.paths);
    return {
      matchesPath: globs.length === 0 ? () => true : picomatch(globs, { dot: true }),
      kinds: asList(rule.kind),
      figures: asList(rule.figure),
      conversions: asList(rule.conversion).map(normalizeConversion),
    };
  });
  return (report) => {
    if (compiled.length === 0) return { report, suppressed: [] };
    const paths = [report.source.path, report.target.path]
      .filter((path): path is string => path !== null)
      .map((path) => pathForGlob(path, context.cwd, context.baseDir));
    const active = compiled.filter((rule) => paths.some((path) => rule.matchesPath(path)) || (paths.length === 0 && rule.matchesPath('')));
    if (active.length === 0) return { report, suppressed: [] };
    const kept: Finding[] = [];
    const suppressed: Finding[] = [];
    for (const finding of report.findings) {
      const hit = active.some(
        (rule) =>
          (rule.kinds.length === 0 || rule.kinds.includes(finding.kind)) &&
          (rule.figures.length === 0 || figureMatches(rule.figures, [finding.source, finding.target])) &&
          (rule.conversions.length === 0 ||
            (finding.conversion !== undefined && rule.conversions.includes(normalizeConversion(finding.conversion)))),
      );
      (hit ? suppressed : kept).push(finding);
    }
    return { report: replaceFindings(report, kept), suppressed };
  };
}
