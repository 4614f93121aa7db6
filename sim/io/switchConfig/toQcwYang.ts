/**
 * A schedule as IEEE 802.1Qcw YANG instance data, JSON encoded per RFC 7951, one document per
 * device. Modules and revisions followed:
 *   ietf-interfaces@2018-02-20 (RFC 8343), iana-if-type@2023-01-26,
 *   ieee802-dot1q-bridge@2023-10-26 (bridge-port),
 *   ieee802-dot1q-sched@2023-10-22 (IEEE Std 802.1Qcw-2023: grouping sched-parameters,
 *   gate-parameter-table, gate-control-entry, identity set-gate-states),
 *   ieee802-dot1q-sched-bridge@2023-10-26 (augments bridge-port with gate-parameter-table).
 * Each egress port becomes an interface named "to-<neighbour>" of the device named after the
 * node, with a description saying which link it drives: rename interfaces to the switch's
 * own port names when loading. gate-states-value bit c is traffic class c; the simulator's
 * classes are PCPs, so the bridges must map PCP c to traffic class c (the identity
 * traffic-class-table). admin-base-time is 0 (the PTP epoch): cycles start at every multiple
 * of the cycle time, as in the simulation; RFC 7951 encodes its uint64 seconds as a string.
 */
import type { Model } from '../../scenario/model.ts';
import { type GateList, gateParameterTable } from './gateParameterTable.ts';
import { portDescription } from './toRestconfJson.ts';

export const QCW_FORMAT = 'netloom.qcw/v1';
export const QCW_MODULES = [
  'ietf-interfaces@2018-02-20',
  'iana-if-type@2023-01-26',
  'ieee802-dot1q-bridge@2023-10-26',
  'ieee802-dot1q-sched@2023-10-22',
  'ieee802-dot1q-sched-bridge@2023-10-26',
] as const;

export interface QcwDocument {
  format: typeof QCW_FORMAT;
  scenario: string;
  modules: readonly string[];
  devices: { node: string; type: string; data: { 'ietf-interfaces:interfaces': { interface: object[] } } }[];
}

/** What the document needs of a synthesized schedule (sim/analysis/gcl's Schedule; sim/io does not import that layer). */
export interface QcwSchedule {
  ok: boolean;
  scenario: string;
  ports: readonly QcwPort[];
}
interface QcwPort extends GateList {
  port: { from: string; to: string; name: string };
  link: string;
}

export function toQcwYang(schedule: QcwSchedule, model: Model): QcwDocument {
  if (!schedule.ok) throw new Error('the schedule has conflicts: there is nothing to export');
  const devices = new Map<string, object[]>();
  for (const p of schedule.ports) devices.set(p.port.from, [...(devices.get(p.port.from) ?? []), portInterface(p, model)]);
  return {
    format: QCW_FORMAT,
    scenario: schedule.scenario,
    modules: QCW_MODULES,
    devices: [...devices].map(([node, interfaces]) => ({
      node,
      type: model.nodes.find((n) => n.id === node)?.type ?? 'switch',
      data: { 'ietf-interfaces:interfaces': { interface: interfaces } },
    })),
  };
}

function portInterface(p: QcwPort, model: Model): object {
  return {
    name: `to-${p.port.to}`,
    description: portDescription(p.port.from, p.port.to, p.link, model.links.find((l) => l.id === p.link)?.rateBps),
    type: 'iana-if-type:ethernetCsmacd',
    enabled: true,
    'ieee802-dot1q-bridge:bridge-port': {
      'ieee802-dot1q-sched-bridge:gate-parameter-table': gateParameterTable(p, p.port.name),
    },
  };
}
