/**
 * Packets in flight, as a struct of arrays with a free list: nothing is allocated per packet
 * once the pool has grown to the largest number in flight.
 */
import { FreeList } from '../core/FreeList.ts';
import { grown } from '../core/grown.ts';
import type { PacketId } from '../core/ids.ts';
import type { MemoryBudget } from '../core/ResourceLimit.ts';

/** bytes per packet across the arrays below and the free list */
const BYTES_PER_PACKET = 51;

export class PacketPool extends FreeList<PacketId> {
  /** message (application packet) this fragment belongs to */
  msg = new Int32Array(0);
  /** route it follows, and the index in it of the port it is crossing */
  route = new Int32Array(0);
  hop = new Int32Array(0);
  /** bytes handed to the link layer */
  size = new Float64Array(0);
  /** traffic class (PCP) and whether the frame is VLAN-tagged */
  prio = new Uint8Array(0);
  tagged = new Uint8Array(0);
  /** next packet in whatever queue holds it */
  next = new Int32Array(0);
  /** when it joined its current egress queue (for waiting-time statistics) */
  enqueued = new Float64Array(0);
  /** when its last bit reaches the node it is heading for (cut-through forwarding may start earlier) */
  lastBitAt = new Float64Array(0);
  /** generation: bumped when a scheduled arrival becomes void (the frame was preempted) */
  gen = new Int32Array(0);
  /** transmissions so far on a lossy radio hop (5G HARQ) */
  attempt = new Uint8Array(0);

  constructor(initial = 1024, budget?: MemoryBudget) {
    super(BYTES_PER_PACKET, 'packets in flight', budget);
    this.reserve(initial);
  }

  protected growColumns(cap: number): void {
    this.msg = grown(this.msg, cap);
    this.route = grown(this.route, cap);
    this.hop = grown(this.hop, cap);
    this.size = grown(this.size, cap);
    this.prio = grown(this.prio, cap);
    this.tagged = grown(this.tagged, cap);
    this.next = grown(this.next, cap);
    this.enqueued = grown(this.enqueued, cap);
    this.lastBitAt = grown(this.lastBitAt, cap);
    this.gen = grown(this.gen, cap);
    this.attempt = grown(this.attempt, cap);
  }
}
