/**
 * The app benchmark (not a test): `npm run bench:app`. Builds and serves the web app, drives
 * Chromium (headless, software WebGL via SwiftShader — no GPU here) and measures:
 *  1. plant view frame rate with 2,000 devices (packets animating, so every frame renders);
 *  2. editor drag smoothness with 2,000 devices (handler time per pointer move, worst frame gap);
 *  3. time from pressing Run on R1 (scenarios/reference/r1-line-cell.json) to the first
 *     requirements table on screen (the preview run: its first 1 s of 10 s), and to the full
 *     10 s results, three times.
 * Prints the figures and writes bench/out/app.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain JS module
import { serveStatic } from '../../scripts/staticServer.mjs';
import { largePlant } from './largePlant.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ARGS = [
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

const pctl = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

async function openScenarioFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
  await chooser.setFiles(file);
  await page.getByTestId('topology').waitFor();
}

async function main(): Promise<void> {
  const outDir = join(ROOT, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const web = join(outDir, 'web');
  console.log('building the web app…');
  await build({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: web, emptyOutDir: true } });
  const server = (await serveStatic(web)) as { url: string; close(): Promise<void> };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  const results: Record<string, unknown> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript('delete window.showOpenFilePicker; delete window.showSaveFilePicker;');
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept()); // "discard unsaved changes?" after the drag
    await page.goto(server.url);

    // ---- 2,000 devices
    const plant = largePlant();
    const file = join(outDir, 'large-plant.json');
    writeFileSync(file, JSON.stringify(plant));
    const t0 = Date.now();
    await openScenarioFile(page, file);
    await page.waitForFunction('window.__netloom.state().analysis !== null', undefined, { timeout: 60_000 });
    const openMs = Date.now() - t0;
    const devices = (plant.nodes as unknown[]).length;
    console.log(
      `opened ${devices} devices, ${(plant.links as unknown[]).length} links, ` +
        `${(plant.flows as unknown[]).length} flows in ${openMs} ms (layout, validation, routes, first draw)`,
    );

    await page.getByTestId('view-plant').click();
    await page.getByTestId('plant-canvas').waitFor();
    await page.waitForTimeout(1500);
    await page.waitForTimeout(3000);
    const fps = (await page.evaluate('window.__netloom.plantFps(3000)')) as number;
    console.log(`plant view: ${fps.toFixed(1)} fps (target ≥ 30) — 1440×900 window, packets animating, software WebGL`);
    results.plantFps = Number(fps.toFixed(1));

    await page.getByTestId('view-editor').click();
    await page.getByTestId('topology').waitFor();
    await page.waitForTimeout(500);
    const target = 'L20';
    const p = (await page.evaluate(`window.__netloom.editorPoint(${JSON.stringify(target)})`)) as { x: number; y: number };
    await page.evaluate(
      `(() => { window.__gaps = []; let last = performance.now(); window.__gapOn = ` +
        `true; const tick = (t) => { window.__gaps.push(t - last); last = t; if ` +
        `(window.__gapOn) requestAnimationFrame(tick); }; requestAnimationFrame(tick); })()`,
    );
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    const steps = 120;
    const dragStart = Date.now();
    for (let i = 1; i <= steps; i++) await page.mouse.move(p.x + Math.sin(i / 12) * 200, p.y + i * 1.5);
    await page.mouse.up();
    const dragWall = Date.now() - dragStart;
    await page.evaluate('window.__gapOn = false');
    const handler = (await page.evaluate('window.__netloom.dragFrames()')) as number[];
    const gaps = ((await page.evaluate('window.__gaps')) as number[]).slice(2);
    results.drag = {
      moves: handler.length,
      handlerMeanMs: +(handler.reduce((a, b) => a + b, 0) / handler.length).toFixed(3),
      handlerP95Ms: +pctl(handler, 95).toFixed(3),
      frameGapP95Ms: +pctl(gaps, 95).toFixed(1),
      frameGapMaxMs: +Math.max(...gaps).toFixed(1),
      movesPerSecond: +((steps * 1000) / dragWall).toFixed(0),
    };
    console.log(`editor drag of a line switch (its 49 devices' links follow): ${JSON.stringify(results.drag)}`);

    // ---- R1: press Run → requirements on screen
    await page.locator('.brand').click();
    await page.getByTestId('start-page').waitFor();
    await page.locator('[data-path="reference/r1-line-cell.json"]').click();
    await page.getByTestId('topology').waitFor();
    const firstResults: number[] = [];
    const fullResults: number[] = [];
    for (let k = 0; k < 3; k++) {
      await page.waitForTimeout(1500); // let the warm worker start
      const [first, fullMs] = (await page.evaluate(`new Promise((resolve) => {
        const before = window.__netloom.state().lastReport;
        const run = document.querySelector('[data-testid=run]');
        const t = performance.now();
        let first = null;
        const check = () => {
          const s = window.__netloom.state();
          const painted = document.querySelector('[data-testid=requirements] tbody tr');
          if (first === null && s.lastReport && s.lastReport !== before && painted) first = performance.now() - t;
          if (first !== null && s.run.status === 'done' && s.lastReport && !s.lastReport.preview) {
            obs.disconnect();
            requestAnimationFrame(() => resolve([first, performance.now() - t]));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        run.click();
      })`)) as [number, number];
      firstResults.push(Math.round(first));
      fullResults.push(Math.round(fullMs));
    }
    const wall = (await page.evaluate('window.__netloom.state().lastReport.report.wallSeconds')) as number;
    results.r1 = {
      firstResultsMs: firstResults,
      fullResultsMs: fullResults,
      fullRunSimulationWallSeconds: +wall.toFixed(3),
      preview: '1 s of the 10 s, 1 replication',
      full: '10 s as the scenario says',
    };
    console.log(
      `R1, Run pressed → first (preview) results painted: ${firstResults.join(', ')} ms (target ≤ ` +
        `2000); full 10 s results: ${fullResults.join(', ')} ms; full simulation ${wall.toFixed(2)} s`,
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(join(outDir, 'app.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`written bench/out/app.json`);
}

await main();
