/**
 * Upgrade actions: what each changes in the scenario, what it costs, how it reads.
 * Actions on the same target replace one another (a link has one rate), so a plan is a set
 * keyed by target.
 */
import { parseQuantity } from '../scenario/units.ts';
import type { Catalog } from './catalog.ts';
import { withGates } from './gateSchedule.ts';
import { linkId } from '../scenario/linkId.ts';
import type { ScenarioJson } from '../scenario/schema.ts';

export type Action =
  | { kind: 'link-rate'; link: string; rate: string; fiber: boolean }
  | { kind: 'switch'; node: string; model: string }
  | { kind: 'priority'; flow: string; priority: number }
  | { kind: 'reroute'; flow: string; path: string[] }
  | { kind: 'gpu'; node: string; add: number }
  | { kind: 'edge-server'; at: string; id: string; flows: string[] }
  | { kind: 'new-link'; from: string; to: string }
  | { kind: 'wifi-ap'; node: string }
  | { kind: 'cell-urllc'; node: string }
  /** replace `switches` with a gate-capable `model` and schedule `flows` with 802.1Qbv gates (applied after every other action) */
  | { kind: 'tsn-schedule'; flows: string[]; model: string; switches: string[] };

/** What an action changes; two actions with one target cannot both be in a plan. */
export function targetOf(a: Action): string {
  switch (a.kind) {
    case 'link-rate':
      return `link:${a.link}`;
    case 'switch':
      return `switch:${a.node}`;
    case 'priority':
      return `priority:${a.flow}`;
    case 'reroute':
      return `route:${a.flow}`;
    case 'gpu':
      return `gpu:${a.node}`;
    case 'edge-server':
      return `edge:${a.at}`;
    case 'new-link':
      return `new-link:${[a.from, a.to].sort().join('|')}`;
    case 'wifi-ap':
      return `wifi-ap:${a.node}`;
    case 'cell-urllc':
      return `cell:${a.node}`;
    case 'tsn-schedule':
      return 'tsn-schedule';
  }
}

export const keyOf = (a: Action): string => JSON.stringify(a);

/** Adds `a` to a plan, replacing the action on the same target if any. */
export function withAction(plan: readonly Action[], a: Action): Action[] {
  const t = targetOf(a);
  return [...plan.filter((x) => targetOf(x) !== t), a];
}

/** A link's `length` in metres, as the catalog prices fiber ("300 m", "1.2 km"; 0 when it has none). */
export function metres(text: unknown): number {
  if (typeof text !== 'string') return 0;
  const m = /^\s*([\d.]+)\s*(km|m)\b/.exec(text);
  return m ? Number(m[1]) * (m[2] === 'km' ? 1000 : 1) : 0;
}

/** The rate tiers that apply to a link: WAN circuits for links to a cloud node, LAN tiers otherwise. */
export function tiersFor(linkName: string, doc: ScenarioJson, c: Catalog): Catalog['linkTiers'] {
  const link = doc.links.find((l) => linkId(l) === linkName);
  const cloud = (id: string | undefined) => doc.nodes.find((n) => n.id === id)?.type === 'cloud';
  return link && (cloud(link.from) || cloud(link.to)) ? c.wanTiers : c.linkTiers;
}

export function costOf(a: Action, doc: ScenarioJson, c: Catalog): number {
  switch (a.kind) {
    case 'link-rate': {
      const tier = tiersFor(a.link, doc, c).find((t) => t.rate === a.rate);
      const link = doc.links.find((l) => linkId(l) === a.link);
      return (tier?.cost ?? 0) + (a.fiber ? c.fiberPerLink + c.fiberPerMetre * metres(link?.length) : 0);
    }
    case 'switch':
      return c.switchModels.find((m) => m.id === a.model)?.cost ?? 0;
    case 'priority':
      return c.priorityChange;
    case 'reroute':
      return c.reroute;
    case 'gpu':
      return a.add * c.gpuServer;
    case 'edge-server':
      return c.edgeServer;
    case 'new-link':
      return c.newLink;
    case 'wifi-ap':
      return c.wifiAp;
    case 'cell-urllc':
      return c.cellUrllc;
    case 'tsn-schedule':
      return a.switches.length * (c.switchModels.find((m) => m.id === a.model)?.cost ?? 0) + c.tsnSchedule;
  }
}

/**
 * The least `a`'s target can cost in any plan the search grows from one holding `a`: the search
 * only replaces an action by another on its target (a link by another tier, keeping its fiber
 * conversion, which the floor leaves out all the same; a switch by another model; a gate schedule
 * by one over other switches), and adds actions of non-negative cost. So a plan whose floor is at least a bound has no descendant under it.
 */
export function costFloor(a: Action, doc: ScenarioJson, c: Catalog): number {
  switch (a.kind) {
    case 'link-rate': {
      const bps = parseQuantity(a.rate, 'rate');
      const costs = tiersFor(a.link, doc, c)
        .filter((t) => parseQuantity(t.rate, 'rate') >= bps)
        .map((t) => t.cost);
      return costs.length > 0 ? Math.min(...costs) : 0;
    }
    case 'switch':
      return c.switchModels.length > 0 ? Math.min(...c.switchModels.map((m) => m.cost)) : 0;
    case 'tsn-schedule':
      return c.tsnSchedule;
    default:
      return costOf(a, doc, c);
  }
}

/** The least any plan grown from `plan` can cost (`costFloor` of each action). */
export function planFloor(plan: readonly Action[], doc: ScenarioJson, c: Catalog): number {
  return plan.reduce((sum, a) => sum + costFloor(a, doc, c), 0);
}

export function planCost(plan: readonly Action[], doc: ScenarioJson, c: Catalog): number {
  return plan.reduce((sum, a) => sum + costOf(a, doc, c), 0);
}

export function labelOf(a: Action, c: Catalog): string {
  switch (a.kind) {
    case 'link-rate':
      return `Upgrade link ${a.link} to ${a.rate}${a.fiber ? ' (copper → fiber)' : ''}`;
    case 'switch':
      return `Replace switch ${a.node} with a ${c.switchModels.find((m) => m.id === a.model)?.label ?? a.model}`;
    case 'priority':
      return `Give flow ${a.flow} priority ${a.priority} (802.1Q PCP)`;
    case 'reroute':
      return `Route flow ${a.flow} via ${a.path.join(' → ')}`;
    case 'gpu':
      return `Add ${a.add} accelerator server${a.add === 1 ? '' : 's'} to ${a.node}`;
    case 'edge-server':
      return `Place an edge GPU server ${a.id} at ${a.at} and move ${a.flows.length === 1 ? `flow ${a.flows[0]}` : `${a.flows.length} inference flows`} to it`;
    case 'new-link':
      return `Add a link ${a.from} – ${a.to}`;
    case 'wifi-ap':
      return `Replace Wi-Fi access point ${a.node} with a Wi-Fi 7 one (station rates ×2, up to ${c.wifiMaxRate})`;
    case 'cell-urllc':
      return `Configure 5G cell ${a.node} for URLLC (configured grant, 0.25 ms slots)`;
    case 'tsn-schedule': {
      const model = c.switchModels.find((m) => m.id === a.model)?.label ?? a.model;
      return (
        `Schedule ${a.flows.length} time-critical flow${a.flows.length === 1 ? '' : 's'} with 802.1Qbv ` +
        `gates${a.switches.length > 0 ? `; new switches (${model}): ${a.switches.join(', ')}` : ''}`
      );
    }
  }
}

/** The scenario with the plan's actions applied (the input is not changed). */
/** The scenario with the plan's actions applied; `files` are the trace files it names (to schedule gates on it). */
export function applyPlan(doc: ScenarioJson, plan: readonly Action[], c: Catalog, files: Readonly<Record<string, string>> = {}): ScenarioJson {
  const out: ScenarioJson = JSON.parse(JSON.stringify(doc));
  const node = (id: string) => out.nodes.find((n) => n.id === id);
  const flow = (id: string) => out.flows.find((f) => f.id === id);
  for (const a of plan) {
    switch (a.kind) {
      case 'link-rate': {
        const l = out.links.find((x) => linkId(x) === a.link);
        if (!l) break;
        l.id = linkId(l);
        l.rate = a.rate;
        if (a.fiber) l.medium = 'fiber';
        break;
      }
      case 'switch': {
        const n = node(a.node);
        const m = c.switchModels.find((x) => x.id === a.model);
        if (n && m) n.switch = { ...(n.switch ?? {}), latency: m.latency, queueLimit: m.queueLimit, scheduler: m.scheduler };
        break;
      }
      case 'priority': {
        const f = flow(a.flow);
        if (f) f.priority = a.priority;
        break;
      }
      case 'reroute': {
        const f = flow(a.flow);
        if (f) f.path = [...a.path];
        break;
      }
      case 'gpu': {
        const n = node(a.node);
        if (n) n.compute = { ...(n.compute ?? {}), servers: (Number(n.compute?.servers) || 1) + a.add };
        break;
      }
      case 'edge-server': {
        const at = node(a.at);
        const moved = a.flows.map(flow).filter((f) => f !== undefined);
        const source = moved.length > 0 ? node(moved[0].to) : undefined;
        const p = at?.position;
        out.nodes.push({
          id: a.id,
          type: 'compute',
          label: 'edge GPU server',
          ...(p ? { position: [p[0], p[1] - 3, p[2]] as [number, number, number] } : {}),
          compute: { ...(source?.compute ?? {}), servers: 1 },
        });
        out.links.push({ id: `${a.id}-${a.at}`, from: a.id, to: a.at, rate: c.edgeServerUplink, length: '5 m' });
        for (const f of moved) {
          f.to = a.id;
          delete f.path;
        }
        break;
      }
      case 'wifi-ap': {
        const max = parseQuantity(c.wifiMaxRate, 'rate');
        for (const l of out.links) {
          if (l.medium !== 'wireless' || (l.from !== a.node && l.to !== a.node)) continue;
          l.id = linkId(l);
          l.rate = `${+(Math.min(max, 2 * parseQuantity(l.rate, 'rate')) / 1e6).toPrecision(6)} Mb/s`;
        }
        break;
      }
      case 'cell-urllc': {
        const n = node(a.node);
        if (n) n.cell = { ...(n.cell ?? {}), profile: 'urllc', grant: 'configured', numerology: 2 };
        break;
      }
      case 'new-link':
        out.links.push({
          id: `${a.from}-${a.to}-new`,
          from: a.from,
          to: a.to,
          rate: c.newLinkRate,
          ...(node(a.from)?.position && node(a.to)?.position ? {} : { length: '50 m' }),
        });
        break;
      case 'tsn-schedule': {
        const m = c.switchModels.find((x) => x.id === a.model);
        for (const id of a.switches) {
          const n = node(id);
          if (n && m) n.switch = { ...(n.switch ?? {}), latency: m.latency, queueLimit: m.queueLimit, scheduler: m.scheduler };
        }
        break;
      }
    }
  }
  // gates last: their timing depends on every link and switch the other actions changed
  const gated = plan.find((a) => a.kind === 'tsn-schedule');
  return gated ? withGates(out, gated.flows, files) : out;
}
