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
  'name-mismatch': 'Name mismatch',
  negation: 'Negation',
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

/**
 * Label and description of a bead shape `m-n`. Words, not colour, tell a merge from a split, an
 * omission or an addition.
 */
export function beadTypeInfo(type: BeadType | string): BeadTypeInfo {
  const match = /^(\d+)-(\d+)$/.exec(type);
  if (!match) return { label: type, description: type };
  const [m, n] = [Number(match[1]), Number(match[2])];
  const sentences = (count: number, side: string): string => `${count} ${side} sentence${count === 1 ? '' : 's'}`;
  if (n === 0) return { label: `${m} : 0 omitted`, description: `${sentences(m, 'source')} with no translation` };
  if (m === 0) return { label: `0 : ${n} added`, description: `${sentences(n, 'target')} with no source` };
  if (m === 1 && n === 1) return { label: '1 : 1', description: 'one sentence ↔ one sentence' };
  if (m > n) return { label: `${m} : ${n} merge`, description: `${sentences(m, 'source')} merged into ${sentences(n, 'target')}` };
  if (m < n) return { label: `${m} : ${n} split`, description: `${sentences(m, 'source')} split into ${sentences(n, 'target')}` };
  return { label: `${m} : ${n}`, description: `${sentences(m, 'source')} ↔ ${sentences(n, 'target')}` };
}

/** CSS class of a bead shape: `gap` (omission/addition), `multi` (merge, split, n:n) or `single`. */
export function beadShapeClass(type: BeadType | string): 'gap' | 'multi' | 'single' {
  const [m, n] = type.split('-').map(Number);
  if (m === 0 || n === 0) return 'gap';
  return m === 1 && n === 1 ? 'single' : 'multi';
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

export { languageName } from '../../lang/index.js';

/** `0 errors`, `1 warning`, `3 info`: counts read as English. */
export function severityCount(count: number, severity: Severity): string {
  const label = SEVERITY_LABELS[severity].toLowerCase();
  if (severity === 'info' || count === 1) return `${count} ${label}`;
  return `${count} ${label}s`;
}
