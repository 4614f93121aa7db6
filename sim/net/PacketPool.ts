/**
 * Packets in flight, as a struct of arrays with a free list: nothing is allocated per packet
 * once the pool has grown to the largest number in flight.
 */
import type { MemoryBudget } from '../core/ResourceLimit.ts';

/** bytes per packet across the arrays below */
const BYTES_PER_PACKET = 51;

export class PacketPool {
  capacity = 0;
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
  private free = new Int32Array(0);
  private freeTop = 0;
  inUse = 0;

  constructor(
    initial = 1024,
    private readonly budget?: MemoryBudget,
  ) {
    this.grow(initial);
  }

  alloc(): number {
    if (this.freeTop === 0) this.grow(this.capacity * 2);
    this.inUse++;
    return this.free[--this.freeTop];
  }

  release(p: number): void {
    this.inUse--;
    this.free[this.freeTop++] = p;
  }

  private grow(cap: number): void {
    const old = this.capacity;
    this.budget?.take((cap - old) * BYTES_PER_PACKET, `${cap.toLocaleString('en-US')} packets in flight`);
    const i32 = (a: Int32Array) => {
      const n = new Int32Array(cap);
      n.set(a);
      return n;
    };
    const f64 = (a: Float64Array) => {
      const n = new Float64Array(cap);
      n.set(a);
      return n;
    };
    const u8 = (a: Uint8Array) => {
      const n = new Uint8Array(cap);
      n.set(a);
      return n;
    };
    this.msg = i32(this.msg);
    this.route = i32(this.route);
    this.hop = i32(this.hop);
    this.size = f64(this.size);
    this.prio = u8(this.prio);
    this.tagged = u8(this.tagged);
    this.next = i32(this.next);
    this.enqueued = f64(this.enqueued);
    this.lastBitAt = f64(this.lastBitAt);
    this.gen = i32(this.gen);
    this.attempt = u8(this.attempt);
    const free = new Int32Array(cap);
    free.set(this.free.subarray(0, this.freeTop));
    for (let i = cap - 1; i >= old; i--) free[this.freeTop++] = i;
    this.free = free;
    this.capacity = cap;
  }
}
