import { describe, expect, test } from 'vitest';
import { budgetProblem, defaultPlanSettings, loadPlanSettings, savePlanSettings, yearsOf } from './planSettings.ts';
import { DEFAULT_CATALOG } from '../../sim/api/index.ts';

const memory = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('planSettings', () => {
  test('defaults: the catalog defaults, the CLI’s budget, this year and the next two', () => {
    const d = defaultPlanSettings(2026);
    expect(d).toEqual({ catalog: DEFAULT_CATALOG, perYear: 100_000, fromYear: 2026, toYear: 2028 });
    expect(d.catalog).not.toBe(DEFAULT_CATALOG); // a copy: editing it cannot change the defaults
    expect(yearsOf(d)).toEqual([2026, 2027, 2028]);
  });

  test('edited prices and budget are remembered', () => {
    const store = memory();
    const s = { ...defaultPlanSettings(2026), perYear: 20_000, catalog: { ...DEFAULT_CATALOG, gpuServer: 9000 } };
    savePlanSettings(s, store);
    expect(loadPlanSettings(store)).toEqual(s);
  });

  test('anything unusable in storage falls back to the defaults', () => {
    const store = memory();
    store.setItem('netloom.planner', '{"catalog": {"gpuServer": -5}}');
    expect(loadPlanSettings(store).catalog).toEqual(DEFAULT_CATALOG);
    store.setItem('netloom.planner', 'not json');
    expect(loadPlanSettings(store).perYear).toBe(100_000);
  });

  test('budget problems are named', () => {
    expect(budgetProblem({ perYear: -1, fromYear: 2026, toYear: 2028 })).toMatch(/budget/);
    expect(budgetProblem({ perYear: 1, fromYear: 2028, toYear: 2026 })).toMatch(/before the first/);
    expect(budgetProblem({ perYear: 1, fromYear: 2026, toYear: 2060 })).toMatch(/at most 20 years/);
    expect(budgetProblem({ perYear: 0, fromYear: 2026, toYear: 2026 })).toBeNull();
  });
});
