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
export { FORMATTERS, formatJson, formatTable, formatHtml, renderBatchIndexHtml, type BatchIndexEntry } from './report/index.js';
export { AlignInputError, type AlignErrorCode } from './errors.js';
export { TOOL_NAME, TOOL_VERSION } from './version.js';
export * from './types.js';
