import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AlignmentReport } from '../../src/types.js';
import { PROJECT_ROOT, runCli } from '../helpers/run-cli.js';

/** One NTREX-128 article in five languages (fixtures/ntrex/README.md). */
const article = (lang: string): string => `fixtures/ntrex/cnbc-6784.${lang}.txt`;
const text = (lang: string): string => readFileSync(join(PROJECT_ROOT, article(lang)), 'utf8');

/** The translation of "won the district by 20 points" in each language. */
const TWENTY_POINTS: Record<string, [string, string]> = {
  fr: ['par 20\u00a0points', 'par 30\u00a0points'],
  de: ['mit 20 Prozentpunkten', 'mit 30 Prozentpunkten'],
  es: ['por 20 puntos', 'por 30 puntos'],
  pt: ['por 20 pontos percentuais', 'por 30 pontos percentuais'],
};

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'align-languages-'));
});

async function report(argv: string[]): Promise<{ exitCode: number; report: AlignmentReport; stderr: string }> {
  const run = await runCli([...argv, '--format', 'json']);
  return { exitCode: run.exitCode, report: JSON.parse(run.stdout) as AlignmentReport, stderr: run.stderr };
}

const serious = (r: AlignmentReport) => r.findings.filter((finding) => finding.severity !== 'info');

describe.each(Object.keys(TWENTY_POINTS))('English ↔ %s on a real NTREX article', (lang) => {
  it('detects both languages and finds nothing in the professional translation', async () => {
    const run = await report([article('en'), article(lang)]);
    expect(run.stderr).toBe('');
    expect(run.report.source.lang).toBe('en');
    expect(run.report.target.lang).toBe(lang);
    expect(serious(run.report)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.report.alignment.beads.every((bead) => bead.source.length === 1 && bead.target.length === 1)).toBe(true);
  });

  it('finds exactly the figure that was changed, on the right sentence pair', async () => {
    const [before, after] = TWENTY_POINTS[lang]!;
    const edited = text(lang).replace(before, after);
    expect(edited).not.toBe(text(lang));
    const path = join(scratch, `edited.${lang}.txt`);
    writeFileSync(path, edited);
    const run = await report([article('en'), path]);
    expect(run.exitCode).toBe(1);
    const findings = serious(run.report);
    expect(findings.map((f) => [f.kind, f.aspect])).toEqual([['figure-mismatch', 'value']]);
    const [finding] = findings;
    expect(finding!.sourceIds.map((id) => run.report.source.sentences[id]!.text).join(' ')).toContain('by 20 points');
    expect(finding!.targetIds.map((id) => run.report.target.sentences[id]!.text).join(' ')).toContain(after);
  });
});

describe('pairs without English and languages without a lexicon', () => {
  it('aligns French with German through the shared English concepts', async () => {
    const run = await report([article('fr'), article('de')]);
    expect(run.stderr).toBe('');
    expect([run.report.source.lang, run.report.target.lang]).toEqual(['fr', 'de']);
    expect(run.report.alignment.beads.map((bead) => [bead.source, bead.target])).toEqual(
      run.report.source.sentences.map((_, i) => [[i], [i]]),
    );
    // Two translations meet through English twice over, so similarity is lower than with English:
    // the freely translated headlines may be flagged as not corresponding; no figure is.
    expect(serious(run.report).filter((finding) => finding.kind.startsWith('figure'))).toEqual([]);
    expect(serious(run.report).filter((finding) => !finding.sourceIds.includes(0))).toEqual([]);
  });

  it('accepts regional tags and ISO 639-3 codes, and labels the table with them', async () => {
    const run = await runCli([article('en'), article('pt'), '--from', 'eng', '--to', 'pt_PT']);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('PT-PT');
    expect(run.stdout).not.toMatch(/\bIT\b/u);
  });

  it('runs a pair with no lexicon in degraded mode, with one warning line', async () => {
    const dutch = join(scratch, 'nl.txt');
    writeFileSync(
      dutch,
      'Buitenlands geld stroomt naar de spannendste verkiezingsraces\n\n' +
        'Het is niet verrassend dat het 17e district van Pennsylvania veel geld ziet binnenkomen. ' +
        'Die zetel was meer dan tien jaar in handen van een Republikein, en president Donald Trump won het district met 20 punten. ' +
        'Politieke commentatoren geven de Democraten een kleine voorsprong.\n',
    );
    const english = join(scratch, 'en.txt');
    writeFileSync(
      english,
      'Outside money floods into tightest midterm election House races\n\n' +
        "It's not surprising that Pennsylvania's 17th is seeing a flood of cash. " +
        'That seat had been held by a Republican for over a decade, and President Donald Trump won the district by 20 points. ' +
        'Political pundits have given Democrats a slight edge.\n',
    );
    const detected = await report([english, dutch]);
    expect(detected.report.target.lang).toBe('nl');
    expect(detected.stderr).toContain('align: warning: no lexicon for Dutch (nl): alignment quality is reduced');
    const run = await report([english, dutch, '--to', 'nl']);
    expect(run.stderr).toMatch(/^align: warning: no lexicon for Dutch \(nl\): alignment quality is reduced .*\n$/u);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.report.alignment.beads.map((bead) => [bead.source, bead.target])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
    ]);
  });
});
