import { alignSentences } from './align/index.js';
import { detectDrift, countByKind, type DriftOptions } from './drift/index.js';
import { createLexicalEmbedder } from './embed/lexical/index.js';
import { AlignInputError } from './errors.js';
import { extractFigures, toFigureRef } from './figures/index.js';
import { detectLanguage } from './lang/detect.js';
import { findLanguage, LANGUAGES } from './lang/index.js';
import { normalizeText } from './normalize.js';
import { segment } from './segment/index.js';
import {
  REPORT_SCHEMA_VERSION,
  type AlignmentReport,
  type Bead,
  type BeadType,
  type Embedder,
  type Figure,
  type Finding,
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
   * Line and column in the user's file of an offset in the text given (Markdown and HTML inputs
   * are converted to prose first), so that every message names the line of the file as written.
   */
  sourcePosition?: PositionMapper;
  targetPosition?: PositionMapper;
}

export type PositionMapper = (offset: number) => { line: number; column: number };

interface PreparedSide {
  path: string | null;
  text: string;
  lang: LanguageCode;
  sentences: Sentence[];
  figures: Figure[][];
}

/** The whole pipeline: languages → sentences → figures → embeddings → alignment → drift findings. */
export async function alignTexts(source: string, target: string, options: AlignTextsOptions = {}): Promise<AlignmentReport> {
  const sourcePath = options.sourcePath ?? null;
  const targetPath = options.targetPath ?? null;
  const sourceText = normalizeText(source);
  const targetText = normalizeText(target);
  requireText(sourceText, sourcePath, 'source');
  requireText(targetText, targetPath, 'target');

  const warn = options.onWarning ?? (() => undefined);
  const sourceLang = resolveLanguage(sourceText, options.from, sourcePath, 'source', warn);
  const targetLang = resolveLanguage(targetText, options.to, targetPath, 'target', warn);
  if (sourceLang === targetLang) {
    const name = findLanguage(sourceLang)?.name ?? sourceLang;
    throw new AlignInputError(
      'SAME_LANGUAGE',
      `both texts are ${name} (${sourceLang}); expected a text and its translation (override detection with --from/--to)`,
    );
  }

  const sourceSide = prepareSide(sourceText, sourceLang, sourcePath, options, options.sourcePosition);
  const targetSide = prepareSide(targetText, targetLang, targetPath, options, options.targetPosition);
  checkSentenceLimit(sourceSide, 'source', options.maxSentences);
  checkSentenceLimit(targetSide, 'target', options.maxSentences);

  const embedder = options.embedder ?? createLexicalEmbedder();
  const alignOptions = options.onProgress === undefined ? { embedder } : { embedder, onProgress: options.onProgress };
  const { beads } = await alignSentences(sourceSide, targetSide, alignOptions);

  const findings = detectDrift({ source: sourceSide, target: targetSide, beads }, options.drift);
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

function describe(path: string | null, side: 'source' | 'target'): string {
  return path ?? `${side} text`;
}

function requireText(text: string, path: string | null, side: 'source' | 'target'): void {
  if (text.trim() === '') throw new AlignInputError('EMPTY_TEXT', `${describe(path, side)}: the text is empty`);
}

function resolveLanguage(
  text: string,
  forced: LanguageCode | undefined,
  path: string | null,
  side: 'source' | 'target',
  warn: (message: string) => void,
): LanguageCode {
  const supported = LANGUAGES.map((lang) => lang.code).join(', ');
  if (forced !== undefined) {
    const lang = findLanguage(forced);
    if (lang === undefined) {
      throw new AlignInputError('LANGUAGE_UNSUPPORTED', `${describe(path, side)}: language '${forced}' is not supported (supported: ${supported})`);
    }
    return lang.code;
  }
  const detected = detectLanguage(text);
  const flag = side === 'source' ? '--from' : '--to';
  if (detected.code !== null) {
    if (!detected.reliable) warn(`${describe(path, side)}: language detection is unsure; taking it as ${detected.name} (name it with ${flag} to be sure)`);
    return detected.code;
  }
  if (detected.iso6393 === 'und') {
    throw new AlignInputError(
      'LANGUAGE_UNDETECTED',
      `${describe(path, side)}: cannot tell which language this is (too short?); name it with ${flag}`,
    );
  }
  throw new AlignInputError(
    'LANGUAGE_UNSUPPORTED',
    `${describe(path, side)}: looks like ${detected.name} (${detected.iso6393}), which is not supported (supported: ${supported})`,
  );
}

function prepareSide(text: string, lang: LanguageCode, path: string | null, options: AlignTextsOptions, position?: PositionMapper): PreparedSide {
  const segmented = segment(text, lang, { presplit: options.presplit ?? false });
  const sentences = position === undefined ? segmented : segmented.map((sentence) => ({ ...sentence, ...position(sentence.start) }));
  const figures = assignToSentences(extractFigures(text, lang), sentences);
  return { path, text, lang, sentences, figures };
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
