/**
 * The naive plan a planner must beat: for every flow that fails as-is, every link on its
 * routes to the fastest tier, every switch on them to the best model, and one more
 * accelerator at its compute node.
 */
import type { Outcome } from './evaluation.ts';
import { type Action, tiersFor } from './actions.ts';
import type { Catalog } from './catalog.ts';
import type { Model } from '../scenario/model.ts';
import { linkId } from '../scenario/linkId.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export function naivePlan(doc: ScenarioJson, model: Model, asIs: Outcome, c: Catalog): Action[] {
  const best = [...c.switchModels].sort((a, b) => b.cost - a.cost)[0];
  const plan = new Map<string, Action>();
  for (const id of asIs.failed) {
    const f = model.flows.find((x) => x.id === id);
    if (!f) continue;
    for (const port of [...f.route, ...(f.response?.route ?? [])]) {
      const link = model.links[port >> 1];
      const l = doc.links.find((x) => linkId(x) === link.id);
      if (link.wireless) {
        for (const n of [link.from, link.to]) {
          if (model.nodes[n].wifi) plan.set(`wifi-ap:${model.nodes[n].id}`, { kind: 'wifi-ap', node: model.nodes[n].id });
          if (model.nodes[n].cell) plan.set(`cell:${model.nodes[n].id}`, { kind: 'cell-urllc', node: model.nodes[n].id });
        }
        continue;
      }
      const long =
        (l?.medium ?? 'copper') === 'copper' &&
        typeof l?.length === 'string' &&
        parseFloat(l.length) * (l.length.includes('km') ? 1000 : 1) > c.copperMaxLength;
      const tiers = tiersFor(link.id, doc, c);
      plan.set(`link:${link.id}`, { kind: 'link-rate', link: link.id, rate: tiers[tiers.length - 1].rate, fiber: long });
      for (const n of [model.ports[port].from, model.ports[port].to])
        if (model.nodes[n].forwarding && !model.nodes[n].cell && best)
          plan.set(`switch:${model.nodes[n].id}`, { kind: 'switch', node: model.nodes[n].id, model: best.id });
    }
    if (f.response) plan.set(`gpu:${model.nodes[f.to].id}`, { kind: 'gpu', node: model.nodes[f.to].id, add: 1 });
  }
  return [...plan.values()];
}
