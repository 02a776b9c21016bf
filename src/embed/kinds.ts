/** The embedder names `--embedder` accepts; kept apart from the factory so the CLI can list them without loading any embedder. */
export const EMBEDDER_KINDS = ['lexical', 'model2vec', 'onnx'] as const;
export type EmbedderKind = (typeof EMBEDDER_KINDS)[number];
