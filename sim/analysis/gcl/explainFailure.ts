/**
 * Why a flow could not be placed. First pairwise: with only flow G reserved (at any offset —
 * only the two flows' relative offset matters, and the sweep tries all of them), can F be
 * placed? If not, F and G conflict whatever else is scheduled, on the ports where F met G.
 * If every pair fits, the conflict is the group F met on its ports.
 */
import type { Model } from '../../scenario/model.ts';
import type { FlowTiming } from './flowTiming.ts';
import { exactPs, percent, shortPs } from '../../core/formatPs.ts';
import type { Attempt } from './placeAll.ts';
import { reserve } from './placeAll.ts';
import { placeFlow, type PlaceContext } from './placeFlow.ts';
import { planFlow } from './planFlow.ts';
import { portRef } from './portRef.ts';
import type { Conflict } from './Schedule.ts';
import type { Timeline } from './Timeline.ts';

export function explainFailure(model: Model, timings: readonly FlowTiming[], attempt: Attempt, ctx: PlaceContext): Conflict[] {
  const f = attempt.failed!.flow;
  const F = timings[f];
  const alone = (i: number) => planFlow(timings[i], 0, [], ctx.syncErrorPs, ctx.grid);
  const fPorts = new Set(F.hops.map((h) => h.port));
  // ports in the order the failing flow crosses them
  const along = (ports: Iterable<number>) => [...new Set(ports)].sort((a, b) => F.hops.findIndex((h) => h.port === a) - F.hops.findIndex((h) => h.port === b));
  const name = (i: number) => timings[i].flow.id;
  const waitNote = ctx.maxWaitPs > 0 ? ` (even waiting up to ${shortPs(ctx.maxWaitPs)} per hop)` : ' without waiting';
  const conflicts: Conflict[] = [];
  attempt.plans.forEach((plan, g) => {
    if (!plan || !timings[g].hops.some((h) => fPorts.has(h.port))) return;
    const lines = new Map<number, Timeline>();
    reserve(lines, timings[g], alone(g), g, ctx.hyperperiod);
    const pair = placeFlow(F, lines, ctx);
    if (pair.plan) return;
    const ports = along(pair.clashes.map((c) => c.port));
    const G = alone(g);
    const held = ports.map((p) => {
      const r = G.hops.find((h) => h.port === p)!;
      return `${portRef(model, p).name} during [${shortPs(r.start)}, ${shortPs(r.close)})`;
    });
    const need = ports.map((p) => {
      const r = alone(f).hops.find((h) => h.port === p)!;
      return `${portRef(model, p).name} for ${shortPs(r.close - r.start)}`;
    });
    conflicts.push({
      kind: 'pair',
      flows: [F.flow.id, name(g)],
      ports: ports.map((p) => portRef(model, p)),
      message:
        `flows ${F.flow.id} and ${name(g)} cannot both be scheduled${waitNote}: every ` +
        `${exactPs(timings[g].periodPs)}, ${name(g)} holds ${held.join(' and ')} after its send time; ` +
        `${F.flow.id} needs ${need.join(' and ')}${ctx.maxWaitPs > 0 ? '' : ' at fixed times after its own'}, ` +
        `every ${exactPs(F.periodPs)}, and no offset between the two keeps these windows apart ` +
        `— their periods, frame sizes and paths leave no room`,
    });
  });
  if (conflicts.length > 0) return conflicts;
  const clashes = attempt.failed!.clashes;
  const owners = [...new Set(clashes.map((c) => c.owner))];
  const ports = along(clashes.map((c) => c.port));
  const reserved = (p: number) =>
    timings.reduce((a, t, i) => {
      if (i !== f && !attempt.plans[i]) return a;
      const r = alone(i).hops.find((h) => h.port === p);
      return r ? a + (r.close - r.start) / t.periodPs : a;
    }, 0);
  return [
    {
      kind: 'group',
      flows: [F.flow.id, ...owners.map(name)],
      ports: ports.map((p) => portRef(model, p)),
      message:
        `flow ${F.flow.id} cannot be placed: each of ${owners.map(name).join(', ')} alone leaves it room, but together their windows on ` +
        `${ports.map((p) => `${portRef(model, p).name} (${percent(reserved(p))} of the time needed with ${F.flow.id})`).join(', ')} ` +
        `leave no offset in its ${exactPs(F.periodPs)} period${waitNote}`,
    },
  ];
}
