/**
 * AI pipelines in the app (issue 12 §1): the flow inspector lists a pipeline flow's stages as the
 * scenario writes them (read-only this round), and after a run the per-path and per-stage breakdown
 * the report holds, and where it waits over the legs the items take.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, buildAndServe, newPage, openFromLibrary, runAndWait, shot, state } from './harness.ts';

let app: App;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await buildAndServe('pipeline');
  ({ page, errors } = await newPage(app));
});
afterAll(async () => app?.close());

describe('a pipeline flow in the inspector', () => {
  test('shows its stages before a run, and the per-path and per-stage figures after', async () => {
    await openFromLibrary(page, 'examples/model-cascade.json');
    await page.locator('g.link').first().waitFor();
    await runAndWait(page, 120_000);
    await page.locator('tr[data-flow="inspect-CAM1"]').click();
    await page.getByTestId('flow-form').waitFor();
    const stages = page.locator('[data-testid=pipeline-stages] [data-stage] .stat-label');
    expect(await stages.allTextContents()).toEqual([
      'pre at GW1',
      'detect at EDGE1 (yolo11n) · 4.91 ms · escalates 8.0 % to verify',
      'verify at CLOUD (retinanet) · 4.807 ms',
    ]);
    const report = await state<{ escalated: number; paths: { share: number }[]; stages: { items: number }[] }>(
      page,
      '(s) => s.lastReport.report.flows.find((f) => f.id === "inspect-CAM1").pipeline',
    );
    expect(report.paths.map((p) => p.share).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(await page.locator('[data-stage="detect"] .stat-value').textContent()).toBe(`${report.stages[1].items} · 0 s · 4.91 ms`);
    expect(await page.locator('[data-path="pre→detect→verify"] .stat-label').textContent()).toBe('pre → detect → verify');
    expect(await page.getByTestId('pipeline-escalated').textContent()).toMatch(/^\d+(\.\d+)? %$/);
    // where it waits: the hops of its legs, from the camera to the gateway first
    const hops = await page.locator('[data-testid=wait-breakdown] .stat-label').allTextContents();
    expect(hops.slice(0, 2)).toEqual(['CAM1→SW1', 'SW1→GW1']);
    expect(hops).toHaveLength(12); // five legs: three of two hops in the cell, two of three over the router to the cloud
    await shot(page, 'pipeline-inspector');
    expect(errors).toEqual([]);
  });
});
