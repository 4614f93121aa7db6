/**
 * Application messages in flight (a packet as the source emitted it, before fragmentation),
 * as a struct of arrays with a free list.
 */
import type { MemoryBudget } from '../core/ResourceLimit.ts';

/** bytes per message across the arrays below */
const BYTES_PER_MESSAGE = 33;

export class Messages {
  capacity = 0;
  flow = new Int32Array(0);
  /** emission time of the message (of the request, for a request/response pair) */
  emitted = new Float64Array(0);
  /** fragments still on their way */
  left = new Int32Array(0);
  lost = new Uint8Array(0);
  /** 0: request or one-way message, 1: response */
  phase = new Uint8Array(0);
  /** emitted in the measured window */
  counted = new Uint8Array(0);
  /** a copy already reached the listener, or passed the relay where the copies merge (802.1CB) */
  delivered = new Uint8Array(0);
  merged = new Uint8Array(0);
  /** bytes of the message as emitted */
  size = new Float64Array(0);
  private free = new Int32Array(0);
  private freeTop = 0;

  constructor(
    initial: number,
    private readonly budget?: MemoryBudget,
  ) {
    this.grow(initial);
  }

  alloc(): number {
    if (this.freeTop === 0) this.grow(this.capacity * 2);
    return this.free[--this.freeTop];
  }

  release(m: number): void {
    this.free[this.freeTop++] = m;
  }

  private grow(cap: number): void {
    const old = this.capacity;
    this.budget?.take((cap - old) * BYTES_PER_MESSAGE, `${cap.toLocaleString('en-US')} messages in flight`);
    const re = <T extends Int32Array | Float64Array | Uint8Array>(a: T): T => {
      const n = new (a.constructor as new (n: number) => T)(cap);
      n.set(a);
      return n;
    };
    this.flow = re(this.flow);
    this.emitted = re(this.emitted);
    this.left = re(this.left);
    this.lost = re(this.lost);
    this.phase = re(this.phase);
    this.counted = re(this.counted);
    this.delivered = re(this.delivered);
    this.merged = re(this.merged);
    this.size = re(this.size);
    const free = new Int32Array(cap);
    free.set(this.free.subarray(0, this.freeTop));
    for (let i = cap - 1; i >= old; i--) free[this.freeTop++] = i;
    this.free = free;
    this.capacity = cap;
  }
}
