/**
 * Sentence boundaries that the aligner's beads blur (issue #10, item 6):
 * - an unrelated sentence absorbed into a 1-2 or 2-1 bead next to a real one is an `addition`
 *   (target side) or an `omission` (source side), warning;
 * - a sentence the translator split or merged, which the aligner left as a 1-0 or 0-1 bead next to
 *   the rest of it, is no omission or addition: it drops to info.
 * Both look inside beads with `coverage` (src/drift/coverage.ts); only for English against a
 * language with a word lexicon, where coverage means something.
 */
import { baseLanguage } from '../lang/index.js';
import type { Bead } from '../types.js';
import { canMeasureCoverage, conceptBag, coverage, type ConceptBag } from './coverage.js';
import { beadLocation, type DraftFinding, type DriftInput, type DriftSide } from './draft.js';
import { normalizeForFingerprint } from './fingerprint.js';

/** A part covered less than this by its bead's other side is unrelated (p99 of unrelated pairs ≈ 0.2–0.3, of true pairs' p1 ≈ 0.2). */
const UNRELATED_COVERAGE = 0.1;
/** The other part of the bead must read as a translation (true pairs' p5 ≈ 0.35). */
const RELATED_COVERAGE = 0.3;
/** An unpaired sentence covered this much by its neighbour's other side continues that neighbour. */
const CONTINUES_COVERAGE = 0.4;
/** …and with it, this much more of the neighbour's other side must be accounted for. */
const CONTINUES_GAIN = 0.1;
/** …and hold at least this share of the characters of both sentences (translations run 0.9–1.2). */
const CONTINUES_LENGTH = 0.7;
/** Fewer content words than this say too little either way. */
const MIN_CONTENT_WORDS = 6;
const MIN_CONTENT_WORDS_TO_CONTINUE = 3;

type Side = 'source' | 'target';

class Bags {
  private readonly cache = { source: new Map<number, ConceptBag>(), target: new Map<number, ConceptBag>() };

  constructor(private readonly input: DriftInput) {}

  of(side: Side, ids: readonly number[]): ConceptBag {
    return ids.flatMap((id) => {
      let bag = this.cache[side].get(id);
      if (bag === undefined) {
        const drift: DriftSide = this.input[side];
        bag = conceptBag(drift.sentences[id]!.text, baseLanguage(drift.lang));
        this.cache[side].set(id, bag);
      }
      return [...bag];
    });
  }
}

function length(side: DriftSide, ids: readonly number[]): number {
  return ids.reduce((sum, id) => sum + side.sentences[id]!.text.length, 0);
}

function isPair(bead: Bead | undefined): bead is Bead {
  return bead !== undefined && bead.source.length > 0 && bead.target.length > 0;
}

/** Adds findings for unrelated sentences inside 1-2/2-1 beads and lowers translator splits and merges to info. */
export function reviewBoundaries(findings: readonly DraftFinding[], input: DriftInput): DraftFinding[] {
  if (!canMeasureCoverage(baseLanguage(input.source.lang), baseLanguage(input.target.lang))) return [...findings];
  const bags = new Bags(input);
  const reviewed = findings.map((finding) => continuedSentence(finding, input, bags) ?? finding);
  const absorbed = input.beads.flatMap((bead, index) => absorbedSentences(bead, index, input, bags));
  if (absorbed.length === 0) return reviewed;
  // Keep document order: a bead's own findings, then what was found inside it.
  return [...reviewed, ...absorbed].sort((a, b) => (a.bead ?? 0) - (b.bead ?? 0));
}

/**
 * An omission or addition whose sentence its neighbour pair's other side already accounts for: the
 * translator split or merged sentences, and the aligner kept the rest apart.
 */
function continuedSentence(finding: DraftFinding, input: DriftInput, bags: Bags): DraftFinding | null {
  if ((finding.kind !== 'omission' && finding.kind !== 'addition') || finding.severity !== 'warning' || finding.bead === undefined) return null;
  const bead = input.beads[finding.bead];
  if (bead === undefined) return null;
  const side: Side = finding.kind === 'omission' ? 'source' : 'target';
  const other: Side = side === 'source' ? 'target' : 'source';
  const ids = bead[side];
  const bag = bags.of(side, ids);
  if (bag.length < MIN_CONTENT_WORDS_TO_CONTINUE) return null;
  for (const neighbour of [input.beads[finding.bead - 1], input.beads[finding.bead + 1]]) {
    if (!isPair(neighbour) || coverage(bag, bags.of(other, neighbour[other])) < CONTINUES_COVERAGE) continue;
    // The neighbour's other side must need this sentence: with it, more of that side is accounted
    // for. A dropped sentence on the same topic shares words with its neighbour but explains nothing new.
    const neighbourOther = bags.of(other, neighbour[other]);
    const alone = coverage(neighbourOther, bags.of(side, neighbour[side]));
    const joined = coverage(neighbourOther, [...bags.of(side, neighbour[side]), ...bag]);
    if (joined - alone < CONTINUES_GAIN) continue;
    // …and be long enough to hold both: a lede that repeats the headline is no merge of the two.
    if (length(input[other], neighbour[other]) < CONTINUES_LENGTH * (length(input[side], neighbour[side]) + length(input[side], ids))) continue;
    const sentence = input[side].sentences[ids[0]!]!;
    const partner = input[other].sentences[neighbour[other][0]!]!;
    const what = side === 'source' ? 'merged it into the translation of' : 'split it off the translation of';
    return {
      ...finding,
      severity: 'info',
      message: `${side === 'source' ? 'Source' : 'Target'} sentence ${sentence.id + 1} (line ${sentence.line}) is not ${side === 'source' ? 'missing' : 'added'}: the translator ${what} ${other} sentence ${partner.id + 1} (line ${partner.line})`,
    };
  }
  return null;
}

/** In a 1-2 or 2-1 bead, a sentence its single counterpart does not account for, while the other does. */
function absorbedSentences(bead: Bead, index: number, input: DriftInput, bags: Bags): DraftFinding[] {
  const split: Side | null =
    bead.source.length === 1 && bead.target.length === 2 ? 'target' : bead.source.length === 2 && bead.target.length === 1 ? 'source' : null;
  if (split === null) return [];
  const single: Side = split === 'source' ? 'target' : 'source';
  const counterpart = bags.of(single, bead[single]);
  const [first, second] = bead[split] as [number, number];
  const covered = [first, second].map((id) => ({ id, bag: bags.of(split, [id]) })).map((part) => ({ ...part, share: coverage(part.bag, counterpart) }));
  return covered.flatMap((part, at) => {
    const rest = covered[1 - at]!;
    if (part.bag.length < MIN_CONTENT_WORDS || part.share >= UNRELATED_COVERAGE || rest.share < RELATED_COVERAGE) return [];
    const sentence = input[split].sentences[part.id]!;
    const kind = split === 'source' ? 'omission' : 'addition';
    const location = beadLocation(input, bead, index);
    const own = split === 'source' ? { sourceIds: [part.id], sourceLines: [sentence.line] } : { targetIds: [part.id], targetLines: [sentence.line] };
    return [
      {
        kind,
        severity: 'warning',
        message:
          split === 'source'
            ? `Source sentence ${sentence.id + 1} (line ${sentence.line}) was aligned with the translation of its neighbour but has no counterpart in it: “${excerpt(sentence.text)}”`
            : `Target sentence ${sentence.id + 1} (line ${sentence.line}) was aligned with its neighbour's source but has no counterpart in the source: “${excerpt(sentence.text)}”`,
        ...location,
        ...own,
        fingerprintParts: [kind, normalizeForFingerprint(sentence.text)],
      } satisfies DraftFinding,
    ];
  });
}

function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
