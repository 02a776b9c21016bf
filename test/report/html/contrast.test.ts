/** WCAG 2 contrast of the report's palette, in the light and the dark scheme. */
import { describe, expect, it } from 'vitest';
import { REPORT_CSS } from '../../../src/report/html/styles.js';

function palette(block: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const match of block.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)) vars[match[1]] = match[2];
  return vars;
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const lightBlock = REPORT_CSS.slice(REPORT_CSS.indexOf(':root'), REPORT_CSS.indexOf('@media (prefers-color-scheme: dark)'));
const darkStart = REPORT_CSS.indexOf('@media (prefers-color-scheme: dark)');
const darkBlock = REPORT_CSS.slice(darkStart, REPORT_CSS.indexOf('\n}\n', darkStart));
const light = palette(lightBlock);
const dark = { ...light, ...palette(darkBlock) };

/** [foreground, background] pairs that carry text (AA: 4.5:1). */
const TEXT_PAIRS: Array<[string, string]> = [
  ['ink', 'panel'], ['ink', 'bg'], ['ink', 'panel-2'], ['ink-2', 'panel'], ['muted', 'panel'], ['muted', 'panel-2'], ['muted', 'bg'],
  ['accent', 'panel'], ['accent', 'accent-bg'],
  ['err', 'err-bg'], ['warn', 'warn-bg'], ['info', 'info-bg'], ['ok', 'ok-bg'], ['add', 'add-bg'],
  ['err', 'panel'], ['warn', 'panel'], ['info', 'panel'], ['add', 'panel'],
  ['ink', 'err-bg'], ['ink', 'warn-bg'], ['ink', 'info-bg'], ['ink', 'ok-bg'], ['ink', 'add-bg'],
  ['panel', 'ink'],
];

/** Graphics (score bands, underlines, path): 3:1 against the panel. */
const GRAPHIC_PAIRS: Array<[string, string]> = [
  ['band-strong', 'panel'], ['band-good', 'panel'], ['band-weak', 'panel'], ['band-poor', 'panel'],
  ['band-strong', 'panel-2'], ['band-good', 'panel-2'], ['band-weak', 'panel-2'], ['band-poor', 'panel-2'],
  ['err', 'err-bg'], ['warn', 'warn-bg'], ['info', 'info-bg'], ['ok', 'ok-bg'], ['add', 'add-bg'], ['focus', 'panel'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s scheme contrast', (_name, colours) => {
  it('defines every colour it is checked on', () => {
    for (const [fg, bg] of [...TEXT_PAIRS, ...GRAPHIC_PAIRS]) {
      expect(colours[fg], fg).toMatch(/^#/);
      expect(colours[bg], bg).toMatch(/^#/);
    }
  });

  it.each(TEXT_PAIRS)('text %s on %s reaches 4.5:1', (fg, bg) => {
    expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(4.5);
  });

  it.each(GRAPHIC_PAIRS)('graphic %s on %s reaches 3:1', (fg, bg) => {
    expect(contrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
