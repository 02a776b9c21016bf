/**
 * Renders an HTML report and screenshots it with Debian's chromium.
 *
 *   npx tsx scripts/html-screenshot.ts [--seed | --edited | --fixture NAME] [--out FILE.png] [--html FILE.html]
 *                                      [--dark] [--width 1400] [--height 900] [--full] [--scroll Y] [--scale 2]
 *                                      [--hover CSS-SELECTOR]
 *
 * --seed (default) aligns fixtures/binance/en.txt with it.txt through `alignTexts`;
 * --edited aligns it with fixtures/report/binance-edited.it.txt (a translation with drift);
 * --fixture NAME renders fixtures/report/NAME.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { formatHtml } from '../src/report/html/index.js';
import type { AlignmentReport } from '../src/types.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'boolean', default: false },
    edited: { type: 'boolean', default: false },
    fixture: { type: 'string' },
    out: { type: 'string', default: 'test-artifacts/report.png' },
    html: { type: 'string' },
    dark: { type: 'boolean', default: false },
    width: { type: 'string', default: '1400' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    'only-drift': { type: 'boolean', default: false },
    scroll: { type: 'string', default: '0' },
    hover: { type: 'string' },
    'scale': { type: 'string', default: '1' },
  },
});

async function loadReport(): Promise<AlignmentReport> {
  if (values.fixture) {
    return JSON.parse(readFileSync(`fixtures/report/${values.fixture}.json`, 'utf8')) as AlignmentReport;
  }
  const { alignTexts } = await import('../src/pipeline.js');
  const targetPath = values.edited ? 'fixtures/report/binance-edited.it.txt' : 'fixtures/binance/it.txt';
  return alignTexts(readFileSync('fixtures/binance/en.txt', 'utf8'), readFileSync(targetPath, 'utf8'), {
    sourcePath: 'fixtures/binance/en.txt',
    targetPath,
  });
}

const report = await loadReport();
const htmlPath = resolve(values.html ?? values.out.replace(/\.png$/, '.html'));
mkdirSync(dirname(htmlPath), { recursive: true });
writeFileSync(htmlPath, formatHtml(report, { color: true, onlyDrift: values['only-drift'] }));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.dark ? 'dark' : 'light',
    deviceScaleFactor: Number(values.scale),
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => problems.push(`console ${message.type()}: ${message.text()}`));
  await page.goto('file://' + htmlPath);
  if (Number(values.scroll)) await page.evaluate(`window.scrollTo(0, ${Number(values.scroll)})`);
  if (values.hover) await page.hover(values.hover);
  const out = resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: values.full });
  process.stderr.write(`wrote ${htmlPath} and ${out}\n`);
  if (problems.length) process.stderr.write(problems.join('\n') + '\n');
} finally {
  await browser.close();
}
