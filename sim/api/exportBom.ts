/**
 * The bill of materials of a plan (CSV): what to buy for each action, at the prices of the
 * catalog the plan was made with, with where it goes and a total equal to the plan's cost. The
 * plan in (as `netloom plan --json` writes it) with the scenario it was made for; CSV text out.
 */
import { type BillOfMaterials, billOfMaterials } from '../io/bom/billOfMaterials.ts';
import { bomCsv, money } from '../io/bom/bomCsv.ts';
import type { Action } from '../plan/actions.ts';
import { resolveCatalog } from '../plan/catalog.ts';
import { PLAN_FORMAT } from '../plan/Plan.ts';
import { ScenarioError } from '../scenario/errors.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export type { BillOfMaterials, BomLine } from '../io/bom/billOfMaterials.ts';

const ACTION_KINDS = ['link-rate', 'switch', 'priority', 'reroute', 'gpu', 'edge-server', 'new-link', 'wifi-ap', 'cell-urllc', 'tsn-schedule'];

/**
 * `plan` is a plan document (or anything with its `actions` and `catalog`); `scenario` the flat
 * scenario it was made for. Throws ScenarioError naming the JSON path of what does not fit.
 */
export function exportBom(plan: unknown, scenario: ScenarioJson): { bom: BillOfMaterials; csv: string } {
  const fail = (path: string, message: string): never => {
    throw new ScenarioError([{ path, message }]);
  };
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return fail('$', `expected a plan (${PLAN_FORMAT}), an object`);
  const p = plan as Record<string, unknown>;
  if (p.format !== PLAN_FORMAT) fail('$.format', `expected "${PLAN_FORMAT}" (what netloom plan --json writes), got ${JSON.stringify(p.format)}`);
  if (typeof p.scenario === 'string' && p.scenario !== scenario.name)
    fail('$.scenario', `this plan is of "${p.scenario}", not of the scenario given ("${scenario.name}")`);
  if (!Array.isArray(p.actions)) return fail('$.actions', 'expected the list of planned actions');
  const actions = p.actions.map((a, i): Action => {
    const action = (a as { action?: { kind?: unknown } } | null)?.action;
    if (!action || !ACTION_KINDS.includes(String(action.kind))) fail(`$.actions[${i}].action.kind`, `expected one of ${ACTION_KINDS.join(', ')}`);
    return action as Action;
  });
  let catalog: ReturnType<typeof resolveCatalog>;
  try {
    catalog = resolveCatalog(p.catalog ?? {});
  } catch (e) {
    if (e instanceof ScenarioError) throw new ScenarioError(e.issues.map((i) => ({ ...i, path: `$.catalog${i.path.replace(/^\$/, '')}` })));
    throw e;
  }
  const bom = billOfMaterials(actions, scenario, catalog);
  if (typeof p.totalCost === 'number' && Math.abs(p.totalCost - bom.total) > 0.005)
    fail(
      '$.totalCost',
      `the actions cost ${money(bom.total)} at the plan's catalog prices on this scenario, not ${money(p.totalCost)}: ` +
        'is it the scenario the plan was made for?',
    );
  return { bom, csv: bomCsv(bom) };
}
