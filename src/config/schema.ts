import { z } from 'zod';

const FINDING_KINDS = [
  'figure-mismatch',
  'figure-missing',
  'figure-added',
  'omission',
  'addition',
  'low-similarity',
  'number-format',
  'not-a-translation',
] as const;

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

/** `500000`, `"512kb"`, `"10mb"`: the same sizes `--max-bytes` accepts. */
const byteSize = z.union([
  z.number().int().positive(),
  z.string().regex(/^\s*\d+(\.\d+)?\s*(k|kb|m|mb|g|gb)?\s*$/iu, 'expected a size such as 500000, "512kb" or "10mb"'),
]);

/**
 * A suppression: findings that match every criterion given (kind, figure, conversion) in files that
 * match `paths` are dropped before the exit code is decided. At least one criterion is required.
 */
export const suppressionSchema = z
  .object({
    /** Globs (picomatch) matched against the source and target paths, relative to the config file. */
    paths: oneOrMany(z.string().min(1)).optional(),
    kind: oneOrMany(z.enum(FINDING_KINDS)).optional(),
    /** A figure as written (`$3 million`) or normalised (`3000000 USD`), on either side. */
    figure: oneOrMany(z.string().min(1)).optional(),
    /** A unit conversion the translation is known to make, e.g. `yd → m`. */
    conversion: oneOrMany(z.string().min(1)).optional(),
    reason: z.string().optional(),
  })
  .strict()
  .refine((rule) => rule.kind !== undefined || rule.figure !== undefined || rule.conversion !== undefined, {
    message: 'a suppression needs at least one of "kind", "figure" or "conversion"',
  });

export const batchConfigSchema = z
  .object({
    /** Folder of originals inside a batch directory (default `en`). */
    sourceDir: z.string().min(1).optional(),
    /** Folder of translations inside a batch directory (default `it`). */
    targetDir: z.string().min(1).optional(),
    /** Pair files by full name (`slug.md` ↔ `slug.md`) or by stem (`slug.md` ↔ `slug.html`). */
    match: z.enum(['name', 'stem']).optional(),
    /** Only files matching these globs (relative to the source folder) are checked. */
    include: oneOrMany(z.string().min(1)).optional(),
    /** Worker threads; default: the number of cores. */
    jobs: z.number().int().positive().optional(),
  })
  .strict();

/** Everything a flag can set, under the flag's camelCase name, plus batch settings and suppressions. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    from: z.string().min(2).optional(),
    to: z.string().min(2).optional(),
    /** One format, or several, paired in order with `output` like repeated `--format/--output`. */
    format: oneOrMany(z.enum(['table', 'json', 'ndjson', 'markdown', 'sarif', 'github', 'junit', 'html'])).optional(),
    output: oneOrMany(z.string().min(1)).optional(),
    onlyDrift: z.boolean().optional(),
    failOn: z.enum(['error', 'warning', 'info', 'never']).optional(),
    presplit: z.boolean().optional(),
    maxBytes: byteSize.optional(),
    maxSentences: z.number().int().positive().optional(),
    color: z.boolean().optional(),
    embedder: z.enum(['lexical', 'model2vec', 'onnx']).optional(),
    model: z.string().min(1).optional(),
    cacheDir: z.string().min(1).optional(),
    cache: z.boolean().optional(),
    inputFormat: z.enum(['auto', 'text', 'markdown', 'html']).optional(),
    baseline: z.string().min(1).optional(),
    jobs: z.number().int().positive().optional(),
    batch: batchConfigSchema.optional(),
    suppress: z.array(suppressionSchema).optional(),
  })
  .strict();

export type AlignConfig = z.infer<typeof configSchema>;
export type SuppressionRule = z.infer<typeof suppressionSchema>;
export type BatchConfig = z.infer<typeof batchConfigSchema>;
