/**
 * Orbiting the 3D plant, measured: frames the page painted (rAF gaps), frames the plant view
 * drew, the window's time in three.js's render(), and the CPU time of each Chromium process per
 * drawn frame (processCpu.ts; software WebGL rasterizes in the GPU process). From afar (the
 * fitted plant: cells as blocks) and near (flown to a device: devices, cables, packets).
 */
import type { Page } from 'playwright-core';
import { type Gaps, startGaps, stopGaps } from './frameGaps.ts';
import { type CpuByKind, cpuByKind, cpuDelta } from './processCpu.ts';

export interface OrbitFigures extends Gaps {
  /** frames the plant view drew, per second of the orbit */
  drawnFps: number;
  /** the window's ms in render() per drawn frame */
  renderMsPerFrame: number;
  /** CPU ms per drawn frame, by Chromium process kind */
  cpuMsPerFrame: CpuByKind;
  /** the fraction of full resolution the plant view drew at halfway through the drag */
  movingScale: number;
  /** … and its mean over the frames drawn during the orbit (1: all at full resolution) */
  meanScale: number;
}

const hook = <T>(page: Page, expr: string) => page.evaluate(`window.__netloom.${expr}`) as Promise<T>;

/** One orbit (a drag of 60 moves around the canvas' centre, then 6 wheel steps) from where the camera is. */
export async function orbit(page: Page, chromium: number): Promise<OrbitFigures> {
  const c = (await page.getByTestId('plant-canvas').boundingBox())!;
  const [x, y] = [c.x + c.width / 2, c.y + c.height / 2];
  const cost0 = await hook<{ frames: number; ms: number; scales: number }>(page, 'plantRenderCost()');
  const cpu0 = cpuByKind(chromium);
  const t0 = Date.now();
  await startGaps(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(x + i * 4, y + Math.sin(i / 10) * 40);
  const movingScale = await hook<number>(page, 'plantPixelScale()');
  for (let i = 31; i <= 60; i++) await page.mouse.move(x + i * 4, y + Math.sin(i / 10) * 40);
  await page.mouse.up();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, i < 3 ? -120 : 120);
  const gaps = await stopGaps(page);
  const seconds = (Date.now() - t0) / 1000;
  const cpu = cpuDelta(cpuByKind(chromium), cpu0);
  const cost1 = await hook<{ frames: number; ms: number; scales: number }>(page, 'plantRenderCost()');
  const frames = Math.max(1, cost1.frames - cost0.frames);
  const perFrame: CpuByKind = {};
  for (const [k, v] of Object.entries(cpu)) if (v > 0) perFrame[k] = +(v / frames).toFixed(1);
  return {
    ...gaps,
    drawnFps: +(frames / seconds).toFixed(1),
    renderMsPerFrame: +((cost1.ms - cost0.ms) / frames).toFixed(2),
    cpuMsPerFrame: perFrame,
    movingScale: +movingScale.toFixed(2),
    meanScale: +((cost1.scales - cost0.scales) / frames).toFixed(2),
  };
}

/** The plant fitted (far), then flown to `near` (a device), each left to settle, then orbited. */
export async function plantOrbit(page: Page, chromium: number, near: string): Promise<{ far: OrbitFigures; near: OrbitFigures }> {
  await hook(page, 'plantFit()');
  await page.waitForTimeout(800);
  const far = await orbit(page, chromium);
  await hook(page, `plantFlyTo(${JSON.stringify(near)})`);
  await page.waitForTimeout(800);
  const nearFigures = await orbit(page, chromium);
  return { far, near: nearFigures };
}

export const orbitLine = (o: OrbitFigures) =>
  `${o.fps} fps (page), ${o.drawnFps} frames drawn/s at ${o.movingScale} of full resolution halfway (${o.meanScale} on average), ` +
  `p95 gap ${o.p95Ms} ms, ` +
  `render() ${o.renderMsPerFrame} ms, CPU ms per frame ${JSON.stringify(o.cpuMsPerFrame)}`;
