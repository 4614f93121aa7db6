/**
 * What each switch (bridge) of a scenario must be told so that it forwards as NetLoom simulated
 * it, per egress port: the PCP → traffic class table, the transmission selection algorithm of each
 * class, the 802.1Qav idle slopes, the 802.1Qbv gate control list and the 802.1Qbu express
 * classes — plus what had to be assumed, for the user to review. Encoded by toRestconfJson and toNetconfXml.
 *
 * The simulation's switches queue a frame of PCP p in class p and serve the classes by strict
 * priority, highest first (sim/net/PortQueues.ts): the identity table, written out because it is
 * not 802.1Q's default (Table 8-5 maps PCP 0 to class 1 and PCP 1 to class 0 with 8 classes).
 * A switch with `scheduler: "fifo"` has one queue: one class, every PCP in it.
 */
import type { Model, PortModel } from '../../scenario/model.ts';
import type { GateList } from './gateParameterTable.ts';

export interface BridgePort {
  /** the ietf-interfaces name: "to-<neighbour>" (the switch's own port names are not in a scenario) */
  name: string;
  neighbour: string;
  /** "SW1→SW2" */
  label: string;
  link: string;
  rateBps: number;
  /** pcpToClass[p]: the traffic class of PCP p */
  pcpToClass: number[];
  classes: number;
  /** idleSlopes[c]: the idle slope of class c's credit-based shaper in bit/s, undefined for strict priority */
  idleSlopes: (number | undefined)[];
  gates?: GateList;
  /** 802.1Qbu frame preemption: the express classes (bit c = class c) and the smallest fragment in bytes */
  preemption?: { expressMask: number; minFragment: number };
}

export interface BridgeConfig {
  node: string;
  ports: BridgePort[];
}

export interface BridgeConfigs {
  bridges: BridgeConfig[];
  /** what was assumed, one line each, for the user to review */
  assumed: string[];
}

const IDENTITY = [0, 1, 2, 3, 4, 5, 6, 7];

export function bridgeConfigs(model: Model): BridgeConfigs {
  const egress = new Map<number, PortModel[]>();
  for (const p of model.ports) {
    const list = egress.get(p.from);
    if (list) list.push(p);
    else egress.set(p.from, [p]);
  }
  const bridges = model.nodes.filter((n) => n.type === 'switch').map((n) => ({ node: n.id, ports: portsOf(model, n.index, egress.get(n.index) ?? []) }));
  const assumed = [
    'port names: each switch port is "to-<neighbour>" (the scenario has no port names): rename them to the switch\'s own before loading',
    'bridge and component names are not written: the switch keeps its own (bridge-name and component-name are left as they are)',
    'PCP → traffic class: PCP p → class p on 8 classes, as simulated (strict priority, highest class first); ' +
      "802.1Q's default table (Table 8-5) would swap PCP 0 and 1, so the table is written on every port",
  ];
  for (const b of model.nodes.filter((n) => n.type === 'switch' && n.scheduler === 'fifo'))
    assumed.push(`${b.id} has one FIFO queue (scheduler "fifo"): 1 traffic class, every PCP in it`);
  const ports = bridges.flatMap((b) => b.ports);
  const gated = ports.filter((p) => p.gates);
  if (gated.length > 0)
    assumed.push(
      `gate lists on ${gated.length} port${gated.length === 1 ? '' : 's'}, the longest of ${Math.max(...gated.map((p) => p.gates!.entries.length))} entries: ` +
        'each switch must hold that many (supported-list-max)',
    );
  for (const p of ports.filter((q) => q.preemption))
    assumed.push(
      `${p.label}: frame preemption's minimum fragment (${p.preemption!.minFragment} B, 802.3br addFragSize) is the MAC's, ` +
        'in the IEEE 802.3 Ethernet module: not written',
    );
  const stations = model.ports.filter((port) => model.nodes[port.from].type !== 'switch' && port.tsn?.gates).map((port) => label(model, port));
  if (stations.length > 0)
    assumed.push(
      `gates on ${stations.length} end-station port${stations.length === 1 ? '' : 's'} ` +
        `(${stations.slice(0, 3).join(', ')}${stations.length > 3 ? ', …' : ''}) are not written: not bridges (netloom schedule --yang has them)`,
    );
  return { bridges, assumed };
}

function portsOf(model: Model, node: number, egress: readonly PortModel[]): BridgePort[] {
  const used = new Set<string>();
  const fifo = model.nodes[node].scheduler === 'fifo';
  return egress.map((p) => {
    const neighbour = model.nodes[p.to].id;
    let name = `to-${neighbour}`;
    for (let n = 2; used.has(name); n++) name = `to-${neighbour}-${n}`; // parallel links: interface names are keys
    used.add(name);
    const link = model.links[p.link];
    return {
      name,
      neighbour,
      label: label(model, p),
      link: link.id,
      rateBps: link.rateBps,
      pcpToClass: fifo ? IDENTITY.map(() => 0) : IDENTITY,
      classes: fifo ? 1 : 8,
      idleSlopes: IDENTITY.map((c) => p.tsn?.cbs?.[c]),
      ...(p.tsn?.gates ? { gates: p.tsn.gates } : {}),
      ...(p.tsn?.preemption ? { preemption: p.tsn.preemption } : {}),
    };
  });
}

const label = (model: Model, p: PortModel) => `${model.nodes[p.from].id}→${model.nodes[p.to].id}`;
