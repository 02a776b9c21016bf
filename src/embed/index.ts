export {
  createEmbedder,
  embeddingCacheDir,
  isEmbedderKind,
  EMBEDDER_KINDS,
  type CreateEmbedderOptions,
  type EmbedderKind,
} from './factory.js';
export {
  EmbedderError,
  InvalidModelError,
  MissingDependencyError,
  ModelNotFoundError,
  UnknownEmbedderError,
  isEmbedderError,
  type EmbedderErrorCode,
} from './errors.js';
export { createLexicalEmbedder, type LexicalEmbedderOptions } from './lexical/index.js';
export {
  createModel2VecEmbedder,
  encodeModel2Vec,
  loadModel2Vec,
  type Model2VecEmbedderOptions,
  type Model2VecModel,
} from './model2vec/index.js';
export {
  createOnnxEmbedder,
  setTransformersLoader,
  transformersLoader,
  type OnnxEmbedderOptions,
  type Pooling,
  type TransformersLoader,
} from './onnx/index.js';
export {
  withEmbeddingCache,
  type CachedEmbedder,
  type CacheFileSystem,
  type EmbeddingCacheOptions,
  type EmbeddingCacheStats,
} from './cache.js';
export { defaultModelCacheDirs, type ModelFileSystem, type ModelFileStat } from './model-files.js';
