/** The built web app served locally and a headless Chromium on it (software WebGL via SwiftShader: no GPU here), for the app benchmarks. */
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain JS module
import { serveStatic } from '../../scripts/staticServer.mjs';

export const ROOT = join(import.meta.dirname, '..', '..');

export const ARGS = [
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
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  return { url: server.url, browser, close: async () => (await browser.close(), await server.close()) };
}
