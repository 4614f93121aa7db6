/**
 * The bill of materials of each industry plan adds up to the plan's total cost. The plans are the
 * ones test/validation/industryPlans.test.ts pins (industryPlans.expected.json: each plan's actions
 * and total cost as the planner found them with the default catalog); the CSV is read back with
 * d3-dsv and its quantities × unit prices summed.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, expandScenario, exportBom, PLAN_FORMAT } from '../../sim/api/index.ts';

const expected: Record<string, { totalCost: number; actions: unknown[] }> = JSON.parse(
  readFileSync(new URL('./industryPlans.expected.json', import.meta.url), 'utf8'),
);

describe('bill of materials of each industry plan', () => {
  it.each(Object.keys(expected))('%s: quantities × unit prices sum to the plan total', (file) => {
    const scenario = expandScenario(JSON.parse(readFileSync(new URL(`../../scenarios/industry/${file}`, import.meta.url), 'utf8')));
    const { totalCost, actions } = expected[file];
    const plan = { format: PLAN_FORMAT, scenario: scenario.name, actions: actions.map((action) => ({ action })), catalog: DEFAULT_CATALOG };
    const rows = csvParse(exportBom(plan, scenario).csv);
    const items = rows.filter((r) => r.item !== 'total');
    expect(items.length).toBeGreaterThan(0);
    for (const r of items) expect(r.where, r.item).not.toBe('');
    const sum = items.reduce((s, r) => s + Number(r.quantity) * Number(r['unit price (USD)']), 0);
    expect(sum).toBe(totalCost);
    expect(Number(rows.find((r) => r.item === 'total')?.['amount (USD)'])).toBe(totalCost);
  });

  it("refuses a plan whose stated total its actions do not make on this scenario, naming the plan's field", () => {
    const file = Object.keys(expected)[0];
    const scenario = expandScenario(JSON.parse(readFileSync(new URL(`../../scenarios/industry/${file}`, import.meta.url), 'utf8')));
    const plan = { format: PLAN_FORMAT, scenario: scenario.name, actions: expected[file].actions.map((action) => ({ action })), catalog: DEFAULT_CATALOG };
    expect(() => exportBom({ ...plan, totalCost: expected[file].totalCost + 1 }, scenario)).toThrow(/\$\.totalCost/);
    expect(() => exportBom({ ...plan, scenario: 'another plant' }, scenario)).toThrow(/\$\.scenario/);
    expect(() => exportBom({ ...plan, format: 'netloom.report/v1' }, scenario)).toThrow(/\$\.format/);
  });
});
