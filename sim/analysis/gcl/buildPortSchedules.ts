/**
 * Every scheduled port's gate control list, checked against the port's list length limit,
 * with warnings for frames of other classes that no longer fit between the windows.
 */
import type { Model, PortModel } from '../../scenario/model.ts';
import { buildGateList, type Reservation } from './buildGateList.ts';
import { flowRoutes } from './flowRoutes.ts';
import { sizeRange } from '../sourceArrival.ts';
import { wirePs, type FlowTiming } from './flowTiming.ts';
import { shortPs } from '../../core/formatPs.ts';
import { lcm } from './hyperperiod.ts';
import type { FlowPlan } from './planFlow.ts';
import { portRef } from './portRef.ts';
import type { Conflict, PortSchedule, SynthesisOptions } from './Schedule.ts';

export const DEFAULT_MAX_ENTRIES = 1024;

export function buildPortSchedules(
  model: Model,
  timings: readonly FlowTiming[],
  plans: readonly FlowPlan[],
  pcp: number,
  maxEntries: SynthesisOptions['maxEntries'],
  conflicts: Conflict[],
  warnings: string[],
): PortSchedule[] {
  const byPort = new Map<number, { t: FlowTiming; plan: FlowPlan; hop: number }[]>();
  timings.forEach((t, i) => t.hops.forEach((h, hop) => byPort.set(h.port, [...(byPort.get(h.port) ?? []), { t, plan: plans[i], hop }])));
  const scheduled = new Set(timings.map((t) => t.flow.id));
  const out: PortSchedule[] = [];
  for (const [p, users] of [...byPort].sort((a, b) => a[0] - b[0])) {
    const port = model.ports[p];
    const link = model.links[port.link];
    const ref = portRef(model, p);
    const cyclePs = lcm(users.map((u) => u.t.periodPs))!;
    const reservations: Reservation[] = users.flatMap(({ t, plan, hop }) => {
      const r = plan.hops[hop];
      return Array.from({ length: cyclePs / t.periodPs }, (_, k) => {
        const d = k * t.periodPs;
        return { flow: t.flow.id, start: r.start + d, guard: r.guard + d, open: r.open + d, close: r.close + d };
      });
    });
    const f = link.framing;
    const minOther = wirePs(f.preamble + Math.max(1 + f.overhead, f.minFrame), link.rateBps);
    const list = buildGateList(reservations, cyclePs, pcp, minOther);
    const others = 0xff & ~(1 << pcp);
    const limit = limitOf(maxEntries, port);
    if (list.entries.length > limit)
      conflicts.push({
        kind: 'gcl-too-long',
        entries: list.entries.length,
        maxEntries: limit,
        flows: [...new Set(users.map((u) => u.t.flow.id))],
        ports: [ref],
        message:
          `${ref.name} needs ${list.entries.length} gate control entries ` +
          `(${list.windows.length} windows in its ${shortPs(cyclePs)} cycle) but holds at most ${limit}: ` +
          `use periods with a shorter common multiple, or fewer flows on this port`,
      });
    if (port.tsn?.gates) warnings.push(`${ref.name}: the synthesized list replaces the gate control list configured there`);
    for (const other of model.flows) {
      if (scheduled.has(other.id) || !flowRoutes(other).some((r) => r.includes(p))) continue;
      const size = Math.min(sizeRange(other.size)?.max ?? link.mtu, link.mtu);
      const need = wirePs(f.preamble + Math.max(size + f.overhead + (other.tagged ? f.tag : 0), f.minFrame), link.rateBps);
      if (need > list.longestOpeningPs)
        warnings.push(
          `${ref.name}: flow ${other.id}'s frames need ${shortPs(need)} but other classes' gates ` +
            `stay open at most ${shortPs(list.longestOpeningPs)} at a time; such frames would be dropped`,
        );
    }
    const closed = list.entries.reduce((a, e) => a + ((e.mask & others) === others ? 0 : e.durationPs), 0);
    out.push({
      port: ref,
      link: link.id,
      cyclePs,
      basePs: 0,
      entries: list.entries,
      maxEntries: limit,
      windows: list.windows,
      flows: [...new Set(users.map((u) => u.t.flow.id))],
      utilization: list.windows.reduce((a, w) => a + w.closePs - w.openPs, 0) / cyclePs,
      closedToOthers: closed / cyclePs,
      longestOpeningPs: list.longestOpeningPs,
    });
  }
  return out;
}

function limitOf(m: SynthesisOptions['maxEntries'], port: PortModel): number {
  if (typeof m === 'function') return m(port) ?? DEFAULT_MAX_ENTRIES;
  return m ?? DEFAULT_MAX_ENTRIES;
}
