/**
 * What the library needs from below the façade that `sim/api` does not export yet (issue 9 moves
 * schedule and plan behind it). The one file of lib/ that reaches past `sim/api`: when the
 * façade exports these, this file becomes re-exports from `sim/api` and nothing else changes.
 */
export { computeBounds } from '../sim/analysis/index.ts';
export { applySchedule, gateLimits, synthesizeSchedule } from '../sim/analysis/gcl/index.ts';
export type { Schedule } from '../sim/analysis/gcl/index.ts';
export { applyPlan, defaultRunLengths, PlanCancelled, plan as planUpgrade, resolveCatalog } from '../sim/plan/index.ts';
export type { Catalog, CatalogInput, Evaluate, Plan } from '../sim/plan/index.ts';
export type { ScenarioDoc } from '../sim/plan/ScenarioDoc.ts';
