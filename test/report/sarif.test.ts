import { describe, expect, it } from 'vitest';
import { formatSarif, formatSarifBatch, pathToSarifUri, SARIF_FINGERPRINT_KEY } from '../../src/report/sarif.js';
import { ciSampleReport, OPTIONS, sampleOutcomes, validateSarif, withFindings } from './ci-sample.js';

interface SarifLogShape {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>;
      partialFingerprints: Record<string, string>;
    }>;
  }>;
}

describe('formatSarif', () => {
  it('validates against the official SARIF 2.1.0 schema', () => {
    const log: unknown = JSON.parse(formatSarif(ciSampleReport(), OPTIONS));
    expect(validateSarif(log)).toEqual([]);
  });

  it('the schema check is real: a result without a message fails it', () => {
    const log = JSON.parse(formatSarif(ciSampleReport(), OPTIONS)) as SarifLogShape;
    delete (log.runs[0]!.results[0] as Partial<SarifLogShape['runs'][0]['results'][0]>).message;
    expect(validateSarif(log).join('\n')).toMatch(/message/u);
  });

  it('has one rule per finding kind and points every result at its rule', () => {
    const log = JSON.parse(formatSarif(ciSampleReport(), OPTIONS)) as SarifLogShape;
    const run = log.runs[0]!;
    const ruleIds = run.tool.driver.rules.map((rule) => rule.id);
    expect(ruleIds).toEqual([
      'figure-mismatch',
      'figure-missing',
      'figure-added',
      'omission',
      'addition',
      'low-similarity',
      'number-format',
      'name-mismatch',
      'negation',
      'not-a-translation',
    ]);
    for (const result of run.results) expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
  });

  it('locates results at file, line and column and carries the fingerprints', () => {
    const log = JSON.parse(formatSarif(ciSampleReport(), OPTIONS)) as SarifLogShape;
    const [mismatch, format, omission] = log.runs[0]!.results;
    // "3 miliardi di dollari" starts at column 55 of line 3 of the Italian file.
    expect(mismatch!.level).toBe('error');
    expect(mismatch!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/it/binance.md' },
      region: { startLine: 3, startColumn: 55, endLine: 3, endColumn: 76 },
    });
    expect(mismatch!.relatedLocations![0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 55, endLine: 3, endColumn: 65 });
    expect(mismatch!.partialFingerprints).toEqual({ [SARIF_FINGERPRINT_KEY]: 'a1b2c3d4e5f60718' });
    // The English separator error is on the English side: "10.000" at 3:11.
    expect(format!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('stories/en/binance.md');
    expect(format!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 11 });
    // An omitted sentence can only be shown in the source.
    expect(omission!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/en/binance.md' },
      region: { startLine: 4, startColumn: 1 },
    });
  });

  it('a clean report is a valid log with no results', () => {
    const log = JSON.parse(formatSarif(withFindings(ciSampleReport(), []), OPTIONS)) as SarifLogShape;
    expect(log.runs[0]!.results).toEqual([]);
    expect(validateSarif(log)).toEqual([]);
  });

  it('turns paths into URI references', () => {
    expect(pathToSarifUri('stories/it/caffè e latte.md')).toBe('stories/it/caff%C3%A8%20e%20latte.md');
    expect(pathToSarifUri('/abs/en.txt')).toBe('file:///abs/en.txt');
  });
});

describe('formatSarifBatch', () => {
  it('puts every pair in one valid run and reports broken pairs as notifications', () => {
    const log = JSON.parse(formatSarifBatch(sampleOutcomes(), OPTIONS)) as SarifLogShape;
    expect(validateSarif(log)).toEqual([]);
    const run = log.runs[0]!;
    expect(run.results).toHaveLength(3);
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications![0]!.message.text).toBe('stories/it/broken.md: no such file');
  });
});
