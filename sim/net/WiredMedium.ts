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
import type { PortStats } from './PortStats.ts';
import { PS_BITS, type Wire } from './Wire.ts';

export class WiredMedium implements EgressMedium {
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly queues: PortQueues;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly txEndKind: EventKind;
  /** frames the MAC may hold beyond the one on the wire */
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
    ({ kernel: this.kernel, pool: this.pool, queues: this.queues, wire: this.wire, stats: this.stats } = ctx);
    const n = ctx.model.ports.length;
    this.txBuffer = Int32Array.from(ctx.model.ports, (p) => ctx.model.nodes[p.from].txBuffer);
    this.txEndAt = new Float64Array(n).fill(-1);
    this.txEndSeq = new Float64Array(n);
    this.pending = new Uint8Array(n);
    this.refillAt = new Float64Array(n).fill(-1);
    this.refillSeq = new Float64Array(n);
    this.cHead = new Int32Array(n).fill(-1);
    this.cTail = new Int32Array(n).fill(-1);
    this.cCount = new Int32Array(n);
    this.txEndKind = ctx.kernel.register('wired:tx-end', (port) => this.txEnd(port as PortId));
  }

  handles(): boolean {
    return true;
  }

  enqueue(port: PortId, pkt: PacketId): void {
    const now = this.kernel.now;
    const seq = this.kernel.seq;
    if (this.pending[port] === 0) {
      const end = this.txEndAt[port];
      if (now > end || (now === end && seq > this.txEndSeq[port])) {
        this.startTx(port, pkt);
        return;
      }
    }
    // the wire is busy
    if (this.cCount[port] < this.txBuffer[port]) {
      const refillAt = this.refillAt[port];
      if (refillAt >= 0) {
        // the buffered frame left at a transmission end: the refill is pending
        if (now === refillAt && seq < this.refillSeq[port]) {
          // before the wake: queued first, then the scheduler refills the buffer (it may take this packet)
          this.queues.admit(port, pkt, this.cCount[port]);
          this.refill(port);
          return;
        }
        this.refill(port);
      }
    }
    if (this.cCount[port] < this.txBuffer[port]) this.commit(port, pkt);
    else if (!this.queues.admit(port, pkt, this.cCount[port])) return;
    this.stats.queued(port, this.queues.length[port] + this.cCount[port]);
    if (this.pending[port] === 0) {
      this.pending[port] = 1;
      this.kernel.pushWithSeq(this.txEndAt[port], this.txEndSeq[port], this.txEndKind, port, 0);
    }
  }

  /** The transmission on `port` ended and something waits: start the next frame. */
  private txEnd(port: PortId): void {
    this.pending[port] = 0;
    const buffer = this.txBuffer[port];
    if (buffer > 0 && this.refillAt[port] >= 0) this.refill(port);
    const pkt = this.cCount[port] > 0 ? this.uncommit(port) : this.queues.dequeue(port);
    this.startTx(port, pkt);
    if (buffer > 0 && this.queues.length[port] > 0) {
      // the buffered frame left: the scheduler refills the buffer at a wake scheduled now
      this.refillAt[port] = this.kernel.now;
      this.refillSeq[port] = this.kernel.reserveSeq();
    }
    if (this.cCount[port] > 0 || this.queues.length[port] > 0) {
      this.pending[port] = 1;
      this.kernel.pushWithSeq(this.txEndAt[port], this.txEndSeq[port], this.txEndKind, port, 0);
    }
  }

  private startTx(port: PortId, pkt: PacketId): void {
    const wire = this.wire;
    const now = this.kernel.now;
    const frame = wire.frameBytes(port, pkt);
    const rate = wire.rate[port];
    const pre = wire.preamble[port];
    const ifg = wire.ifg[port];
    const lastBit = Math.round(((pre + frame) * PS_BITS) / rate);
    const free = pre + ifg === 0 ? lastBit : Math.round(((pre + frame + ifg) * PS_BITS) / rate);
    // cut-through: the frame may still be arriving; it cannot finish leaving before it is all in
    const lastBitAt = this.pool.lastBitAt[pkt];
    const after = lastBitAt > now + lastBit ? lastBitAt - lastBit - now : 0;
    this.txEndAt[port] = now + after + free;
    this.txEndSeq[port] = this.kernel.reserveSeq();
    wire.send(port, pkt, after, lastBit, frame);
    this.stats.account(port, pkt, free);
  }

  /** The scheduler moves the heads of the highest classes into the transmit buffer. */
  private refill(port: PortId): void {
    this.refillAt[port] = -1;
    const buffer = this.txBuffer[port];
    while (this.cCount[port] < buffer && this.queues.length[port] > 0) this.commit(port, this.queues.dequeue(port));
  }

  private commit(port: PortId, pkt: PacketId): void {
    this.pool.next[pkt] = -1;
    if (this.cTail[port] < 0) this.cHead[port] = pkt;
    else this.pool.next[this.cTail[port]] = pkt;
    this.cTail[port] = pkt;
    this.cCount[port]++;
  }

  private uncommit(port: PortId): PacketId {
    const pkt = this.cHead[port] as PacketId;
    const next = this.pool.next[pkt];
    this.cHead[port] = next;
    if (next < 0) this.cTail[port] = -1;
    this.cCount[port]--;
    return pkt;
  }
}
