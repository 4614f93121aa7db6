/**
 * The planner's settings: the catalog's prices (the defaults, or the user's own) and the
 * roadmap's yearly budget. Remembered in localStorage, since a plant's prices do not change
 * from one scenario to the next; anything unreadable there falls back to the defaults.
 */
import type { PlanSettings } from './AppState.ts';
import { type Catalog, DEFAULT_CATALOG, resolveCatalog } from '../../sim/api/index.ts';

const KEY = 'netloom.planner';
/** the CLI's default yearly budget (`netloom plan --budget`) */
export const DEFAULT_BUDGET = 100_000;
export const MAX_YEARS = 20;

export const copyCatalog = (c: Catalog): Catalog => JSON.parse(JSON.stringify(c)) as Catalog;

export function defaultPlanSettings(year = new Date().getFullYear()): PlanSettings {
  return { catalog: copyCatalog(DEFAULT_CATALOG), perYear: DEFAULT_BUDGET, fromYear: year, toYear: year + 2 };
}

export function yearsOf(s: Pick<PlanSettings, 'fromYear' | 'toYear'>): number[] {
  return Array.from({ length: Math.max(1, s.toYear - s.fromYear + 1) }, (_, i) => s.fromYear + i);
}

/** Why the budget cannot be used, or null. */
export function budgetProblem(s: Pick<PlanSettings, 'perYear' | 'fromYear' | 'toYear'>): string | null {
  if (!Number.isFinite(s.perYear) || s.perYear < 0) return 'The yearly budget must be a number, 0 or more.';
  if (!Number.isInteger(s.fromYear) || !Number.isInteger(s.toYear)) return 'Years must be whole numbers, like 2026.';
  if (s.toYear < s.fromYear) return 'The last year comes before the first.';
  if (s.toYear - s.fromYear >= MAX_YEARS) return `A roadmap spans at most ${MAX_YEARS} years.`;
  return null;
}

export function loadPlanSettings(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): PlanSettings {
  const d = defaultPlanSettings();
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return d;
    const saved = JSON.parse(raw) as Partial<PlanSettings>;
    const s: PlanSettings = {
      catalog: resolveCatalog(saved.catalog ?? {}),
      perYear: typeof saved.perYear === 'number' ? saved.perYear : d.perYear,
      fromYear: typeof saved.fromYear === 'number' ? saved.fromYear : d.fromYear,
      toYear: typeof saved.toYear === 'number' ? saved.toYear : d.toYear,
    };
    return budgetProblem(s) ? { ...d, catalog: s.catalog } : s;
  } catch {
    return d;
  }
}

export function savePlanSettings(s: PlanSettings, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    /* storage unavailable: settings last for this session */
  }
}
