/**
 * Finds a send offset (and, with bounded waiting, per-hop waits) for one flow among the
 * reservations already made, by a sweep: start at offset 0; whenever a window of the flow
 * (any hop, any repetition within the hyperperiod) overlaps a reservation, move it just past
 * that reservation — by a later offset, or, when waiting is allowed and the clash is at the
 * third hop or later, by waiting longer at the hop before. Without waiting the sweep is exact:
 * every offset it skips overlaps something, so it finds the earliest free offset if any
 * exists. Waiting is tried only when no offset works without it; it is a greedy heuristic
 * (it never returns an invalid plan, but may miss one).
 */
import type { FlowTiming } from './flowTiming.ts';
import { planFlow, type FlowPlan } from './planFlow.ts';
import type { Timeline } from './Timeline.ts';

export interface PlaceContext {
  hyperperiod: number;
  syncErrorPs: number;
  grid: number;
  maxWaitPs: number;
}

export interface Clash {
  port: number;
  /** the flow (index into the caller's list) whose reservation was in the way */
  owner: number;
}

export interface Placement {
  plan: FlowPlan | undefined;
  /** every clash met on the way, for explanations */
  clashes: Clash[];
}

const MAX_STEPS = 50_000;

/** No-wait first, over every offset; bounded waiting only if that fails. */
export function placeFlow(t: FlowTiming, lines: ReadonlyMap<number, Timeline>, ctx: PlaceContext): Placement {
  const noWait = sweep(t, lines, { ...ctx, maxWaitPs: 0 });
  if (noWait.plan || ctx.maxWaitPs === 0) return noWait;
  const waiting = sweep(t, lines, ctx);
  const clashes = new Map([...noWait.clashes, ...waiting.clashes].map((c) => [`${c.port}/${c.owner}`, c]));
  return { plan: waiting.plan, clashes: [...clashes.values()] };
}

function sweep(t: FlowTiming, lines: ReadonlyMap<number, Timeline>, ctx: PlaceContext): Placement {
  const P = t.periodPs;
  const reps = ctx.hyperperiod / P;
  const hops = t.hops.length;
  const clashes = new Map<string, Clash>();
  const firstClash = (plan: FlowPlan) => {
    for (let h = 0; h < hops; h++) {
      const r = plan.hops[h];
      const line = lines.get(r.port);
      if (!line || line.size === 0) continue;
      for (let k = 0; k < reps; k++) {
        const hit = line.hit(r.start + k * P, r.close - r.start);
        if (hit) {
          clashes.set(`${r.port}/${hit.owner}`, { port: r.port, owner: hit.owner });
          return { hop: h, shift: hit.shift };
        }
      }
    }
    return undefined;
  };
  const valid = (plan: FlowPlan) => plan.latency <= t.deadlinePs && plan.hops.every((r) => r.close - r.start <= P && r.wait <= ctx.maxWaitPs);
  const none = new Array<number>(hops).fill(0);
  let waits = none.slice();
  let offset = 0;
  for (let step = 0; step < MAX_STEPS && offset < P; step++) {
    const waiting = waits.some((w) => w > 0);
    const plan = planFlow(t, offset, waits, ctx.syncErrorPs, ctx.grid);
    const clash = valid(plan) ? firstClash(plan) : { hop: -1, shift: 0 };
    if (!clash) return { plan, clashes: [...clashes.values()] };
    // waiting at the talker's own port would only be a later offset: waits start at the second hop
    if (clash.hop > 1 && ctx.maxWaitPs > 0 && waits[clash.hop - 1] + clash.shift <= ctx.maxWaitPs) {
      waits[clash.hop - 1] += clash.shift;
      continue;
    }
    if (clash.hop === 0 || clash.hop === 1) {
      offset += clash.shift;
      continue;
    }
    if (waiting) {
      // waiting did not work out at this offset: go on from the next offset the no-wait sweep would try
      waits = none.slice();
      const alone = planFlow(t, offset, waits, ctx.syncErrorPs, ctx.grid);
      const c = valid(alone) ? firstClash(alone) : undefined;
      if (!c) return valid(alone) ? { plan: alone, clashes: [...clashes.values()] } : { plan: undefined, clashes: [...clashes.values()] };
      offset += c.shift;
      continue;
    }
    if (clash.hop < 0) break; // invalid without waiting: no offset changes that
    offset += clash.shift;
  }
  return { plan: undefined, clashes: [...clashes.values()] };
}
