/**
 * Shared contracts between pipeline stages. Every stage module depends on these types only,
 * never on another stage's internals.
 */

/** ISO 639-1 code of a language with a profile in `src/lang/` (v1: `en`, `it`). */
export type LanguageCode = string;

/** A sentence with its position in the (BOM-stripped, LF-normalised) input text. */
export interface Sentence {
  /** 0-based index among the text's sentences (with `--presplit`: among the non-blank lines). */
  id: number;
  text: string;
  /** UTF-16 offsets into the text: `text === input.slice(start, end)`. */
  start: number;
  end: number;
  /** 0-based paragraph index. */
  paragraph: number;
  /** 1-based line and column of `start`. */
  line: number;
  column: number;
}

export interface SegmentOptions {
  /** One sentence per line; blank lines separate paragraphs. */
  presplit?: boolean;
  /**
   * Sentences longer than this many UTF-16 code units are cut at clause or word boundaries
   * (default 2000; see docs/limits.md).
   */
  maxSentenceLength?: number;
  /** Told about each sentence that was cut: where it starts, its length and the pieces made. */
  onLongSentence?: (cut: LongSentenceCut) => void;
  /** Called between units of work (paragraphs, chunks of a long one); may throw to stop the run. */
  checkpoint?: () => void;
}

/** A sentence longer than `SegmentOptions.maxSentenceLength`, cut into pieces. */
export interface LongSentenceCut {
  /** 1-based line and column where the sentence starts. */
  line: number;
  column: number;
  /** Its length in UTF-16 code units. */
  length: number;
  pieces: number;
}

/** What a figure measures. */
export type FigureKind =
  | 'number'
  | 'currency'
  | 'percent'
  | 'percentage-point'
  | 'quantity'
  | 'date'
  | 'time'
  | 'year'
  | 'ordinal'
  | 'range'
  | 'identifier';

/** A figure found in a text, normalised so that figures can be compared by meaning. */
export interface Figure {
  /** The text as written, e.g. `$ 3 million`. */
  surface: string;
  /** UTF-16 offsets of `surface` in the text passed to `extractFigures`. */
  start: number;
  end: number;
  kind: FigureKind;
  /** Normalised value with scale applied (`$ 3 million` → 3000000); null for identifiers. */
  value: number | null;
  /** Canonical unit: ISO currency (`USD`, `EUR`, `GBP`, `BTC`), `%`, `pp`, SI unit, … ; null for bare numbers. */
  unit: string | null;
  /** A canonical meaning key: two figures with equal keys mean the same thing. */
  key: string;
  /** Qualifier written before the figure (`over`, `oltre`, `about`, `fino a`); not part of `key`. */
  qualifier?: FigureQualifier;
  /** For ranges (`10-20 dollars`): both ends, scale applied; `value` is the low end. */
  range?: { low: number; high: number };
  /** Other readings of an ambiguous surface (en `1.250` = 1.25, or 1250 with the wrong separator; `11/12`). */
  alternatives?: FigureReading[];
  /** A formatting problem of the chosen reading for the text's language (e.g. a grouped year). */
  formatIssue?: string;
  /** May legitimately vanish in translation (article-like `un`, ordinal words): never reported missing/added. */
  weak?: boolean;
  /** The number as written before its scale word (`3` of `3 milioni`), and the scale (1e6). */
  mantissa?: number;
  scale?: number;
}

/** Comparison bound written before a figure. */
export type FigureQualifier = 'approx' | 'gt' | 'ge' | 'lt' | 'le' | 'nearly';

/** One reading of an ambiguous figure. */
export interface FigureReading {
  value: number | null;
  unit: string | null;
  key: string;
  kind: FigureKind;
  range?: { low: number; high: number };
  /** Set when this reading needs conventions of another locale (wrong separator, wrong date order). */
  formatIssue?: string;
  /** Human-readable description of the reading, e.g. `12 November 2026 (US order)`. */
  note?: string;
  /** A native but unlikely reading (en `10.000` as ten with three zero decimals). */
  implausible?: boolean;
}

export type FigureAspect = 'value' | 'scale' | 'currency' | 'unit' | 'sign' | 'date' | 'qualifier';

export type Severity = 'error' | 'warning' | 'info';

/** The finding kinds are part of the public contract (JSON output, CI formats, baselines). */
export const FINDING_KINDS = [
  'figure-mismatch',
  'figure-missing',
  'figure-added',
  'omission',
  'addition',
  'low-similarity',
  'number-format',
  'name-mismatch',
  'negation',
  'not-a-translation',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/** A figure as reported in a finding. */
export interface FigureRef {
  surface: string;
  start: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  unit: string | null;
  /** Human-readable normalised form, e.g. `3000000 USD`. */
  normalized: string;
}

/** A finding produced by comparing two figure sets (no sentence context yet). */
export interface FigureFinding {
  kind: 'figure-mismatch' | 'figure-missing' | 'figure-added' | 'number-format';
  severity: Severity;
  aspect?: FigureAspect;
  message: string;
  /** Which side a `number-format` finding is on. */
  side?: 'source' | 'target';
  source?: FigureRef;
  target?: FigureRef;
  /** Set when a figure matched only after a unit conversion (e.g. yards → metres). */
  conversion?: string;
  /** Set when a side was ambiguous (`11/12/2026`) and how it was resolved. */
  ambiguity?: string;
}

export interface CompareFiguresResult {
  ok: boolean;
  findings: FigureFinding[];
}

export interface FigureCompareOptions {
  from: LanguageCode;
  to: LanguageCode;
}

/** A drift finding located in the aligned documents. */
export interface Finding {
  kind: FindingKind;
  severity: Severity;
  aspect?: FigureAspect;
  message: string;
  /** Index into `alignment.beads`, when the finding belongs to one bead. */
  bead?: number;
  sourceIds: number[];
  targetIds: number[];
  /** 1-based lines of the sentences named by `sourceIds` / `targetIds`. */
  sourceLines: number[];
  targetLines: number[];
  /** Which text a `number-format` finding is about. */
  side?: 'source' | 'target';
  source?: FigureRef;
  target?: FigureRef;
  conversion?: string;
  /** Stable fingerprint (survives edits elsewhere in the text), for baselines and CI de-duplication. */
  fingerprint: string;
}

/** `m-n`: m source sentences aligned with n target sentences; 1-0 / 0-1 are omissions / additions. */
export type BeadType =
  | '1-1'
  | '1-2'
  | '2-1'
  | '2-2'
  | '1-0'
  | '0-1'
  | '1-3'
  | '3-1'
  | '2-3'
  | '3-2'
  | '1-4'
  | '4-1';

/** A group of source sentences aligned with a group of target sentences. */
export interface Bead {
  source: number[];
  target: number[];
  type: BeadType;
  /** Overall bead score in [0, 1]; higher is a more confident match. */
  score: number;
  /** Cosine similarity of the joined sentences' embeddings (absent for 1-0 / 0-1). */
  similarity?: number;
}

/** Embeds texts into vectors in one space shared by all supported languages. */
export interface Embedder {
  readonly name: string;
  readonly dimension: number;
  /**
   * True when the vector of a joined text equals the sum of its parts' vectors (bag-of-words
   * embedders), so an aligner may build window vectors by adding sentence vectors.
   */
  readonly additive?: boolean;
  /** Batched: one vector per text, in order. Vectors need not be normalised; compare by cosine. */
  embed(texts: readonly string[], lang: LanguageCode): Promise<Float32Array[]>;
}

/** Reports progress of long-running stages; the CLI renders it on stderr. */
export type ProgressCallback = (event: { stage: string; done: number; total: number }) => void;

export interface TextSide {
  path: string | null;
  lang: LanguageCode;
  sentences: Sentence[];
  /** Figures of the whole text, with offsets into the text, each tagged with its sentence. */
  figures: Array<FigureRef & { sentenceId: number }>;
}

export interface ReportSummary {
  sourceSentences: number;
  targetSentences: number;
  beads: number;
  beadTypes: Record<BeadType, number>;
  meanScore: number;
  findings: {
    total: number;
    bySeverity: Record<Severity, number>;
    byKind: Partial<Record<FindingKind, number>>;
  };
  /** `not-a-translation` when the texts do not correspond. */
  verdict: 'clean' | 'drift' | 'not-a-translation';
}

export const REPORT_SCHEMA_VERSION = '1.0.0';

export interface AlignmentReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: string; version: string };
  embedder: string;
  source: TextSide;
  target: TextSide;
  alignment: { beads: Bead[] };
  findings: Finding[];
  summary: ReportSummary;
}

/** Options shared by all formatters. Formatters are pure `(report, options) => string`. */
export interface FormatOptions {
  color: boolean;
  onlyDrift: boolean;
  /** Terminal width for the table formatter. */
  width?: number;
}

export type Formatter = (report: AlignmentReport, options: FormatOptions) => string;
