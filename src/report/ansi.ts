/**
 * The few terminal styles the table formats use, written as chalk writes them at its basic colour
 * level (test/report/ansi.test.ts compares them with chalk): loading chalk loads `tty` and probes
 * the terminal (~5 ms of a run), though the CLI has already decided whether to colour.
 */
import type { Severity } from '../types.js';

export type Paint = (text: string) => string;

export interface Palette {
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  magenta: Paint;
  bold: Paint;
  dim: Paint;
  grey: Paint;
}

const plain: Paint = (text) => text;

/**
 * `open` + text + `close`, as chalk does it: a `close` inside the text reopens the style (so an
 * inner style does not end this one), and each line break closes it and reopens it after.
 */
function style(open: string, close: string): Paint {
  return (text) => {
    if (text === '') return text;
    let body = text.includes('\u001b') ? text.split(close).join(close + open) : text;
    if (body.includes('\n')) body = body.replace(/\r?\n/g, (lineBreak) => close + lineBreak + open);
    return open + body + close;
  };
}

const COLOURED: Palette = {
  red: style('\u001b[31m', '\u001b[39m'),
  green: style('\u001b[32m', '\u001b[39m'),
  yellow: style('\u001b[33m', '\u001b[39m'),
  cyan: style('\u001b[36m', '\u001b[39m'),
  magenta: style('\u001b[35m', '\u001b[39m'),
  bold: style('\u001b[1m', '\u001b[22m'),
  dim: style('\u001b[2m', '\u001b[22m'),
  grey: style('\u001b[90m', '\u001b[39m'),
};

const PLAIN: Palette = { red: plain, green: plain, yellow: plain, cyan: plain, magenta: plain, bold: plain, dim: plain, grey: plain };

export function palette(color: boolean): Palette {
  return color ? COLOURED : PLAIN;
}

/** Errors red, warnings yellow, info cyan. */
export function paintSeverity(colors: Palette, severity: Severity, text: string): string {
  if (severity === 'error') return colors.red(text);
  if (severity === 'warning') return colors.yellow(text);
  return colors.cyan(text);
}
