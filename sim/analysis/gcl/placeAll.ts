/**
 * Places flows one after the other (shortest period first, then the most port time, then
 * declaration order). When one cannot be placed, it goes first and the placement starts
 * over, a few times; the attempt that placed the most flows is kept for the explanation.
 */
import type { FlowTiming } from './flowTiming.ts';
import type { FlowPlan } from './planFlow.ts';
import { planFlow } from './planFlow.ts';
import { placeFlow, type Clash, type PlaceContext } from './placeFlow.ts';
import { Timeline } from './Timeline.ts';

export interface Attempt {
  /** plans by flow (index into the timings); undefined for flows not placed */
  plans: (FlowPlan | undefined)[];
  /** the flow that could not be placed, the clashes it met, and the timelines it met them on */
  failed?: { flow: number; clashes: Clash[] };
}

const MAX_ATTEMPTS = 8;

/** Reserves a placed flow's windows on its ports' timelines. */
export function reserve(lines: Map<number, Timeline>, t: FlowTiming, plan: FlowPlan, owner: number, hyperperiod: number): void {
  for (const r of plan.hops) {
    let line = lines.get(r.port);
    if (!line) lines.set(r.port, (line = new Timeline(hyperperiod)));
    for (let k = 0; k < hyperperiod / t.periodPs; k++) line.add(r.start + k * t.periodPs, r.close - r.start, owner);
  }
}

export function placeAll(timings: readonly FlowTiming[], ctx: PlaceContext): Attempt {
  const load = timings.map((t) => {
    const p = planFlow(t, 0, [], ctx.syncErrorPs, ctx.grid);
    return p.hops.reduce((a, r) => a + r.close - r.start, 0) / t.periodPs;
  });
  let order = timings.map((_, i) => i).sort((a, b) => timings[a].periodPs - timings[b].periodPs || load[b] - load[a] || a - b);
  const tried = new Set<string>();
  let best: Attempt | undefined;
  let bestPlaced = -1;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && !tried.has(order.join(',')); attempt++) {
    tried.add(order.join(','));
    const lines = new Map<number, Timeline>();
    const plans: (FlowPlan | undefined)[] = timings.map(() => undefined);
    let failed: Attempt['failed'];
    let placed = 0;
    for (const i of order) {
      const { plan, clashes } = placeFlow(timings[i], lines, ctx);
      if (!plan) {
        failed = { flow: i, clashes };
        break;
      }
      plans[i] = plan;
      reserve(lines, timings[i], plan, i, ctx.hyperperiod);
      placed++;
    }
    if (!failed) return { plans };
    if (placed > bestPlaced) {
      best = { plans, failed };
      bestPlaced = placed;
    }
    order = [failed.flow, ...order.filter((i) => i !== failed!.flow)];
  }
  return best!;
}
