/**
 * What a plan offers to accept: the plan itself, any point of its cost vs. worst-margin Pareto
 * front, or its roadmap up to a year (every phase until then). Each is the as-is scenario with
 * those actions applied, set to run with the verification's replications (as `netloom plan
 * --out` writes it), built once per plan so the document can be recognised as one of them by
 * identity — after undo and redo too.
 */
import { type Action, formatMargin, formatMoney, type Plan, type ScenarioJson, upgradedScenario } from '../../sim/api/index.ts';
import type { PlanResult } from './AppState.ts';

export type VariantKey = 'plan' | `pareto:${number}` | `roadmap:${number}`;

const index = (key: string) => Number(key.slice(key.indexOf(':') + 1));

export function variantActions(p: Plan, key: VariantKey): Action[] {
  if (key === 'plan') return p.actions.map((a) => a.action);
  if (key.startsWith('pareto:')) return p.pareto[index(key)]?.plan ?? [];
  return p.roadmap.slice(0, index(key) + 1).flatMap((ph) => ph.plan);
}

export function variantLabel(p: Plan, key: VariantKey): string {
  if (key === 'plan') return 'the plan';
  if (key.startsWith('pareto:')) {
    const pt = p.pareto[index(key)];
    return pt
      ? `the ${formatMoney(pt.cost, p.currency)} plan of the Pareto front (worst margin ` +
          `${formatMargin(pt.worstMargin)}${pt.verified ? ', verified' : ', short run'})`
      : 'a Pareto plan';
  }
  return `the roadmap up to ${p.roadmap[index(key)]?.year ?? '?'}`;
}

const built = new WeakMap<PlanResult, Map<VariantKey, ScenarioJson>>();

export function variantScenario(r: PlanResult, key: VariantKey): ScenarioJson {
  if (key === 'plan' && r.upgraded) return r.upgraded;
  let cache = built.get(r);
  if (!cache) built.set(r, (cache = new Map()));
  let s = cache.get(key);
  if (!s) cache.set(key, (s = upgradedScenario(r.base, variantActions(r.plan, key), r.plan.catalog, r.verify.replications, r.files)));
  return s;
}

/** Which of the plan's variants a scenario is (by identity), or null. */
export function variantOf(r: PlanResult, scenario: ScenarioJson): VariantKey | null {
  if (r.upgraded && scenario === r.upgraded) return 'plan';
  for (const [key, s] of built.get(r) ?? []) if (s === scenario) return key;
  return null;
}
