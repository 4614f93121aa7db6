/**
 * Where one flow's frame is at every hop for a given send offset and per-hop waits, and what
 * it reserves on each port. All times are absolute picoseconds of the first period.
 *
 * At hop h the frame arrives in [aMin, aMax] (aMin < aMax only with variable sizes, or clock
 * error at a hop where it waited). The port's clock may be off by ±e (syncError), which moves
 * its gate events by up to e. Without waiting, the scheduled class's gate opens and the
 * others close at `guard` = aMax − gap − e: even a late clock has shut the other classes early
 * enough for their last frame (which starts only if its last bit precedes the closing) to
 * free the port by the arrival, so the frame never waits. With a wait w, the class opens at
 * `open` = aMax + w, every gate shut during [open − gap, open), and the frame starts at `open`
 * (± e). Starts fall in [sMin, sMax]; the gate closes at `close` = sMax + transmission + e, so
 * the frame always fits before it (the guard band).
 *
 * The reservation [start, close) is what no other flow's reservation on the port may
 * overlap: it covers the frame's whole stay at the port (arrival to closing) and margins of e,
 * so another flow's window can never open while this frame waits, nor this frame delay
 * another. Gate events are rounded outwards to the granularity.
 */
import type { FlowTiming } from './flowTiming.ts';

export interface HopPlan {
  port: number;
  aMin: number;
  aMax: number;
  /** reservation start; other classes' gates close at `guard`; this class's opens at `open` (≥ guard) and closes at `close` */
  start: number;
  guard: number;
  open: number;
  close: number;
  sMin: number;
  sMax: number;
  wait: number;
}

export interface FlowPlan {
  offset: number;
  hops: HopPlan[];
  /** guaranteed latency: the latest arrival at the listener minus the emission */
  latency: number;
}

export function planFlow(t: FlowTiming, offset: number, waits: readonly number[], syncErrorPs: number, grid: number): FlowPlan {
  const e = syncErrorPs;
  const floor = (x: number) => Math.floor(x / grid) * grid;
  const ceil = (x: number) => Math.ceil(x / grid) * grid;
  let aMin = offset;
  let aMax = offset;
  const hops: HopPlan[] = [];
  t.hops.forEach((h, i) => {
    const w = waits[i] ?? 0;
    const open = w > 0 ? ceil(aMax + w) : floor(aMax - h.guard - e);
    const guard = w > 0 ? floor(open - h.guard) : open;
    const sMin = Math.max(aMin, open - e);
    const sMax = Math.max(aMax, open + e, guard + h.guard + e);
    const close = ceil(sMax + h.txMax + e);
    const start = floor(Math.min(aMin - h.guard, guard) - e);
    hops.push({ port: h.port, aMin, aMax, start, guard, open, close, sMin, sMax, wait: w > 0 ? open - aMax : 0 });
    aMin = sMin + h.arriveMin;
    aMax = sMax + h.arriveMax;
  });
  return { offset, hops, latency: aMax - offset };
}
