import { compareFigureSets } from '../figures/index.js';
import type { Bead, FigureFinding, Finding, FindingKind, Severity } from '../types.js';
import { baseLanguage } from '../lang/index.js';
import { reviewBoundaries } from './boundaries.js';
import { canMeasureCoverage, conceptBag, coverage } from './coverage.js';
import { assessCorrespondence, type CorrespondenceOptions } from './correspondence.js';
import { beadLocation, type DraftFinding, type DriftInput, type DriftSide } from './draft.js';
import { normalizeForFingerprint, stableHash } from './fingerprint.js';
import { nameFindings, sideNameKeys, type SideNameKeys } from './names.js';
import { negationFindings } from './negation.js';
import { latinPattern } from '../text/latin-pattern.js';

export { assessCorrespondence, type Correspondence, type CorrespondenceOptions } from './correspondence.js';

export type { DriftInput, DriftSide } from './draft.js';

export interface DriftOptions extends CorrespondenceOptions {
  /** A matched bead scoring below this is reported as `low-similarity`. */
  lowSimilarityScore: number;
  /**
   * A 1-1 pair scoring below `lowSimilarityScore` whose sentences both have at least this many
   * words reads as unrelated (a warning): a bag-of-words score is only evidence on long enough
   * sentences. Shorter weak pairs are idioms and loose renderings as often as not (info).
   */
  minWordsForUnrelated: number;
}

export const DEFAULT_DRIFT_OPTIONS: DriftOptions = {
  lowSimilarityScore: 0.5,
  minWordsForUnrelated: 10,
  minCorrespondence: 0.8,
  minSentencesForVerdict: 3,
};

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Every drift finding of an aligned pair, in document order. */
export function detectDrift(input: DriftInput, options: Partial<DriftOptions> = {}): Finding[] {
  const settings = { ...DEFAULT_DRIFT_OPTIONS, ...options };
  const correspondence = assessCorrespondence(input.beads, input.source.sentences.length, input.target.sentences.length, settings);
  const names = correspondence.corresponds ? sideNameKeys(input) : { source: new Set<string>(), target: new Set<string>() };
  const findings = correspondence.corresponds
    ? input.beads.flatMap((bead, index) => beadFindings(input, bead, index, settings, names))
    : [notATranslationFinding(input, correspondence.pairedShare)];
  const reviewed = correspondence.corresponds ? reviewBoundaries(findings, input) : findings;
  return withFingerprints(mergeReplacedSentences(reviewed, input, settings));
}

/**
 * A sentence dropped right where an unrelated one was added is a sentence that was replaced:
 * one `low-similarity` finding on the two says that better than an omission plus an addition.
 */
function mergeReplacedSentences(findings: DraftFinding[], input: DriftInput, options: DriftOptions): DraftFinding[] {
  const merged: DraftFinding[] = [];
  for (const finding of findings) {
    const previous = merged.at(-1);
    if (previous !== undefined && isReplacement(previous, finding)) {
      const [omission, addition] = previous.kind === 'omission' ? [previous, finding] : [finding, previous];
      merged[merged.length - 1] = replacementFinding(omission, addition, input, options);
    } else {
      merged.push(finding);
    }
  }
  return merged;
}

function isReplacement(a: DraftFinding, b: DraftFinding): boolean {
  // A split or merge by the translator (info, see boundaries.ts) is no replaced sentence.
  if (a.severity !== 'warning' || b.severity !== 'warning') return false;
  const kinds = new Set([a.kind, b.kind]);
  return kinds.has('omission') && kinds.has('addition') && a.bead !== undefined && b.bead === a.bead + 1;
}

const MIN_WORDS_FOR_REPLACED = 4;

/** Like a weak 1-1 pair: only sentences long enough to judge are called unrelated (see `lowSimilarityFinding`). */
function replacementFinding(omission: DraftFinding, addition: DraftFinding, input: DriftInput, options: DriftOptions): DraftFinding {
  // People count sentences from 1; the ids in the JSON stay 0-based.
  const sourceIds = omission.sourceIds.map((id) => id + 1).join('+');
  const targetIds = addition.targetIds.map((id) => id + 1).join('+');
  const words = Math.min(
    ...omission.sourceIds.map((id) => wordCount(input.source.sentences[id]!.text)),
    ...addition.targetIds.map((id) => wordCount(input.target.sentences[id]!.text)),
  );
  return {
    kind: 'low-similarity',
    // The aligner refused to pair these two, which is stronger evidence than a weak 1-1 score.
    severity: words >= MIN_WORDS_FOR_REPLACED ? 'warning' : 'info',
    message: `Source sentence ${sourceIds} (line ${omission.sourceLines.join(', ')}) and target sentence ${targetIds} (line ${addition.targetLines.join(', ')}) stand in the same place but do not correspond: a mistranslation or a replaced sentence`,
    bead: Math.min(omission.bead!, addition.bead!),
    sourceIds: omission.sourceIds,
    targetIds: addition.targetIds,
    sourceLines: omission.sourceLines,
    targetLines: addition.targetLines,
    fingerprintParts: ['low-similarity', ...omission.fingerprintParts.slice(1), ...addition.fingerprintParts.slice(1)],
  };
}


function beadFindings(input: DriftInput, bead: Bead, index: number, options: DriftOptions, names: SideNameKeys): DraftFinding[] {
  const sourceFigures = bead.source.flatMap((id) => input.source.figures[id] ?? []);
  const targetFigures = bead.target.flatMap((id) => input.target.figures[id] ?? []);
  const figureFindings = compareFigureSets(sourceFigures, targetFigures, {
    from: input.source.locale ?? input.source.lang,
    to: input.target.locale ?? input.target.lang,
  });

  if (bead.target.length === 0 || bead.source.length === 0) {
    // The omission or addition says it all; only a separator error in that sentence is still worth a line.
    return [unpairedFinding(input, bead, index), ...formatOnly(figureFindings).map((f) => fromFigureFinding(input, bead, index, f))];
  }

  const located = figureFindings.map((finding) => fromFigureFinding(input, bead, index, finding));
  // A weak pair reads too differently for a name or negation check to say anything more.
  if (bead.score < options.lowSimilarityScore) return [lowSimilarityFinding(input, bead, index, options), ...located];
  return [...located, ...nameFindings(input, bead, index, names), ...negationFindings(input, bead, index)];
}

function formatOnly(findings: FigureFinding[]): FigureFinding[] {
  return findings.filter((finding) => finding.kind === 'number-format');
}

function sentenceText(side: DriftSide, ids: readonly number[]): string {
  return normalizeForFingerprint(ids.map((id) => side.sentences[id]!.text).join(' '));
}

/** A 1-0 bead is an omission from the translation; a 0-1 bead an addition to it. */
function unpairedFinding(input: DriftInput, bead: Bead, index: number): DraftFinding {
  const omitted = bead.target.length === 0;
  const side = omitted ? input.source : input.target;
  const ids = omitted ? bead.source : bead.target;
  const first = side.sentences[ids[0]!]!;
  const kind = omitted ? 'omission' : 'addition';
  return {
    kind,
    severity: 'warning',
    message: `${omitted ? 'Source' : 'Target'} sentence ${first.id + 1} (line ${first.line}) has no counterpart in the ${omitted ? 'translation' : 'source'}: “${excerpt(first.text)}”`,
    ...beadLocation(input, bead, index),
    fingerprintParts: [kind, sentenceText(side, ids)],
  };
}

/**
 * A 1-1 pair is unrelated only when this little of either sentence has a counterpart in the other
 * (`mutualCoverage`): about the 99th percentile of sentences from other articles paired by force on
 * NTREX in every language (0.11–0.14). A free but faithful rendering that the bag-of-words score
 * misses still shares more (`The officers were treated for minor facial injuries` ↔ `les agents
 * ont été soignés pour blessures légères au visage`).
 */
const UNRELATED_PAIR_COVERAGE = 0.12;

/** The smaller of the two shares of content words with a counterpart on the other side, or null if unmeasurable. */
function mutualCoverage(input: DriftInput, bead: Bead): number | null {
  const sourceLang = baseLanguage(input.source.lang);
  const targetLang = baseLanguage(input.target.lang);
  if (!canMeasureCoverage(sourceLang, targetLang)) return null;
  const source = conceptBag(bead.source.map((id) => input.source.sentences[id]!.text).join(' '), sourceLang);
  const target = conceptBag(bead.target.map((id) => input.target.sentences[id]!.text).join(' '), targetLang);
  return Math.min(coverage(source, target), coverage(target, source));
}

/**
 * A weak 1-1 pair of long sentences that share almost no content words says something else than
 * its source: a replaced sentence or a mistranslation (warning). Short weak pairs, weak pairs that
 * still share content, and weak n:m beads are only a hint (info): idioms and loose renderings score
 * low too (about 1% of professional news pairs).
 */
function lowSimilarityFinding(input: DriftInput, bead: Bead, index: number, options: DriftOptions): DraftFinding {
  const sourceIds = bead.source.join('+');
  const targetIds = bead.target.join('+');
  const long =
    bead.type === '1-1' &&
    Math.min(wordCount(input.source.sentences[bead.source[0]!]!.text), wordCount(input.target.sentences[bead.target[0]!]!.text)) >=
      options.minWordsForUnrelated;
  const unrelated = long && (mutualCoverage(input, bead) ?? 0) < UNRELATED_PAIR_COVERAGE;
  return {
    kind: 'low-similarity',
    severity: unrelated ? 'warning' : 'info',
    message: unrelated
      ? `Source ${sourceIds} and target ${targetIds} are aligned but do not correspond (score ${bead.score.toFixed(2)}): a replaced sentence or a mistranslation`
      : `Source ${sourceIds} and target ${targetIds} are aligned but read very differently (score ${bead.score.toFixed(2)}): check the translation`,
    ...beadLocation(input, bead, index),
    fingerprintParts: ['low-similarity', sentenceText(input.source, bead.source), sentenceText(input.target, bead.target)],
  };
}

function fromFigureFinding(input: DriftInput, bead: Bead, index: number, finding: FigureFinding): DraftFinding {
  const located: DraftFinding = {
    kind: finding.kind,
    severity: finding.severity,
    message: finding.message,
    ...beadLocation(input, bead, index),
    fingerprintParts: [
      finding.kind,
      finding.aspect ?? '',
      finding.side ?? '',
      finding.source?.surface ?? '',
      finding.target?.surface ?? '',
    ],
  };
  if (finding.aspect !== undefined) located.aspect = finding.aspect;
  if (finding.side !== undefined) located.side = finding.side;
  if (finding.source !== undefined) located.source = finding.source;
  if (finding.target !== undefined) located.target = finding.target;
  if (finding.conversion !== undefined) located.conversion = finding.conversion;
  return located;
}

function notATranslationFinding(input: DriftInput, pairedShare: number): DraftFinding {
  const percent = Math.round(pairedShare * 100);
  return {
    kind: 'not-a-translation',
    severity: 'error',
    message: `The texts do not correspond: ${100 - percent}% of sentences found no counterpart and the pairs found are weak. Is this the right pair of files?`,
    sourceIds: [],
    targetIds: [],
    sourceLines: [],
    targetLines: [],
    fingerprintParts: [
      'not-a-translation',
      stableHash(input.source.sentences.map((s) => normalizeForFingerprint(s.text))),
      stableHash(input.target.sentences.map((s) => normalizeForFingerprint(s.text))),
    ],
  };
}

/** Identical findings (same figures in two places) are told apart by their order of occurrence. */
function withFingerprints(drafts: DraftFinding[]): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map(({ fingerprintParts, ...finding }) => {
    const base = stableHash(fingerprintParts);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...finding, fingerprint: occurrence === 0 ? base : stableHash([base, String(occurrence)]) };
  });
}

const WORD = latinPattern(String.raw`[\p{L}\p{N}]+`, 'gu');

function wordCount(text: string): number {
  return text.match(WORD.on(text))?.length ?? 0;
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Whether any finding reaches the given severity (the CLI's `--fail-on`). */
export function hasFindingAtOrAbove(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold]);
}

export function countByKind(findings: readonly Finding[]): Partial<Record<FindingKind, number>> {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}
