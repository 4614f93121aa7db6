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

/** a port's state, side by side in `state` (one or two cache lines per frame, not nine) */
/** frames the MAC may hold beyond the one on the wire */
const TX_BUFFER = 0;
/** end of the current transmission (−1: none yet) and its reserved sequence number */
const TX_END_AT = 1;
const TX_END_SEQ = 2;
/** whether the end of the current transmission is scheduled */
const PENDING = 3;
/** time (−1: none) and sequence number of the pending refill of the transmit buffer */
const REFILL_AT = 4;
const REFILL_SEQ = 5;
/** the transmit buffer: its first and last frame (−1: none), and how many */
const C_HEAD = 6;
const C_TAIL = 7;
const C_COUNT = 8;
const STRIDE = 9;

export class WiredMedium implements EgressMedium {
  private readonly kernel: Kernel;
  private readonly pool: PacketPool;
  private readonly queues: PortQueues;
  private readonly wire: Wire;
  private readonly stats: PortStats;
  private readonly txEndKind: EventKind;
  private readonly state: Float64Array;

  constructor(ctx: PortContext) {
    ({ kernel: this.kernel, pool: this.pool, queues: this.queues, wire: this.wire, stats: this.stats } = ctx);
    const state = (this.state = new Float64Array(ctx.model.ports.length * STRIDE));
    for (const p of ctx.model.ports) {
      const k = p.index * STRIDE;
      state[k + TX_BUFFER] = ctx.model.nodes[p.from].txBuffer;
      state[k + TX_END_AT] = -1;
      state[k + REFILL_AT] = -1;
      state[k + C_HEAD] = -1;
      state[k + C_TAIL] = -1;
    }
    this.txEndKind = ctx.kernel.register('wired:tx-end', (port) => this.txEnd(port as PortId));
  }

  handles(): boolean {
    return true;
  }

  enqueue(port: PortId, pkt: PacketId): void {
    const s = this.state;
    const k = port * STRIDE;
    const now = this.kernel.now;
    const seq = this.kernel.seq;
    if (s[k + PENDING] === 0) {
      const end = s[k + TX_END_AT];
      if (now > end || (now === end && seq > s[k + TX_END_SEQ])) {
        this.startTx(port, pkt);
        return;
      }
    }
    // the wire is busy
    if (s[k + C_COUNT] < s[k + TX_BUFFER]) {
      const refillAt = s[k + REFILL_AT];
      if (refillAt >= 0) {
        // the buffered frame left at a transmission end: the refill is pending
        if (now === refillAt && seq < s[k + REFILL_SEQ]) {
          // before the wake: queued first, then the scheduler refills the buffer (it may take this packet)
          this.queues.admit(port, pkt, s[k + C_COUNT]);
          this.refill(port);
          return;
        }
        this.refill(port);
      }
    }
    if (s[k + C_COUNT] < s[k + TX_BUFFER]) this.commit(port, pkt);
    else if (!this.queues.admit(port, pkt, s[k + C_COUNT])) return;
    this.stats.queued(port, this.queues.length(port) + s[k + C_COUNT]);
    if (s[k + PENDING] === 0) {
      s[k + PENDING] = 1;
      this.kernel.pushWithSeq(s[k + TX_END_AT], s[k + TX_END_SEQ], this.txEndKind, port, 0);
    }
  }

  /** The transmission on `port` ended and something waits: start the next frame. */
  private txEnd(port: PortId): void {
    const s = this.state;
    const k = port * STRIDE;
    s[k + PENDING] = 0;
    const buffer = s[k + TX_BUFFER];
    if (buffer > 0 && s[k + REFILL_AT] >= 0) this.refill(port);
    const pkt = s[k + C_COUNT] > 0 ? this.uncommit(port) : this.queues.dequeue(port);
    this.startTx(port, pkt);
    if (buffer > 0 && this.queues.length(port) > 0) {
      // the buffered frame left: the scheduler refills the buffer at a wake scheduled now
      s[k + REFILL_AT] = this.kernel.now;
      s[k + REFILL_SEQ] = this.kernel.reserveSeq();
    }
    if (s[k + C_COUNT] > 0 || this.queues.length(port) > 0) {
      s[k + PENDING] = 1;
      this.kernel.pushWithSeq(s[k + TX_END_AT], s[k + TX_END_SEQ], this.txEndKind, port, 0);
    }
  }

  private startTx(port: PortId, pkt: PacketId): void {
    const s = this.state;
    const k = port * STRIDE;
    const wire = this.wire;
    const now = this.kernel.now;
    const frame = wire.frameBytes(port, pkt);
    const rate = wire.rate(port);
    const pre = wire.preamble(port);
    const ifg = wire.ifg(port);
    const lastBit = Math.round(((pre + frame) * PS_BITS) / rate);
    const free = pre + ifg === 0 ? lastBit : Math.round(((pre + frame + ifg) * PS_BITS) / rate);
    // cut-through: the frame may still be arriving; it cannot finish leaving before it is all in
    const lastBitAt = this.pool.lastBitAt[pkt];
    const after = lastBitAt > now + lastBit ? lastBitAt - lastBit - now : 0;
    s[k + TX_END_AT] = now + after + free;
    s[k + TX_END_SEQ] = this.kernel.reserveSeq();
    wire.send(port, pkt, after, lastBit, frame);
    this.stats.account(port, pkt, free);
  }

  /** The scheduler moves the heads of the highest classes into the transmit buffer. */
  private refill(port: PortId): void {
    const s = this.state;
    const k = port * STRIDE;
    s[k + REFILL_AT] = -1;
    const buffer = s[k + TX_BUFFER];
    while (s[k + C_COUNT] < buffer && this.queues.length(port) > 0) this.commit(port, this.queues.dequeue(port));
  }

  private commit(port: PortId, pkt: PacketId): void {
    const s = this.state;
    const k = port * STRIDE;
    this.pool.next[pkt] = -1;
    if (s[k + C_TAIL] < 0) s[k + C_HEAD] = pkt;
    else this.pool.next[s[k + C_TAIL]] = pkt;
    s[k + C_TAIL] = pkt;
    s[k + C_COUNT]++;
  }

  private uncommit(port: PortId): PacketId {
    const s = this.state;
    const k = port * STRIDE;
    const pkt = s[k + C_HEAD] as PacketId;
    const next = this.pool.next[pkt];
    s[k + C_HEAD] = next;
    if (next < 0) s[k + C_TAIL] = -1;
    s[k + C_COUNT]--;
    return pkt;
  }
}
