/** TSN settings of an egress port: the node's `tsn` block with the per-neighbour override, checked and compiled. */
import { psFromSeconds } from '../core/SimTime.ts';
import type { PortTsnModel } from './model.ts';
import type { ParsedNode } from './schema.ts';

type Err = (path: string, message: string) => void;

const DEFAULT_MAX_ENTRIES = 1024;
const MIN_FRAGMENT = 64;

export function portTsn(node: ParsedNode, nodeAt: string, neighbour: string, rateBps: number, err: Err): PortTsnModel | undefined {
  const t = node.tsn;
  if (!t) return undefined;
  const over = t.ports?.[neighbour];
  const at = over ? `${nodeAt}.tsn.ports.${neighbour}` : `${nodeAt}.tsn`;
  const gates = over?.gates ?? t.gates;
  const cbs = over?.cbs ?? t.cbs;
  const preemption = over?.preemption ?? t.preemption;
  const out: PortTsnModel = {};
  if (gates) {
    const total = gates.entries.reduce((a, e) => a + e.duration, 0);
    const cyclePs = psFromSeconds(gates.cycle);
    const entries = gates.entries.map((e) => ({
      durationPs: psFromSeconds(e.duration),
      mask: e.open === 'all' ? 0xff : e.open.reduce((m, c) => m | (1 << c), 0),
    }));
    const sumPs = entries.reduce((a, e) => a + e.durationPs, 0);
    if (sumPs !== cyclePs) err(`${at}.gates.entries`, `the entries last ${fmt(total)} in all; expected exactly the cycle, ${fmt(gates.cycle)}`);
    const limit = gates.maxEntries ?? DEFAULT_MAX_ENTRIES;
    if (entries.length > limit) err(`${at}.gates.entries`, `${entries.length} entries exceed the switch's gate control list of ${limit}`);
    out.gates = { cyclePs, basePs: psFromSeconds(gates.baseTime ?? 0), entries, syncErrorPs: psFromSeconds(gates.syncError ?? 0) };
  }
  if (cbs) {
    const slopes: (number | undefined)[] = new Array(8).fill(undefined);
    let sum = 0;
    for (const [c, v] of Object.entries(cbs)) {
      if (!v) continue;
      slopes[Number(c)] = v.idleSlope;
      sum += v.idleSlope;
    }
    if (sum >= rateBps) err(`${at}.cbs`, `idle slopes add up to ${fmtRate(sum)}, not less than the port's ${fmtRate(rateBps)}`);
    out.cbs = slopes;
  }
  if (preemption) {
    const expressMask = preemption.express.reduce((m, c) => m | (1 << c), 0);
    if (expressMask === 0xff) err(`${at}.preemption.express`, 'every class is express: nothing can be preempted');
    const minFragment = preemption.minFragment ?? MIN_FRAGMENT;
    if (minFragment < MIN_FRAGMENT) err(`${at}.preemption.minFragment`, `802.3br fragments are at least 64 B, got ${minFragment} B`);
    out.preemption = { expressMask, minFragment };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

const fmt = (s: number) => (s >= 1e-3 ? `${+(s * 1e3).toPrecision(6)} ms` : `${+(s * 1e6).toPrecision(6)} us`);
const fmtRate = (r: number) => (r >= 1e9 ? `${+(r / 1e9).toPrecision(4)} Gb/s` : `${+(r / 1e6).toPrecision(4)} Mb/s`);
