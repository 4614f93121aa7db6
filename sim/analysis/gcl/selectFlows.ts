/**
 * Which flows get scheduled, in which traffic class, and which of them the synthesizer cannot
 * handle (said per flow, never silently dropped). Time-critical by default: periodic flows
 * with a latency requirement whose priority is at least the highest such flow's.
 */
import type { FlowModel, Model } from '../../scenario/model.ts';
import { flowRoutes } from './flowRoutes.ts';
import { sizeRange } from '../sourceArrival.ts';
import { portRef } from './portRef.ts';
import { type Conflict, ScheduleInputError, type SynthesisOptions } from './Schedule.ts';
import { maxOf, minOf } from '../../core/extrema.ts';

export interface Selection {
  /** flows that can be scheduled, with their packet sizes */
  flows: { flow: FlowModel; sizes: { min: number; max: number } }[];
  pcp: number;
  /** nodes on the routes whose queues must become per-class (strict) with no transmit buffer */
  strictNodes: string[];
  conflicts: Conflict[];
  warnings: string[];
}

export function selectFlows(model: Model, o: SynthesisOptions): Selection {
  const chosen = chooseFlows(model, o);
  const conflicts: Conflict[] = [];
  const warnings: string[] = [];
  const pcp = chooseClass(model, o, chosen, conflicts, warnings);
  const flows: Selection['flows'] = [];
  const strict = new Set<number>();
  for (const f of chosen) {
    const reasons: string[] = [];
    const bad: number[] = [];
    const sizes = sizeRange(f.size);
    if (f.response) reasons.push('it is a request to a compute node, whose response time no gate controls');
    if (f.frer) reasons.push('802.1CB replication over several paths is not scheduled (schedule it without "frer", or leave it out with --flows)');
    if (!sizes) reasons.push(`its packet sizes (${f.size.dist}) have no largest value`);
    const mtu = minOf(f.route.map((p) => model.links[model.ports[p].link].mtu));
    if (sizes && sizes.max > mtu) reasons.push(`its ${sizes.max} B packets are fragmented on its route (MTU ${mtu} B); only single-frame flows are scheduled`);
    for (const p of f.route) {
      const port = model.ports[p];
      const node = model.nodes[port.from];
      const pre = port.tsn?.preemption;
      const why = model.links[port.link].wireless
        ? 'a radio link, whose delay is random'
        : pre && ((pre.expressMask >> pcp) & 1) === 0
          ? `its frame preemption makes class ${pcp} preemptable (make it express)`
          : port.tsn?.cbs?.[pcp] !== undefined
            ? `its credit-based shaper on class ${pcp} would delay the frames`
            : undefined;
      if (why) {
        reasons.push(`it crosses ${portRef(model, p).name}: ${why}`);
        bad.push(p);
      }
      if (node.scheduler === 'fifo' || node.txBuffer > 0) strict.add(port.from);
    }
    if (reasons.length === 0) flows.push({ flow: f, sizes: sizes! });
    else
      conflicts.push({
        kind: 'unsupported',
        flows: [f.id],
        ports: bad.map((p) => portRef(model, p)),
        message: `flow ${f.id} cannot be scheduled: ${reasons.join('; ')}`,
      });
  }
  const strictNodes = [...strict].sort((a, b) => a - b).map((n) => model.nodes[n].id);
  if (strictNodes.length > 0)
    warnings.push(
      `${strictNodes.join(', ')} get per-class (strict priority) queues and no transmit ` +
        `buffer, as gates need: this also changes how their other traffic is served`,
    );
  return { flows, pcp, strictNodes, conflicts, warnings };
}

function chooseFlows(model: Model, o: SynthesisOptions): FlowModel[] {
  const periodic = (f: FlowModel) => f.pattern.type === 'periodic';
  if (o.flows) {
    const chosen: FlowModel[] = [];
    for (const id of new Set(o.flows)) {
      const f = model.flows.find((x) => x.id === id);
      if (!f) throw new ScheduleInputError(`unknown flow "${id}"${model.flows.length ? ` (flows: ${model.flows.map((x) => x.id).join(', ')})` : ''}`);
      if (!periodic(f)) throw new ScheduleInputError(`flow "${id}" is ${f.pattern.type}, not periodic: only periodic flows can be given gate windows`);
      chosen.push(f);
    }
    return chosen.sort((a, b) => a.index - b.index);
  }
  const candidates = model.flows.filter((f) => periodic(f) && f.requirement?.latency !== undefined);
  if (candidates.length === 0)
    throw new ScheduleInputError('no time-critical flow: no periodic flow has a latency requirement (name the flows to schedule with --flows)');
  const threshold = o.minPriority ?? maxOf(candidates.map((f) => f.priority));
  const chosen = candidates.filter((f) => f.priority >= threshold);
  if (chosen.length === 0) throw new ScheduleInputError(`no periodic flow with a latency requirement has priority ${threshold} or more`);
  return chosen;
}

/** The scheduled class: the flows' own highest priority unless another flow uses it on their ports, then the highest free one. */
function chooseClass(model: Model, o: SynthesisOptions, chosen: FlowModel[], conflicts: Conflict[], warnings: string[]): number {
  const ports = new Set(chosen.flatMap((f) => f.route));
  const ids = new Set(chosen.map((f) => f.id));
  const users = new Map<number, { flow: FlowModel; port: number }[]>();
  for (const f of model.flows) {
    if (ids.has(f.id)) continue;
    const port = flowRoutes(f)
      .flat()
      .find((p) => ports.has(p));
    if (port === undefined) continue;
    users.set(f.priority, [...(users.get(f.priority) ?? []), { flow: f, port }]);
  }
  const own = maxOf(chosen.map((f) => f.priority));
  let pcp = o.pcp ?? own;
  if (o.pcp === undefined && users.has(pcp)) {
    const free = [7, 6, 5, 4, 3, 2, 1, 0].find((c) => !users.has(c));
    if (free !== undefined) {
      warnings.push(
        `PCP ${pcp} is also used by ${users
          .get(pcp)!
          .map((u) => u.flow.id)
          .join(', ')} on the scheduled ports: the scheduled flows move to PCP ${free}`,
      );
      pcp = free;
    }
  }
  for (const u of users.get(pcp) ?? [])
    conflicts.push({
      kind: 'class-shared',
      pcp,
      flows: [u.flow.id],
      ports: [portRef(model, u.port)],
      message:
        `flow ${u.flow.id} is not scheduled but uses PCP ${pcp}, the class reserved for the scheduled ` +
        `flows, on ${portRef(model, u.port).name}: give it another priority or schedule it too`,
    });
  return pcp;
}
