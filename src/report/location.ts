import type { AlignmentReport, Finding, FindingKind, FigureRef, Sentence, Severity, TextSide } from '../types.js';

/**
 * Where a finding points in a file, for the CI formats (SARIF, GitHub annotations, NDJSON, …).
 * Lines and columns are 1-based and refer to the file as the user wrote it (input converters
 * remap them for Markdown and HTML, see `src/input/`).
 */
export interface FindingLocation {
  side: 'source' | 'target';
  /** The file path as given on the command line; null for stdin or in-memory text. */
  path: string | null;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A figure reference that an input converter has placed in the original file. */
export interface PositionedFigureRef extends FigureRef {
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

/** Why each finding kind matters, for SARIF rules, Markdown legends and JUnit messages. */
export const FINDING_KIND_INFO: Readonly<Record<FindingKind, { title: string; description: string }>> = {
  'figure-mismatch': {
    title: 'Figure changed in translation',
    description: 'A figure in the translation differs from the source in value, scale, currency, unit, sign or date.',
  },
  'figure-missing': {
    title: 'Figure missing in translation',
    description: 'A figure in the source has no counterpart in the aligned translated sentence.',
  },
  'figure-added': {
    title: 'Figure added in translation',
    description: 'The translation has a figure that the aligned source sentence does not have.',
  },
  omission: {
    title: 'Sentence omitted',
    description: 'A source sentence has no counterpart in the translation.',
  },
  addition: {
    title: 'Sentence added',
    description: 'A translated sentence has no counterpart in the source.',
  },
  'low-similarity': {
    title: 'Likely mistranslation',
    description: 'Aligned sentences are much less similar than a faithful translation would be.',
  },
  'number-format': {
    title: 'Number format wrong for the language',
    description: 'A number uses separators that are wrong for the language of its text, such as 10.000 in English.',
  },
  'name-mismatch': {
    title: 'Name changed in translation',
    description: 'A proper name of the source (person, organisation, place, brand) is missing from the aligned translation, which names someone or something else in its place.',
  },
  negation: {
    title: 'Negation added or dropped',
    description: 'One side of an aligned pair is negated and the other is not: the translation may say the opposite of the source.',
  },
  'not-a-translation': {
    title: 'Not a translation',
    description: 'The two texts do not correspond; one is not a translation of the other.',
  },
};

export { FINDING_KINDS } from '../types.js';

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The side of a `number-format` finding (the drift stage sets it; a lone figure tells otherwise). */
function numberFormatSide(finding: Finding): 'source' | 'target' {
  return finding.side ?? (finding.target !== undefined && finding.source === undefined ? 'target' : 'source');
}

/**
 * The side a reader should fix. A drifted translation is fixed in the target file; a sentence the
 * translation lacks can only be pointed at in the source, as can a format error on the source side.
 */
export function primarySide(finding: Finding): 'source' | 'target' {
  if (finding.kind === 'number-format') return numberFormatSide(finding);
  if (finding.targetIds.length > 0) return 'target';
  if (finding.sourceIds.length > 0) return 'source';
  return 'target';
}

function sentenceById(side: TextSide, id: number): Sentence | undefined {
  const byIndex = side.sentences[id];
  return byIndex !== undefined && byIndex.id === id ? byIndex : side.sentences.find((sentence) => sentence.id === id);
}

/** Line and column of `offset` inside a sentence, counting the line breaks the sentence spans. */
function positionInSentence(sentence: Sentence, offset: number): { line: number; column: number } {
  const within = Math.max(0, Math.min(offset - sentence.start, sentence.text.length));
  const before = sentence.text.slice(0, within);
  const lastBreak = before.lastIndexOf('\n');
  if (lastBreak === -1) return { line: sentence.line, column: sentence.column + within };
  const breaks = before.split('\n').length - 1;
  return { line: sentence.line + breaks, column: within - lastBreak };
}

function figureFor(finding: Finding, side: 'source' | 'target'): PositionedFigureRef | undefined {
  return side === 'source' ? finding.source : finding.target;
}

function locateFigure(side: TextSide, figure: PositionedFigureRef, ids: readonly number[]): Omit<FindingLocation, 'side' | 'path'> | undefined {
  if (figure.line !== undefined && figure.column !== undefined) {
    return {
      line: figure.line,
      column: figure.column,
      ...(figure.endLine !== undefined && figure.endColumn !== undefined ? { endLine: figure.endLine, endColumn: figure.endColumn } : {}),
    };
  }
  const candidates = ids.length > 0 ? ids.map((id) => sentenceById(side, id)) : side.sentences;
  const sentence = candidates.find((s) => s !== undefined && s.start <= figure.start && figure.end <= s.end);
  if (sentence === undefined) return undefined;
  const start = positionInSentence(sentence, figure.start);
  const end = positionInSentence(sentence, figure.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Locates one side of a finding: at its figure when it has one, else at its first sentence. */
export function locateFindingSide(report: AlignmentReport, finding: Finding, sideName: 'source' | 'target'): FindingLocation | undefined {
  const side = sideName === 'source' ? report.source : report.target;
  const ids = sideName === 'source' ? finding.sourceIds : finding.targetIds;
  const figure = figureFor(finding, sideName);
  if (figure !== undefined) {
    const at = locateFigure(side, figure, ids);
    if (at !== undefined) return { side: sideName, path: side.path, ...at };
  }
  const first = ids.map((id) => sentenceById(side, id)).find((s) => s !== undefined);
  if (first !== undefined) return { side: sideName, path: side.path, line: first.line, column: first.column };
  const lines = sideName === 'source' ? finding.sourceLines : finding.targetLines;
  if (lines.length > 0) return { side: sideName, path: side.path, line: lines[0]!, column: 1 };
  return undefined;
}

/** The main location of a finding; a whole-file finding (`not-a-translation`) points at line 1. */
export function locateFinding(report: AlignmentReport, finding: Finding): FindingLocation {
  const side = primarySide(finding);
  const located = locateFindingSide(report, finding, side) ?? locateFindingSide(report, finding, side === 'source' ? 'target' : 'source');
  if (located !== undefined) return located;
  return { side, path: (side === 'source' ? report.source : report.target).path, line: 1, column: 1 };
}

/** The other side of a finding, when it has one (for SARIF related locations, Markdown context). */
export function counterpartLocation(report: AlignmentReport, finding: Finding, primary: FindingLocation): FindingLocation | undefined {
  return locateFindingSide(report, finding, primary.side === 'source' ? 'target' : 'source');
}

/** Sentence texts of one side of a finding, joined, for context in reports. */
export function findingSentenceText(report: AlignmentReport, finding: Finding, sideName: 'source' | 'target'): string {
  const side = sideName === 'source' ? report.source : report.target;
  const ids = sideName === 'source' ? finding.sourceIds : finding.targetIds;
  return ids
    .map((id) => sentenceById(side, id)?.text ?? '')
    .filter((text) => text !== '')
    .join(' ');
}

/** `path:line:column`, with `<stdin>` for a nameless side. */
export function formatLocation(location: FindingLocation): string {
  return `${location.path ?? '<stdin>'}:${location.line}:${location.column}`;
}
