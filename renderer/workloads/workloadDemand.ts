/**
 * What new flows ask of the plant, on average, before any simulation: the bit rate each adds,
 * the load it puts on every link direction it crosses, and the accelerator time it asks of
 * its compute node (requests per second × mean service time, per server). Mean-value
 * arithmetic only — queues, bursts and deadlines are the simulation's job — but it says at a
 * glance when a workload cannot fit (a link or a node past 100 %).
 */
import { distMean, messagesPerSecond, type Model } from '../../sim/api/index.ts';

type FlowModel = Model['flows'][number];

export interface FlowDemand {
  flow: string;
  /** packets (requests) per second */
  perSecond: number;
  /** mean bit rate of the request direction, framing included */
  bps: number;
}

export interface LinkLoad {
  /** "from→to": the direction */
  dir: string;
  link: string;
  rateBps: number;
  /** mean offered bit/s, framing included */
  before: number;
  after: number;
}

export interface ComputeLoad {
  node: string;
  servers: number;
  /** busy servers on average (server-seconds per second) */
  before: number;
  after: number;
  /** some of its requests are batched: the figure assumes full batches */
  batched: boolean;
}

export interface Demand {
  flows: FlowDemand[];
  links: LinkLoad[];
  compute: ComputeLoad[];
}

/** Mean of a distribution, in its own unit (the core's). */
export const meanOf = distMean;

/** Packets a flow sends per second, on average over its life (as the scenario's own load checks count them). */
export function packetsPerSecond(f: FlowModel, durationPs: number): number {
  return messagesPerSecond(f.pattern, durationPs);
}

/** Requests per second and service per request at each compute node, from every request flow. */
function computeLoads(m: Model): Map<string, { busy: number; batched: boolean }> {
  const out = new Map<string, { busy: number; batched: boolean }>();
  for (const f of m.flows) {
    const node = m.nodes[f.to];
    if (!f.response || !node.compute) continue;
    const service = meanOf(f.service ?? node.compute.service);
    const batch = f.batch ?? (node.compute.batchMax > 1 ? { max: node.compute.batchMax, perItemPs: node.compute.perItemPs } : undefined);
    // a full batch of B costs service + (B − 1) · perItem: per request, that over B
    const perRequest = batch && batch.max > 1 ? (service + ((batch.max - 1) * batch.perItemPs) / 1e12) / batch.max : service;
    const cur = out.get(node.id) ?? { busy: 0, batched: false };
    out.set(node.id, { busy: cur.busy + packetsPerSecond(f, m.durationPs) * perRequest, batched: cur.batched || (batch?.max ?? 1) > 1 });
  }
  return out;
}

/** Mean offered bit/s per port (link direction), framing included. */
function portLoads(m: Model): Float64Array {
  const load = new Float64Array(m.ports.length);
  const add = (route: number[], perSecond: number, bytes: number) => {
    for (const port of route) {
      const link = m.links[m.ports[port].link];
      const frames = Math.max(1, Math.ceil(bytes / link.mtu));
      const f = link.framing;
      load[port] += perSecond * 8 * (bytes + frames * (f.overhead + f.preamble + f.ifg));
    }
  };
  for (const f of m.flows) {
    const pps = packetsPerSecond(f, m.durationPs);
    add(f.route, pps, meanOf(f.size));
    if (f.response) add(f.response.route, pps, meanOf(f.response.size));
  }
  return load;
}

export function workloadDemand(before: Model, after: Model, added: readonly string[]): Demand {
  const ids = new Set(added);
  const newFlows = after.flows.filter((f) => ids.has(f.id));
  const flows = newFlows.map((f) => {
    const perSecond = packetsPerSecond(f, after.durationPs);
    return { flow: f.id, perSecond, bps: perSecond * meanOf(f.size) * 8 };
  });

  const loadBefore = portLoads(before);
  const loadAfter = portLoads(after);
  const portKey = (m: Model, p: number) => `${m.nodes[m.ports[p].from].id}→${m.nodes[m.ports[p].to].id}`;
  const beforeByDir = new Map(before.ports.map((p) => [portKey(before, p.index), loadBefore[p.index]]));
  const touched = new Set(newFlows.flatMap((f) => [...f.route, ...(f.response?.route ?? [])]));
  const links = [...touched]
    .map((p) => {
      const dir = portKey(after, p);
      const link = after.links[after.ports[p].link];
      return { dir, link: link.id, rateBps: link.rateBps, before: beforeByDir.get(dir) ?? 0, after: loadAfter[p] };
    })
    .sort((a, b) => b.after / b.rateBps - a.after / a.rateBps);

  const cBefore = computeLoads(before);
  const cAfter = computeLoads(after);
  const compute = [...new Set(newFlows.filter((f) => f.response).map((f) => after.nodes[f.to]))]
    .filter((n) => n.compute)
    .map((n) => ({
      node: n.id,
      servers: n.compute!.servers,
      before: cBefore.get(n.id)?.busy ?? 0,
      after: cAfter.get(n.id)?.busy ?? 0,
      batched: cAfter.get(n.id)?.batched ?? false,
    }));
  return { flows, links, compute };
}
