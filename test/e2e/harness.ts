/**
 * End-to-end harness: builds the real web app with Vite (as `npm run build:web` does, into a
 * test folder), serves it on a free localhost port, and drives Debian's Chromium through
 * playwright-core. Screenshots go to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain JS module shared with scripts/start.mjs
import { serveStatic } from '../../scripts/staticServer.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHOTS = join(ROOT, 'test-results', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface App {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the renderer into `outDir` and serves it. */
export async function buildAndServe(name: string): Promise<App> {
  const outDir = join(ROOT, 'test-results', `web-${name}`);
  await build({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const server = (await serveStatic(outDir)) as { url: string; close(): Promise<void> };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync(SHOTS, { recursive: true });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export async function newPage(app: App, opts: { fsAccess?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, deviceScaleFactor: 1 });
  if (!opts.fsAccess) {
    // the fallback path every browser has: a file input to open, a download to save
    await context.addInitScript(() => {
      delete (window as unknown as Record<string, unknown>).showSaveFilePicker;
      delete (window as unknown as Record<string, unknown>).showOpenFilePicker;
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(app.url);
  return { context, page, errors };
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Opens a library scenario from the start page. */
export async function openFromLibrary(page: Page, path: string): Promise<void> {
  await page.locator(`[data-testid=library-card][data-path="${path}"]`).click();
  await page.getByTestId('topology').waitFor();
}

/** Presses Run and waits for the run to finish (the Run button comes back). */
export async function runAndWait(page: Page, timeout = 60_000): Promise<void> {
  await page.getByTestId('run').click();
  await page.getByTestId('run').waitFor({ timeout });
  await page.getByTestId('requirements').waitFor({ timeout });
}

export async function verdictOf(page: Page, flow: string): Promise<string | null> {
  return page.locator(`tr[data-flow="${flow}"]`).getAttribute('data-verdict');
}

/** Reads the app's store (read-only test hook); `pick` runs in the page, e.g. `(s) => s.doc.name`. */
export async function state<T>(page: Page, pick: string): Promise<T> {
  return page.evaluate(`(${pick})(window.__netloom.state())`) as Promise<T>;
}
