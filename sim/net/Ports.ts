/**
 * Egress ports: one per direction of every full-duplex link. A port serializes one frame at
 * a time (store-and-forward), holds waiting packets in 8 strict-priority FIFO queues by PCP
 * (or one FIFO), drops beyond its limit, and may hold `txBuffer` frames already committed to
 * the MAC, which priority can no longer overtake.
 *
 * Events: a frame's arrival at the next node is scheduled when its transmission starts (as
 * ns-3 does). The end of a transmission is an event only when something waits for it; its
 * sequence number is reserved when the transmission starts, so it runs exactly where an
 * eagerly scheduled one would among same-instant events, at no cost when the port is idle.
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
import type { EventQueue } from '../core/EventQueue.ts';
import type { Model } from '../scenario/model.ts';
import type { Rng } from '../core/Rng.ts';
import type { PacketPool } from './PacketPool.ts';
import { TsnScheduler } from './TsnScheduler.ts';
import { CellMedium } from './cell/CellMedium.ts';
import { WifiMedium } from './wifi/WifiMedium.ts';

export const EV_ARRIVE = 1;
export const EV_TXEND = 2;
export const EV_TSN_TXEND = 6;
export const EV_TSN_WAKE = 7;
export const EV_WIFI_ACCESS = 8;
export const EV_WIFI_END = 9;
export const EV_CELL_READY = 10;
export const EV_CELL_TXEND = 11;

const CLASSES = 8;
const PS_BITS = 8e12; // picoseconds × bits per byte

export class Ports {
  readonly count: number;
  // configuration
  /** @internal */ readonly rate: Float64Array;
  /** @internal */ readonly delay: Float64Array;
  private readonly overhead: Float64Array;
  private readonly tagBytes: Float64Array;
  private readonly minFrame: Float64Array;
  /** @internal */ readonly preamble: Float64Array;
  /** @internal */ readonly ifg: Float64Array;
  private readonly strict: Uint8Array;
  private readonly limitPackets: Float64Array;
  private readonly limitBytes: Float64Array;
  private readonly txBuffer: Int32Array;
  /** cut-through at the far end: bytes it needs before forwarding (0: store-and-forward) */
  private readonly farCutThrough: Float64Array;
  /** forwarding latency of the node at the far end, added to the arrival time */
  /** @internal */ readonly farLatency: Float64Array;
  // state
  private readonly txEndAt: Float64Array;
  private readonly txEndSeq: Float64Array;
  /** time (−1: none) and sequence number of the pending refill of the transmit buffer */
  private readonly refillAt: Float64Array;
  private readonly refillSeq: Float64Array;
  private readonly pending: Uint8Array;
  /** @internal */ readonly qHead: Int32Array;
  /** @internal */ readonly qTail: Int32Array;
  /** @internal */ readonly qLen: Int32Array;
  private readonly qBytes: Float64Array;
  /** packets and bytes in each class queue (port * 8 + class) */
  private readonly classLen: Int32Array;
  private readonly classBytes: Float64Array;
  private readonly cHead: Int32Array;
  private readonly cTail: Int32Array;
  private readonly cCount: Int32Array;
  // statistics
  readonly busyPs: Float64Array;
  readonly frames: Float64Array;
  readonly drops: Float64Array;
  readonly maxQueue: Int32Array;
  readonly waitSum: Float64Array;
  readonly waitCount: Float64Array;
  /** busy picoseconds per timeline bin: port p's bins are busyBins[p * bins .. (p + 1) * bins) */
  readonly busyBins: Float64Array;
  /** queue wait per route position (Routes' flat index), so each flow's waits are attributed to ports */
  readonly hopWaitSum: Float64Array;
  readonly hopWaitMax: Float64Array;
  readonly hopFrames: Float64Array;

  constructor(
    model: Model,
    private readonly queue: EventQueue,
    private readonly pool: PacketPool,
    private readonly onDrop: (pkt: number) => void,
    private readonly windowStart: number,
    private readonly windowEnd: number,
    private readonly binPs: number,
    private readonly bins: number,
    private readonly routeStart: Int32Array,
    private readonly routePorts: Int32Array,
    rng: Rng,
  ) {
    const n = (this.count = model.ports.length);
    this.hopWaitSum = new Float64Array(routePorts.length);
    this.hopWaitMax = new Float64Array(routePorts.length);
    this.hopFrames = new Float64Array(routePorts.length);
    this.busyBins = new Float64Array(n * bins);
    const f64 = () => new Float64Array(n);
    this.rate = f64();
    this.delay = f64();
    this.overhead = f64();
    this.tagBytes = f64();
    this.minFrame = f64();
    this.preamble = f64();
    this.ifg = f64();
    this.strict = new Uint8Array(n);
    this.limitPackets = f64();
    this.limitBytes = f64();
    this.txBuffer = new Int32Array(n);
    this.farLatency = f64();
    this.farCutThrough = f64();
    for (const p of model.ports) {
      const l = model.links[p.link];
      const node = model.nodes[p.from];
      const far = model.nodes[p.to];
      const i = p.index;
      this.rate[i] = l.rateBps;
      this.delay[i] = l.delayPs;
      this.overhead[i] = l.framing.overhead;
      this.tagBytes[i] = l.framing.tag;
      this.minFrame[i] = l.framing.minFrame;
      this.preamble[i] = l.framing.preamble;
      this.ifg[i] = l.framing.ifg;
      // radio ports keep a queue per class: EDCA contends per access category
      this.strict[i] = node.scheduler === 'strict' || (l.wireless && (node.wifi || far.wifi)) ? 1 : 0;
      this.limitPackets[i] = node.queueLimitPackets;
      this.limitBytes[i] = node.queueLimitBytes;
      this.txBuffer[i] = node.txBuffer;
      this.farLatency[i] = far.forwarding ? far.latencyPs : 0;
      this.farCutThrough[i] = far.forwarding ? far.cutThroughBytes : 0;
    }
    this.txEndAt = f64().fill(-1);
    this.txEndSeq = f64();
    this.refillAt = f64().fill(-1);
    this.refillSeq = f64();
    this.pending = new Uint8Array(n);
    this.qHead = new Int32Array(n * CLASSES).fill(-1);
    this.qTail = new Int32Array(n * CLASSES).fill(-1);
    this.qLen = new Int32Array(n);
    this.qBytes = f64();
    this.classLen = new Int32Array(n * CLASSES);
    this.classBytes = new Float64Array(n * CLASSES);
    this.cHead = new Int32Array(n).fill(-1);
    this.cTail = new Int32Array(n).fill(-1);
    this.cCount = new Int32Array(n);
    this.busyPs = f64();
    this.frames = f64();
    this.drops = f64();
    this.maxQueue = new Int32Array(n);
    this.waitSum = f64();
    this.waitCount = f64();
    this.tsn = model.ports.some((p) => p.tsn) ? new TsnScheduler(this, model, queue, pool, rng) : undefined;
    this.wifi = model.nodes.some((n) => n.wifi) ? new WifiMedium(this, model, queue, pool, rng) : undefined;
    this.cell = model.nodes.some((n) => n.cell) ? new CellMedium(this, model, queue, pool, rng) : undefined;
  }

  /** 5G cells, for the ports on cells' radio links */
  readonly cell: CellMedium | undefined;

  /** The port a packet is crossing now. */
  portOfPacket(pkt: number): number {
    return this.routePorts[this.routeStart[this.pool.route[pkt]] + this.pool.hop[pkt]];
  }

  /** Drops a packet that is in no queue (a radio hop gave up on it). */
  dropPacket(port: number, pkt: number): void {
    this.drops[port]++;
    this.onDrop(pkt);
  }

  /** Wi-Fi channel access, for the ports on access points' radio links */
  readonly wifi: WifiMedium | undefined;

  /** TSN transmission selection, for the ports that have TSN settings */
  readonly tsn: TsnScheduler | undefined;

  /** Hands a packet to a port at `now`, from the event with sequence number `seq`. */
  enqueue(port: number, pkt: number, now: number, seq: number): void {
    const pool = this.pool;
    pool.enqueued[pkt] = now;
    if (this.tsn !== undefined && this.tsn.handles(port)) {
      if (this.admit(port, pkt)) this.tsn.enqueue(port, pkt, now);
      return;
    }
    if (this.wifi !== undefined && this.wifi.handles(port)) {
      if (this.admit(port, pkt)) this.wifi.enqueue(port, pkt, now);
      return;
    }
    if (this.cell !== undefined && this.cell.handles(port)) {
      this.cell.enqueue(port, pkt, now);
      return;
    }
    if (this.pending[port] === 0) {
      const end = this.txEndAt[port];
      if (now > end || (now === end && seq > this.txEndSeq[port])) {
        this.startTx(port, pkt, now);
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
          this.admit(port, pkt);
          this.refill(port);
          return;
        }
        this.refill(port);
      }
    }
    if (this.cCount[port] < this.txBuffer[port]) {
      this.commit(port, pkt);
    } else if (!this.admit(port, pkt)) return;
    const waiting = this.qLen[port] + this.cCount[port];
    if (waiting > this.maxQueue[port]) this.maxQueue[port] = waiting;
    if (this.pending[port] === 0) {
      this.pending[port] = 1;
      this.queue.pushWithSeq(this.txEndAt[port], this.txEndSeq[port], EV_TXEND, port, 0);
    }
  }

  /** Queues a packet in its class (drop-tail beyond the port's limit); false when dropped. */
  private admit(port: number, pkt: number): boolean {
    const pool = this.pool;
    const size = pool.size[pkt];
    const q = port * CLASSES + (this.strict[port] === 1 ? pool.prio[pkt] : 0);
    // the limit holds per traffic-class queue (one queue for FIFO ports), as in 802.1Q bridges and ns-3's PrioQueueDisc bands
    if (this.classLen[q] >= this.limitPackets[port] || this.classBytes[q] + size > this.limitBytes[port]) {
      this.drops[port]++;
      this.onDrop(pkt);
      return false;
    }
    this.classLen[q]++;
    this.classBytes[q] += size;
    pool.next[pkt] = -1;
    if (this.qTail[q] < 0) this.qHead[q] = pkt;
    else pool.next[this.qTail[q]] = pkt;
    this.qTail[q] = pkt;
    this.qLen[port]++;
    this.qBytes[port] += size;
    const waiting = this.qLen[port] + this.cCount[port];
    if (waiting > this.maxQueue[port]) this.maxQueue[port] = waiting;
    return true;
  }

  /** The transmission on `port` ended and something waits: start the next frame. */
  txEnd(port: number, now: number): void {
    this.pending[port] = 0;
    const buffer = this.txBuffer[port];
    if (buffer > 0 && this.refillAt[port] >= 0) this.refill(port);
    const pkt = this.cCount[port] > 0 ? this.uncommit(port) : this.dequeue(port);
    this.startTx(port, pkt, now);
    if (buffer > 0 && this.qLen[port] > 0) {
      // the buffered frame left: the scheduler refills the buffer at a wake scheduled now
      this.refillAt[port] = now;
      this.refillSeq[port] = this.queue.reserveSeq();
    }
    if (this.cCount[port] > 0 || this.qLen[port] > 0) {
      this.pending[port] = 1;
      this.queue.pushWithSeq(this.txEndAt[port], this.txEndSeq[port], EV_TXEND, port, 0);
    }
  }

  /** Packets waiting at a port (queued and committed), for snapshots. */
  waiting(port: number): number {
    return this.qLen[port] + this.cCount[port];
  }

  /** Bytes of the frame a packet makes on a port (header, trailer, padding; no preamble or gap). */
  frameBytes(port: number, pkt: number): number {
    const pool = this.pool;
    return Math.max(pool.size[pkt] + this.overhead[port] + (pool.tagged[pkt] === 1 ? this.tagBytes[port] : 0), this.minFrame[port]);
  }

  private startTx(port: number, pkt: number, now: number): void {
    const pool = this.pool;
    const frame = this.frameBytes(port, pkt);
    const rate = this.rate[port];
    const pre = this.preamble[port];
    const ifg = this.ifg[port];
    const lastBit = Math.round(((pre + frame) * PS_BITS) / rate);
    const free = pre + ifg === 0 ? lastBit : Math.round(((pre + frame + ifg) * PS_BITS) / rate);
    // cut-through: the frame may still be arriving; it cannot finish leaving before it is all in
    const start = pool.lastBitAt[pkt] > now + lastBit ? pool.lastBitAt[pkt] - lastBit : now;
    this.txEndAt[port] = start + free;
    this.txEndSeq[port] = this.queue.reserveSeq();
    this.send(port, pkt, start, lastBit, frame);
    this.account(port, pkt, now, free);
  }

  /**
   * Schedules the arrival at the far end of a frame whose transmission starts at `start`: its
   * last bit, or its first bytes into a cut-through switch unless `whole` (a frame that may be
   * preempted is handed over whole: the far MAC merge sublayer reassembles it first).
   */
  send(port: number, pkt: number, start: number, lastBit: number, frame: number, whole = false): void {
    const pool = this.pool;
    const arrive = start + lastBit + this.delay[port];
    pool.lastBitAt[pkt] = arrive;
    const ct = whole ? 0 : this.farCutThrough[port];
    const at = ct > 0 && ct < frame ? start + Math.round(((this.preamble[port] + ct) * PS_BITS) / this.rate[port]) + this.delay[port] : arrive;
    this.queue.push(at + this.farLatency[port], EV_ARRIVE, pkt, pool.gen[pkt]);
  }

  /** Corrects the busy time of a transmission that started at `start` (a preempted frame's extra overhead). */
  adjustBusy(port: number, start: number, deltaPs: number): void {
    const bin = Math.floor(start / this.binPs);
    if (bin < this.bins) this.busyBins[port * this.bins + bin] += deltaPs;
    if (start >= this.windowStart && start < this.windowEnd) this.busyPs[port] += deltaPs;
  }

  /** Busy time and waiting of a transmission starting at `now` that occupies the port for `free`. */
  account(port: number, pkt: number, now: number, free: number): void {
    const pool = this.pool;
    const bin = Math.floor(now / this.binPs);
    if (bin < this.bins) this.busyBins[port * this.bins + bin] += free;
    if (now >= this.windowStart && now < this.windowEnd) {
      this.busyPs[port] += free;
      this.frames[port]++;
      const wait = now - pool.enqueued[pkt];
      this.waitSum[port] += wait;
      this.waitCount[port]++;
      const h = this.routeStart[pool.route[pkt]] + pool.hop[pkt];
      this.hopWaitSum[h] += wait;
      if (wait > this.hopWaitMax[h]) this.hopWaitMax[h] = wait;
      this.hopFrames[h]++;
    }
  }

  private dequeue(port: number): number {
    let q = port * CLASSES;
    if (this.strict[port] === 1) {
      q += CLASSES - 1;
      while (this.qHead[q] < 0) q--;
    }
    return this.dequeueQueue(port, q);
  }

  /** Drops the head of class c's queue at a port (a frame that can never be sent). */
  dropHead(port: number, c: number): void {
    const pkt = this.dequeueClass(port, c);
    this.drops[port]++;
    this.onDrop(pkt);
  }

  /** Takes the head of class c's queue at a port. */
  dequeueClass(port: number, c: number): number {
    return this.dequeueQueue(port, port * CLASSES + c);
  }

  private dequeueQueue(port: number, q: number): number {
    const pool = this.pool;
    const pkt = this.qHead[q];
    const next = pool.next[pkt];
    this.qHead[q] = next;
    if (next < 0) this.qTail[q] = -1;
    this.qLen[port]--;
    this.qBytes[port] -= pool.size[pkt];
    this.classLen[q]--;
    this.classBytes[q] -= pool.size[pkt];
    return pkt;
  }

  /** The scheduler moves the heads of the highest classes into the transmit buffer. */
  private refill(port: number): void {
    this.refillAt[port] = -1;
    const buffer = this.txBuffer[port];
    while (this.cCount[port] < buffer && this.qLen[port] > 0) this.commit(port, this.dequeue(port));
  }

  private commit(port: number, pkt: number): void {
    this.pool.next[pkt] = -1;
    if (this.cTail[port] < 0) this.cHead[port] = pkt;
    else this.pool.next[this.cTail[port]] = pkt;
    this.cTail[port] = pkt;
    this.cCount[port]++;
  }

  private uncommit(port: number): number {
    const pkt = this.cHead[port];
    const next = this.pool.next[pkt];
    this.cHead[port] = next;
    if (next < 0) this.cTail[port] = -1;
    this.cCount[port]--;
    return pkt;
  }
}
