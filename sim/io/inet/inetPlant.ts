/**
 * What each part of a compiled scenario becomes in INET 4.5: the module type of each node, the
 * Ethernet port (`ethg[k]`) each link takes at each end, and what INET cannot express directly,
 * listed as assumptions. The NED and the ini are written from this one reading.
 */
import type { Model, NodeModel } from '../../scenario/model.ts';
import { nedNames, networkName } from './nedNames.ts';
import { nedTime } from './nedUnits.ts';

export type InetNodeType = 'StandardHost' | 'EthernetSwitch' | 'TsnDevice' | 'TsnSwitch';

export interface InetPlant {
  model: Model;
  network: string;
  /** the plant uses priorities or TSN: every node is a TSN device or switch with 8 traffic classes */
  tsn: boolean;
  /** each node's NED name and module type, by node index */
  names: string[];
  types: InetNodeType[];
  /** port (gate index of `ethg`) of each link at its `from` and `to` end, by link index */
  fromPort: number[];
  toPort: number[];
  /** what INET does not model as NetLoom does, one line each, naming the node, link or flow */
  assumed: string[];
}

const IMPORTS: Record<InetNodeType, string> = {
  StandardHost: 'inet.node.inet.StandardHost',
  EthernetSwitch: 'inet.node.ethernet.EthernetSwitch',
  TsnDevice: 'inet.node.tsn.TsnDevice',
  TsnSwitch: 'inet.node.tsn.TsnSwitch',
};
export const importOf = (t: InetNodeType): string => IMPORTS[t];

export function inetPlant(model: Model): InetPlant {
  const tsn = model.flows.some((f) => f.tagged) || model.ports.some((p) => p.tsn !== undefined);
  const notes = new Notes();
  const names = nedNames(model.nodes.map((n) => n.id));
  const types = model.nodes.map((n): InetNodeType => (n.forwarding ? (tsn ? 'TsnSwitch' : 'EthernetSwitch') : tsn ? 'TsnDevice' : 'StandardHost'));
  for (const n of model.nodes) for (const a of nodeAssumptions(n)) notes.add('node', n.id, a);

  const used = new Array<number>(model.nodes.length).fill(0);
  const fromPort: number[] = [];
  const toPort: number[] = [];
  for (const l of model.links) {
    fromPort.push(used[l.from]++);
    toPort.push(used[l.to]++);
    const note = (what: string) => notes.add('link', l.id, what);
    if (l.wireless) note(`a radio link, written as a wired channel of its rate and delay (no contention, no retries)`);
    if (l.framing.overhead !== 18) note(`not Ethernet framing (${l.framing.overhead} B overhead); INET frames it as Ethernet`);
    if (l.mtu !== 1500) note(`MTU ${l.mtu} B; INET's Ethernet MTU is 1500 B`);
    if (l.failures.length > 0) note(`${l.failures.length} down interval(s) left out (a scenario manager script would schedule them)`);
  }
  for (const n of model.nodes)
    if (n.forwarding && !n.wifi && !n.cell && n.type !== 'switch')
      notes.add('node', n.id, `a ${n.type} written as a ${tsn ? 'TsnSwitch' : 'EthernetSwitch'}: NetLoom forwards it as one`);
  const assumed = notes.lines();
  if (model.flows.length > 0)
    assumed.push("routes: INET's MacForwardingTableConfigurator picks shortest paths; NetLoom's route of each flow is in its comment in omnetpp.ini");
  return { model, network: networkName(model.name), tsn, names, types, fromPort, toPort, assumed };
}

/** Notes of the same text about several nodes or links, said once: "links A-B, B-C: …". */
export class Notes {
  private readonly byText = new Map<string, { kind: string; ids: string[] }>();

  add(kind: string, id: string, text: string): void {
    const key = `${kind}\u0000${text}`;
    const entry = this.byText.get(key);
    if (entry) entry.ids.push(id);
    else this.byText.set(key, { kind, ids: [id] });
  }

  lines(): string[] {
    return [...this.byText].map(([key, { kind, ids }]) => {
      const shown = ids.length > 6 ? `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more` : ids.join(', ');
      return `${kind}${ids.length > 1 ? 's' : ''} ${shown}: ${key.slice(key.indexOf('\u0000') + 1)}`;
    });
  }
}

function nodeAssumptions(n: NodeModel): string[] {
  const out: string[] = [];
  if (n.latencyPs > 0) out.push(`forwarding latency ${nedTime(n.latencyPs)} left out (INET forwards in zero time)`);
  if (n.cutThroughBytes > 0) out.push(`cut-through written as store-and-forward`);
  if (n.txBuffer > 0) out.push(`a transmit buffer of ${n.txBuffer} frame(s) left out`);
  if (n.wifi) out.push(`Wi-Fi access point (${n.wifi.standard}) written as a switch; its stations' links as wired channels`);
  if (n.cell)
    out.push(`private 5G cell written as a switch (INET has no 5G NR; Simu5G does): slots, grants, HARQ and the ${nedTime(n.cell.corePs)} core left out`);
  if (n.compute) out.push(`compute node written as a host with a UDP sink: ${n.compute.servers} server(s), service times and batching left out`);
  return out;
}
