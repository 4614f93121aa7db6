/**
 * Candidate upgrades for the flows that fail, read off the simulation's own attribution: the
 * ports where each failing flow waits, its slow links, the FIFO switches on its path, the
 * compute node it queues at. Each candidate carries a rough gain estimate (seconds of latency
 * it could remove) used to decide which candidates are worth simulating.
 */
import type { FlowReport } from '../api/Report.ts';
import type { Model } from '../scenario/model.ts';
import { shortestRoute, buildGraph } from '../scenario/topology.ts';
import { type Action, keyOf, targetOf, tiersFor } from './actions.ts';
import type { Catalog } from './catalog.ts';
import type { Findings } from './evaluation.ts';
import { gateCandidate } from './gateSchedule.ts';
import { parseQuantity } from '../scenario/units.ts';
import { linkId } from '../scenario/linkId.ts';
import type { ScenarioJson } from '../scenario/schema.ts';
import { maxOf } from '../core/extrema.ts';

export interface Candidate {
  actions: Action[];
  /** what it addresses, for the explanation */
  reason: string;
  /** rough latency it may remove, seconds (for ranking only) */
  estimate: number;
}

const bits = (bytes: number) => bytes * 8;

/** `f`, remembering its answer for each argument. */
function memo<K, V>(f: (k: K) => V): (k: K) => V {
  const known = new Map<K, V>();
  return (k: K) => {
    if (!known.has(k)) known.set(k, f(k));
    return known.get(k)!;
  };
}

export function proposeCandidates(doc: ScenarioJson, model: Model, findings: Findings, plan: readonly Action[], c: Catalog): Candidate[] {
  const out: Candidate[] = [];
  const inPlan = new Set(plan.map(keyOf));
  // `doc` is the upgraded scenario: a link the plan converted reads as fiber there, but a later tier must keep the conversion
  const converted = new Set(plan.flatMap((a) => (a.kind === 'link-rate' && a.fiber ? [a.link] : [])));
  const addCandidate = (cand: Candidate) => {
    const actions = cand.actions.filter((a) => !inPlan.has(keyOf(a)));
    if (actions.length > 0) out.push({ ...cand, actions });
  };
  // indexes, so that a plant's thousands of flows and links are each looked at once per round
  const tiersOf = memo((link: string) =>
    tiersFor(link, doc, c)
      .map((t) => ({ ...t, bps: parseQuantity(t.rate, 'rate') }))
      .sort((a, b) => a.bps - b.bps),
  );
  const docLinks = new Map<string, ScenarioJson['links'][number]>();
  for (const l of doc.links) if (!docLinks.has(linkId(l))) docLinks.set(linkId(l), l);
  const flowsById = new Map(model.flows.map((x) => [x.id, x]));
  /** the flows (index, priority) whose request or response route crosses each port */
  let onPort: Map<number, { index: number; priority: number }[]> | undefined;
  const flowsOnPort = () => (onPort ??= portIndex());
  const portIndex = () => {
    const on = new Map<number, { index: number; priority: number }[]>();
    for (const g of model.flows)
      for (const p of new Set([...g.route, ...(g.response?.route ?? [])])) {
        const list = on.get(p);
        if (list) list.push({ index: g.index, priority: g.priority });
        else on.set(p, [{ index: g.index, priority: g.priority }]);
      }
    return on;
  };
  /** the topology without link `avoid` */
  const graphWithout = memo((avoid: number) =>
    buildGraph(
      model.nodes.length,
      model.nodes.map((n) => n.forwarding),
      model.links.map((l) => (l.index === avoid ? { from: 0, to: 0 } : l)),
    ),
  );
  const fastest =
    model.nodes.length > 0 && c.switchModels.length > 0
      ? [...c.switchModels].sort((a, b) => parseQuantity(a.latency, 'time') - parseQuantity(b.latency, 'time'))[0]
      : undefined;
  const cheapestStrict = [...c.switchModels].filter((m) => m.scheduler === 'strict').sort((a, b) => a.cost - b.cost)[0];

  for (const f of findings.failing) {
    const flow = flowsById.get(f.id);
    if (!flow) continue;
    const ports = [...flow.route, ...(flow.response?.route ?? [])];
    const size = flow.size.dist === 'constant' ? flow.size.value : 1500;

    // 1. faster links where the flow waits or serializes (radio links: see 5; a fieldbus runs at its protocol's rates)
    ports.forEach((port, k) => {
      const link = model.links[port >> 1];
      if (link.wireless || link.fieldbus) return;
      const doclink = docLinks.get(link.id);
      const next = tiersOf(link.id).find((t) => t.bps > link.rateBps * 1.0001);
      if (!next || !doclink) return;
      const hop = f.attribution.hops[k];
      const txNow = bits(Math.min(size, link.mtu) + 38) / link.rateBps;
      const txNext = bits(Math.min(size, link.mtu) + 38) / next.bps;
      const longCopper = (doclink.medium ?? 'copper') === 'copper' && metres(doclink.length) > c.copperMaxLength;
      addCandidate({
        actions: [{ kind: 'link-rate', link: link.id, rate: next.rate, fiber: longCopper || converted.has(link.id) }],
        reason: `${f.id} waits ${fmt(hop?.maxWait ?? 0)} (worst) at ${hop?.from}→${hop?.to}`,
        estimate: (hop?.maxWait ?? 0) * (1 - link.rateBps / next.bps) + (txNow - txNext) * Math.max(1, size / link.mtu),
      });
    });

    // 2. managed switches with priority for the flow, where its path crosses FIFO switches or shares queues
    // switches and access points' wired bridges (not 5G cells, whose scheduler the cell model owns)
    const forwarding = [...new Set(ports.map((p) => model.ports[p].from).filter((n) => model.nodes[n].forwarding && !model.nodes[n].cell))];
    const fifo = forwarding.filter((n) => model.nodes[n].scheduler === 'fifo');
    const waitShare = f.attribution.hops.reduce((a, h) => a + h.maxWait, 0);
    const competitors = new Set<number>();
    for (const p of ports) for (const g of flowsOnPort().get(p) ?? []) if (g.index !== flow.index) competitors.add(g.priority);
    const wanted = Math.min(7, Math.max(6, maxOf([...competitors].map((p) => p + 1))));
    if (wanted > flow.priority || fifo.length > 0) {
      const actions: Action[] = [];
      if (cheapestStrict) for (const n of fifo) actions.push({ kind: 'switch', node: model.nodes[n].id, model: cheapestStrict.id });
      if (wanted > flow.priority) actions.push({ kind: 'priority', flow: f.id, priority: wanted });
      addCandidate({ actions, reason: `${f.id} queues behind other traffic (${fmt(waitShare)} of waits at worst)`, estimate: waitShare });
    }
    // lower-latency switches where forwarding latency adds up
    if (fastest)
      for (const n of forwarding) {
        const latency = model.nodes[n].latencyPs / 1e12;
        const gain = latency - parseQuantity(fastest.latency, 'time');
        if (gain > 1e-7)
          addCandidate({
            actions: [{ kind: 'switch', node: model.nodes[n].id, model: fastest.id }],
            reason: `${model.nodes[n].id} forwards in ${fmt(latency)}`,
            estimate: gain,
          });
      }

    // 3. a route around the port where the flow waits most
    const worstHop = f.attribution.hops
      .slice(0, flow.route.length)
      .reduce(
        (best, h, k) => (h.maxWait > (best?.h.maxWait ?? 0) ? { h, k } : best),
        undefined as { h: FlowReport['attribution']['hops'][number]; k: number } | undefined,
      );
    if (worstHop && worstHop.h.maxWait > 0) {
      const alt = shortestRoute(graphWithout(flow.route[worstHop.k] >> 1), flow.from, flow.to);
      if (alt && alt.length > 0 && !alt.includes(flow.route[worstHop.k])) {
        const path = [model.nodes[flow.from].id, ...alt.map((p) => model.nodes[model.ports[p].to].id)];
        addCandidate({ actions: [{ kind: 'reroute', flow: f.id, path }], reason: `avoid ${worstHop.h.from}→${worstHop.h.to}`, estimate: worstHop.h.maxWait });
      }
    }

    // 5. radio: a faster access point, a cell configured for low latency
    const radioWait = (n: number) =>
      f.attribution.hops.reduce(
        (a, h, k) => (model.links[ports[k] >> 1].wireless && (model.ports[ports[k]].from === n || model.ports[ports[k]].to === n) ? a + h.maxWait : a),
        0,
      );
    for (const n of new Set(ports.flatMap((p) => [model.ports[p].from, model.ports[p].to]))) {
      const nd = model.nodes[n];
      if (nd.wifi && ports.some((p) => model.links[p >> 1].wireless && (model.ports[p].from === n || model.ports[p].to === n)))
        addCandidate({ actions: [{ kind: 'wifi-ap', node: nd.id }], reason: `${f.id} contends for ${nd.id}'s channel`, estimate: radioWait(n) + 1e-4 });
      if (nd.cell && (nd.cell.grant === 'dynamic' || nd.cell.slotPs > 250e6))
        addCandidate({
          actions: [{ kind: 'cell-urllc', node: nd.id }],
          reason: `${f.id} waits for grants and slots at ${nd.id}`,
          estimate: (nd.cell.grantDelaySlots + 1) * nd.cell.slotPs * 1e-12,
        });
    }

    // 4. compute: more servers, or an edge server nearer the source
    if (flow.response && f.attribution.compute) {
      const cmp = f.attribution.compute;
      const node = model.nodes[flow.to];
      const already = plan.find((a) => a.kind === 'gpu' && a.node === node.id);
      const add = (already?.kind === 'gpu' ? already.add : 0) + 1;
      addCandidate({
        actions: [{ kind: 'gpu', node: node.id, add }],
        reason: `${f.id} waits ${fmt(cmp.maxWait)} (worst) for ${node.id}`,
        estimate: cmp.maxWait + cmp.meanService,
      });
      const requestFixed = f.attribution.hops.reduce((a, h) => a + h.maxWait, 0);
      const pathDelay = ports.reduce((a, p) => a + model.links[p >> 1].delayPs / 1e12, 0);
      const switchesOnPath = flow.route.map((p) => model.ports[p].to).filter((n) => model.nodes[n].forwarding);
      const placements = [
        ...new Set([switchesOnPath[0], switchesOnPath[Math.floor(switchesOnPath.length / 2)], switchesOnPath[switchesOnPath.length - 1]]),
      ].filter((n) => n !== undefined);
      for (const at of placements) {
        // the same model's requests that pass this switch move with it
        const moved = model.flows
          .filter((g) => g.response && g.to === flow.to && g.model === flow.model && g.route.some((p) => model.ports[p].to === at))
          .map((g) => g.id);
        const id = `EDGE-${model.nodes[at].id}`;
        if (doc.nodes.some((n) => n.id === id) || plan.some((a) => a.kind === 'edge-server' && a.id === id)) continue;
        addCandidate({
          actions: [{ kind: 'edge-server', at: model.nodes[at].id, id, flows: moved }],
          reason: `serve ${moved.length} request flow${moved.length === 1 ? '' : 's'} at ${model.nodes[at].id} instead of ${node.id}`,
          estimate: pathDelay + requestFixed + cmp.maxWait / 2,
        });
      }
    }
  }
  // 6. TSN: gate windows for the failing time-critical flows
  const gates = gateCandidate(doc, model, findings, plan, c);
  if (gates) addCandidate(gates);

  // one candidate per distinct action set, first reason kept; drop sets whose targets collide internally
  const seen = new Set<string>();
  return out.filter((cand) => {
    const key = cand.actions.map(keyOf).sort().join('+');
    const targets = new Set(cand.actions.map(targetOf));
    if (seen.has(key) || targets.size !== cand.actions.length) return false;
    seen.add(key);
    return true;
  });
}

function metres(text: unknown): number {
  if (typeof text !== 'string') return 0;
  try {
    return parseQuantity(text, 'length');
  } catch {
    return 0;
  }
}

function fmt(s: number): string {
  return s >= 1e-3 ? `${(s * 1e3).toPrecision(3)} ms` : `${(s * 1e6).toPrecision(3)} us`;
}
