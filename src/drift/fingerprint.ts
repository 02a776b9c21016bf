import { createHash } from 'node:crypto';

/**
 * A short stable hash. Fingerprints are built from what a finding is about (kind, figures,
 * the sentences' own text), never from positions, so they survive edits elsewhere in the text.
 */
export function stableHash(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}

/** Sentence text with whitespace and case folded, so re-wrapping a line keeps the fingerprint. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}
