/**
 * The wire behind each egress port: its rate, framing and propagation delay, and the node at
 * its far end (forwarding latency, cut-through). It turns a packet into a frame's bytes and
 * schedules the frame's arrival at the far end when its transmission starts (as ns-3 does).
 * A port's figures are kept at its slot (PortSlots: numbered in the order ports are first used).
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortSlots } from './PortSlots.ts';

/** picoseconds × bits per byte */
export const PS_BITS = 8e12;

export class Wire {
  /** by slot (PortSlots): rate, propagation delay */
  readonly rate: Float64Array;
  readonly delay: Float64Array;
  /** bytes on the wire before a frame (preamble, SFD) and after it (inter-frame gap) */
  readonly preamble: Float64Array;
  readonly ifg: Float64Array;
  private readonly overhead: Float64Array;
  private readonly tagBytes: Float64Array;
  private readonly minFrame: Float64Array;
  /** forwarding latency of the node at the far end, added to the arrival time */
  private readonly farLatency: Float64Array;
  /** cut-through at the far end: bytes it needs before forwarding (0: store-and-forward) */
  private readonly farCutThrough: Float64Array;
  private readonly arrive: EventKind;
  /** ports whose transmissions a trace records (none: undefined), and where it records them */
  private tapped: Uint8Array | undefined;
  private onTransmit: (port: PortId, pkt: PacketId, startPs: number) => void = () => {};

  constructor(
    model: Model,
    private readonly kernel: Kernel,
    private readonly pool: PacketPool,
    private readonly slots: PortSlots,
    /** a frame reached the far end of the port its packet crossed (its last bit, or its first bytes into a cut-through switch) */
    onArrive: (pkt: PacketId) => void,
  ) {
    const n = model.ports.length;
    this.rate = new Float64Array(n);
    this.delay = new Float64Array(n);
    this.preamble = new Float64Array(n);
    this.ifg = new Float64Array(n);
    this.overhead = new Float64Array(n);
    this.tagBytes = new Float64Array(n);
    this.minFrame = new Float64Array(n);
    this.farLatency = new Float64Array(n);
    this.farCutThrough = new Float64Array(n);
    slots.onNew((port, i) => {
      const p = model.ports[port];
      const l = model.links[p.link];
      const far = model.nodes[p.to];
      this.rate[i] = l.rateBps;
      this.delay[i] = l.delayPs;
      this.preamble[i] = l.framing.preamble;
      this.ifg[i] = l.framing.ifg;
      this.overhead[i] = l.framing.overhead;
      this.tagBytes[i] = l.framing.tag;
      this.minFrame[i] = l.framing.minFrame;
      this.farLatency[i] = far.forwarding ? far.latencyPs : 0;
      this.farCutThrough[i] = far.forwarding ? far.cutThroughBytes : 0;
    });
    // an arrival made void by a preemption (its generation bumped) is not delivered
    this.arrive = kernel.register('wire:arrive', (pkt, gen) => {
      if (gen === pool.gen[pkt]) onArrive(pkt as PacketId);
    });
  }

  /** Records every transmission that starts on a port marked in `ports` (a trace's frames for pcap). */
  tap(ports: Uint8Array, onTransmit: (port: PortId, pkt: PacketId, startPs: number) => void): void {
    this.tapped = ports;
    this.onTransmit = onTransmit;
  }

  /** A port's rate, and its bytes before a frame and after it (by port: Wire keeps them by slot). */
  rateOf(port: PortId): number {
    return this.rate[this.slots.of(port)];
  }
  preambleOf(port: PortId): number {
    return this.preamble[this.slots.of(port)];
  }
  ifgOf(port: PortId): number {
    return this.ifg[this.slots.of(port)];
  }

  /** Bytes of the frame a packet makes on a port (header, trailer, padding; no preamble or gap). */
  frameBytes(port: PortId, pkt: PacketId): number {
    return this.frameBytesAt(this.slots.of(port), pkt);
  }

  /** frameBytes of the port in slot s */
  frameBytesAt(s: number, pkt: PacketId): number {
    const pool = this.pool;
    return Math.max(pool.size[pkt] + this.overhead[s] + (pool.tagged[pkt] === 1 ? this.tagBytes[s] : 0), this.minFrame[s]);
  }

  /**
   * Schedules the arrival at the far end of a frame whose transmission starts `after` ps from
   * now (0: at once): its last bit, `lastBit` ps after the start, or its first bytes into a
   * cut-through switch unless `whole` (a frame that may be preempted is handed over whole: the
   * far MAC merge sublayer reassembles it first); `resumed`: the rest of a preempted frame.
   */
  send(port: PortId, pkt: PacketId, after: number, lastBit: number, frame: number, whole = false, resumed = false): void {
    const pool = this.pool;
    const start = this.kernel.now + after;
    // a frame resumed after an 802.1Qbu preemption was recorded when it started
    if (this.tapped !== undefined && this.tapped[port] === 1 && !resumed) this.onTransmit(port, pkt, start);
    const s = this.slots.of(port);
    const arrive = start + lastBit + this.delay[s];
    pool.lastBitAt[pkt] = arrive;
    const ct = whole ? 0 : this.farCutThrough[s];
    const at = ct > 0 && ct < frame ? start + Math.round(((this.preamble[s] + ct) * PS_BITS) / this.rate[s]) + this.delay[s] : arrive;
    this.kernel.push(at + this.farLatency[s], this.arrive, pkt, pool.gen[pkt]);
  }
}
