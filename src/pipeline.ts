import { alignSentences } from './align/index.js';
import { detectDrift, countByKind, type DriftOptions } from './drift/index.js';
import { createLexicalEmbedder } from './embed/lexical/index.js';
import { createDeadline, type Deadline } from './deadline.js';
import { AlignInputError, AlignLimitError } from './errors.js';
import { extractFiguresInChunks, toFigureRef } from './figures/index.js';
import { baseLanguage, languageName } from './lang/index.js';
import { degradedModeWarning, resolveLanguage, sameLanguage } from './lang/resolve.js';
import { declaredLanguageContradiction, type DeclaredSide } from './lang/declared.js';
import { normalizeText } from './normalize.js';
import { sameText } from './text/same-text.js';
import { DEFAULT_MAX_SENTENCE_LENGTH, segment } from './segment/index.js';
import {
  REPORT_SCHEMA_VERSION,
  type AlignmentReport,
  type Bead,
  type BeadType,
  type Embedder,
  type Figure,
  type Finding,
  type LongSentenceCut,
  type LanguageCode,
  type ProgressCallback,
  type ReportSummary,
  type Sentence,
  type TextSide,
} from './types.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface AlignTextsOptions {
  /** Source language; detected when omitted. */
  from?: LanguageCode;
  /** Target language; detected when omitted. */
  to?: LanguageCode;
  /** Shown in messages and the report; null for stdin or in-memory text. */
  sourcePath?: string | null;
  targetPath?: string | null;
  /** One sentence per line; blank lines are paragraph breaks. */
  presplit?: boolean;
  /** Defaults to the offline lexical embedder. */
  embedder?: Embedder;
  /** Refuse texts with more sentences than this on either side. */
  maxSentences?: number;
  onProgress?: ProgressCallback;
  /** Told about doubts that do not stop the run (e.g. an unsure language detection). */
  onWarning?: (message: string) => void;
  drift?: Partial<DriftOptions>;
  /**
   * Seconds the run may take; past it the run throws `AlignLimitError` (limit 'timeout'). Checked
   * between units of work in every stage (see docs/limits.md).
   */
  timeout?: number;
  /** Stops the run at the next check; the run then throws `signal.reason`. */
  signal?: AbortSignal;
  /** Sentences longer than this are cut at clause or word boundaries, with a warning (default 2000). */
  maxSentenceLength?: number;
  /** Refuse a text with more figures than this (default 100 000; see docs/limits.md). */
  maxFigures?: number;
  /**
   * Line and column in the user's file of an offset in the text given (Markdown and HTML inputs
   * are converted to prose first), so that every message names the line of the file as written.
   */
  sourcePosition?: PositionMapper;
  targetPosition?: PositionMapper;
}

export type PositionMapper = (offset: number) => { line: number; column: number };

/** Figures per file: far above any article, and a bound on the memory figures take (~1 KB each). */
export const DEFAULT_MAX_FIGURES = 100_000;

interface PreparedSide {
  path: string | null;
  text: string;
  lang: LanguageCode;
  sentences: Sentence[];
  figures: Figure[][];
}

/** The whole pipeline: languages → sentences → figures → embeddings → alignment → drift findings. */
export async function alignTexts(source: string, target: string, options: AlignTextsOptions = {}): Promise<AlignmentReport> {
  try {
    return await alignTextsUnguarded(source, target, options);
  } catch (error) {
    throw asLimitError(error, options) ?? error;
  }
}

/**
 * The engine's V8 limits (call stack, string and array sizes) are outside what the guards bound;
 * should one still be hit, it is reported as a limit of the pair, not as an internal error.
 */
function asLimitError(error: unknown, options: AlignTextsOptions): AlignLimitError | undefined {
  if (!(error instanceof RangeError)) return undefined;
  if (!/Maximum call stack|Invalid string length|Invalid array length|Array buffer allocation failed/u.test(error.message)) return undefined;
  const files = `${describe(options.sourcePath ?? null, 'source')} and ${describe(options.targetPath ?? null, 'target')}`;
  return new AlignLimitError('memory', null, `${files}: too large to process (${error.message}); see docs/limits.md`);
}

async function alignTextsUnguarded(source: string, target: string, options: AlignTextsOptions): Promise<AlignmentReport> {
  const sourcePath = options.sourcePath ?? null;
  const targetPath = options.targetPath ?? null;
  const sourceText = normalizeText(source);
  const targetText = normalizeText(target);
  requireText(sourceText, sourcePath, 'source');
  requireText(targetText, targetPath, 'target');
  if (sameText(sourceText, targetText)) {
    throw new AlignInputError('IDENTICAL_TEXTS', `${describe(sourcePath, 'source')} and ${describe(targetPath, 'target')}: the two texts are identical; expected a text and its translation`);
  }

  const warn = options.onWarning ?? (() => undefined);
  const deadline = createDeadline({
    ...(options.timeout === undefined ? {} : { timeoutSeconds: options.timeout }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    subject: `${describe(sourcePath, 'source')} and ${describe(targetPath, 'target')}`,
  });
  deadline.check();
  // franc and its trigram tables load only when a language has to be detected.
  const detect = options.from !== undefined && options.to !== undefined ? undefined : (await import('./lang/detect.js')).detectLanguage;
  const sourceLang = resolveLanguage(sourceText, options.from, sourcePath, 'source', warn, detect);
  const targetLang = resolveLanguage(targetText, options.to, targetPath, 'target', warn, detect);
  if (sameLanguage(sourceLang, targetLang)) {
    const name = languageName(sourceLang);
    throw new AlignInputError(
      'SAME_LANGUAGE',
      `both texts are ${name} (${sourceLang}); expected a text and its translation (override detection with --from/--to)`,
    );
  }

  const degraded = degradedModeWarning(sourceLang, targetLang);
  if (degraded !== null) warn(degraded);

  const sourceSide = prepareSide(sourceText, sourceLang, { path: sourcePath, side: 'source', options, deadline, warn, position: options.sourcePosition });
  checkSentenceLimit(sourceSide, 'source', options.maxSentences);
  const targetSide = prepareSide(targetText, targetLang, { path: targetPath, side: 'target', options, deadline, warn, position: options.targetPosition });
  checkSentenceLimit(targetSide, 'target', options.maxSentences);

  const embedder = options.embedder ?? createLexicalEmbedder();
  // Progress comes every batch of sentences and every 1024 DP rows: the deadline's checkpoints.
  const onProgress: ProgressCallback = (event) => {
    deadline.check();
    options.onProgress?.(event);
  };
  const { beads } = await alignSentences(sourceSide, targetSide, { embedder, onProgress });
  deadline.check();
  // Figure pairing inside one bead is quadratic in places: crowded beads are compared in part.
  const findings = detectDrift(
    {
      source: { ...sourceSide, figures: capFiguresPerBead(beads, sourceSide, 'source', warn) },
      target: { ...targetSide, figures: capFiguresPerBead(beads, targetSide, 'target', warn) },
      beads,
    },
    options.drift,
  );
  deadline.check();
  if (findings.some((finding) => finding.kind === 'not-a-translation')) {
    await refuseContradictedLanguages([
      { text: sourceText, declared: options.from, flag: '--from', label: describe(sourcePath, 'source') },
      { text: targetText, declared: options.to, flag: '--to', label: describe(targetPath, 'target') },
    ]);
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    embedder: embedder.name,
    source: toTextSide(sourceSide),
    target: toTextSide(targetSide),
    alignment: { beads },
    findings,
    summary: summarize(sourceSide, targetSide, beads, findings),
  };
}

/**
 * Texts that do not correspond, with declared languages: when detection reliably reads either text
 * as another language, say so (exit 2) instead of a bare not-a-translation verdict. Detection runs
 * only here, so declaring both languages keeps franc off the normal path.
 */
async function refuseContradictedLanguages(sides: ReadonlyArray<{ text: string; declared: string | undefined; flag: string; label: string }>): Promise<void> {
  if (sides.every((side) => side.declared === undefined)) return;
  const { detectLanguage } = await import('./lang/detect.js');
  const checked: DeclaredSide[] = sides.flatMap((side) => {
    if (side.declared === undefined) return [];
    const detected = detectLanguage(side.text);
    return [{ flag: side.flag, label: side.label, declared: side.declared, detected: detected.tag === null ? null : baseLanguage(detected.tag), detectedName: detected.name, reliable: detected.reliable }];
  });
  const contradiction = declaredLanguageContradiction(checked);
  if (contradiction !== undefined) throw new AlignInputError('LANGUAGE_CONTRADICTION', contradiction);
}

function describe(path: string | null, side: 'source' | 'target'): string {
  return path ?? `${side} text`;
}

function requireText(text: string, path: string | null, side: 'source' | 'target'): void {
  if (text.trim() === '') throw new AlignInputError('EMPTY_TEXT', `${describe(path, side)}: the text is empty`);
}

interface SideContext {
  path: string | null;
  side: 'source' | 'target';
  options: AlignTextsOptions;
  deadline: Deadline;
  warn: (message: string) => void;
  /** Offsets → lines of the user's file (Markdown, HTML); absent for plain text. */
  position?: PositionMapper | undefined;
}

function prepareSide(text: string, lang: LanguageCode, context: SideContext): PreparedSide {
  const { path, side, options, deadline } = context;
  const maxSentenceLength = options.maxSentenceLength ?? DEFAULT_MAX_SENTENCE_LENGTH;
  if (!Number.isInteger(maxSentenceLength) || maxSentenceLength < MIN_SENTENCE_LENGTH_LIMIT) {
    throw new AlignInputError('INVALID_OPTION', `the maximum sentence length must be a whole number of at least ${MIN_SENTENCE_LENGTH_LIMIT}`);
  }
  const cuts: LongSentenceCut[] = [];
  const segmented = segment(text, lang, {
    presplit: options.presplit ?? false,
    maxSentenceLength,
    onLongSentence: (cut) => cuts.push(cut),
    checkpoint: () => deadline.check(),
  });
  const position = context.position;
  const sentences = position === undefined ? segmented : segmented.map((sentence) => ({ ...sentence, ...position(sentence.start) }));
  if (cuts.length > 0) context.warn(longSentenceWarning(describe(path, side), cuts, maxSentenceLength));
  deadline.check();
  const maxFigures = options.maxFigures ?? DEFAULT_MAX_FIGURES;
  const found = extractFiguresInChunks(text, lang, sentences.map((s) => s.start), {
    afterChunk: (count) => {
      if (count > maxFigures) {
        throw new AlignLimitError(
          'figures',
          path,
          `${describe(path, side)}: more than ${maxFigures} figures (numbers, amounts, dates); the limit is ${maxFigures} per file (raise it with --max-figures; see docs/limits.md)`,
        );
      }
      deadline.check();
    },
  });
  const figures = assignToSentences(found, sentences);
  return { path, text, lang, sentences, figures };
}

/**
 * Figures compared per side of one bead (up to four sentences). Far above real prose; a passage of
 * bare numbers reaches it. Beyond it the bead's figures are not compared (docs/limits.md).
 */
export const MAX_FIGURES_PER_BEAD = 400;

/**
 * The side's figures per sentence with each bead's share cut to `MAX_FIGURES_PER_BEAD` (in
 * document order); one warning per side when any bead was cut.
 */
function capFiguresPerBead(
  beads: readonly Bead[],
  side: PreparedSide,
  which: 'source' | 'target',
  warn: (message: string) => void,
): Figure[][] {
  let capped: Figure[][] | undefined;
  let crowded = 0;
  let first: Sentence | undefined;
  for (const bead of beads) {
    const ids = which === 'source' ? bead.source : bead.target;
    let count = 0;
    for (const id of ids) count += side.figures[id]?.length ?? 0;
    if (count <= MAX_FIGURES_PER_BEAD) continue;
    crowded++;
    first ??= side.sentences[ids[0]!];
    capped ??= [...side.figures];
    let room = MAX_FIGURES_PER_BEAD;
    for (const id of ids) {
      const figures = side.figures[id] ?? [];
      capped[id] = figures.slice(0, room);
      room -= capped[id].length;
    }
  }
  if (capped === undefined || first === undefined) return side.figures;
  const what = crowded === 1 ? 'a passage holds' : `${crowded} passages hold`;
  warn(
    `${describe(side.path, which)}:${first.line}:${first.column}: ${what} more than ${MAX_FIGURES_PER_BEAD} figures; only the first ${MAX_FIGURES_PER_BEAD} of each were compared (see docs/limits.md)`,
  );
  return capped;
}

/** Below this a cut would split ordinary sentences. */
const MIN_SENTENCE_LENGTH_LIMIT = 200;

/** One warning per file: how many sentences were cut, and where the first one is. */
function longSentenceWarning(file: string, cuts: readonly LongSentenceCut[], limit: number): string {
  const first = cuts[0]!;
  const what = cuts.length === 1 ? `a sentence of ${first.length} characters` : `${cuts.length} sentences`;
  return `${file}:${first.line}:${first.column}: ${what} longer than the limit of ${limit} characters cut at clause or word boundaries (see docs/limits.md)`;
}

function checkSentenceLimit(side: PreparedSide, which: 'source' | 'target', limit: number | undefined): void {
  if (limit === undefined || side.sentences.length <= limit) return;
  throw new AlignInputError(
    'TOO_MANY_SENTENCES',
    `${describe(side.path, which)}: ${side.sentences.length} sentences is more than --max-sentences ${limit}`,
  );
}

/** Figures come in document order, like sentences, so one merge pass assigns them. */
function assignToSentences(figures: readonly Figure[], sentences: readonly Sentence[]): Figure[][] {
  const perSentence: Figure[][] = sentences.map(() => []);
  let index = 0;
  for (const figure of [...figures].sort((a, b) => a.start - b.start)) {
    while (index < sentences.length - 1 && figure.start >= sentences[index]!.end) index += 1;
    const sentence = sentences[index];
    if (sentence !== undefined && figure.start >= sentence.start && figure.start < sentence.end) perSentence[index]!.push(figure);
  }
  return perSentence;
}

function toTextSide(side: PreparedSide): TextSide {
  return {
    path: side.path,
    lang: side.lang,
    sentences: side.sentences,
    // Weak figures (Italian `un`, ordinal words) only matter when a finding names them.
    figures: side.figures.flatMap((figures, sentenceId) =>
      figures.filter((figure) => figure.weak !== true).map((figure) => ({ ...toFigureRef(figure), sentenceId })),
    ),
  };
}

const BEAD_TYPES: readonly BeadType[] = ['1-1', '1-2', '2-1', '2-2', '1-0', '0-1', '1-3', '3-1', '2-3', '3-2', '1-4', '4-1'];

function summarize(source: PreparedSide, target: PreparedSide, beads: readonly Bead[], findings: readonly Finding[]): ReportSummary {
  const beadTypes = Object.fromEntries(BEAD_TYPES.map((type) => [type, 0])) as Record<BeadType, number>;
  for (const bead of beads) beadTypes[bead.type] += 1;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) bySeverity[finding.severity] += 1;
  const meanScore = beads.length === 0 ? 0 : beads.reduce((sum, bead) => sum + bead.score, 0) / beads.length;
  const verdict = findings.some((f) => f.kind === 'not-a-translation')
    ? 'not-a-translation'
    : bySeverity.error + bySeverity.warning > 0
      ? 'drift'
      : 'clean';
  return {
    sourceSentences: source.sentences.length,
    targetSentences: target.sentences.length,
    beads: beads.length,
    beadTypes,
    meanScore: Math.round(meanScore * 1000) / 1000,
    findings: { total: findings.length, bySeverity, byKind: countByKind(findings) },
    verdict,
  };
}
