/** Human wording and non-colour signals (icons, labels) for the HTML report. */
import type { BeadType, FindingKind, Severity } from '../../types.js';
import type { FigureStatus } from './model.js';

export const KIND_LABELS: Record<FindingKind, string> = {
  'figure-mismatch': 'Figure mismatch',
  'figure-missing': 'Figure missing',
  'figure-added': 'Figure added',
  omission: 'Omission',
  addition: 'Addition',
  'low-similarity': 'Low similarity',
  'number-format': 'Number format',
  'not-a-translation': 'Not a translation',
};

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

/** Shape-distinct glyphs so severity never depends on colour alone. */
export const SEVERITY_ICONS: Record<Severity, string> = {
  error: '✖',
  warning: '▲',
  info: 'ℹ',
};

export interface BeadTypeInfo {
  label: string;
  description: string;
}

export const BEAD_TYPES: Record<BeadType, BeadTypeInfo> = {
  '1-1': { label: '1 : 1', description: 'one sentence ↔ one sentence' },
  '1-2': { label: '1 : 2 split', description: 'one source sentence split into two target sentences' },
  '2-1': { label: '2 : 1 merge', description: 'two source sentences merged into one target sentence' },
  '2-2': { label: '2 : 2', description: 'two source sentences ↔ two target sentences' },
  '1-0': { label: '1 : 0 omitted', description: 'source sentence with no translation' },
  '0-1': { label: '0 : 1 added', description: 'target sentence with no source' },
};

export function beadTypeInfo(type: string): BeadTypeInfo {
  return (BEAD_TYPES as Record<string, BeadTypeInfo>)[type] ?? { label: type, description: type };
}

export interface FigureStatusInfo {
  label: string;
  /** Superscript glyph shown after the figure (not colour alone). */
  glyph: string;
}

export const FIGURE_STATUS: Record<FigureStatus, FigureStatusInfo> = {
  matched: { label: 'Matched', glyph: '' },
  mismatch: { label: 'Mismatch', glyph: '≠' },
  missing: { label: 'Missing in target', glyph: '−' },
  added: { label: 'Added in target', glyph: '+' },
  format: { label: 'Number format', glyph: '?' },
  unpaired: { label: 'Not compared', glyph: '' },
};

export type ScoreBand = 'strong' | 'good' | 'weak' | 'poor';

export const SCORE_BANDS: ReadonlyArray<{ band: ScoreBand; min: number; label: string }> = [
  { band: 'strong', min: 0.75, label: '≥ 0.75' },
  { band: 'good', min: 0.55, label: '0.55–0.75' },
  { band: 'weak', min: 0.35, label: '0.35–0.55' },
  { band: 'poor', min: -Infinity, label: '< 0.35' },
];

export function scoreBand(score: number): ScoreBand {
  for (const { band, min } of SCORE_BANDS) if (score >= min) return band;
  return 'poor';
}

export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : '–';
}

export function languageName(code: string): string {
  const names: Record<string, string> = { en: 'English', it: 'Italian' };
  return names[code] ?? code.toUpperCase();
}
