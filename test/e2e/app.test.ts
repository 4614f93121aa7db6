/**
 * The main user journey in the real app (browser build, Chromium): open a scenario from the
 * library, run, change a link's rate in the inspector (as-you-type validation with the CLI's
 * messages), run again and watch a requirement flip to fail, undo and see it pass again, save
 * (a download, as in any browser without the File System Access API) and reopen that file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { validateScenario } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, state, verdictOf } from './harness.ts';

let app: App;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await buildAndServe('app');
  ({ page, errors } = await newPage(app));
});
afterAll(async () => app?.close());

const linkRate = () => page.getByTestId('link-rate');

describe('open, edit, run, undo, save, reopen', () => {
  test('the start page lists every scenario in scenarios/ with its description', async () => {
    const cards = page.getByTestId('library-card');
    await cards.first().waitFor();
    const paths = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(paths).toContain('examples/vision-cell.json');
    expect(paths).toContain('reference/r1-line-cell.json');
    const vision = JSON.parse(readFileSync(join(ROOT, 'scenarios/examples/vision-cell.json'), 'utf8'));
    await expect.poll(() => page.locator('[data-path="examples/vision-cell.json"] h3').textContent()).toBe(vision.name);
    await shot(page, '01-start-page');
  });

  test('opening a library scenario shows its topology', async () => {
    await openFromLibrary(page, 'examples/vision-cell.json');
    expect(await page.locator('g.node').count()).toBe(8);
    expect(await page.locator('g.link').count()).toBe(7);
    expect(await page.getByTestId('doc-name').textContent()).toContain('vision-cell.json');
  });

  test('a first run shows a preview quickly, then passes every requirement', async () => {
    await page.getByTestId('run').click();
    // 20 s scenario with 1 s warm-up: a short run comes back first, marked as a preview, while the full run goes on
    await page.getByTestId('stale-banner').filter({ hasText: 'Preview: the first 1.2 s' }).waitFor(); // the 1 s warm-up + 0.2 s measured
    await page.getByTestId('run').waitFor({ timeout: 60_000 });
    await page.getByTestId('stale-banner').waitFor({ state: 'detached' });
    expect(await state<number>(page, '(s) => s.lastReport.report.simulated')).toBe(20);
    expect(await verdictOf(page, 'cycle-DRV1')).toBe('pass');
    expect(await page.getByTestId('summary-failed').textContent()).toBe('0 failed');
    // links are coloured by utilization after a run
    const stroke = await page.locator('g.link[data-key="EDGE1-SW1"] .wire').evaluate((e) => (e as SVGElement).style.stroke);
    expect(stroke).not.toBe('');
    await shot(page, '02-editor-after-run');
  });

  test('the inspector validates a link rate as the user types, with the CLI message', async () => {
    await page.locator('g.link[data-key="DRV1-SW1"] .hit').click({ force: true });
    await page.getByTestId('link-form').waitFor();
    expect(await linkRate().inputValue()).toBe('100 Mb/s');
    await linkRate().fill('1 Mbx');
    const scenario = await state<Record<string, unknown>>(page, '(s) => s.doc.scenario');
    const links = scenario.links as Record<string, unknown>[];
    const bad = { ...scenario, links: links.map((l, i) => (i === 1 ? { ...l, rate: '1 Mbx' } : l)) };
    const cli = validateScenario(bad).find((i) => i.path === 'links[1].rate');
    expect(cli?.message).toMatch(/expected a data rate/);
    await expect.poll(() => page.locator('.field.invalid .field-error').textContent()).toBe(cli!.message);
    await linkRate().press('Enter'); // an invalid value is not committed
    expect(await state<string>(page, '(s) => s.doc.scenario.links[1].rate')).toBe('100 Mb/s');
  });

  test('slowing the drive link to 1 Mb/s makes its control flow fail', async () => {
    await linkRate().fill('1 Mb/s');
    await expect.poll(() => page.locator('.field.invalid').count()).toBe(0);
    await linkRate().press('Enter');
    expect(await state<string>(page, '(s) => s.doc.scenario.links[1].rate')).toBe('1 Mb/s');
    await page.getByTestId('dirty').waitFor();
    await page.getByTestId('stale-banner').waitFor();
    await runAndWait(page);
    expect(await verdictOf(page, 'cycle-DRV1')).toBe('fail');
    expect(await verdictOf(page, 'cycle-DRV2')).toBe('pass');
    expect(await page.getByTestId('summary-failed').textContent()).toBe('1 failed');
    await page.locator('tr[data-flow="cycle-DRV1"]').click();
    // the inspector shows the flow, its failing criterion and the queues along its route
    await page.getByTestId('flow-form').waitFor();
    expect(await page.locator('.verdict-box li.bad').textContent()).toMatch(/^latency: 7\d\d µs ≤ 500 µs ✗$/);
    expect(await page.locator('[data-testid=wait-breakdown] .stat-label').allTextContents()).toEqual(['PLC1→SW1', 'SW1→DRV1']);
    // the flow's path is highlighted in the editor: PLC1 → SW1 → DRV1
    await expect
      .poll(() => page.locator('g.node.on-path').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort()))
      .toEqual(['DRV1', 'PLC1', 'SW1']);
    await shot(page, '03-requirement-fails');
  });

  test('undo restores the rate and the requirement passes again', async () => {
    await page.getByTestId('undo').click();
    expect(await state<string>(page, '(s) => s.doc.scenario.links[1].rate')).toBe('100 Mb/s');
    await runAndWait(page);
    expect(await verdictOf(page, 'cycle-DRV1')).toBe('pass');
    await page.keyboard.press('Control+Shift+Z'); // redo, from the keyboard
    expect(await state<string>(page, '(s) => s.doc.scenario.links[1].rate')).toBe('1 Mb/s');
  });

  test('save downloads the scenario; opening that file brings the edit back', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save').click()]);
    expect(download.suggestedFilename()).toBe('vision-cell.json');
    const file = join(ROOT, 'test-results', 'saved-vision-cell.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.links[1]).toMatchObject({ from: 'DRV1', to: 'SW1', rate: '1 Mb/s' });
    expect(validateScenario(saved)).toEqual([]);
    await page.getByTestId('dirty').waitFor({ state: 'detached' });

    await page.locator('.brand').click(); // back to the start page
    await page.getByTestId('start-page').waitFor();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-file').click()]);
    await chooser.setFiles(file);
    await page.getByTestId('topology').waitFor();
    expect(await page.getByTestId('doc-name').textContent()).toContain('saved-vision-cell.json');
    await page.locator('g.link[data-key="DRV1-SW1"] .hit').click({ force: true });
    expect(await linkRate().inputValue()).toBe('1 Mb/s');
  });

  test('the results view draws every chart', async () => {
    await runAndWait(page);
    await page.getByTestId('view-results').click();
    await page.locator('tr[data-flow="inspect-CAM1"]').click(); // a flow whose latency varies
    for (const id of ['chart-cdf', 'chart-pdv', 'chart-throughput', 'chart-heatmap', 'chart-compute']) {
      await expect.poll(() => page.locator(`[data-testid=${id}] svg *`).count(), { message: id }).toBeGreaterThan(5);
    }
    // the CDF uses a log axis and shows the focused flow's bound
    await page.locator('tr[data-flow="cycle-DRV1"]').click();
    await page.locator('[data-testid=chart-cdf] .bound').waitFor({ state: 'attached' });
    await shot(page, '04-results');
    // sorting and filtering
    await page.locator('.results-table input.search').fill('CAM');
    expect(await page.locator('.results-table tbody tr').count()).toBe(2);
    await page.locator('.results-table input.search').fill('');
    await page.locator('.results-table .segmented button', { hasText: 'Failing' }).click();
    expect(await page.locator('.results-table tbody tr').count()).toBe(1);
  });

  test('the plant view draws the plant in 3D', async () => {
    await page.getByTestId('view-plant').click();
    const canvas = page.getByTestId('plant-canvas');
    await canvas.waitFor();
    await page.waitForTimeout(800);
    const stats = await canvas.evaluate((c) => {
      const gl = (c as HTMLCanvasElement).getContext('webgl2')!;
      const w = gl.drawingBufferWidth;
      const h = gl.drawingBufferHeight;
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      const colours = new Set<number>();
      let nonBackground = 0;
      const bg = [px[0], px[1], px[2]];
      for (let i = 0; i < px.length; i += 4 * 7) {
        colours.add((px[i] >> 3) * 1024 + (px[i + 1] >> 3) * 32 + (px[i + 2] >> 3));
        if (Math.abs(px[i] - bg[0]) + Math.abs(px[i + 1] - bg[1]) + Math.abs(px[i + 2] - bg[2]) > 30) nonBackground++;
      }
      return { w, h, colours: colours.size, nonBackground, samples: px.length / 28 };
    });
    expect(stats.w).toBeGreaterThan(200);
    expect(stats.colours).toBeGreaterThan(20); // floor, grid, devices in several colours, cables, packets
    expect(stats.nonBackground / stats.samples).toBeGreaterThan(0.02); // a blank canvas has one colour and no pixel off the background
    await shot(page, '05-plant-3d');
  });

  test('no errors in the page', () => {
    expect(errors.filter((e) => !/GPU stall|GL Driver/.test(e))).toEqual([]);
  });
});
