/**
 * A binary min-heap of events ordered by (time, priority, sequence), held in typed arrays: the
 * engine's event queue until the bucket queue (EventQueue), kept as the reference it is tested
 * against (EventQueue.test.ts) and as the plain heap to compare its speed with.
 *
 * Each event carries a `kind` and two integer arguments, stored in the heap's own arrays so
 * that nothing is allocated per event and nothing is looked up indirectly. Sequence numbers
 * come from one counter, so events at the same instant and priority run in the order they
 * were scheduled (as in ns-3 and SimPy). A caller may reserve a sequence number now and
 * schedule the event later with it (`reserveSeq` + `pushWithSeq`): the event then runs
 * exactly where it would have, had it been scheduled at the moment of reservation.
 *
 * Layout: a plant of thousands of flows keeps thousands of events pending, and the heap walks
 * through memory no cache holds. An event's time and key sit side by side (`hOrder`), and its
 * kind and arguments side by side (`hArgs`), so a level of the heap costs one or two cache
 * lines, not five; a node's two children's (time, key) pairs mostly share one. (A 4-ary heap, tried,
 * ran R1 about 6 % slower for no clear gain on large plants.) The order of events is total, so
 * any heap pops them alike.
 */
import { grown } from './grown.ts';
import type { MemoryBudget } from './ResourceLimit.ts';

const SEQ_BITS = 2 ** 44;
/** bytes per event across the heap's arrays */
const BYTES_PER_EVENT = 32;

export class EventHeap {
  private cap: number;
  private size = 0;
  private nextSeq = 0;
  /** event i's time at 2i, its key (priority and sequence) at 2i + 1 */
  private hOrder: Float64Array;
  /** event i's kind at 4i, its arguments at 4i + 1 and 4i + 2 */
  private hArgs: Int32Array;

  /** Fields of the event last popped. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;
  seq = 0;

  constructor(
    initialCapacity = 1024,
    private readonly budget?: MemoryBudget,
  ) {
    this.cap = Math.max(2, initialCapacity);
    budget?.take(this.cap * BYTES_PER_EVENT, 'the event queue');
    this.hOrder = new Float64Array(2 * this.cap);
    this.hArgs = new Int32Array(4 * this.cap);
  }

  get length(): number {
    return this.size;
  }

  /** Sequence numbers handed out so far (events scheduled plus reservations). */
  get scheduled(): number {
    return this.nextSeq;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.size > 0 ? this.hOrder[0] : Infinity;
  }

  reserveSeq(): number {
    return this.nextSeq++;
  }

  push(time: number, kind: number, a: number, b: number, priority = 0): void {
    this.pushWithSeq(time, this.nextSeq++, kind, a, b, priority);
  }

  pushWithSeq(time: number, seq: number, kind: number, a: number, b: number, priority = 0): void {
    if (this.size === this.cap) this.grow();
    const key = priority * SEQ_BITS + seq;
    const order = this.hOrder;
    const args = this.hArgs;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = order[2 * p];
      if (pt < time || (pt === time && order[2 * p + 1] < key)) break;
      order[2 * i] = pt;
      order[2 * i + 1] = order[2 * p + 1];
      args[4 * i] = args[4 * p];
      args[4 * i + 1] = args[4 * p + 1];
      args[4 * i + 2] = args[4 * p + 2];
      i = p;
    }
    order[2 * i] = time;
    order[2 * i + 1] = key;
    args[4 * i] = kind;
    args[4 * i + 1] = a;
    args[4 * i + 2] = b;
  }

  /** Removes the earliest event into (time, kind, a, b, seq). Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const order = this.hOrder;
    const args = this.hArgs;
    this.time = order[0];
    const key0 = order[1];
    this.seq = key0 < SEQ_BITS ? key0 : key0 % SEQ_BITS;
    this.kind = args[0];
    this.a = args[1];
    this.b = args[2];
    const n = --this.size;
    if (n > 0) {
      // sift the last event down from the root
      const t = order[2 * n];
      const k = order[2 * n + 1];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        // the earlier of two children
        let ct = order[2 * c];
        let ck = order[2 * c + 1];
        const r = c + 1;
        if (r < n) {
          const rt = order[2 * r];
          if (rt < ct || (rt === ct && order[2 * r + 1] < ck)) {
            c = r;
            ct = rt;
            ck = order[2 * r + 1];
          }
        }
        if (t < ct || (t === ct && k < ck)) break;
        order[2 * i] = ct;
        order[2 * i + 1] = ck;
        args[4 * i] = args[4 * c];
        args[4 * i + 1] = args[4 * c + 1];
        args[4 * i + 2] = args[4 * c + 2];
        i = c;
      }
      order[2 * i] = t;
      order[2 * i + 1] = k;
      args[4 * i] = args[4 * n];
      args[4 * i + 1] = args[4 * n + 1];
      args[4 * i + 2] = args[4 * n + 2];
    }
    return true;
  }

  private grow(): void {
    const cap = this.cap * 2;
    this.budget?.take(this.cap * BYTES_PER_EVENT, `${cap.toLocaleString('en-US')} pending events`);
    this.hOrder = grown(this.hOrder, 2 * cap);
    this.hArgs = grown(this.hArgs, 4 * cap);
    this.cap = cap;
  }
}
