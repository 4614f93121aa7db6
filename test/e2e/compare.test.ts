/**
 * Compare in the app: run the vision cell, slow the drive link, run again, and compare the two runs
 * side by side — the edit is listed as the scenario's change, and the drive's control flow shows its
 * verdict flip (pass → fail) at the top of the table; swapping A and B shows it fixed.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, buildAndServe, newPage, openFromLibrary, ROOT, runAndWait, shot, SHOTS, state } from './harness.ts';

let app: App;
let page: Page;
let errors: string[];

beforeAll(async () => {
  app = await buildAndServe('compare');
  ({ page, errors } = await newPage(app));
});
afterAll(async () => app?.close());

const row = (flow: string) => page.locator(`[data-testid=compare-table] tr[data-flow="${flow}"]`);

describe('compare two runs', () => {
  test('with one run there is nothing to compare yet', async () => {
    await openFromLibrary(page, 'examples/vision-cell.json');
    await runAndWait(page);
    await page.getByTestId('view-results').click();
    await page.getByTestId('compare-runs').filter({ hasText: 'Run again after an edit' }).waitFor();
    expect(await state<number>(page, '(s) => s.runs.length')).toBe(1);
  });

  test('an edit and a second run: the changed link is listed and the flow it makes fail shows pass → fail', async () => {
    await page.getByTestId('view-editor').click();
    await page.locator('g.link[data-key="DRV1-SW1"] .hit').click({ force: true });
    const rate = page.getByTestId('link-rate');
    await rate.fill('1 Mb/s');
    await rate.press('Enter');
    expect(await state<string>(page, '(s) => s.doc.scenario.links[1].rate')).toBe('1 Mb/s');
    await runAndWait(page);
    await page.getByTestId('view-results').click();
    const compare = page.getByTestId('compare-runs');
    await compare.getByTestId('compare-table').waitFor();
    expect(await state<number[]>(page, '(s) => s.runs.map((r) => r.n)')).toEqual([1, 2]);
    expect(await compare.getByTestId('compare-a').inputValue()).toBe('1');
    expect(await compare.getByTestId('compare-b').inputValue()).toBe('2');
    expect(await compare.getByTestId('compare-changes').textContent()).toContain('link DRV1-SW1 (DRV1→SW1) rate 100 Mb/s → 1 Mb/s');

    const flip = row('cycle-DRV1');
    expect(await flip.getAttribute('data-move')).toBe('newly-failing');
    expect(await flip.locator('.badge').allTextContents()).toEqual(['✓ pass', '✗ fail']);
    // failing first: the flipped flow heads the table
    expect(await compare.locator('[data-testid=compare-table] tbody tr').first().getAttribute('data-flow')).toBe('cycle-DRV1');
    expect(await compare.getByTestId('compare-summary').textContent()).toContain('1 newly failing');
    // its margins are the two runs' own
    const margins = await state<(number | null)[]>(page, "(s) => s.runs.map((r) => r.report.flows.find((f) => f.id === 'cycle-DRV1').margin)");
    expect(margins[0]).toBeGreaterThan(0);
    expect(margins[1]).toBeLessThan(0);
    expect(await row('cycle-DRV2').count()).toBe(0); // its margin did not move: listed only with "every flow"
    await compare.getByTestId('compare-all').check();
    expect(await row('cycle-DRV2').getAttribute('data-move')).toBe('same');
    await compare.getByTestId('compare-all').uncheck();

    // the run's toast would cover the table in the picture
    await page.locator('[data-testid=toast]').evaluateAll((els) => els.forEach((e) => (e as HTMLElement).click()));
    await page.locator('[data-testid=toast]').first().waitFor({ state: 'detached' });
    await compare.scrollIntoViewIfNeeded();
    await compare.screenshot({ path: join(SHOTS, 'compare.png') });
    copyFileSync(join(SHOTS, 'compare.png'), join(ROOT, 'docs', 'compare.png'));
    await shot(page, '40-compare');
  });

  test('picking B before A: the same flow is fixed', async () => {
    const compare = page.getByTestId('compare-runs');
    await compare.getByTestId('compare-a').selectOption('2');
    await compare.getByTestId('compare-b').selectOption('1');
    await expect.poll(() => row('cycle-DRV1').getAttribute('data-move')).toBe('fixed');
    expect(await row('cycle-DRV1').locator('.badge').allTextContents()).toEqual(['✗ fail', '✓ pass']);
    expect(errors).toEqual([]);
  });
});
