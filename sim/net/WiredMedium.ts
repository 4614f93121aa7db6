/**
 * Wired Ethernet egress: a port serializes one frame at a time (store-and-forward), serves its
 * queues by strict priority (or FIFO), and may hold `txBuffer` frames already committed to the
 * MAC, which priority can no longer overtake.
 *
 * Events: the end of a transmission is an event only when something waits for it; its sequence
 * number is reserved when the transmission starts, so it runs exactly where an eagerly
 * scheduled one would among same-instant events, at no cost when the port is idle.
 *
 * The transmit buffer is refilled as ns-3 3.37 refills its device queue: when a transmission
 * ends the MAC starts its buffered frame, and taking it out wakes the queue disc with an event
 * scheduled at that instant (NetDeviceQueue::Wake → Simulator::ScheduleNow(QueueDisc::Run)). A
 * packet that reaches the port at the same instant before that wake is queued first and then
 * the scheduler runs (TrafficControlLayer::Send: Enqueue, then Run), so it may take the buffer
 * (or find its class full and be dropped); later ones wait. The wake is not an event here: its
 * sequence number is reserved at the transmission end and the refill is done by the next
 * enqueue or transmission end, which see the queues exactly as the wake would have.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { EventKind, Kernel } from '../core/Kernel.ts';
import type { EgressMedium, PortContext } from './EgressMedium.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortQueues } from './PortQueues.ts';
import type { PortSlots } from './PortSlots.ts';
import type { PortStats } from './PortStats.ts';
import { PS_BITS, type Wire } from './Wire.ts';

export class WiredMedium implements EgressMedium {
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly queues: PortQueues;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly slots: PortSlots;
  private readonly txEndKind: EventKind;
  /** per port at its slot (PortSlots): frames the MAC may hold beyond the one on the wire */
  private readonly txBuffer: Int32Array;
  /** end of the current transmission (−1: none yet) and its reserved sequence number */
  private readonly txEndAt: Float64Array;
  private readonly txEndSeq: Float64Array;
  /** whether the end of the current transmission is scheduled */
  private readonly pending: Uint8Array;
  /** time (−1: none) and sequence number of the pending refill of the transmit buffer */
  private readonly refillAt: Float64Array;
  private readonly refillSeq: Float64Array;
  /** the transmit buffer: its first and last frame, and how many */
  private readonly cHead: Int32Array;
  private readonly cTail: Int32Array;
  private readonly cCount: Int32Array;

  constructor(ctx: PortContext) {
    ({ kernel: this.kernel, pool: this.pool, queues: this.queues, wire: this.wire, stats: this.stats, slots: this.slots } = ctx);
    const { model } = ctx;
    const n = model.ports.length;
    this.txBuffer = new Int32Array(n);
    this.slots.onNew((port, s) => {
      this.txBuffer[s] = model.nodes[model.ports[port].from].txBuffer;
    });
    this.txEndAt = new Float64Array(n).fill(-1);
    this.txEndSeq = new Float64Array(n);
    this.pending = new Uint8Array(n);
    this.refillAt = new Float64Array(n).fill(-1);
    this.refillSeq = new Float64Array(n);
    this.cHead = new Int32Array(n).fill(-1);
    this.cTail = new Int32Array(n).fill(-1);
    this.cCount = new Int32Array(n);
    // the event's payload is the port's slot
    this.txEndKind = ctx.kernel.register('wired:tx-end', (s) => this.txEnd(this.slots.portAt[s] as PortId, s));
  }

  handles(): boolean {
    return true;
  }

  enqueue(port: PortId, pkt: PacketId): void {
    const now = this.kernel.now;
    const seq = this.kernel.seq;
    const s = this.slots.of(port);
    if (this.pending[s] === 0) {
      const end = this.txEndAt[s];
      if (now > end || (now === end && seq > this.txEndSeq[s])) {
        this.startTx(port, s, pkt);
        return;
      }
    }
    // the wire is busy
    if (this.cCount[s] < this.txBuffer[s]) {
      const refillAt = this.refillAt[s];
      if (refillAt >= 0) {
        // the buffered frame left at a transmission end: the refill is pending
        if (now === refillAt && seq < this.refillSeq[s]) {
          // before the wake: queued first, then the scheduler refills the buffer (it may take this packet)
          this.queues.admit(port, pkt, this.cCount[s]);
          this.refill(port, s);
          return;
        }
        this.refill(port, s);
      }
    }
    if (this.cCount[s] < this.txBuffer[s]) this.commit(s, pkt);
    else if (!this.queues.admit(port, pkt, this.cCount[s])) return;
    this.stats.queued(port, this.queues.length[s] + this.cCount[s]);
    if (this.pending[s] === 0) {
      this.pending[s] = 1;
      this.kernel.pushWithSeq(this.txEndAt[s], this.txEndSeq[s], this.txEndKind, s, 0);
    }
  }

  /** The transmission on `port` ended and something waits: start the next frame. */
  private txEnd(port: PortId, s: number): void {
    this.pending[s] = 0;
    const buffer = this.txBuffer[s];
    if (buffer > 0 && this.refillAt[s] >= 0) this.refill(port, s);
    const pkt = this.cCount[s] > 0 ? this.uncommit(s) : this.queues.dequeue(port);
    this.startTx(port, s, pkt);
    if (buffer > 0 && this.queues.length[s] > 0) {
      // the buffered frame left: the scheduler refills the buffer at a wake scheduled now
      this.refillAt[s] = this.kernel.now;
      this.refillSeq[s] = this.kernel.reserveSeq();
    }
    if (this.cCount[s] > 0 || this.queues.length[s] > 0) {
      this.pending[s] = 1;
      this.kernel.pushWithSeq(this.txEndAt[s], this.txEndSeq[s], this.txEndKind, s, 0);
    }
  }

  private startTx(port: PortId, s: number, pkt: PacketId): void {
    const wire = this.wire;
    const now = this.kernel.now;
    const frame = wire.frameBytesAt(s, pkt);
    const rate = wire.rate[s];
    const pre = wire.preamble[s];
    const ifg = wire.ifg[s];
    const lastBit = Math.round(((pre + frame) * PS_BITS) / rate);
    const free = pre + ifg === 0 ? lastBit : Math.round(((pre + frame + ifg) * PS_BITS) / rate);
    // cut-through: the frame may still be arriving; it cannot finish leaving before it is all in
    const lastBitAt = this.pool.lastBitAt[pkt];
    const after = lastBitAt > now + lastBit ? lastBitAt - lastBit - now : 0;
    this.txEndAt[s] = now + after + free;
    this.txEndSeq[s] = this.kernel.reserveSeq();
    wire.send(port, pkt, after, lastBit, frame);
    this.stats.account(port, pkt, free);
  }

  /** The scheduler moves the heads of the highest classes into the transmit buffer. */
  private refill(port: PortId, s: number): void {
    this.refillAt[s] = -1;
    const buffer = this.txBuffer[s];
    while (this.cCount[s] < buffer && this.queues.length[s] > 0) this.commit(s, this.queues.dequeue(port));
  }

  private commit(s: number, pkt: PacketId): void {
    this.pool.next[pkt] = -1;
    if (this.cTail[s] < 0) this.cHead[s] = pkt;
    else this.pool.next[this.cTail[s]] = pkt;
    this.cTail[s] = pkt;
    this.cCount[s]++;
  }

  private uncommit(s: number): PacketId {
    const pkt = this.cHead[s] as PacketId;
    const next = this.pool.next[pkt];
    this.cHead[s] = next;
    if (next < 0) this.cTail[s] = -1;
    this.cCount[s]--;
    return pkt;
  }
}
