/**
 * The app on a generated plant (scripts/make-plant.ts, default 10,000 devices): time to open
 * it from a file, then pan/zoom and drag in the topology, a run, and orbiting the 3D view,
 * each with the page's frame gaps (the App target: opens in ≤ 3 s, ≥ 30 fps, p95 frame
 * gap ≤ 50 ms during a run).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makePlant } from '../../scripts/make-plant.ts';
import { type Gaps, startGaps, stopGaps } from './frameGaps.ts';
import { type OrbitFigures, orbitLine, plantOrbit as orbitBoth } from './plantOrbit.ts';

export interface LargePlantFigures {
  devices: number;
  links: number;
  flows: number;
  /** file chosen → the topology painted and the window answering (two frames) */
  openMs: number;
  /** frame gaps from the file chosen until the check is on screen */
  opening: Gaps;
  /** file chosen → the check (validation, routes) on screen: in a worker for a large plant, the window usable meanwhile */
  checkedMs: number;
  analysisMs: number;
  topologyPanZoom: Gaps;
  topologyDrag: Gaps & { handlerMeanMs: number };
  run: Gaps & { wallMs: number; duration: string };
  /** from afar (cells as blocks) and near (flown to a device), at the resolution the governor chose while moving */
  plantOrbit: { far: OrbitFigures; near: OrbitFigures };
}

/** Polls an expression in the page (the app's CSP forbids the eval behind page.waitForFunction's polling). */
export async function until(page: Page, expr: string, timeout: number): Promise<void> {
  const t0 = Date.now();
  while (!(await page.evaluate(expr))) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function largePlantBench(page: Page, chromium: number, outDir: string, devices: number, duration = '10 ms'): Promise<LargePlantFigures> {
  const plant = makePlant({ devices, duration });
  const file = join(outDir, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(plant));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
  await startGaps(page);
  const t0 = Date.now();
  await chooser.setFiles(file);
  await page.getByTestId('topology').waitFor({ timeout: 120_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const openMs = Date.now() - t0;
  await until(page, 'window.__netloom.state().analysis !== null', 120_000);
  const checkedMs = Date.now() - t0;
  const opening = await stopGaps(page);
  const analysisMs = Math.round((await page.evaluate('window.__netloom.state().analysis.ms')) as number);
  console.log(
    `${devices} devices: opened (topology painted) in ${openMs} ms; checked (validation, routes) after ${checkedMs} ms, ` +
      `${analysisMs} ms of it the core's check; frame gaps meanwhile ${JSON.stringify(opening)}`,
  );

  const box = (await page.getByTestId('topology').boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await startGaps(page);
  for (let i = 0; i < 20; i++) {
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
  }
  await page.mouse.move(cx + 200, cy + 100); // background pan (a device would be dragged instead)
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(cx + 200 + Math.sin(i / 8) * 150, cy + 100 + i * 2);
  await page.mouse.up();
  const topologyPanZoom = await stopGaps(page);
  console.log(`  topology pan/zoom: ${JSON.stringify(topologyPanZoom)}`);

  const p = (await page.evaluate('window.__netloom.editorPoint("C20")')) as { x: number; y: number } | null;
  let topologyDrag = { frames: 0, fps: 0, p95Ms: 0, maxMs: 0, handlerMeanMs: 0 };
  if (p) {
    await startGaps(page);
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(p.x + Math.sin(i / 12) * 100, p.y + i);
    await page.mouse.up();
    const g = await stopGaps(page);
    const h = (await page.evaluate('window.__netloom.dragFrames()')) as number[];
    topologyDrag = { ...g, handlerMeanMs: +(h.reduce((a, b) => a + b, 0) / Math.max(1, h.length)).toFixed(2) };
  }
  console.log(`  topology drag of a cell switch: ${JSON.stringify(topologyDrag)}`);

  await startGaps(page);
  const r0 = Date.now();
  await page.getByTestId('run').click();
  await until(page, "window.__netloom.state().run.status === 'done' && !window.__netloom.state().lastReport?.preview", 600_000);
  const run = { ...(await stopGaps(page)), wallMs: Date.now() - r0, duration };
  console.log(`  run of ${duration}: ${JSON.stringify(run)}`);

  await page.getByTestId('view-plant').click();
  await page.getByTestId('plant-canvas').waitFor();
  await page.waitForTimeout(1500);
  const plantOrbit = await orbitBoth(page, chromium, plant.nodes.find((n) => n.id === 'C97-DRV1')?.id ?? plant.nodes[0].id);
  for (const [where, o] of Object.entries(plantOrbit)) console.log(`  3D orbit/zoom ${where}: ${orbitLine(o)}`);
  await page.getByTestId('view-editor').click();
  return {
    devices: plant.nodes.length,
    links: plant.links.length,
    flows: plant.flows?.length ?? 0,
    openMs,
    opening,
    checkedMs,
    analysisMs,
    topologyPanZoom,
    topologyDrag,
    run,
    plantOrbit,
  };
}
