/**
 * The wire behind each egress port: its rate, framing and propagation delay, and the node at
 * its far end (forwarding latency, cut-through). It turns a packet into a frame's bytes and
 * schedules the frame's arrival at the far end when its transmission starts (as ns-3 does).
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';

/** picoseconds × bits per byte */
export const PS_BITS = 8e12;

/** a port's figures, side by side in `props` (a frame reads them all: one or two cache lines, not nine) */
const RATE = 0;
const DELAY = 1;
/** bytes on the wire before a frame (preamble, SFD) and after it (inter-frame gap) */
const PREAMBLE = 2;
const IFG = 3;
const OVERHEAD = 4;
const TAG = 5;
const MIN_FRAME = 6;
/** forwarding latency of the node at the far end, added to the arrival time */
const FAR_LATENCY = 7;
/** cut-through at the far end: bytes it needs before forwarding (0: store-and-forward) */
const FAR_CUT_THROUGH = 8;
const STRIDE = 9;

export class Wire {
  private readonly props: Float64Array;
  private readonly arrive: EventKind;

  constructor(
    model: Model,
    private readonly kernel: Kernel,
    private readonly pool: PacketPool,
    /** a frame reached the far end of the port its packet crossed (its last bit, or its first bytes into a cut-through switch) */
    onArrive: (pkt: PacketId) => void,
  ) {
    const props = (this.props = new Float64Array(model.ports.length * STRIDE));
    for (const p of model.ports) {
      const l = model.links[p.link];
      const far = model.nodes[p.to];
      const k = p.index * STRIDE;
      props[k + RATE] = l.rateBps;
      props[k + DELAY] = l.delayPs;
      props[k + PREAMBLE] = l.framing.preamble;
      props[k + IFG] = l.framing.ifg;
      props[k + OVERHEAD] = l.framing.overhead;
      props[k + TAG] = l.framing.tag;
      props[k + MIN_FRAME] = l.framing.minFrame;
      props[k + FAR_LATENCY] = far.forwarding ? far.latencyPs : 0;
      props[k + FAR_CUT_THROUGH] = far.forwarding ? far.cutThroughBytes : 0;
    }
    // an arrival made void by a preemption (its generation bumped) is not delivered
    this.arrive = kernel.register('wire:arrive', (pkt, gen) => {
      if (gen === pool.gen[pkt]) onArrive(pkt as PacketId);
    });
  }

  /** The port's rate, bit/s. */
  rate(port: PortId): number {
    return this.props[port * STRIDE + RATE];
  }

  /** Bytes on the wire before a frame (preamble, SFD). */
  preamble(port: PortId): number {
    return this.props[port * STRIDE + PREAMBLE];
  }

  /** Bytes on the wire after a frame (inter-frame gap). */
  ifg(port: PortId): number {
    return this.props[port * STRIDE + IFG];
  }

  /** Bytes of the frame a packet makes on a port (header, trailer, padding; no preamble or gap). */
  frameBytes(port: PortId, pkt: PacketId): number {
    const pool = this.pool;
    const k = port * STRIDE;
    const props = this.props;
    return Math.max(pool.size[pkt] + props[k + OVERHEAD] + (pool.tagged[pkt] === 1 ? props[k + TAG] : 0), props[k + MIN_FRAME]);
  }

  /**
   * Schedules the arrival at the far end of a frame whose transmission starts `after` ps from
   * now (0: at once): its last bit, `lastBit` ps after the start, or its first bytes into a
   * cut-through switch unless `whole` (a frame that may be preempted is handed over whole: the
   * far MAC merge sublayer reassembles it first).
   */
  send(port: PortId, pkt: PacketId, after: number, lastBit: number, frame: number, whole = false): void {
    const pool = this.pool;
    const k = port * STRIDE;
    const props = this.props;
    const start = this.kernel.now + after;
    const arrive = start + lastBit + props[k + DELAY];
    pool.lastBitAt[pkt] = arrive;
    const ct = whole ? 0 : props[k + FAR_CUT_THROUGH];
    const at = ct > 0 && ct < frame ? start + Math.round(((props[k + PREAMBLE] + ct) * PS_BITS) / props[k + RATE]) + props[k + DELAY] : arrive;
    this.kernel.push(at + props[k + FAR_LATENCY], this.arrive, pkt, pool.gen[pkt]);
  }
}
