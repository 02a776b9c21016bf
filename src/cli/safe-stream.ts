import { visibleKeepLayout } from '../text/visible.js';
import type { OutputStream } from './streams.js';

/** What the progress line writes first to redraw itself: carriage return, erase line. */
const REDRAW = '\r\u001b[2K';

/** Colour codes (SGR: `ESC [ … m`) only change colour; the CLI's own coloured summary keeps them. */
const SGR = /\u001b\[[0-9;]*m/gu;

function keepColor(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(SGR)) {
    out += visibleKeepLayout(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + visibleKeepLayout(text.slice(last));
}

/**
 * stderr as the CLI writes to it, with a last line of defence: every control character that is not
 * a newline or tab is made visible (`\x1b`), so a file name or article text in a message cannot drive
 * the terminal. The progress line's own redraw prefix is the only escape that passes, and only at
 * the start of a write (a message always starts with `align:`), and colour codes when stderr may be
 * coloured (a terminal, or --color / FORCE_COLOR).
 */
export function guardStream(stream: OutputStream, options: { allowColor?: boolean } = {}): OutputStream {
  const clean = options.allowColor === true ? keepColor : visibleKeepLayout;
  const guarded: OutputStream = {
    write: (chunk: string) => {
      const text = String(chunk);
      if (text.startsWith(REDRAW)) return stream.write(REDRAW + clean(text.slice(REDRAW.length)));
      return stream.write(clean(text));
    },
  };
  if (stream.isTTY !== undefined) guarded.isTTY = stream.isTTY;
  if (stream.columns !== undefined) guarded.columns = stream.columns;
  return guarded;
}

/** The CLI's streams with stderr guarded; colour passes when stderr may be coloured. */
export function withGuardedStderr<P extends { stderr: OutputStream; env: Readonly<Record<string, string | undefined>>; argv: readonly string[] }>(params: P): P {
  const force = params.env.FORCE_COLOR;
  const allowColor =
    params.stderr.isTTY === true || params.argv.includes('--color') || (force !== undefined && force !== '0' && force !== 'false');
  return { ...params, stderr: guardStream(params.stderr, { allowColor }) };
}
