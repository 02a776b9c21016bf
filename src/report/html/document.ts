/** The HTML document around a report or the batch index: one file, nothing to fetch. */
import { createHash } from 'node:crypto';
import { html, jsonForScript, raw, type SafeHtml } from './escape.js';
import { REPORT_CSS } from './styles.js';

/** SHA-256 source expression for a Content-Security-Policy that allows exactly one inline script. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/**
 * The page's policy: nothing may be fetched (no fonts, images, scripts, frames, connections) and
 * only the report's own script runs, even if some text escaped its escaping.
 */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src ${scripts.map(cspHash).join(' ') || "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function documentShell(params: {
  title: string;
  body: SafeHtml;
  data: unknown;
  script: string | null;
  generator: string;
  extraCss?: string;
}): string {
  const scripts = params.script ? [params.script] : [];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scripts)}">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${params.generator}">
<title>${params.title}</title>
<style>${raw(REPORT_CSS + (params.extraCss ?? ''))}</style>
</head>
<body>
${params.body}
<script type="application/json" id="aa-data">${raw(jsonForScript(params.data))}</script>
${params.script ? html`<script>${raw(params.script)}</script>` : ''}
</body>
</html>
`.value;
}
