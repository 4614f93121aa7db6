/**
 * The app benchmark (not a test): `npm run bench:app`. Builds and serves the web app, drives
 * Chromium (headless, software WebGL via SwiftShader — no GPU here) and measures:
 *  1. on a generated plant (scripts/make-plant.ts; `-- --devices N`, default 10,000; `--duration T` of
 *     its run, default 10 ms): time to open, frame gaps while panning/zooming and dragging in the
 *     topology, during a run, and while orbiting the 3D view (largePlantBench.ts);
 *  2. time from pressing Run on R1 (scenarios/reference/r1-line-cell.json) to the first
 *     requirements table on screen (the preview run: its first 1 s of 10 s), and to the full
 *     10 s results, three times.
 * Prints the figures and writes bench/out/app.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
// @ts-expect-error plain JS module
import { serveStatic } from '../../scripts/staticServer.mjs';
import { ARGS, CHROMIUM, ROOT } from './appBrowser.ts';
import { largePlantBench } from './largePlantBench.ts';
import { plant3d } from './plant3d.ts';
import { chromiumPid } from './processCpu.ts';

async function main(): Promise<void> {
  const outDir = join(ROOT, 'bench', 'out');
  mkdirSync(outDir, { recursive: true });
  const web = join(outDir, 'web');
  console.log('building the web app…');
  await build({ configFile: join(ROOT, 'renderer', 'vite.config.ts'), logLevel: 'error', build: { outDir: web, emptyOutDir: true } });
  const server = (await serveStatic(web)) as { url: string; close(): Promise<void> };
  const marker = `--netloom-bench=${process.pid}`; // finds the browser's processes, for their CPU time
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, marker] });
  const pid = chromiumPid(marker);
  const results: Record<string, unknown> = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript('delete window.showOpenFilePicker; delete window.showSaveFilePicker;');
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept()); // "discard unsaved changes?" after the drag
    await page.goto(server.url);

    const { values } = parseArgs({
      options: {
        devices: { type: 'string' },
        duration: { type: 'string' },
        only: { type: 'string' },
        rounds: { type: 'string' },
        variants: { type: 'string' },
      },
    });
    if (values.only === '3d') {
      const variants = JSON.parse(values.variants ?? '[{}]') as Record<string, unknown>[];
      const figures = await plant3d(page, pid, outDir, Number(values.devices ?? 10_000), Number(values.rounds ?? 2), variants);
      writeFileSync(join(outDir, 'app-3d.json'), JSON.stringify(figures, null, 2) + '\n');
      console.log('written bench/out/app-3d.json');
      return;
    }
    results.plant = await largePlantBench(page, pid, outDir, Number(values.devices ?? 10_000), values.duration ?? '10 ms');

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
