/**
 * The app's CSV exports, downloaded as a user would and read back with d3-dsv: the results CSV in
 * µs, Mb/s and % against the report the app holds, and the Planner's bill of materials, whose
 * quantities × unit prices make the plan's total cost.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type App, buildAndServe, newPage, openFromLibrary, runAndWait, state } from './harness.ts';

let app: App;
let page: Page;
let errors: string[];
beforeAll(async () => {
  app = await buildAndServe('export-csv');
  ({ page, errors } = await newPage(app));
  await openFromLibrary(page, 'industry/pharma-fill-finish.json');
});
afterAll(async () => app?.close());

async function download(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) as string, 'utf8') };
}

describe('CSV exports in the app', () => {
  test('Export results (CSV) writes latencies in µs and throughput in Mb/s, with the unit in each header', async () => {
    await runAndWait(page);
    const { name, text } = await download(async () => {
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog', { name: 'Command palette' }).locator('input').fill('Export results (CSV)');
      await page.keyboard.press('Enter');
    });
    expect(name).toBe('pharma-fill-finish.report.csv');
    const rows = csvParse(text);
    expect(rows.columns).toContain('p99 latency (µs)');
    expect(rows.columns).toContain('throughput (Mb/s)');
    const flows = await state<{ id: string; latency: { p99: number } | null; throughput: number }[]>(page, '(s) => s.lastReport.report.flows');
    expect(rows).toHaveLength(flows.length);
    flows.forEach((f, i) => {
      expect(rows[i].flow).toBe(f.id);
      if (f.latency) expect(Math.abs(Number(rows[i]['p99 latency (µs)']) - f.latency.p99 * 1e6)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(Number(rows[i]['throughput (Mb/s)']) - f.throughput / 1e6)).toBeLessThanOrEqual(0.0005);
    });
  });

  test("the Planner's Export bill of materials (CSV) adds up to the plan's total cost", async () => {
    await page.getByTestId('view-planner').click();
    await page.getByTestId('plan-start').click();
    await page.getByTestId('plan-summary').waitFor({ timeout: 150_000 });
    const { name, text } = await download(() => page.getByTestId('plan-export-bom').click());
    expect(name).toBe('pharma-fill-finish.bom.csv');
    const rows = csvParse(text);
    const total = await state<number>(page, '(s) => s.plan.result.plan.totalCost');
    const items = rows.filter((r) => r.item !== 'total');
    expect(items.length).toBeGreaterThan(0);
    expect(items.reduce((sum, r) => sum + Number(r.quantity) * Number(r['unit price (USD)']), 0)).toBe(total);
    expect(Number(rows.find((r) => r.item === 'total')?.['amount (USD)'])).toBe(total);
    expect(errors).toEqual([]);
  });
});
