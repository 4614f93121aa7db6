/**
 * Application messages in flight (a packet as the source emitted it, before fragmentation),
 * as a struct of arrays with a free list.
 */
import { FreeList } from '../core/FreeList.ts';
import { grown } from '../core/grown.ts';
import type { MessageId } from '../core/ids.ts';
import type { MemoryBudget } from '../core/ResourceLimit.ts';

/** bytes per message across the arrays below and the free list */
const BYTES_PER_MESSAGE = 33;

export class Messages extends FreeList<MessageId> {
  flow = new Int32Array(0);
  /** emission time of the message (of the request, for a request/response pair) */
  emitted = new Float64Array(0);
  /** fragments (or 802.1CB copies) still on their way */
  left = new Int32Array(0);
  lost = new Uint8Array(0);
  /** 0: request or one-way message, 1: response */
  phase = new Uint8Array(0);
  /** emitted in the measured window */
  counted = new Uint8Array(0);
  /** 802.1CB's, kept by Redundancy for redundant flows only: a copy already reached the listener, or passed the relay where the copies merge */
  delivered = new Uint8Array(0);
  merged = new Uint8Array(0);
  /** bytes of the message as emitted */
  size = new Float64Array(0);

  constructor(initial: number, budget?: MemoryBudget) {
    super(BYTES_PER_MESSAGE, 'messages in flight', budget);
    this.reserve(initial);
  }

  protected growColumns(cap: number): void {
    this.flow = grown(this.flow, cap);
    this.emitted = grown(this.emitted, cap);
    this.left = grown(this.left, cap);
    this.lost = grown(this.lost, cap);
    this.phase = grown(this.phase, cap);
    this.counted = grown(this.counted, cap);
    this.delivered = grown(this.delivered, cap);
    this.merged = grown(this.merged, cap);
    this.size = grown(this.size, cap);
  }
}
