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
import { gcd } from './hyperperiod.ts';
import type { PortSchedule, Schedule } from './Schedule.ts';

export const QCW_FORMAT = 'netloom.qcw/v1';
export const QCW_MODULES = [
  'ietf-interfaces@2018-02-20',
  'iana-if-type@2023-01-26',
  'ieee802-dot1q-bridge@2023-10-26',
  'ieee802-dot1q-sched@2023-10-22',
  'ieee802-dot1q-sched-bridge@2023-10-26',
] as const;

const UINT32 = 0xffffffff;

export interface QcwDocument {
  format: typeof QCW_FORMAT;
  scenario: string;
  modules: readonly string[];
  devices: { node: string; type: string; data: { 'ietf-interfaces:interfaces': { interface: object[] } } }[];
}

export function toQcwYang(schedule: Schedule, model: Model): QcwDocument {
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

function ns(ps: number, what: string): number {
  if (ps % 1000 !== 0)
    throw new Error(`${what} is ${ps} ps, not a whole number of nanoseconds: YANG time intervals are in ns (synthesize with a 1 ns granularity)`);
  const n = ps / 1000;
  if (n > UINT32) throw new Error(`${what} is ${n} ns, more than a uint32 holds`);
  return n;
}

function portInterface(p: PortSchedule, model: Model): object {
  const link = model.links.find((l) => l.id === p.link);
  const cycleNs = ns(p.cyclePs, `${p.port.name}'s cycle`);
  const g = gcd(cycleNs, 1e9);
  const baseNs = ns(p.basePs, `${p.port.name}'s base time`);
  return {
    name: `to-${p.port.to}`,
    description: `NetLoom: egress port of ${p.port.from} towards ${p.port.to} (link ${p.link}${link ? `, ${link.rateBps / 1e6} Mb/s` : ''})`,
    type: 'iana-if-type:ethernetCsmacd',
    enabled: true,
    'ieee802-dot1q-bridge:bridge-port': {
      'ieee802-dot1q-sched-bridge:gate-parameter-table': {
        'gate-enabled': true,
        'admin-gate-states': 255,
        'admin-control-list': {
          'gate-control-entry': p.entries.map((e, index) => ({
            index,
            'operation-name': 'ieee802-dot1q-sched:set-gate-states',
            'time-interval-value': ns(e.durationPs, `${p.port.name}'s entry ${index}`),
            'gate-states-value': e.mask,
          })),
        },
        'admin-cycle-time': { numerator: cycleNs / g, denominator: 1e9 / g },
        'admin-base-time': { seconds: String(Math.floor(baseNs / 1e9)), nanoseconds: baseNs % 1e9 },
        'config-change': true,
      },
    },
  };
}
