/** The built web app served locally and a headless Chromium on it (software WebGL via SwiftShader: no GPU here), for the app benchmarks. */
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/e2e/harness.ts';
// @ts-expect-error plain JS module
import { serveStatic } from '../../scripts/staticServer.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');

/** the e2e tests' Chromium and its flags: the benchmarks measure the browser the tests drive */
export { CHROMIUM, CHROMIUM_ARGS as ARGS } from '../../test/e2e/harness.ts';

export interface AppBrowser {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** `minify: false` keeps the functions' names, so a CPU profile says where the time goes. */
export async function openAppBrowser(web: string, minify = true): Promise<AppBrowser> {
  console.log('building the web app…');
  await build({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: web, emptyOutDir: true, minify } });
  const server = (await serveStatic(web)) as { url: string; close(): Promise<void> };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return { url: server.url, browser, close: async () => (await browser.close(), await server.close()) };
}
