/**
 * Terminal safety: text from a file (its name or its contents) must not be able to drive the
 * terminal it is printed on. ANSI/OSC escape sequences start with ESC (or a C1 control such as
 * U+009B CSI), so every C0 control, DEL and C1 control is shown as a visible escape (`\x1b`,
 * `\u009b`) instead. A newline or tab is kept only where the caller says so: in a file name or a
 * one-line message it becomes `\n`, so a name cannot split a message or forge an `align:` line.
 */

// C0 controls except TAB and LF, DEL, and C1 controls.
const CONTROLS_KEEP_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;
// Every C0 control (TAB and LF too), DEL and C1.
const CONTROLS_ALL = /[\u0000-\u001f\u007f-\u009f]/gu;

function escapeControl(char: string): string {
  const code = char.codePointAt(0)!;
  if (char === '\n') return '\\n';
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** For one-line text (file names, messages): every control character, newline included, made visible. */
export function visible(text: string): string {
  return text.replace(CONTROLS_ALL, escapeControl);
}

/** For running text (sentences, reports): like `visible` but keeps newlines and tabs. */
export function visibleKeepLayout(text: string): string {
  return text.replace(CONTROLS_KEEP_LAYOUT, escapeControl);
}

/** True when the text holds a character that could drive a terminal (newlines and tabs aside). */
export function hasControl(text: string): boolean {
  return /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u.test(text);
}

/**
 * JSON text with DEL and the C1 controls written as `\u` escapes. JSON.stringify escapes only
 * U+0000–U+001F, and a raw U+009B (CSI) can drive some terminals when JSON is printed; the escape
 * is the same string to every JSON parser.
 */
export function escapeJsonControls(json: string): string {
  // Not a `u` pattern: these are single UTF-16 units either way, and V8 runs a pattern's first
  // match in its interpreter, which for a `u` pattern over megabytes of JSON took ~30 ms.
  return json.replace(/[\x7f-\x9f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
