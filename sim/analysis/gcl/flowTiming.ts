/**
 * A time-critical flow's timing at every hop, by the engine's exact rules (sim/net/WiredMedium.ts,
 * sim/net/TsnScheduler.ts): a frame starting at s on a port has its last bit on the wire at
 * s + L, L = round((preamble + frame)·8/rate); the port frees at s + round((preamble + frame +
 * gap)·8/rate); the frame reaches the next node's egress queue at s + L (or, cut-through, the
 * header time) + propagation delay + that node's forwarding latency, and a cut-through frame
 * starts on the next port no earlier than its last bit comes in minus its transmission there.
 * Frames are tagged (the schedule gives every scheduled flow a priority).
 */
import type { FlowModel, Model } from '../../scenario/model.ts';

const PS_BITS = 8e12;
/** 802.3br: a preempted fragment ends with a 4 B mCRC */
const MCRC = 4;

export interface HopTiming {
  port: number;
  /** last bit on the wire after the start, largest and smallest frame */
  txMax: number;
  txMin: number;
  /** longest time a frame of another class keeps the port busy after its last bit (the gap) */
  guard: number;
  /** from the start here to the arrival in the next egress queue, largest and smallest frame */
  arriveMax: number;
  arriveMin: number;
  frameBytes: number;
}

export interface FlowTiming {
  flow: FlowModel;
  periodPs: number;
  /** Infinity when the flow has no latency requirement */
  deadlinePs: number;
  hops: HopTiming[];
}

/**
 * How long after its gate closes a frame of another class may still hold the port: its gap
 * (it started only if its last bit precedes the closing). A preemptable frame instead starts
 * when a minimum fragment fits and at the closing is either cut (4 B mCRC, then the gap) or,
 * with less than a minimum fragment left, finishes: up to minFragment − 4 B, then the gap.
 */
export function guardPs(ifg: number, rateBps: number, minFragment?: number): number {
  const bytes = minFragment === undefined ? ifg : Math.max(MCRC, minFragment - MCRC) + ifg;
  return Math.ceil((bytes * PS_BITS) / rateBps) + (minFragment === undefined ? 0 : 1);
}

/** Wire time of `bytes` on a port (preamble and gap as given), rounded as the engine does. */
export function wirePs(bytes: number, rateBps: number): number {
  return Math.round((bytes * PS_BITS) / rateBps);
}

export function flowTiming(model: Model, flow: FlowModel, sizes: { min: number; max: number }): FlowTiming {
  if (flow.pattern.type !== 'periodic') throw new Error(`flow ${flow.id} is not periodic`);
  const latency = flow.requirement?.latency;
  const hops = flow.route.map((p): HopTiming => {
    const port = model.ports[p];
    const l = model.links[port.link];
    const f = l.framing;
    const far = model.nodes[port.to];
    const frame = (size: number) => Math.max(size + f.overhead + f.tag, f.minFrame);
    const big = frame(sizes.max);
    const small = frame(sizes.min);
    const txMax = wirePs(f.preamble + big, l.rateBps);
    const txMin = wirePs(f.preamble + small, l.rateBps);
    const ct = far.forwarding ? far.cutThroughBytes : 0;
    const latencyPs = far.forwarding ? far.latencyPs : 0;
    const reach = (bytes: number, tx: number) => (ct > 0 && ct < bytes ? wirePs(f.preamble + ct, l.rateBps) : tx) + l.delayPs + latencyPs;
    return {
      port: p,
      txMax,
      txMin,
      guard: guardPs(f.ifg, l.rateBps, port.tsn?.preemption?.minFragment),
      arriveMax: reach(big, txMax),
      arriveMin: reach(small, txMin),
      frameBytes: big,
    };
  });
  // cut-through into a faster port: the frame cannot finish leaving before its last bit is in
  for (let i = 0; i + 1 < hops.length; i++) {
    const delay = model.links[model.ports[hops[i].port].link].delayPs;
    hops[i].arriveMax = Math.max(hops[i].arriveMax, hops[i].txMax + delay - hops[i + 1].txMax);
    hops[i].arriveMin = Math.max(hops[i].arriveMin, hops[i].txMin + delay - hops[i + 1].txMin);
  }
  return { flow, periodPs: flow.pattern.periodPs, deadlinePs: latency === undefined ? Infinity : Math.round(latency * 1e12), hops };
}
