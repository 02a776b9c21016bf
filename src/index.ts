/**
 * article-align: align an article with its translation and flag where the translation drifts.
 * The library never touches the console, the process or user files; see `src/cli/` for the CLI.
 */
export { alignTexts, type AlignTextsOptions } from './pipeline.js';
export { normalizeText } from './normalize.js';
export { segment, splitParagraphs, type ParagraphSpan, type SegmentationProfile } from './segment/index.js';
export { detectLanguage, type LanguageDetection, type DetectLanguageOptions } from './lang/detect.js';
export { LANGUAGES, findLanguage, isSupportedLanguage, type LanguageInfo } from './lang/index.js';
export { extractFigures, compareFigures, compareFigureSets, toFigureRef } from './figures/index.js';
export {
  createEmbedder,
  createLexicalEmbedder,
  withEmbeddingCache,
  EmbedderError,
  ModelNotFoundError,
  MissingDependencyError,
  UnknownEmbedderError,
  isEmbedderError,
  EMBEDDER_KINDS,
  type EmbedderKind,
  type CreateEmbedderOptions,
  type CachedEmbedder,
  type LexicalEmbedderOptions,
} from './embed/index.js';
export { alignSentences, TooManySentencesError, type AlignSide, type AlignOptions, type AlignmentResult } from './align/index.js';
export { detectDrift, hasFindingAtOrAbove, DEFAULT_DRIFT_OPTIONS, type DriftInput, type DriftOptions } from './drift/index.js';
export {
  FORMATTERS,
  formatJson,
  formatTable,
  formatHtml,
  renderBatchIndexHtml,
  type BatchIndexEntry,
  formatNdjson,
  formatNdjsonBatch,
  formatMarkdown,
  formatMarkdownBatch,
  formatSarif,
  formatSarifBatch,
  formatGithub,
  formatGithubBatch,
  formatJunit,
  formatJunitBatch,
  escapeCommandData,
  escapeCommandProperty,
  locateFinding,
  type FindingLocation,
  type CiFormatOptions,
} from './report/index.js';
export {
  convertInput,
  convertMarkdown,
  convertHtml,
  detectInputFormat,
  remapReport,
  INPUT_FORMATS,
  type ConvertedText,
  type InputFormat,
  type InputFormatOption,
} from './input/index.js';
export { loadConfig, parseConfig, ConfigError, configSchema, type AlignConfig, type SuppressionRule } from './config/index.js';
export { configJsonSchema } from './config/json-schema.js';
export { createSuppressor, replaceFindings } from './suppress/index.js';
export {
  createBaselineMatcher,
  buildBaseline,
  parseBaseline,
  serializeBaseline,
  BaselineError,
  type Baseline,
  type BaselineEntry,
} from './baseline/index.js';
export { runBatch, type RunBatchOptions } from './batch/pool.js';
export { resolveBatchInput, readManifest, discoverPairs, BatchInputError } from './batch/pairs.js';
export type { PairSpec, PairOutcome, BatchResult } from './batch/types.js';
export { AlignInputError, AlignLimitError, type AlignErrorCode, type AlignLimit } from './errors.js';
export { createDeadline, type Deadline } from './deadline.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
export * from './types.js';
