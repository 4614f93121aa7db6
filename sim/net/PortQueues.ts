/**
 * The egress queues of every port: 8 FIFO queues by traffic class (PCP) on a strict-priority
 * port, one FIFO on the others, each holding at most the node's limit in packets and in bytes
 * (drop-tail, per class as in 802.1Q bridges and ns-3's PrioQueueDisc bands). Packets are
 * linked through the pool's `next`, so queueing allocates nothing.
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortStats } from './PortStats.ts';

export const CLASSES = 8;

/** a port's figures side by side in `perPort` */
/** packets queued at the port, all classes together */
const LENGTH = 0;
const STRICT = 1;
const LIMIT_PACKETS = 2;
const LIMIT_BYTES = 3;
const PORT_STRIDE = 4;
/** a queue's (port * 8 + class) figures side by side in `perQueue`: its first and last packet (−1: empty), packets and bytes */
const FIRST = 0;
const LAST = 1;
const PACKETS = 2;
const BYTES = 3;
const QUEUE_STRIDE = 4;

export class PortQueues {
  private readonly perPort: Float64Array;
  private readonly perQueue: Float64Array;

  constructor(
    model: Model,
    private readonly pool: PacketPool,
    private readonly stats: PortStats,
    /** drops a packet at a port: counted there, its message lost */
    private readonly drop: (port: PortId, pkt: PacketId) => void,
  ) {
    const n = model.ports.length;
    const perPort = (this.perPort = new Float64Array(n * PORT_STRIDE));
    for (const p of model.ports) {
      const node = model.nodes[p.from];
      const far = model.nodes[p.to];
      const k = p.index * PORT_STRIDE;
      // radio ports keep a queue per class: EDCA contends per access category
      perPort[k + STRICT] = node.scheduler === 'strict' || (model.links[p.link].wireless && (node.wifi || far.wifi)) ? 1 : 0;
      perPort[k + LIMIT_PACKETS] = node.queueLimitPackets;
      perPort[k + LIMIT_BYTES] = node.queueLimitBytes;
    }
    const perQueue = (this.perQueue = new Float64Array(n * CLASSES * QUEUE_STRIDE));
    for (let q = 0; q < n * CLASSES; q++) perQueue[q * QUEUE_STRIDE + FIRST] = perQueue[q * QUEUE_STRIDE + LAST] = -1;
  }

  /** Packets queued at a port, all classes together. */
  length(port: PortId): number {
    return this.perPort[port * PORT_STRIDE + LENGTH];
  }

  /**
   * Queues a packet in its class, or drops it when the class is full; false when dropped.
   * `held`: packets the port holds outside its queues (a transmit buffer), for the longest queue.
   */
  admit(port: PortId, pkt: PacketId, held = 0): boolean {
    const pool = this.pool;
    const size = pool.size[pkt];
    const pp = this.perPort;
    const k = port * PORT_STRIDE;
    const qs = this.perQueue;
    const q = (port * CLASSES + (pp[k + STRICT] === 1 ? pool.prio[pkt] : 0)) * QUEUE_STRIDE;
    if (qs[q + PACKETS] >= pp[k + LIMIT_PACKETS] || qs[q + BYTES] + size > pp[k + LIMIT_BYTES]) {
      this.drop(port, pkt);
      return false;
    }
    qs[q + PACKETS]++;
    qs[q + BYTES] += size;
    pool.next[pkt] = -1;
    if (qs[q + LAST] < 0) qs[q + FIRST] = pkt;
    else pool.next[qs[q + LAST]] = pkt;
    qs[q + LAST] = pkt;
    pp[k + LENGTH]++;
    this.stats.queued(port, pp[k + LENGTH] + held);
    return true;
  }

  /** The packet at the head of class c's queue at a port; −1 when it is empty. */
  head(port: PortId, c: number): number {
    return this.perQueue[(port * CLASSES + c) * QUEUE_STRIDE + FIRST];
  }

  /** Packets in class c's queue at a port. */
  count(port: PortId, c: number): number {
    return this.perQueue[(port * CLASSES + c) * QUEUE_STRIDE + PACKETS];
  }

  /** Takes the next packet of a port that has one: the highest class first on a strict-priority port. */
  dequeue(port: PortId): PacketId {
    let q = port * CLASSES;
    if (this.perPort[port * PORT_STRIDE + STRICT] === 1) {
      q += CLASSES - 1;
      while (this.perQueue[q * QUEUE_STRIDE + FIRST] < 0) q--;
    }
    return this.take(port, q);
  }

  /** Takes the head of class c's queue at a port. */
  dequeueClass(port: PortId, c: number): PacketId {
    return this.take(port, port * CLASSES + c);
  }

  /** Drops the head of class c's queue at a port (a frame that can never be sent). */
  dropHead(port: PortId, c: number): void {
    this.drop(port, this.dequeueClass(port, c));
  }

  private take(port: PortId, queue: number): PacketId {
    const pool = this.pool;
    const qs = this.perQueue;
    const q = queue * QUEUE_STRIDE;
    const pkt = qs[q + FIRST] as PacketId;
    const next = pool.next[pkt];
    qs[q + FIRST] = next;
    if (next < 0) qs[q + LAST] = -1;
    this.perPort[port * PORT_STRIDE + LENGTH]--;
    qs[q + PACKETS]--;
    qs[q + BYTES] -= pool.size[pkt];
    return pkt;
  }
}
