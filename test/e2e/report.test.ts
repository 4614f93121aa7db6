/**
 * The handed-over report (`netloom report`) of an industry scenario with its plan, opened in
 * Chromium as a reader would open the file: no console error, not one request beyond the file
 * itself (it needs no network), the charts drawn as inline SVG. Its PDF is rendered page by page
 * by poppler's pdftoppm (gray PGM), and each page must have ink on it. Screenshot: docs/report.png.
 * The app: Export report (HTML) after a run gives the same page, the scenario known by the same hash
 * (Web Crypto in the page, node:crypto in the CLI); printed, the app shows its view without the toolbar
 * and side panels, within an A4 page's width.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { netloom } from '../cli/netloom.ts';
import { type App, buildAndServe, CHROMIUM, CHROMIUM_ARGS, newPage, openFromLibrary, ROOT, runAndWait, SHOTS, shot } from './harness.ts';

const DIR = join(ROOT, 'test-results', 'report');
const SCENARIO = join(ROOT, 'scenarios', 'industry', 'packaging-line.json');
const PLAN = join(DIR, 'packaging-line.plan.json');
const HTML = join(DIR, 'packaging-line.html');
const PDF = join(DIR, 'packaging-line.pdf');

let browser: Browser;
beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const plan = netloom('plan', SCENARIO, '--json', PLAN, '--force');
  expect(plan.code, plan.stderr).toBe(0);
  const report = netloom('report', SCENARIO, '--plan', PLAN, '--html', HTML, '--pdf', PDF, '--force');
  expect(report.code, report.stderr).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});
afterAll(async () => browser?.close());

/** Non-white pixels of a binary PGM (P5, 8 bits) image. */
function ink(pgm: Buffer): { pixels: number; inked: number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('not a binary PGM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let inked = 0;
  for (let i = 0; i < w * h; i++) if (data[i] < 200) inked++;
  return { pixels: w * h, inked };
}

describe('the HTML report and its PDF', () => {
  test('opens offline: no request but the file, no console error, the charts drawn', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1300 } });
    const url = pathToFileURL(HTML).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('svg[aria-label="topology"]').count()).toBe(1);
    expect(await page.locator('svg[aria-label^="latency CDF of"]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[aria-label^="latency histogram of"]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[aria-label="link utilization"]').count()).toBe(1);
    expect(await page.locator('svg[aria-label="Pareto front of cost and worst margin"]').count()).toBe(1);
    const plan = JSON.parse(readFileSync(PLAN, 'utf8'));
    const planText = await page.locator('#plan').innerText();
    for (const a of plan.actions) expect(planText).toContain(a.label);
    expect(await page.locator('#reproduce').innerText()).toContain(plan.scenarioHash);
    // the first screen, for README
    const shotPath = join(SHOTS, 'report.png');
    await page.screenshot({ path: shotPath });
    copyFileSync(shotPath, join(ROOT, 'docs', 'report.png'));
    await page.close();
  });

  test('the PDF: A4 pages, each with content on it', () => {
    const prefix = join(DIR, 'page');
    const r = spawnSync('pdftoppm', ['-gray', '-r', '30', PDF, prefix], { encoding: 'utf8' });
    expect(r.error, 'pdftoppm (Debian poppler-utils) is needed').toBeUndefined();
    expect(r.status, r.stderr).toBe(0);
    const pages = readdirSync(DIR)
      .filter((f) => f.startsWith('page') && f.endsWith('.pgm'))
      .sort();
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) {
      const { pixels, inked } = ink(readFileSync(join(DIR, p)));
      expect(pixels).toBeGreaterThan(240 * 340); // A4 at 30 dpi: 248 × 351
      expect(inked / pixels, `${p} is blank`).toBeGreaterThan(0.002);
    }
    expect(statSync(PDF).size).toBeLessThan(5 * 2 ** 20);
  });
});

describe('the app: Export report (HTML) and printing', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildAndServe('report');
  });
  afterAll(async () => app?.close());

  test("Export report (HTML) after a run: the page of that run, the scenario known by the CLI's hash", async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'industry/packaging-line.json');
    await runAndWait(page, 120_000);
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).locator('input').fill('Export report (HTML)');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('packaging-line.report.html');
    const html = readFileSync((await download.path()) as string, 'utf8');
    for (const id of ['plant', 'topology', 'requirements', 'latency', 'utilization', 'assumptions', 'reproduce']) expect(html).toContain(`<section id="${id}"`);
    expect(html).toContain(JSON.parse(readFileSync(PLAN, 'utf8')).scenarioHash);
    expect(errors).toEqual([]);
    await context.close();
  });

  test("printed, the app hides the toolbar, the editor's tools and the side panels; the view fits an A4 page", async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'industry/packaging-line.json');
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 px per inch
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.float-toolbar').first().isVisible()).toBe(false); // Fit, Auto layout…: nothing to press on paper
    expect(await page.locator('.palette').first().isVisible()).toBe(false);
    expect(await page.locator('.inspector').first().isVisible()).toBe(false);
    const box = await page.locator('.center').boundingBox();
    expect(box).not.toBeNull();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 1e9)).toBeLessThanOrEqual(794);
    expect(await page.getByTestId('topology').isVisible()).toBe(true);
    await shot(page, 'app-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    expect(await page.locator('.float-toolbar').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
