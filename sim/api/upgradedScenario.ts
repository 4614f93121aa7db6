/**
 * A plan's actions applied to the scenario it was made for, set to run with the verification's
 * replications, so that running it reproduces the verification (`netloom plan --out`, the
 * app's Accept).
 */
import { type Action, applyPlan } from '../plan/actions.ts';
import type { Catalog } from '../plan/catalog.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

/** `files`: the trace files `base` names (a gate schedule among the actions loads it). */
export function upgradedScenario(
  base: ScenarioJson,
  actions: readonly Action[],
  catalog: Catalog,
  replications: number,
  files: Readonly<Record<string, string>> = {},
): ScenarioJson {
  const out = applyPlan(base, actions, catalog, files);
  out.simulation = { ...(out.simulation ?? {}), replications };
  return out;
}
