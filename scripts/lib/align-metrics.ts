/** Strict and lax precision/recall/F1 of sentence-alignment beads (see ../shared/README.md). */

export interface IdBead {
  source: readonly number[];
  target: readonly number[];
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts {
  predicted: number;
  gold: number;
  strictHits: number;
  laxPredictedHits: number;
  laxGoldHits: number;
}

const key = (bead: IdBead): string => `${[...bead.source].sort((a, b) => a - b).join(',')}|${[...bead.target].sort((a, b) => a - b).join(',')}`;

function overlaps(a: IdBead, b: IdBead): boolean {
  const share = (x: readonly number[], y: readonly number[]): boolean => x.some((v) => y.includes(v));
  const aSkip = a.source.length === 0 || a.target.length === 0;
  const bSkip = b.source.length === 0 || b.target.length === 0;
  if (aSkip || bSkip) {
    // A deletion bead only matches a deletion of the same sentence.
    return aSkip && bSkip && (share(a.source, b.source) || share(a.target, b.target));
  }
  return share(a.source, b.source) && share(a.target, b.target);
}

export function countBeads(predicted: readonly IdBead[], gold: readonly IdBead[]): Counts {
  const goldKeys = new Set(gold.map(key));
  const strictHits = predicted.filter((b) => goldKeys.has(key(b))).length;
  // Index beads by sentence so long documents are not compared all against all.
  const index = (beads: readonly IdBead[]): Map<string, IdBead[]> => {
    const map = new Map<string, IdBead[]>();
    for (const bead of beads) {
      for (const s of bead.source) map.set(`s${s}`, [...(map.get(`s${s}`) ?? []), bead]);
      for (const t of bead.target) map.set(`t${t}`, [...(map.get(`t${t}`) ?? []), bead]);
    }
    return map;
  };
  const near = (bead: IdBead, map: Map<string, IdBead[]>): IdBead[] => [
    ...bead.source.flatMap((s) => map.get(`s${s}`) ?? []),
    ...bead.target.flatMap((t) => map.get(`t${t}`) ?? []),
  ];
  const goldIndex = index(gold);
  const predictedIndex = index(predicted);
  const laxPredictedHits = predicted.filter((p) => near(p, goldIndex).some((g) => overlaps(p, g))).length;
  const laxGoldHits = gold.filter((g) => near(g, predictedIndex).some((p) => overlaps(p, g))).length;
  return { predicted: predicted.length, gold: gold.length, strictHits, laxPredictedHits, laxGoldHits };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    strictHits: a.strictHits + b.strictHits,
    laxPredictedHits: a.laxPredictedHits + b.laxPredictedHits,
    laxGoldHits: a.laxGoldHits + b.laxGoldHits,
  };
}

export const ZERO_COUNTS: Counts = { predicted: 0, gold: 0, strictHits: 0, laxPredictedHits: 0, laxGoldHits: 0 };

function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

export function strictScore(c: Counts): Score {
  const precision = c.predicted ? c.strictHits / c.predicted : 0;
  const recall = c.gold ? c.strictHits / c.gold : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

export function laxScore(c: Counts): Score {
  const precision = c.predicted ? c.laxPredictedHits / c.predicted : 0;
  const recall = c.gold ? c.laxGoldHits / c.gold : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

const shape = (bead: IdBead): string => `${bead.source.length}-${bead.target.length}`;

/**
 * For every gold bead: `exact` when predicted as is, otherwise the shapes of the predicted beads
 * that cover its sentences (e.g. gold 1-2 → `1-1 + 0-1`).
 */
export function confusion(predicted: readonly IdBead[], gold: readonly IdBead[]): Array<[string, string]> {
  const predictedKeys = new Set(predicted.map(key));
  return gold.map((g) => {
    if (predictedKeys.has(key(g))) return [shape(g), 'exact'];
    const covering = predicted.filter(
      (p) => p.source.some((v) => g.source.includes(v)) || p.target.some((v) => g.target.includes(v)),
    );
    return [shape(g), covering.map(shape).join(' + ') || '(none)'];
  });
}
