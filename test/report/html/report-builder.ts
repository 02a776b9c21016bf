/**
 * Builds AlignmentReports for tests from readable specs: texts given as paragraphs of sentences,
 * figures located by surface inside a sentence, findings naming figures by index. Offsets, lines,
 * paragraphs and the summary are computed, so fixtures follow src/types.ts exactly.
 */
import {
  REPORT_SCHEMA_VERSION,
  type AlignmentReport,
  type Bead,
  type BeadType,
  type FigureAspect,
  type FigureKind,
  type FigureRef,
  type Finding,
  type FindingKind,
  type Sentence,
  type Severity,
  type TextSide,
} from '../../../src/types.js';

export interface SideSpec {
  path: string | null;
  lang: string;
  paragraphs: string[][];
}

export interface FigureSpec {
  sentence: number;
  surface: string;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  normalized?: string;
}

export interface FindingSpec {
  kind: FindingKind;
  severity: Severity;
  aspect?: FigureAspect;
  message: string;
  bead?: number;
  sourceIds?: number[];
  targetIds?: number[];
  /** Index into the source / target figure specs. */
  source?: number;
  target?: number;
}

export interface ReportSpec {
  source: SideSpec;
  target: SideSpec;
  /** [source ids, target ids, score, similarity?] */
  beads: Array<[number[], number[], number, number?]>;
  figures?: { source?: FigureSpec[]; target?: FigureSpec[] };
  findings?: FindingSpec[];
  embedder?: string;
  verdict?: AlignmentReport['summary']['verdict'];
}

function buildSentences(spec: SideSpec): { text: string; sentences: Sentence[] } {
  let text = '';
  const sentences: Sentence[] = [];
  spec.paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentenceText, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += sentenceText;
      const before = text.slice(0, start);
      const line = before.split('\n').length;
      const column = start - (before.lastIndexOf('\n') + 1) + 1;
      sentences.push({ id: sentences.length, text: sentenceText, start, end: text.length, paragraph: p, line, column });
    });
  });
  return { text, sentences };
}

function buildFigures(sentences: Sentence[], specs: FigureSpec[]): Array<FigureRef & { sentenceId: number }> {
  return specs.map((spec) => {
    const sentence = sentences[spec.sentence];
    const at = sentence.text.indexOf(spec.surface);
    if (at < 0) throw new Error(`figure "${spec.surface}" not in sentence ${spec.sentence}`);
    return {
      surface: spec.surface,
      start: sentence.start + at,
      end: sentence.start + at + spec.surface.length,
      kind: spec.kind,
      value: spec.value,
      unit: spec.unit,
      normalized: spec.normalized ?? [spec.value ?? spec.surface, spec.unit].filter((x) => x !== null).join(' '),
      sentenceId: spec.sentence,
    };
  });
}

function beadType(source: number[], target: number[]): BeadType {
  return `${source.length}-${target.length}` as BeadType;
}

export function buildReport(spec: ReportSpec): AlignmentReport {
  const source = buildSentences(spec.source);
  const target = buildSentences(spec.target);
  const sourceSide: TextSide = {
    path: spec.source.path,
    lang: spec.source.lang,
    sentences: source.sentences,
    figures: buildFigures(source.sentences, spec.figures?.source ?? []),
  };
  const targetSide: TextSide = {
    path: spec.target.path,
    lang: spec.target.lang,
    sentences: target.sentences,
    figures: buildFigures(target.sentences, spec.figures?.target ?? []),
  };
  const beads: Bead[] = spec.beads.map(([s, t, score, similarity]) => ({
    source: s,
    target: t,
    type: beadType(s, t),
    score,
    ...(similarity !== undefined ? { similarity } : {}),
  }));
  const stripSentence = (figure: FigureRef & { sentenceId: number }): FigureRef => {
    const { sentenceId: _ignored, ...ref } = figure;
    return ref;
  };
  const findings: Finding[] = (spec.findings ?? []).map((f, index) => {
    const bead = f.bead !== undefined ? beads[f.bead] : undefined;
    const sourceIds = f.sourceIds ?? bead?.source ?? [];
    const targetIds = f.targetIds ?? bead?.target ?? [];
    const finding: Finding = {
      kind: f.kind,
      severity: f.severity,
      message: f.message,
      sourceIds,
      targetIds,
      sourceLines: sourceIds.map((id) => source.sentences[id].line),
      targetLines: targetIds.map((id) => target.sentences[id].line),
      fingerprint: `fp-${index}-${f.kind}`,
    };
    if (f.aspect) finding.aspect = f.aspect;
    if (f.bead !== undefined) finding.bead = f.bead;
    if (f.source !== undefined) finding.source = stripSentence(sourceSide.figures[f.source]);
    if (f.target !== undefined) finding.target = stripSentence(targetSide.figures[f.target]);
    return finding;
  });
  const beadTypes = {} as Record<BeadType, number>;
  for (const bead of beads) beadTypes[bead.type] = (beadTypes[bead.type] ?? 0) + 1;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind: Partial<Record<FindingKind, number>> = {};
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'article-align', version: '0.1.0' },
    embedder: spec.embedder ?? 'lexical',
    source: sourceSide,
    target: targetSide,
    alignment: { beads },
    findings,
    summary: {
      sourceSentences: source.sentences.length,
      targetSentences: target.sentences.length,
      beads: beads.length,
      beadTypes,
      meanScore: beads.length ? beads.reduce((sum, bead) => sum + bead.score, 0) / beads.length : 0,
      findings: { total: findings.length, bySeverity, byKind },
      verdict: spec.verdict ?? (findings.length ? 'drift' : 'clean'),
    },
  };
}
