/**
 * Issue 4 in the app: open an industry scenario, see requirements fail, plan the cheapest
 * upgrade (in Web Workers, cancellable, the window painting throughout), read the plan —
 * actions, cost vs the naive plan, as-is vs planned, Pareto front, roadmap — see its changes
 * highlighted in both views, accept it as one undoable edit, run: every requirement passes;
 * undo: the as-is is back. Then add an AI workload with the dialog.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, SHOTS, state, verdictOf } from './harness.ts';

let app: App;
beforeAll(async () => {
  app = await buildAndServe('planner');
});
afterAll(async () => app?.close());

const SCENARIO = 'industry/pharma-fill-finish.json';
const LARGE = 'industry/automotive-body-shop.json';
const original = JSON.parse(readFileSync(join(ROOT, 'scenarios', SCENARIO), 'utf8'));

async function typeInto(page: Page, testId: string, value: string): Promise<void> {
  const f = page.getByTestId(testId);
  await f.fill(value);
  await f.press('Enter');
}

/** The longest gap between animation frames over `ms` (a loose check that the UI thread is free). */
const worstFrameGap = (page: Page, ms: number) =>
  page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let worst = 0;
        const end = last + span;
        const tick = (t: number) => {
          worst = Math.max(worst, t - last);
          last = t;
          if (t < end) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );

describe('planning an upgrade', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await newPage(app));
  });

  test('an industry scenario from the library fails some requirements as-is', async () => {
    await openFromLibrary(page, SCENARIO);
    await runAndWait(page);
    expect(await page.getByTestId('summary-failed').textContent()).toBe('4 failed');
    expect(await verdictOf(page, 'inspect-CAM-PART')).toBe('fail');
  });

  test('the Planner lists the failing flows; planning runs in workers, the UI keeps painting, Cancel stops it', async () => {
    await page.getByTestId('view-planner').click();
    await expect.poll(() => page.getByTestId('as-is-failing').locator('tr[data-flow]').count()).toBe(4);
    // in another window, the largest industry scenario: its plan takes long enough to watch and
    // cancel (the pharmaceutical line's can end in about a second on a quiet machine)
    const other = await newPage(app);
    const p = other.page;
    await openFromLibrary(p, LARGE);
    await p.getByTestId('view-planner').click();
    await p.getByTestId('plan-start').click();
    await p.getByTestId('plan-progress').waitFor();
    await expect.poll(() => p.getByTestId('plan-message').textContent()).toBeTruthy();
    // the planner coordinates from the UI thread but every simulation runs in a worker: frames keep coming
    expect(await worstFrameGap(p, 1200)).toBeLessThan(1000);
    await p.getByTestId('plan-cancel').click();
    await p.getByTestId('plan-start').waitFor();
    expect(await state<string>(p, '(s) => s.plan.status')).toBe('cancelled');
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  test('prices are defaults until edited; an edited price says so and resets', async () => {
    const gpu = page.getByTestId('price-gpuServer');
    expect(await gpu.inputValue()).toBe('15000');
    await typeInto(page, 'price-gpuServer', '$9,000');
    await expect.poll(() => state<number>(page, '(s) => s.planSettings.catalog.gpuServer')).toBe(9000);
    const row = page.locator('.price-row', { has: gpu });
    expect(await row.locator('.price-default').textContent()).toContain('default $15,000');
    await row.getByRole('button', { name: '↺ reset' }).click();
    await expect.poll(() => state<number>(page, '(s) => s.planSettings.catalog.gpuServer')).toBe(15000);
  });

  test('the plan: its action and cost against the naive plan, verified; as-is vs planned; the Pareto front; a roadmap under a smaller budget', async () => {
    await typeInto(page, 'budget-per-year', '20000');
    // the planner's structured progress while it works: its phase and the plan under consideration.
    // It shows only while the planner runs, which can be shorter than a poll, so every phase drawn is recorded as it is drawn.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { planPhases: string[] }).planPhases = seen;
      new MutationObserver(() => {
        const phase = document.querySelector('[data-testid=plan-status]')?.getAttribute('data-phase');
        if (phase && seen.at(-1) !== phase) seen.push(phase);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-phase'] });
    });
    await page.getByTestId('plan-start').click();
    await page.getByTestId('plan-summary').waitFor({ timeout: 150_000 });
    const phases = await page.evaluate(() => (window as unknown as { planPhases: string[] }).planPhases);
    expect(phases[0]).toBe('search');
    for (const phase of phases) expect(['search', 'verify', 'trim', 'repair', 'front', 'explain', 'roadmap']).toContain(phase);
    const actions = page.getByTestId('plan-action');
    expect(await actions.count()).toBe(1);
    expect(await actions.first().textContent()).toContain('Add 2 accelerator servers to EDGE');
    expect(await actions.first().textContent()).toContain('$30,000');
    expect(await page.getByTestId('plan-total').textContent()).toBe('$30,000');
    expect(await page.getByTestId('naive-cost').textContent()).toBe('$36,000');
    expect(await page.getByTestId('plan-verified').textContent()).toBe('10 pass, 0 fail');
    // each fixed flow: its margin before → after and without the action
    expect(await actions.first().locator('.margin-moves tr[data-flow]').count()).toBeGreaterThanOrEqual(4);
    // as-is vs planned, side by side
    const row = page.getByTestId('before-after').locator('tr[data-flow="inspect-CAM-PART"]');
    expect(await row.getAttribute('data-before')).toBe('fail');
    expect(await row.getAttribute('data-after')).toBe('pass');
    expect(await page.getByTestId('before-after').locator('tr[data-after="fail"]').count()).toBe(0);
    // the front: several plans, the chosen one ringed
    expect(await page.getByTestId('pareto-chart').locator('.pareto-point').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('pareto-chart').locator('.chosen').count()).toBe(1);
    // $20,000 a year: the $30,000 action waits for 2027, when two years' budget covers it
    const years = page.getByTestId('roadmap-year');
    expect(await years.count()).toBe(3);
    expect(await years.nth(0).getAttribute('data-failed')).toBe('4');
    expect(await years.nth(0).textContent()).toContain('nothing to buy');
    expect(await years.nth(1).getAttribute('data-failed')).toBe('0');
    expect(await years.nth(1).textContent()).toContain('Add 2 accelerator servers to EDGE');
    expect(await page.getByTestId('verification').textContent()).toContain('3 replications × 3 s: 10 pass, 0 fail, 1 without a requirement');
    await page.locator('[data-testid=toast]').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
    await page.setViewportSize({ width: 1440, height: 1160 }); // the whole plan, roadmap included, for the docs
    await page.waitForTimeout(300);
    await shot(page, '10-planner');
    copyFileSync(join(SHOTS, '10-planner.png'), join(ROOT, 'docs', 'planner.png'));
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('the plan’s changes are highlighted in the topology and the 3D plant, with a legend', async () => {
    await page.getByTestId('plan-show-changes').click();
    await page.getByTestId('plant-canvas').waitFor();
    await page.locator('g.node.plan-changed[data-id="EDGE"]').waitFor();
    expect(await page.locator('g.node.plan-changed').count()).toBe(1);
    expect(await page.getByTestId('plan-legend').count()).toBe(2); // one per view
    await expect.poll(() => page.evaluate(() => (window as unknown as { __netloom: { plantPlanMarks(): number } }).__netloom.plantPlanMarks())).toBe(1);
    await page.waitForTimeout(400);
    await shot(page, '11-plan-highlights');
  });

  test('export saves the plan as JSON', async () => {
    await page.getByTestId('view-planner').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('plan-export').click()]);
    expect(download.suggestedFilename()).toBe('pharma-fill-finish.plan.json');
    const plan = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(plan.format).toBe('netloom.plan/v1');
    expect(plan.totalCost).toBe(30000);
    expect(plan.stats.wallSeconds).toBeGreaterThan(0);
  });

  test('a roadmap year or a point of the Pareto front: previewed in the views, accepted as one edit (a year: every phase up to it)', async () => {
    await page.getByTestId('view-planner').click();
    const years = page.getByTestId('roadmap-year');
    const preview = page.getByTestId('plan-preview');
    await years.nth(0).click();
    expect(await preview.getAttribute('data-key')).toBe('roadmap:0');
    expect(await page.getByTestId('preview-failed').getAttribute('data-failed')).toBe('4');
    expect(await page.getByTestId('preview-accept').isDisabled()).toBe(true); // 2026 buys nothing
    await page.locator('[data-testid=pareto-chart] .pareto-point').first().click({ force: true });
    expect(await preview.getAttribute('data-key')).toMatch(/^pareto:\d+$/);
    await years.nth(1).click();
    expect(await page.getByTestId('preview-failed').getAttribute('data-failed')).toBe('0');
    await preview.getByRole('button', { name: 'Show in the views' }).click();
    expect(await page.getByTestId('plan-legend-title').first().textContent()).toBe('Preview: the roadmap up to 2027');
    await page.getByTestId('view-planner').click();
    await page.getByTestId('preview-accept').click();
    expect(await state<string>(page, '(s) => s.past[s.past.length - 1].label')).toBe('accept the roadmap up to 2027');
    expect(await state<number>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'EDGE').compute.servers")).toBe(3);
    expect(await page.getByTestId('plan-accepted').textContent()).toContain('the roadmap up to 2027');
    await page.getByTestId('undo').click();
    expect(await state<unknown>(page, '(s) => s.doc.scenario')).toEqual(original);
    await preview.getByRole('button', { name: 'back to the plan' }).click();
    await preview.waitFor({ state: 'detached' });
  });

  test('accept: one undoable edit; run: every requirement passes; undo: the as-is is back', async () => {
    await page.getByTestId('plan-accept').click();
    await page.getByTestId('plan-accepted').waitFor();
    expect(await state<number>(page, "(s) => s.doc.scenario.nodes.find((n) => n.id === 'EDGE').compute.servers")).toBe(3);
    expect(await state<number>(page, '(s) => s.doc.scenario.simulation.replications')).toBe(3); // run as verified, as the CLI writes it
    expect(await state<string>(page, '(s) => s.past[s.past.length - 1].label')).toBe('accept the upgrade plan');
    await page.getByTestId('view-editor').click();
    await runAndWait(page);
    expect(await page.getByTestId('summary-failed').textContent()).toBe('0 failed');
    expect(await page.getByTestId('summary-passed').textContent()).toBe('10 passed'); // and the historian stream, without a requirement
    expect(await page.locator('tr[data-verdict="fail"]').count()).toBe(0);
    await page.keyboard.press('Control+z');
    expect(await state<unknown>(page, '(s) => s.doc.scenario')).toEqual(original);
    await page.getByTestId('view-planner').click();
    expect(await page.getByTestId('plan-accept').isEnabled()).toBe(true); // the as-is again: the plan can be accepted again
    expect(errors).toEqual([]);
  });
});

describe('adding an AI workload', () => {
  test('a plant without a compute node: the dialog says what vision inspection lacks, and adds nothing; the planner finds nothing to buy', async () => {
    const { context, page } = await newPage(app);
    await page.getByRole('button', { name: '+ New plant' }).click();
    await page.getByTestId('topology').waitFor();
    await page.getByTestId('add-workload').click();
    const dialog = page.getByTestId('workload-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('workload-missing-inference').textContent()).toMatch(/needs a compute node .* this scenario has none/);
    expect(await page.getByTestId('workload-add').isDisabled()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await state<number>(page, '(s) => s.doc.scenario.flows.length')).toBe(1);
    // and its one control loop holds as it is: the planner says there is nothing to buy
    await page.keyboard.press('5');
    await page.getByTestId('plan-start').click();
    await page.getByTestId('nothing-to-buy').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('plan-accept').count()).toBe(0);
    await context.close();
  });

  test('vision inspection on a cell: choose cameras, adjust a default (its source shown), preview, add as one edit, run, see its flow', async () => {
    const { context, page, errors } = await newPage(app);
    await openFromLibrary(page, 'examples/vision-cell.json');
    await typeInto(page, 'field-simulation.duration', '2 s');
    await page.getByTestId('add-workload').click();
    const dialog = page.getByTestId('workload-dialog');
    await dialog.waitFor();
    // vision inspection is first; the cell's cameras, its edge server and its PLC are chosen
    const cameras = page.getByTestId('workload-role-cameras');
    expect(await cameras.locator('input[value="CAM1"]').isChecked()).toBe(true);
    expect(await cameras.locator('input[value="CAM2"]').isChecked()).toBe(true);
    expect(await page.getByTestId('workload-role-inference').inputValue()).toBe('EDGE1');
    expect(await dialog.locator('.param-source').first().textContent()).toContain('Allied Vision Mako G-125');
    await cameras.locator('input[value="CAM2"]').uncheck();
    await page.getByTestId('workload-param-fps').fill('10');
    const rows = page.getByTestId('workload-preview').locator('tr[data-preview-flow]');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('every 100 ms');
    expect(await rows.first().getAttribute('data-preview-flow')).toBe('vision-CAM1');
    expect(await page.getByTestId('workload-compute').textContent()).toContain('EDGE1');
    await shot(page, '12-add-workload');
    await page.getByTestId('workload-add').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await state<string[]>(page, '(s) => s.doc.scenario.flows.map((f) => f.id)')).toContain('vision-CAM1');
    expect(await state<string>(page, '(s) => s.past[s.past.length - 1].label')).toBe('add machine-vision inspection (1 flow)');
    await page.getByTestId('flow-form').waitFor(); // editable right away
    await runAndWait(page);
    expect(await verdictOf(page, 'vision-CAM1')).toMatch(/pass|fail/);
    await page.locator('body').click({ position: { x: 5, y: 880 } });
    await page.keyboard.press('Control+z');
    expect(await state<string[]>(page, '(s) => s.doc.scenario.flows.map((f) => f.id)')).not.toContain('vision-CAM1');
    expect(errors).toEqual([]);
    await context.close();
  });
});
