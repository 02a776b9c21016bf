/**
 * Escaping primitives for the HTML report. Every piece of report text reaches the page through
 * `html` (which escapes interpolations) or `jsonForScript`, so hostile sentence text renders as text.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in element content and in double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Markup that is already safe; only `html` and `raw` create it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function renderValue(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  return escapeHtml(String(value));
}

/** Tagged template: interpolated strings are escaped, `SafeHtml` and arrays of it are inserted as is. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += renderValue(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Trusted markup written by this module (CSS, the client script); never report text. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * JSON that can sit inside `<script type="application/json">`: `<`, `>` and `&` are written as
 * `\u003c` etc., so neither `</script>` nor `<!--` can end or alter the element; U+2028/2029 too.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => '\\u' + char.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/**
 * A link target that cannot run script: relative paths and http(s)/file URLs pass, any other
 * scheme (`javascript:`, `data:`, …) is made relative by prefixing `./`.
 */
export function safeHref(href: string): string {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme && !/^(https?|file)$/i.test(scheme[1])) return './' + href.trimStart();
  return href;
}
