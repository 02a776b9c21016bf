/**
 * Typed errors of the embedder layer. Every message is one self-contained line, so the CLI can
 * print it as `align: <message>` and exit 2 without a stack trace.
 */

export type EmbedderErrorCode =
  /** `kind` is not one of the known embedders. */
  | 'unknown-embedder'
  /** A neural embedder was requested without `model`. */
  | 'model-required'
  /** The model is neither a local folder nor present in a local cache. */
  | 'model-not-found'
  /** The model folder exists but a file is missing or malformed. */
  | 'model-invalid'
  /** An optional dependency (e.g. `@huggingface/transformers`) is not installed. */
  | 'missing-dependency'
  /** The runtime failed while loading or running the model. */
  | 'model-runtime';

export class EmbedderError extends Error {
  readonly code: EmbedderErrorCode;

  constructor(code: EmbedderErrorCode, message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
    this.name = 'EmbedderError';
    this.code = code;
  }
}

export class UnknownEmbedderError extends EmbedderError {
  readonly kind: string;
  constructor(kind: string, known: readonly string[]) {
    super('unknown-embedder', `unknown embedder "${kind}" (expected one of: ${known.join(', ')})`);
    this.name = 'UnknownEmbedderError';
    this.kind = kind;
  }
}

export class ModelNotFoundError extends EmbedderError {
  readonly model: string;
  readonly searched: readonly string[];
  constructor(message: string, model: string, searched: readonly string[]) {
    super('model-not-found', message);
    this.name = 'ModelNotFoundError';
    this.model = model;
    this.searched = searched;
  }
}

export class InvalidModelError extends EmbedderError {
  readonly path: string;
  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super('model-invalid', `invalid model at ${path}: ${problem}`, options);
    this.name = 'InvalidModelError';
    this.path = path;
  }
}

export class MissingDependencyError extends EmbedderError {
  readonly dependency: string;
  constructor(dependency: string, purpose: string, options?: { cause?: unknown }) {
    super(
      'missing-dependency',
      `${purpose} needs the optional package ${dependency}, which is not installed: run \`npm install ${dependency}\``,
      options,
    );
    this.name = 'MissingDependencyError';
    this.dependency = dependency;
  }
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function isEmbedderError(error: unknown): error is EmbedderError {
  return error instanceof EmbedderError;
}
