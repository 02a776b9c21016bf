import { escapeJsonControls } from '../text/visible.js';
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PairOutcome } from '../batch/types.js';
import type { AlignmentReport, Finding, FindingKind, FormatOptions, Severity } from '../types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { counterpartLocation, FINDING_KIND_INFO, FINDING_KINDS, locateFinding, type FindingLocation } from './location.js';
import { latinPattern } from '../text/latin-pattern.js';

/**
 * SARIF 2.1.0 (OASIS): one run, one rule per finding kind, results located by file, line and column,
 * with `partialFingerprints` from each finding's stable fingerprint so code scanning de-duplicates
 * across pushes. Validated against the official schema in test/report/sarif.test.ts.
 */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`; bump the suffix if the fingerprint recipe changes. */
export const SARIF_FINGERPRINT_KEY = 'articleAlignFinding/v1';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL_BY_SEVERITY: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' };
/** The level a rule has unless a result says otherwise (most findings of that kind). */
const DEFAULT_LEVEL: Readonly<Record<FindingKind, SarifLevel>> = {
  'figure-mismatch': 'error',
  'figure-missing': 'warning',
  'figure-added': 'warning',
  omission: 'warning',
  addition: 'warning',
  'low-similarity': 'warning',
  'number-format': 'warning',
  'name-mismatch': 'warning',
  negation: 'warning',
  'not-a-translation': 'error',
};

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLocation {
  id?: number;
  /** A file; absent for text read from stdin, which has a logical location instead. */
  physicalLocation?: { artifactLocation: { uri: string }; region: SarifRegion };
  logicalLocations?: Array<{ name: string; fullyQualifiedName: string; kind: 'resource' }>;
  message?: { text: string };
}

/** Where the project lives, for SARIF viewers' "about this tool" links (SARIF2005). */
export const TOOL_INFORMATION_URI = 'https://www.npmjs.com/package/article-align';

interface SarifResult {
  ruleId: FindingKind;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}

/** A URI reference for a path: relative paths stay relative (code scanning resolves them from the repo root). */
export function pathToSarifUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path
    .split(/[\\/]/u)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** Text read from stdin has no file: a logical location names the stream and the position. */
function stdinLocation(location: FindingLocation, id?: number, message?: string): SarifLocation {
  const where = `${location.side} text from stdin, line ${location.line}, column ${location.column}`;
  return {
    ...(id === undefined ? {} : { id }),
    logicalLocations: [{ name: 'stdin', fullyQualifiedName: `stdin/${location.side}`, kind: 'resource' }],
    message: { text: message === undefined ? where : `${message}: ${where}` },
  };
}

function toSarifLocation(location: FindingLocation, id?: number, message?: string): SarifLocation | undefined {
  if (location.path === null) return stdinLocation(location, id, message);
  const region: SarifRegion = { startLine: location.line, startColumn: location.column };
  if (location.endLine !== undefined && location.endColumn !== undefined && location.endColumn >= 1) {
    region.endLine = location.endLine;
    region.endColumn = location.endColumn;
  }
  return {
    ...(id === undefined ? {} : { id }),
    physicalLocation: { artifactLocation: { uri: pathToSarifUri(location.path) }, region },
    ...(message === undefined ? {} : { message: { text: message } }),
  };
}

function toResult(report: AlignmentReport, finding: Finding, pairId?: string): SarifResult {
  const at = locateFinding(report, finding);
  const other = counterpartLocation(report, finding, at);
  const primary = toSarifLocation(at);
  const related = other === undefined ? undefined : toSarifLocation(other, 1, `${other.side} side`);
  return {
    ruleId: finding.kind,
    ruleIndex: FINDING_KINDS.indexOf(finding.kind),
    level: LEVEL_BY_SEVERITY[finding.severity],
    message: { text: finding.message },
    locations: primary === undefined ? [] : [primary],
    ...(related === undefined ? {} : { relatedLocations: [related] }),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      severity: finding.severity,
      ...(finding.aspect === undefined ? {} : { aspect: finding.aspect }),
      ...(pairId === undefined ? {} : { pair: pairId }),
      sourceSentenceIds: finding.sourceIds,
      targetSentenceIds: finding.targetIds,
      ...(finding.source === undefined ? {} : { sourceFigure: finding.source.surface }),
      ...(finding.target === undefined ? {} : { targetFigure: finding.target.surface }),
      ...(finding.conversion === undefined ? {} : { conversion: finding.conversion }),
    },
  };
}

const NOT_WORD = latinPattern(String.raw`[^\p{L}\p{N}]+`, 'u');

/** `Sentence omitted` → `SentenceOmitted`. */
function pascalCase(title: string): string {
  return title
    .split(NOT_WORD.on(title))
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function rules(): object[] {
  return FINDING_KINDS.map((kind) => ({
    id: kind,
    // A readable name that is not the id in another case (sarif-multitool SARIF1001).
    name: pascalCase(FINDING_KIND_INFO[kind].title),
    shortDescription: { text: FINDING_KIND_INFO[kind].title },
    fullDescription: { text: FINDING_KIND_INFO[kind].description },
    defaultConfiguration: { level: DEFAULT_LEVEL[kind] },
    help: { text: FINDING_KIND_INFO[kind].description },
    properties: { tags: ['translation', 'drift'] },
  }));
}

function sarifLog(results: SarifResult[], failures: Array<{ message: string; path: string }>, toolVersion: string): string {
  const run = {
    tool: {
      driver: {
        name: TOOL_NAME,
        informationUri: TOOL_INFORMATION_URI,
        version: toolVersion,
        semanticVersion: toolVersion,
        rules: rules(),
      },
    },
    invocations: [
      {
        executionSuccessful: failures.length === 0,
        ...(failures.length === 0
          ? {}
          : {
              toolExecutionNotifications: failures.map((failure) => ({
                level: 'error',
                message: { text: failure.message },
                locations: [{ physicalLocation: { artifactLocation: { uri: pathToSarifUri(failure.path) } } }],
              })),
            }),
      },
    ],
    columnKind: 'utf16CodeUnits',
    results,
  };
  return `${escapeJsonControls(JSON.stringify({ $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] }, null, 2))}\n`;
}

/** `--format sarif`. */
export function formatSarif(report: AlignmentReport, _options: FormatOptions): string {
  return sarifLog(
    report.findings.map((finding) => toResult(report, finding)),
    [],
    report.tool.version,
  );
}

/** Batch: one run holding every pair's results; broken pairs become tool execution notifications. */
export function formatSarifBatch(outcomes: readonly PairOutcome[], _options: FormatOptions): string {
  const results: SarifResult[] = [];
  const failures: Array<{ message: string; path: string }> = [];
  for (const outcome of outcomes) {
    if (outcome.report === undefined) {
      failures.push({ message: outcome.error ?? 'unknown error', path: outcome.pair.source });
      continue;
    }
    for (const finding of outcome.report.findings) results.push(toResult(outcome.report, finding, outcome.pair.id));
  }
  const version = outcomes.find((outcome) => outcome.report !== undefined)?.report?.tool.version ?? TOOL_VERSION;
  return sarifLog(results, failures, version);
}
