/**
 * Turns an AlignmentReport into the view model the HTML report renders: beads with their
 * sentences and findings, and every figure with its status (matched, mismatched, missing, added,
 * number format) and its counterpart on the other side.
 */
import type {
  AlignmentReport,
  Bead,
  Finding,
  FindingKind,
  FigureRef,
  Sentence,
  Severity,
  TextSide,
} from '../../types.js';

export type Side = 'source' | 'target';

export type FigureStatus = 'matched' | 'mismatch' | 'missing' | 'added' | 'format' | 'unpaired';

export interface FigureView {
  /** DOM id, e.g. `s-f3` for the fourth source figure. */
  id: string;
  side: Side;
  sentenceId: number;
  /** Offsets of the surface inside the sentence text. */
  relStart: number;
  relEnd: number;
  figure: FigureRef;
  status: FigureStatus;
  /** Indexes into `report.findings` that name this figure. */
  findings: number[];
  /** Id of the figure it matches (or is compared with) on the other side. */
  counterpart?: string;
}

export interface SentenceView {
  sentence: Sentence;
  /** The sentence opens a paragraph (other than the document's first). */
  paragraphStart: boolean;
  figures: FigureView[];
}

export interface BeadView {
  index: number;
  bead: Bead;
  source: SentenceView[];
  target: SentenceView[];
  /** Indexes into `report.findings`. */
  findings: number[];
  maxSeverity: Severity | null;
  /** Position on the overview path: sentence indexes before and after the bead. */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface ReportView {
  report: AlignmentReport;
  beads: BeadView[];
  /** For each finding, the bead it jumps to (null for document-level findings). */
  findingBeads: Array<number | null>;
  figures: FigureView[];
  kindCounts: Array<[FindingKind, number]>;
  severityCounts: Record<Severity, number>;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const KIND_ORDER: readonly FindingKind[] = [
  'not-a-translation',
  'figure-mismatch',
  'figure-missing',
  'figure-added',
  'name-mismatch',
  'negation',
  'omission',
  'addition',
  'low-similarity',
  'number-format',
];

const STATUS_PRIORITY: Record<FigureStatus, number> = {
  mismatch: 5,
  missing: 4,
  added: 4,
  format: 3,
  matched: 1,
  unpaired: 0,
};

function severityRank(severity: Severity): number {
  return SEVERITY_ORDER.length - SEVERITY_ORDER.indexOf(severity);
}

export function buildReportView(report: AlignmentReport): ReportView {
  const sideFigures = {
    source: makeFigureViews('source', report.source),
    target: makeFigureViews('target', report.target),
  };
  const sentenceBead = {
    source: beadBySentence(report.alignment.beads, 'source'),
    target: beadBySentence(report.alignment.beads, 'target'),
  };

  const beadCount = report.alignment.beads.length;
  const findingBeads = report.findings.map((finding) => locateFinding(finding, sentenceBead, beadCount));
  const findingsByBead = new Map<number, number[]>();
  findingBeads.forEach((bead, index) => {
    if (bead === null) return;
    const list = findingsByBead.get(bead) ?? [];
    list.push(index);
    findingsByBead.set(bead, list);
  });
  report.findings.forEach((finding, index) => attachFinding(finding, index, report, sideFigures));
  pairMatchedFigures(report, sideFigures);
  markGapFigures(report, sideFigures, findingsByBead);

  const figuresBySentence = {
    source: groupBySentence(sideFigures.source),
    target: groupBySentence(sideFigures.target),
  };

  let xCursor = 0;
  let yCursor = 0;
  const beads = report.alignment.beads.map((bead, index): BeadView => {
    const findings = findingsByBead.get(index) ?? [];
    const x0 = bead.source.length ? Math.min(...bead.source) : xCursor;
    const x1 = bead.source.length ? Math.max(...bead.source) + 1 : x0;
    const y0 = bead.target.length ? Math.min(...bead.target) : yCursor;
    const y1 = bead.target.length ? Math.max(...bead.target) + 1 : y0;
    xCursor = x1;
    yCursor = y1;
    return {
      index,
      bead,
      source: bead.source.map((id) => sentenceView(report.source, id, figuresBySentence.source)),
      target: bead.target.map((id) => sentenceView(report.target, id, figuresBySentence.target)),
      findings,
      maxSeverity: maxSeverity(findings.map((i) => report.findings[i].severity)),
      x0,
      x1,
      y0,
      y1,
    };
  });

  const severityCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const kinds = new Map<FindingKind, number>();
  for (const finding of report.findings) {
    severityCounts[finding.severity] = (severityCounts[finding.severity] ?? 0) + 1;
    kinds.set(finding.kind, (kinds.get(finding.kind) ?? 0) + 1);
  }
  const kindCounts = [...kinds.entries()].sort(
    ([a], [b]) => kindRank(a) - kindRank(b) || a.localeCompare(b),
  );

  return {
    report,
    beads,
    findingBeads,
    figures: [...sideFigures.source, ...sideFigures.target],
    kindCounts,
    severityCounts,
  };
}

function kindRank(kind: FindingKind): number {
  const rank = KIND_ORDER.indexOf(kind);
  return rank === -1 ? KIND_ORDER.length : rank;
}

export function maxSeverity(severities: readonly Severity[]): Severity | null {
  let best: Severity | null = null;
  for (const severity of severities) {
    if (best === null || severityRank(severity) > severityRank(best)) best = severity;
  }
  return best;
}

function makeFigureViews(side: Side, text: TextSide): FigureView[] {
  const byId = sentencesById(text);
  return text.figures.map((figure, index): FigureView => {
    const { sentenceId, ...ref } = figure;
    const [relStart, relEnd] = sentenceOffsets(figure, byId.get(sentenceId));
    return {
      id: `${side === 'source' ? 's' : 't'}-f${index}`,
      side,
      sentenceId,
      relStart,
      relEnd,
      figure: ref,
      status: 'unpaired',
      findings: [],
    };
  });
}

/**
 * Where a figure sits inside its sentence. Offsets are document offsets; if they do not point at
 * the surface (another offset convention, edited text), fall back to sentence-relative offsets,
 * then to the first occurrence of the surface in the sentence.
 */
function sentenceOffsets(figure: FigureRef, sentence: Sentence | undefined): [number, number] {
  if (!sentence) return [-1, -1];
  const { surface } = figure;
  const fromDocument = figure.start - sentence.start;
  if (fromDocument >= 0 && sentence.text.slice(fromDocument, fromDocument + surface.length) === surface) {
    return [fromDocument, fromDocument + surface.length];
  }
  if (figure.start >= 0 && sentence.text.slice(figure.start, figure.end) === surface) return [figure.start, figure.end];
  const found = surface ? sentence.text.indexOf(surface) : -1;
  return found >= 0 ? [found, found + surface.length] : [-1, -1];
}

const sentenceMaps = new WeakMap<TextSide, Map<number, Sentence>>();

function sentencesById(text: TextSide): Map<number, Sentence> {
  let map = sentenceMaps.get(text);
  if (!map) {
    map = new Map(text.sentences.map((sentence) => [sentence.id, sentence]));
    sentenceMaps.set(text, map);
  }
  return map;
}

function beadBySentence(beads: readonly Bead[], side: Side): Map<number, number> {
  const map = new Map<number, number>();
  beads.forEach((bead, index) => {
    for (const id of bead[side]) map.set(id, index);
  });
  return map;
}

function locateFinding(
  finding: Finding,
  sentenceBead: Record<Side, Map<number, number>>,
  beadCount: number,
): number | null {
  const bead = finding.bead;
  if (typeof bead === 'number' && Number.isInteger(bead) && bead >= 0 && bead < beadCount) return bead;
  for (const id of finding.sourceIds) {
    const bead = sentenceBead.source.get(id);
    if (bead !== undefined) return bead;
  }
  for (const id of finding.targetIds) {
    const bead = sentenceBead.target.get(id);
    if (bead !== undefined) return bead;
  }
  return null;
}

/**
 * Finds the figure a finding names. Finding offsets are document offsets; sentence-relative
 * offsets and, last, the surface form within the finding's sentences are accepted as well.
 */
function resolveFigure(
  ref: FigureRef,
  sentenceIds: readonly number[],
  views: readonly FigureView[],
): FigureView | undefined {
  const inSentences = sentenceIds.length
    ? views.filter((view) => sentenceIds.includes(view.sentenceId))
    : views;
  const exact = inSentences.find(
    (view) => view.figure.start === ref.start && view.figure.end === ref.end && view.figure.surface === ref.surface,
  ) ?? views.find(
    (view) => view.figure.start === ref.start && view.figure.end === ref.end && view.figure.surface === ref.surface,
  );
  if (exact) return exact;
  const relative = inSentences.find(
    (view) => view.relStart === ref.start && view.relEnd === ref.end && view.figure.surface === ref.surface,
  );
  if (relative) return relative;
  const bySurface = inSentences.filter((view) => view.figure.surface === ref.surface);
  return bySurface.find((view) => view.findings.length === 0) ?? bySurface[0];
}

function setStatus(view: FigureView, status: FigureStatus, findingIndex: number): void {
  if (!view.findings.includes(findingIndex)) view.findings.push(findingIndex);
  if (STATUS_PRIORITY[status] > STATUS_PRIORITY[view.status]) view.status = status;
}

function attachFinding(
  finding: Finding,
  index: number,
  report: AlignmentReport,
  figures: Record<Side, FigureView[]>,
): void {
  const source = finding.source
    ? resolveFigure(finding.source, finding.sourceIds, figures.source)
    : undefined;
  const target = finding.target
    ? resolveFigure(finding.target, finding.targetIds, figures.target)
    : undefined;
  switch (finding.kind) {
    case 'figure-mismatch':
      if (source) setStatus(source, 'mismatch', index);
      if (target) setStatus(target, 'mismatch', index);
      if (source && target) {
        source.counterpart ??= target.id;
        target.counterpart ??= source.id;
      }
      break;
    case 'figure-missing':
      if (source) setStatus(source, 'missing', index);
      if (target) setStatus(target, 'missing', index);
      break;
    case 'figure-added':
      if (target) setStatus(target, 'added', index);
      if (source) setStatus(source, 'added', index);
      break;
    case 'number-format': {
      // The badly written figure is on one side; the other ref is its counterpart.
      const side = formatSide(finding);
      if (source && side !== 'target') setStatus(source, 'format', index);
      if (target && side !== 'source') setStatus(target, 'format', index);
      if (source && target && side) {
        // The other side is written correctly and means the same: it is the match.
        setStatus(side === 'source' ? target : source, 'matched', index);
        source.counterpart ??= target.id;
        target.counterpart ??= source.id;
      }
      break;
    }
    default:
      if (source) setStatus(source, source.status, index);
      if (target) setStatus(target, target.status, index);
  }
}

/** Which side a number-format finding blames: the drift stage sets it; a lone figure tells otherwise. */
function formatSide(finding: Finding): Side | null {
  if (finding.side !== undefined) return finding.side;
  if (finding.source && !finding.target) return 'source';
  if (finding.target && !finding.source) return 'target';
  return null;
}

function figureMeaning(figure: FigureRef): string {
  if (figure.value === null) return `${figure.kind}:${figure.surface}`;
  return `${figure.kind}:${figure.value}:${figure.unit ?? ''}`;
}

/**
 * Figures of one bead that no figure finding names and whose normalised values agree are the
 * matches the drift check accepted; link them so hovering one shows the other. A figure with a
 * number-format finding still has a counterpart (`10.000 photos` ↔ `10.000 foto`).
 */
function pairMatchedFigures(report: AlignmentReport, figures: Record<Side, FigureView[]>): void {
  const pairable = (view: FigureView): boolean =>
    view.counterpart === undefined && (view.status === 'unpaired' || view.status === 'format');
  const bySentence = { source: groupBySentence(figures.source), target: groupBySentence(figures.target) };
  const inBead = (side: Side, ids: readonly number[]): FigureView[] =>
    ids.flatMap((id) => bySentence[side].get(id) ?? []).filter(pairable);
  for (const bead of report.alignment.beads) {
    const sources = inBead('source', bead.source);
    const targets = inBead('target', bead.target);
    for (const source of sources) {
      const keys = [source.figure.normalized, figureMeaning(source.figure)];
      const target =
        targets.find((view) => view.counterpart === undefined && view.figure.normalized === keys[0]) ??
        targets.find((view) => view.counterpart === undefined && figureMeaning(view.figure) === keys[1]);
      if (!target) continue;
      source.counterpart = target.id;
      target.counterpart = source.id;
      if (source.status === 'unpaired') source.status = 'matched';
      if (target.status === 'unpaired') target.status = 'matched';
    }
  }
}

/**
 * A figure in a sentence with no counterpart at all (1-0 / 0-1 bead) is missing or added with
 * it; the omission or addition finding explains it.
 */
function markGapFigures(
  report: AlignmentReport,
  figures: Record<Side, FigureView[]>,
  findingsByBead: ReadonlyMap<number, number[]>,
): void {
  report.alignment.beads.forEach((bead, beadIndex) => {
    const side: Side | null = bead.target.length === 0 ? 'source' : bead.source.length === 0 ? 'target' : null;
    if (!side) return;
    const explaining = (findingsByBead.get(beadIndex) ?? []).filter((index) => {
      const kind = report.findings[index].kind;
      return kind === 'omission' || kind === 'addition';
    });
    for (const view of figures[side]) {
      if (view.status !== 'unpaired' || !bead[side].includes(view.sentenceId)) continue;
      if (!/\d/.test(view.figure.surface)) continue;
      view.status = side === 'source' ? 'missing' : 'added';
      view.findings.push(...explaining);
    }
  });
}

function groupBySentence(views: readonly FigureView[]): Map<number, FigureView[]> {
  const map = new Map<number, FigureView[]>();
  for (const view of views) {
    const list = map.get(view.sentenceId) ?? [];
    list.push(view);
    map.set(view.sentenceId, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.relStart - b.relStart);
  return map;
}

function sentenceView(text: TextSide, id: number, figures: Map<number, FigureView[]>): SentenceView {
  const byId = sentencesById(text);
  const sentence = byId.get(id) ?? {
    id,
    text: '',
    start: 0,
    end: 0,
    paragraph: 0,
    line: 0,
    column: 0,
  };
  const previous = byId.get(id - 1);
  return {
    sentence,
    paragraphStart: previous !== undefined && previous.paragraph !== sentence.paragraph,
    figures: figures.get(id) ?? [],
  };
}
