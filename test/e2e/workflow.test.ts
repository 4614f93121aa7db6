/**
 * The rest of what a user relies on: the File System Access path (save in place), recovery
 * of unsaved work after the tab dies, replications over several workers giving the CLI's
 * report, cancelling a long run while the UI stays responsive, editing the topology with
 * the mouse and keyboard, shared selection between the 2D editor and the 3D plant, themes.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, SHOTS, state, verdictOf } from './harness.ts';

let app: App;
beforeAll(async () => {
  app = await buildAndServe('workflow');
});
afterAll(async () => app?.close());

/** The browser's file pickers answer with real files in the origin-private file system (no dialog in headless Chromium). */
async function withOpfsPickers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__pickerCalls = 0;
    w.showSaveFilePicker = async (o: { suggestedName: string }) => {
      w.__pickerCalls = (w.__pickerCalls as number) + 1;
      return (await navigator.storage.getDirectory()).getFileHandle(o.suggestedName, { create: true });
    };
    w.showOpenFilePicker = async () => [await (await navigator.storage.getDirectory()).getFileHandle(String(w.__openName))];
  });
}

const opfsText = (page: Page, name: string) =>
  page.evaluate(async (n) => (await (await (await navigator.storage.getDirectory()).getFileHandle(n)).getFile()).text(), name);

async function setField(page: Page, testId: string, value: string): Promise<void> {
  const f = page.getByTestId(testId);
  await f.fill(value);
  await f.press('Enter');
}

describe('files, recovery and runs', () => {
  test('File System Access: Save As once, then Save writes the same file in place', async () => {
    const ctx = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    await withOpfsPickers(ctx);
    const p = await ctx.newPage();
    await p.goto(app.url);
    await openFromLibrary(p, 'examples/vision-cell.json');
    await setField(p, 'field-name', 'My vision cell');
    await p.keyboard.press('Control+s');
    await expect.poll(() => opfsText(p, 'vision-cell.json').then((t) => JSON.parse(t).name)).toBe('My vision cell');
    await setField(p, 'field-name', 'My vision cell, v2');
    await p.getByTestId('save').click();
    await expect.poll(() => opfsText(p, 'vision-cell.json').then((t) => JSON.parse(t).name)).toBe('My vision cell, v2');
    expect(await p.evaluate(() => (window as unknown as { __pickerCalls: number }).__pickerCalls)).toBe(1);
    await p.getByTestId('dirty').waitFor({ state: 'detached' });
    // and opening goes through showOpenFilePicker
    await p.locator('.brand').click();
    await p.evaluate(() => ((window as unknown as Record<string, unknown>).__openName = 'vision-cell.json'));
    await p.getByTestId('open-file').click();
    await p.getByTestId('topology').waitFor();
    expect(await state<string>(p, '(s) => s.doc.scenario.name')).toBe('My vision cell, v2');
    await ctx.close();
  });

  test('unsaved work survives the tab dying and is offered back', async () => {
    const { context, page } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await setField(page, 'field-name', 'Edited before the crash');
    await page.waitForTimeout(1500); // autosave runs a second after the last edit
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto(app.url);
    await again.getByTestId('recovery').waitFor();
    await again.getByRole('button', { name: 'Recover' }).click();
    await again.getByTestId('topology').waitFor();
    expect(await state<string>(again, '(s) => s.doc.scenario.name')).toBe('Edited before the crash');
    await again.getByTestId('dirty').waitFor(); // still unsaved
    await context.close();
  });

  test('two documents’ unsaved work both survive: the second one’s autosave does not replace the first’s', async () => {
    const { context, page } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await setField(page, 'field-name', 'First document, unsaved');
    await page.waitForTimeout(1500); // autosave runs a second after the last edit
    await page.close({ runBeforeUnload: false });
    // the next session leaves that work on the start page and edits another document
    const second = await context.newPage();
    await second.goto(app.url);
    await second.getByTestId('recovery').waitFor();
    await openFromLibrary(second, 'examples/wireless-agv.json');
    await setField(second, 'field-name', 'Second document, unsaved');
    await second.waitForTimeout(1500);
    await second.close({ runBeforeUnload: false });
    const third = await context.newPage();
    await third.goto(app.url);
    const items = third.getByTestId('recovery-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await items.allInnerTexts()).toEqual([expect.stringContaining('wireless-agv.json'), expect.stringContaining('vision-cell.json')]);
    await items.nth(1).getByRole('button', { name: 'Recover' }).click();
    await third.getByTestId('topology').waitFor();
    expect(await state<string>(third, '(s) => s.doc.scenario.name')).toBe('First document, unsaved');
    expect(await state<string[]>(third, '(s) => s.recovery.map((r) => r.name)')).toEqual(['wireless-agv.json']);
    await context.close();
  });

  test('replications run in several workers and merge into the same report as the CLI', async () => {
    const { context, page } = await newPage(app);
    await page.evaluate(() => {
      const W = window.Worker;
      (window as unknown as { __workers: number }).__workers = 0;
      window.Worker = class extends W {
        constructor(u: string | URL, o?: WorkerOptions) {
          super(u, o);
          (window as unknown as { __workers: number }).__workers++;
        }
      };
    });
    await openFromLibrary(page, 'examples/vision-cell.json');
    await setField(page, 'field-simulation.duration', '2 s');
    await setField(page, 'field-simulation.replications', '4');
    await runAndWait(page);
    const report = await state<{ replications: number; flows: { id: string; latency: { mean: number; max: number }; sent: number }[] }>(
      page,
      '(s) => s.lastReport.report',
    );
    expect(report.replications).toBe(4);
    expect(await page.evaluate(() => (window as unknown as { __workers: number }).__workers)).toBeGreaterThanOrEqual(2);
    const scenario = JSON.parse(readFileSync(join(ROOT, 'scenarios/examples/vision-cell.json'), 'utf8'));
    const cli = runScenario({ scenario }, { durationS: 2, replications: 4 });
    for (const f of cli.flows) {
      const mine = report.flows.find((x) => x.id === f.id)!;
      expect(mine.sent).toBe(f.sent);
      expect(mine.latency.mean).toBe(f.latency!.mean);
      expect(mine.latency.max).toBe(f.latency!.max);
    }
    await context.close();
  });

  test('a long run shows progress, keeps the UI responsive and can be cancelled', async () => {
    const { context, page } = await newPage(app);
    await openFromLibrary(page, 'reference/r1-line-cell.json');
    await setField(page, 'field-simulation.duration', '600 s');
    await page.getByTestId('run').click();
    await page.getByTestId('run-progress').waitFor();
    // the main thread keeps painting while the workers simulate
    const worstGap = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let last = performance.now();
          let worst = 0;
          const end = last + 1500;
          const tick = (t: number) => {
            worst = Math.max(worst, t - last);
            last = t;
            if (t < end) requestAnimationFrame(tick);
            else resolve(worst);
          };
          requestAnimationFrame(tick);
        }),
    );
    // a simulation on the main thread would stall painting for the whole run (minutes here);
    // off it, frames keep coming: the bound is loose so a busy CI machine does not trip it
    expect(worstGap).toBeLessThan(1000);
    // (the full run follows a short preview and restarts the bar: give a busy machine time for its first report)
    await expect.poll(() => page.locator('[role=progressbar]').getAttribute('aria-valuenow').then(Number), { timeout: 15_000 }).toBeGreaterThan(0);
    await shot(page, '06-run-progress');
    await page.getByTestId('cancel-run').click();
    await page.getByTestId('run').waitFor();
    expect(await state<string>(page, '(s) => s.run.status')).toBe('cancelled');
    await context.close();
  });
});

describe('editing with mouse and keyboard', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPage(app));
    await page.getByRole('button', { name: '+ New plant' }).click();
    await page.getByTestId('topology').waitFor();
  });
  afterAll(async () => context?.close());

  const nodes = () => state<number>(page, '(s) => s.doc.scenario.nodes.length');
  const links = () => state<number>(page, '(s) => s.doc.scenario.links.length');

  test('the palette adds devices; connect mode links two of them', async () => {
    expect(await nodes()).toBe(3);
    await page.getByTestId('palette-camera').click();
    await page.getByTestId('palette-compute').click();
    expect(await nodes()).toBe(5);
    await page.getByTestId('connect-mode').click();
    await page.locator('g.node[data-id="CAM1"] .body').click();
    await page.locator('g.node[data-id="SW1"] .body').click();
    await page.locator('g.node[data-id="EDGE1"] .body').click();
    await page.locator('g.node[data-id="SW1"] .body').click();
    await page.keyboard.press('Escape');
    expect(await links()).toBe(4);
    expect(await state<string[]>(page, '(s) => s.analysis.issues')).toEqual([]);
  });

  test('dragging a device moves it on the floor plan and changes the derived cable delay', async () => {
    const before = await state<number[]>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'CAM1').position");
    const box = (await page.locator('g.node[data-id="CAM1"] .body').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + box.width / 2 + i * 12, box.y + box.height / 2 + i * 6);
    await page.mouse.up();
    const after = await state<number[]>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'CAM1').position");
    expect(after[0]).toBeGreaterThan(before[0] + 1);
    await page.locator('g.link[data-key="CAM1-SW1"] .hit').click({ force: true });
    await expect.poll(() => page.locator('[data-testid=link-form] .field-note').first().textContent()).toMatch(/propagation .* from the node positions/);
  });

  test('Shift+drag selects several devices; Delete removes them with their links; Ctrl+Z brings them back', async () => {
    await page.keyboard.press('Escape');
    const a = (await page.locator('g.node[data-id="PLC1"] .body').boundingBox())!;
    const b = (await page.locator('g.node[data-id="IO1"] .body').boundingBox())!;
    const x0 = Math.min(a.x, b.x) - 10;
    const y0 = Math.min(a.y, b.y) - 10;
    const x1 = Math.max(a.x + a.width, b.x + b.width) + 10;
    const y1 = Math.max(a.y + a.height, b.y + b.height) + 10;
    await page.keyboard.down('Shift');
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2);
    await page.mouse.move(x1, y1);
    await page.mouse.up();
    await page.keyboard.up('Shift');
    const sel = await state<string[]>(page, '(s) => s.selection.nodes');
    expect(sel).toEqual(expect.arrayContaining(['PLC1', 'IO1']));
    const before = { n: await nodes(), l: await links() };
    await page.keyboard.press('Delete');
    expect(await nodes()).toBe(before.n - sel.length);
    expect(await state<number>(page, '(s) => s.doc.scenario.flows.length')).toBe(0); // the PLC→IO flow went with them
    await page.keyboard.press('Control+z');
    expect(await nodes()).toBe(before.n);
    expect(await links()).toBe(before.l);
  });
});

describe('help and the command palette', () => {
  test('? shows the shortcuts; Ctrl+K runs any action by name', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Help' }).waitFor();
    expect(await page.getByRole('dialog', { name: 'Help' }).textContent()).toContain('Ctrl+Z');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Help' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).locator('input').fill('show the res');
    await page.keyboard.press('Enter');
    await page.getByTestId('results-view').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('views share one selection', () => {
  test('clicking a device in the 3D plant selects it in the editor; a flow lights its path in both', async () => {
    const { context, page } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await runAndWait(page);
    await page.getByTestId('view-split').click();
    await page.getByTestId('plant-canvas').waitFor();
    await page.waitForTimeout(600);
    const pt = await page.evaluate(() =>
      (window as unknown as { __netloom: { plantPoint(id: string): { x: number; y: number } } }).__netloom.plantPoint('EDGE1'),
    );
    await page.mouse.click(pt.x, pt.y);
    await expect.poll(() => state<string[]>(page, '(s) => s.selection.nodes')).toEqual(['EDGE1']);
    expect(await page.locator('g.node.selected').getAttribute('data-id')).toBe('EDGE1');
    await page.getByTestId('node-form').waitFor();
    await page.locator('tr[data-flow="inspect-CAM1"]').click();
    await expect.poll(() => page.locator('g.link.on-path').count()).toBe(3); // CAM1→SW1→EDGE1, response EDGE1→SW1→PLC1
    expect(await verdictOf(page, 'inspect-CAM1')).toBe('pass');
    await shot(page, '07-split-view');
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(join(SHOTS, '07-split-view.png'), join(ROOT, 'docs', 'screenshot.png'));
    await page.keyboard.press('t');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.waitForTimeout(300);
    await shot(page, '08-split-view-dark');
    await page.keyboard.press('t');
    await context.close();
  });
});
