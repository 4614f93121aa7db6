/**
 * An 802.1Qbv gate control list as the `gate-parameter-table` of ieee802-dot1q-sched
 * (IEEE Std 802.1Qcw-2023), RFC 7951 JSON: entries in whole nanoseconds (the YANG unit), the
 * cycle time as a reduced rational number of seconds, the base time as PTP seconds and
 * nanoseconds (uint64 seconds are strings in RFC 7951). gate-states-value bit c is traffic
 * class c. Shared by the 802.1Qcw document of `netloom schedule --yang` and `netloom config`.
 */

/** A port's gate control list: what the scenario's compiled gates and a synthesized schedule both are. */
export interface GateList {
  cyclePs: number;
  basePs: number;
  /** each entry's duration and the traffic classes whose gates it opens (bit c = class c) */
  entries: readonly { durationPs: number; mask: number }[];
}

export interface GateControlEntry {
  index: number;
  'operation-name': 'ieee802-dot1q-sched:set-gate-states';
  'time-interval-value': number;
  'gate-states-value': number;
}

export interface GateParameterTable {
  'gate-enabled': true;
  'admin-gate-states': number;
  'admin-control-list': { 'gate-control-entry': GateControlEntry[] };
  'admin-cycle-time': { numerator: number; denominator: number };
  'admin-base-time': { seconds: string; nanoseconds: number };
  'config-change': true;
}

/** A value the YANG type cannot hold exactly (a time not of whole ns, a too long interval): the scenario's, so exit 2. */
export class YangValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'YangValueError';
  }
}

const UINT32 = 0xffffffff;
const NS_PER_S = 1e9;

/** `what` names the port in messages ("SW1→SW2"). Throws when a time is not a whole number of ns or too long for a uint32. */
export function gateParameterTable(gates: GateList, what: string): GateParameterTable {
  const cycleNs = wholeNs(gates.cyclePs, `${what}'s cycle`);
  const baseNs = wholeNs(gates.basePs, `${what}'s base time`, Number.MAX_SAFE_INTEGER);
  const g = gcd(cycleNs, NS_PER_S);
  return {
    'gate-enabled': true,
    'admin-gate-states': 255,
    'admin-control-list': {
      'gate-control-entry': gates.entries.map((e, index) => ({
        index,
        'operation-name': 'ieee802-dot1q-sched:set-gate-states',
        'time-interval-value': wholeNs(e.durationPs, `${what}'s entry ${index}`),
        'gate-states-value': e.mask,
      })),
    },
    'admin-cycle-time': { numerator: cycleNs / g, denominator: NS_PER_S / g },
    'admin-base-time': { seconds: String(Math.floor(baseNs / NS_PER_S)), nanoseconds: baseNs % NS_PER_S },
    'config-change': true,
  };
}

function wholeNs(ps: number, what: string, max = UINT32): number {
  if (ps % 1000 !== 0)
    throw new YangValueError(`${what} is ${ps} ps, not a whole number of nanoseconds: YANG time intervals are in ns (synthesize with a 1 ns granularity)`);
  const n = ps / 1000;
  if (n > max) throw new YangValueError(`${what} is ${n} ns, more than a uint32 holds`);
  return n;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
