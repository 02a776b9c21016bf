import { escapeJsonControls } from '../text/visible.js';

/**
 * The JSON report (`formatJson`) as a sequence of pieces, for writing without building one string
 * of the whole report: at 100k sentences the report is ~100 MB of text, and the single string,
 * its growing copy inside JSON.stringify and the Buffer written from it cost several times that.
 * The pieces joined are byte for byte `formatJson`'s output.
 *
 * Objects and arrays near the root are written member by member; deeper values (a sentence, a
 * bead, a finding) are stringified whole and re-indented, which is what JSON.stringify's own
 * nesting produces (string values never hold a raw newline, so every newline is structural).
 */
export function* jsonReportChunks(report: unknown, chunkChars = 64 * 1024): Generator<string> {
  let buffer = '';
  for (const piece of pieces(report, '', 0)) {
    buffer += piece;
    if (buffer.length >= chunkChars) {
      yield escapeJsonControls(buffer);
      buffer = '';
    }
  }
  yield escapeJsonControls(`${buffer}\n`);
}

/** Depth down to which containers are opened member by member. */
const OPEN_DEPTH = 3;

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= OPEN_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield leaf(value, indent, false);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item: unknown = value[i];
      if (leaf(item, inner, true) === undefined) yield 'null';
      else yield* pieces(item, inner, depth + 1);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, member]) => leaf(member, inner, true) !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, member] = entries[i]!;
    yield `${inner}${JSON.stringify(key)}: `;
    yield* pieces(member, inner, depth + 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * A value stringified as JSON.stringify(…, null, 2) nests it at `indent`; with `probe`, only
 * whether it is written at all (undefined, functions and symbols are not).
 */
function leaf(value: unknown, indent: string, probe: true): string | undefined;
function leaf(value: unknown, indent: string, probe: false): string;
function leaf(value: unknown, indent: string, probe: boolean): string | undefined {
  if (probe) return value === undefined || typeof value === 'function' || typeof value === 'symbol' ? undefined : '';
  const text = JSON.stringify(value, null, 2);
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
