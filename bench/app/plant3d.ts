/**
 * The 3D view alone on a generated plant, variants of how it draws compared in turns (A, B, A, B…)
 * in one browser: `npm run bench:app -- --only 3d [--devices N] [--rounds R] [--variants JSON]`.
 * Each variant is a PlantSettings patch (renderer/plant/PlantView.ts).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makePlant } from '../../scripts/make-plant.ts';
import { until } from './largePlantBench.ts';
import { type OrbitFigures, orbitLine, plantOrbit } from './plantOrbit.ts';

export async function plant3d(page: Page, chromium: number, outDir: string, devices: number, rounds: number, variants: Record<string, unknown>[]) {
  const plant = makePlant({ devices, duration: '5 ms' });
  const file = join(outDir, `plant-${devices}.json`);
  writeFileSync(file, JSON.stringify(plant));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
  await chooser.setFiles(file);
  await page.getByTestId('topology').waitFor({ timeout: 120_000 });
  await until(page, 'window.__netloom.state().analysis !== null', 120_000);
  await page.getByTestId('view-plant').click();
  await page.getByTestId('plant-canvas').waitFor();
  await page.waitForTimeout(1500);
  const near = plant.nodes.find((n) => n.id === 'C97-DRV1')?.id ?? plant.nodes[0].id;
  const results: { variant: Record<string, unknown>; round: number; load: number; far: OrbitFigures; near: OrbitFigures }[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const v of variants) {
      await page.evaluate(`window.__netloom.plantSettings(${JSON.stringify(v)})`);
      const load = +loadavg()[0].toFixed(2);
      const m = await plantOrbit(page, chromium, near);
      results.push({ variant: v, round: r, load, ...m });
      console.log(`${JSON.stringify(v)} round ${r} (load ${load}):\n  far:  ${orbitLine(m.far)}\n  near: ${orbitLine(m.near)}`);
    }
  }
  // what the orbits saw, at rest (full resolution): bench/out/plant3d-far.png, -near.png
  await page.evaluate('window.__netloom.plantSettings({})');
  await page.evaluate('window.__netloom.plantFit()');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(outDir, 'plant3d-far.png') });
  await page.evaluate(`window.__netloom.plantFlyTo(${JSON.stringify(near)})`);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: join(outDir, 'plant3d-near.png') });
  return results;
}
