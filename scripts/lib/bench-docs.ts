/**
 * Long test documents for the scale benches: NTREX (perturbed at a different seed on every pass,
 * so passes are not copies) and EPTIC documents concatenated up to `size` sentences per side,
 * with the gold alignment of the whole.
 */
import type { IdBead } from './align-metrics.js';
import { type EvalDoc, loadEptic, loadNtrex } from './align-corpora.js';
import { perturbDocuments } from './perturb.js';

export interface LongDoc {
  source: string[];
  target: string[];
  gold: IdBead[];
}

export function buildLongDocument(size: number): LongDoc {
  const ntrex = loadNtrex().map((d) => ({ docId: d.docId, source: d.source, target: d.target }));
  const eptic = loadEptic();
  const doc: LongDoc = { source: [], target: [], gold: [] };
  const append = (part: EvalDoc): void => {
    const s0 = doc.source.length;
    const t0 = doc.target.length;
    doc.source.push(...part.source);
    doc.target.push(...part.target);
    for (const bead of part.gold) {
      doc.gold.push({ source: bead.source.map((i) => i + s0), target: bead.target.map((j) => j + t0) });
    }
  };
  for (let pass = 1; doc.source.length < size; pass++) {
    const parts: EvalDoc[] = [...perturbDocuments(ntrex, 1000 + pass), ...eptic];
    for (const part of parts) {
      if (doc.source.length >= size) break;
      append(part);
    }
  }
  return doc;
}
