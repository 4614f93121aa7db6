/**
 * What the app's views and its run limits read off a compiled scenario: each flow's route (nodes
 * and link ids, response and 802.1CB copies included), each link's propagation delay, and the
 * work a run will be. Plain data, so a worker that compiled a large plant sends this instead of
 * the model (at 10,000 devices the compile takes seconds and must not run on the app's thread).
 */
import { type WorkEstimate, estimateWork } from '../engine/estimateWork.ts';
import type { Model } from '../scenario/model.ts';

export interface FlowRoute {
  nodes: string[];
  /** every link the flow crosses, its 802.1CB copies' included */
  links: string[];
  /** directed hops as [from, to] node ids, in order (request then response) */
  hops: [string, string][];
  /** 802.1CB redundant routes beside the primary one, as node lists */
  copies: string[][];
}

export interface ModelFacts {
  /** flow id → its route, in the scenario's flow order */
  routes: [string, FlowRoute][];
  /** link id → one-way propagation delay in seconds */
  delays: [string, number][];
  replications: number;
  estimate: WorkEstimate;
}

export function modelFacts(model: Model): ModelFacts {
  const id = (n: number) => model.nodes[n].id;
  const routes = model.flows.map((f): [string, FlowRoute] => {
    const ports = [...f.route, ...(f.response?.route ?? [])];
    const hops = ports.map((p): [string, string] => [id(model.ports[p].from), id(model.ports[p].to)]);
    const nodes: string[] = [];
    for (const [a, b] of hops) {
      if (nodes[nodes.length - 1] !== a) nodes.push(a);
      nodes.push(b);
    }
    const copies = (f.frer ?? []).map((r) => [id(model.ports[r[0]].from), ...r.map((p) => id(model.ports[p].to))]);
    const all = [...ports, ...(f.frer ?? []).flat()];
    return [f.id, { nodes, links: [...new Set(all.map((p) => model.links[model.ports[p].link].id))], hops, copies }];
  });
  const delays = model.links.map((l): [string, number] => [l.id, l.delayPs * 1e-12]);
  return { routes, delays, replications: model.replications, estimate: estimateWork(model) };
}
