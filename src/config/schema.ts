import { z } from 'zod';
import { FINDING_KINDS } from '../types.js';

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
    paths: oneOrMany(z.string().min(1))
      .optional()
      .describe('Globs (picomatch) matched against the source and target paths, relative to the config file. Default: every file.'),
    kind: oneOrMany(z.enum(FINDING_KINDS)).optional().describe('Finding kinds to ignore, e.g. "number-format".'),
    figure: oneOrMany(z.string().min(1))
      .optional()
      .describe('A figure as written ("$3 million") or normalised ("3000000 USD"), on either side.'),
    conversion: oneOrMany(z.string().min(1)).optional().describe('A unit conversion the desk accepts, e.g. "yd → m".'),
    reason: z.string().optional().describe('Why: for the people who review the config.'),
  })
  .strict()
  .refine((rule) => rule.kind !== undefined || rule.figure !== undefined || rule.conversion !== undefined, {
    message: 'a suppression needs at least one of "kind", "figure" or "conversion"',
  });

export const batchConfigSchema = z
  .object({
    sourceDir: z.string().min(1).optional().describe('Folder of originals inside a batch folder (--source-dir; default "en").'),
    targetDir: z.string().min(1).optional().describe('Folder of translations inside a batch folder (--target-dir; default "it").'),
    match: z
      .enum(['name', 'stem'])
      .optional()
      .describe('Pair files by full name (slug.md ↔ slug.md) or by name without extension (slug.md ↔ slug.html) (--match).'),
    include: oneOrMany(z.string().min(1)).optional().describe('Only check source files matching these globs, relative to the source folder (--include).'),
    jobs: z.number().int().positive().optional().describe('Pairs checked at once (--jobs; default: number of cores).'),
  })
  .strict();

/** Everything a flag can set, under the flag's camelCase name, plus batch settings and suppressions. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    from: z.string().min(2).optional().describe('Source language (--from); detected when absent.'),
    to: z.string().min(2).optional().describe('Target language (--to); detected when absent.'),
    format: oneOrMany(z.enum(['table', 'json', 'ndjson', 'markdown', 'sarif', 'github', 'junit', 'html']))
      .optional()
      .describe('Output format(s) (--format), paired in order with "output".'),
    output: oneOrMany(z.string().min(1)).optional().describe('Output file(s) (--output), one per format; a format without one goes to stdout.'),
    onlyDrift: z.boolean().optional().describe('Show only aligned pairs with findings (--only-drift).'),
    failOn: z.enum(['error', 'warning', 'info', 'never']).optional().describe('Exit 1 when a finding is at least this severe (--fail-on; default "warning").'),
    presplit: z.boolean().optional().describe('Inputs hold one sentence per line (--presplit).'),
    maxBytes: byteSize.optional().describe('Refuse input files larger than this (--max-bytes; default "10mb").'),
    maxSentences: z.number().int().positive().optional().describe('Refuse texts with more sentences than this (--max-sentences).'),
    maxFigures: z
      .number()
      .int()
      .positive()
      .optional()
      .describe('Refuse texts with more figures (numbers, amounts, dates) than this (--max-figures; default 100000).'),
    timeout: z
      .number()
      .positive()
      .optional()
      .describe('Stop a run (in align batch: a pair) that takes longer than this many seconds; exit 2 / an error for that pair (--timeout).'),
    maxMemory: byteSize
      .optional()
      .describe('align batch: heap each pair may use before it is stopped and reported, e.g. "1gb" (--max-memory).'),
    color: z.boolean().optional().describe('Force colour on or off (--color / --no-color).'),
    embedder: z.enum(['lexical', 'model2vec', 'onnx']).optional().describe('Sentence embedder (--embedder; default "lexical").'),
    model: z.string().min(1).optional().describe('Model folder ("./models/x") or id for model2vec/onnx (--model).'),
    cacheDir: z.string().min(1).optional().describe('Where model files and the embedding cache live (--cache-dir).'),
    cache: z.boolean().optional().describe('Cache sentence embeddings on disk between runs (--cache).'),
    inputFormat: z.enum(['auto', 'text', 'markdown', 'html']).optional().describe('How to read the files (--input-format; default "auto").'),
    baseline: z.string().min(1).optional().describe('Baseline file of accepted findings (--baseline).'),
    jobs: z.number().int().positive().optional().describe('Pairs checked at once by align batch (--jobs).'),
    debug: z.boolean().optional().describe('Print stack traces of internal errors (--debug).'),
    batch: batchConfigSchema.optional().describe('How align batch finds pairs in a folder.'),
    suppress: z.array(suppressionSchema).optional().describe('Findings to ignore, per path glob.'),
  })
  .strict();

export type AlignConfig = z.infer<typeof configSchema>;
export type SuppressionRule = z.infer<typeof suppressionSchema>;
export type BatchConfig = z.infer<typeof batchConfigSchema>;
