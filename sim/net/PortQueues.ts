/**
 * The egress queues of every port: 8 FIFO queues by traffic class (PCP) on a strict-priority
 * port, one FIFO on the others, each holding at most the node's limit in packets and in bytes
 * (drop-tail, per class as in 802.1Q bridges and ns-3's PrioQueueDisc bands). Packets are
 * linked through the pool's `next`, so queueing allocates nothing. A port's queues and figures
 * are kept at its slot (PortSlots: numbered in the order ports are first used).
 */
import type { PacketId, PortId } from '../core/ids.ts';
import type { Model } from '../scenario/model.ts';
import type { PacketPool } from './PacketPool.ts';
import type { PortSlots } from './PortSlots.ts';
import type { PortStats } from './PortStats.ts';

export const CLASSES = 8;

export class PortQueues {
  /** packets queued at each port's slot, all classes together */
  readonly length: Int32Array;
  private readonly strict: Uint8Array;
  private readonly limitPackets: Float64Array;
  private readonly limitBytes: Float64Array;
  /** per queue (slot * 8 + class): its first and last packet (−1: empty), packets and bytes */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  private readonly classLen: Int32Array;
  private readonly classBytes: Float64Array;

  constructor(
    model: Model,
    private readonly pool: PacketPool,
    private readonly stats: PortStats,
    private readonly slots: PortSlots,
    /** drops a packet at a port: counted there, its message lost */
    private readonly drop: (port: PortId, pkt: PacketId) => void,
  ) {
    const n = model.ports.length;
    this.length = new Int32Array(n);
    this.strict = new Uint8Array(n);
    this.limitPackets = new Float64Array(n);
    this.limitBytes = new Float64Array(n);
    slots.onNew((port, s) => {
      const p = model.ports[port];
      const node = model.nodes[p.from];
      const far = model.nodes[p.to];
      // radio ports keep a queue per class: EDCA contends per access category
      this.strict[s] = node.scheduler === 'strict' || (model.links[p.link].wireless && (node.wifi || far.wifi)) ? 1 : 0;
      this.limitPackets[s] = node.queueLimitPackets;
      this.limitBytes[s] = node.queueLimitBytes;
    });
    this.first = new Int32Array(n * CLASSES).fill(-1);
    this.last = new Int32Array(n * CLASSES).fill(-1);
    this.classLen = new Int32Array(n * CLASSES);
    this.classBytes = new Float64Array(n * CLASSES);
  }

  /**
   * Queues a packet in its class, or drops it when the class is full; false when dropped.
   * `held`: packets the port holds outside its queues (a transmit buffer), for the longest queue.
   */
  admit(port: PortId, pkt: PacketId, held = 0): boolean {
    const pool = this.pool;
    const size = pool.size[pkt];
    const s = this.slots.of(port);
    const q = s * CLASSES + (this.strict[s] === 1 ? pool.prio[pkt] : 0);
    if (this.classLen[q] >= this.limitPackets[s] || this.classBytes[q] + size > this.limitBytes[s]) {
      this.drop(port, pkt);
      return false;
    }
    this.classLen[q]++;
    this.classBytes[q] += size;
    pool.next[pkt] = -1;
    if (this.last[q] < 0) this.first[q] = pkt;
    else pool.next[this.last[q]] = pkt;
    this.last[q] = pkt;
    this.length[s]++;
    this.stats.queued(port, this.length[s] + held);
    return true;
  }

  /** The packet at the head of class c's queue at a port; −1 when it is empty. */
  head(port: PortId, c: number): number {
    return this.first[this.slots.of(port) * CLASSES + c];
  }

  /** Packets in class c's queue at a port. */
  count(port: PortId, c: number): number {
    return this.classLen[this.slots.of(port) * CLASSES + c];
  }

  /** Takes the next packet of a port that has one: the highest class first on a strict-priority port. */
  dequeue(port: PortId): PacketId {
    const s = this.slots.of(port);
    let q = s * CLASSES;
    if (this.strict[s] === 1) {
      q += CLASSES - 1;
      while (this.first[q] < 0) q--;
    }
    return this.take(s, q);
  }

  /** Takes the head of class c's queue at a port. */
  dequeueClass(port: PortId, c: number): PacketId {
    const s = this.slots.of(port);
    return this.take(s, s * CLASSES + c);
  }

  /** Drops the head of class c's queue at a port (a frame that can never be sent). */
  dropHead(port: PortId, c: number): void {
    this.drop(port, this.dequeueClass(port, c));
  }

  private take(s: number, q: number): PacketId {
    const pool = this.pool;
    const pkt = this.first[q] as PacketId;
    const next = pool.next[pkt];
    this.first[q] = next;
    if (next < 0) this.last[q] = -1;
    this.length[s]--;
    this.classLen[q]--;
    this.classBytes[q] -= pool.size[pkt];
    return pkt;
  }
}
