/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core. Skipped, with a
 * message, only when /usr/bin/chromium does not exist (`.ci/run` installs it with apt-get).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml, renderBatchIndexHtml } from '../../../src/report/html/index.js';
import type { AlignmentReport } from '../../../src/types.js';
import { HOSTILE, hostileReport } from './hostile.js';
import { loadReportFixture, loadSeedReport } from './seed-report.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const ARTIFACTS = resolve('test-artifacts');
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser) {
  console.warn(`Skipping the HTML report browser tests: no browser at ${CHROMIUM} (apt-get install -y chromium).`);
}

function writeReport(name: string, report: AlignmentReport, onlyDrift = false): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, formatHtml(report, { color: true, onlyDrift }));
  return pathToFileURL(file).href;
}

describe.skipIf(!hasBrowser)(hasBrowser ? 'HTML report in Chromium' : `HTML report in Chromium (skipped: no browser at ${CHROMIUM})`, () => {
  let context: BrowserContext;
  let profile: string;
  let seed: AlignmentReport;
  let seedUrl: string;
  const demo = loadReportFixture('drift-demo');
  let demoUrl: string;

  beforeAll(async () => {
    seed = await loadSeedReport();
    seedUrl = writeReport('html-report-seed', seed);
    demoUrl = writeReport('html-report-demo', demo);
    profile = mkdtempSync(join(tmpdir(), 'article-align-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(url);
    return { page, errors };
  }

  it('opens the seed pair report: findings count, only-drift filter, finding link, screenshot', async () => {
    const { page, errors } = await open(seedUrl);
    try {
      expect(await page.locator('#findings-count').textContent()).toBe(String(seed.findings.length));
      expect(await page.locator('#finding-list > li').count()).toBe(seed.findings.length);

      const beads = page.locator('article.bead');
      expect(await beads.count()).toBe(seed.alignment.beads.length);
      const drift = new Set(seed.findings.map((f) => f.bead).filter((b): b is number => b !== undefined));

      await page.click('#only-drift');
      expect(await page.getAttribute('#only-drift', 'aria-pressed')).toBe('true');
      for (let index = 0; index < seed.alignment.beads.length; index++) {
        expect(await beads.nth(index).isVisible(), `bead ${index}`).toBe(drift.has(index));
      }
      expect(await page.locator('#filter-status').textContent()).toContain(`${seed.findings.length} of ${seed.findings.length} findings`);

      const last = page.locator('#finding-list > li').last();
      const beadIndex = Number(await last.getAttribute('data-bead'));
      await last.locator('a').click();
      const focused = await page.evaluate<string | undefined>('document.activeElement?.id');
      expect(focused).toBe(`bead-${beadIndex}`);
      const box = await page.locator(`#bead-${beadIndex}`).boundingBox();
      const viewport = page.viewportSize();
      expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
      expect(await last.getAttribute('aria-current')).toBe('true');

      await page.click('#only-drift');
      await page.evaluate('window.scrollTo(0, 0)');
      const shot = join(ARTIFACTS, 'html-report-seed.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('makes no network requests: only the document itself is loaded', async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) => (route.request().url() === demoUrl ? route.continue() : route.abort()));
    try {
      await page.goto(demoUrl);
      // Exercise everything interactive: tooltips, filters, keyboard, the overview.
      await page.hover('.cell mark.fig-mismatch');
      await page.click('#only-drift');
      await page.click('button[data-filter-kind="number-format"]');
      await page.keyboard.press('j');
      await page.keyboard.press('k');
      await page.click('.ov-bead[data-bead="8"]');
      await page.emulateMedia({ media: 'print' });
      await page.emulateMedia({ colorScheme: 'dark', media: 'screen' });
      await page.waitForTimeout(100);
      expect(requests).toEqual([demoUrl]);

      // The recorder does see requests: a page that fetches an image is caught.
      requests.length = 0;
      await page.unroute('**/*');
      await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
      await page.setContent('<img src="http://192.0.2.1/pixel.png">');
      await page.waitForTimeout(50);
      expect(requests).toContain('http://192.0.2.1/pixel.png');
    } finally {
      await page.close();
    }
  });

  it('renders hostile text as text and runs no injected script', async () => {
    const dialogs: string[] = [];
    const url = writeReport('html-report-hostile', hostileReport());
    const page = await context.newPage();
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    try {
      await page.goto(url);
      expect(await page.locator('#s-0').textContent()).toBe(HOSTILE.sentence);
      expect(await page.locator('#s-1').textContent()).toBe(HOSTILE.closer);
      expect(await page.locator('#s-2').textContent()).toBe(HOSTILE.quotes);
      expect(await page.locator('h1').textContent()).toContain(HOSTILE.fileName);
      expect(await page.evaluate<number>('document.scripts.length')).toBe(2);
      expect(await page.locator('article.bead').count()).toBe(4);
      expect(await page.locator('img').count()).toBe(0);
      await page.hover('.cell mark.fig');
      expect(await page.locator('#tip').textContent()).toContain(HOSTILE.surface);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('navigates findings with j / k and links figures to their counterpart', async () => {
    const { page, errors } = await open(demoUrl);
    try {
      await page.keyboard.press('j');
      expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(`bead-${demo.findings[0].bead}`);
      // Focus is visible: the focused bead is outlined.
      expect(await page.evaluate<string>('getComputedStyle(document.activeElement).boxShadow')).toMatch(/inset/);
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe(`bead-${demo.findings[2].bead}`);
      expect(await page.locator('#finding-list > li[aria-current="true"]').getAttribute('data-index')).toBe('2');
      await page.keyboard.press('k');
      expect(await page.locator('#finding-list > li[aria-current="true"]').getAttribute('data-index')).toBe('1');

      // Focus shows the counterpart and the explanation.
      const source = page.locator('mark.fig-mismatch[id^="s-"]').first();
      const pair = await source.getAttribute('data-pair');
      await source.focus();
      expect(await page.locator(`#${pair}`).getAttribute('class')).toContain('linked');
      const tip = await page.locator('#tip').textContent();
      expect(tip).toContain('3000000 USD');
      expect(tip).toContain('3000000 EUR');
      await page.keyboard.press('Escape');
      expect(await page.locator('#tip').isHidden()).toBe(true);

      // A kind filter hides those findings and their notes.
      await page.click('button[data-filter-kind="number-format"]');
      expect(await page.locator('#finding-list > li:visible').count()).toBe(demo.findings.filter((f) => f.kind !== 'number-format').length);
      expect(await page.locator('.notes li[data-finding="1"]').isHidden()).toBe(true);
      // A severity filter combined with only-drift hides beads whose findings are all filtered out.
      await page.click('button[data-filter-severity="warning"]');
      await page.click('#only-drift');
      expect(await page.locator('#bead-11').isVisible()).toBe(true);
      expect(await page.locator('#bead-2').isVisible()).toBe(true);
      expect(await page.locator('#bead-0').isHidden()).toBe(true);

      // Clicking the overview on a hidden bead turns only-drift off and jumps there.
      await page.click('.ov-bead[data-bead="5"]', { force: true });
      expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('bead-5');
      expect(await page.getAttribute('#only-drift', 'aria-pressed')).toBe('false');

      // Clicking the plot away from the path jumps to the nearest bead: (9.5, 9.5) is closest to
      // bead 9 (source 10 → 11, target 8 → 9) and more than 12 px from any segment.
      const svg = page.locator('#overview-svg');
      const box = (await svg.boundingBox())!;
      const geometry = await svg.evaluate((el) =>
        ['data-x0', 'data-y0', 'data-w', 'data-h', 'data-ns', 'data-nt'].map((name) => Number(el.getAttribute(name))),
      );
      const [x0, y0, w, h, ns, nt] = geometry;
      const scale = box.width / 300;
      await svg.click({ position: { x: (x0 + (9.5 / ns) * w) * scale, y: (y0 + (9.5 / nt) * h) * scale } });
      expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('bead-9');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('filters the batch index to the pairs that need attention, offline', async () => {
    const clean = { ...seed.summary, verdict: 'clean' as const };
    const file = join(ARTIFACTS, 'html-batch-index.html');
    writeFileSync(
      file,
      renderBatchIndexHtml([
        { sourcePath: 'en/a.txt', targetPath: 'it/a.txt', href: 'a.html', summary: clean },
        { sourcePath: 'en/b.txt', targetPath: 'it/b.txt', href: 'b.html', summary: demo.summary },
        { sourcePath: 'en/c.txt', targetPath: 'it/c.txt', error: 'en/c.txt: no such file' },
      ]),
    );
    const url = pathToFileURL(file).href;
    const { page, errors } = await open(url);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    try {
      await page.reload();
      expect(await page.locator('tbody tr:visible').count()).toBe(3);
      await page.click('#only-problems');
      expect(await page.locator('tbody tr:visible').count()).toBe(2);
      expect(await page.locator('tbody tr[data-status="clean"]').isHidden()).toBe(true);
      expect(requests).toEqual([url]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('has a dark mode and a print stylesheet', async () => {
    const { page } = await open(demoUrl);
    try {
      const background = (): Promise<string> => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await background();
      expect(dark).not.toBe(light);
      await page.click('#only-drift');
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      expect(await page.locator('.filters').isHidden()).toBe(true);
      expect(await page.locator('#bead-0').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });
});
