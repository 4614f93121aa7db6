/**
 * The event queue: events ordered by (time, priority, sequence), held in typed arrays.
 *
 * Each event carries a `kind` and two integer arguments, so that nothing is allocated per event.
 * Sequence numbers come from one counter, so events at the same instant and priority run in the
 * order they were scheduled (as in ns-3 and SimPy). A caller may reserve a sequence number now and
 * schedule the event later with it (`reserveSeq` + `pushWithSeq`): the event then runs exactly
 * where it would have, had it been scheduled at the moment of reservation.
 *
 * A binary min-heap, whose entries may be followed by a chain of events of their instant. A plant
 * of many alike areas keeps hundreds of events pending at a handful of instants (every area's
 * frame reaches its switch at the same picosecond; at 5,000 devices 99 % of events run at the
 * instant of the one before), and a heap of them walks its whole depth on every pop, comparing
 * equal times and then keys, a branch no processor predicts. Here an event whose instant has a
 * chain, and whose key is above the chain's last, joins the chain instead of the heap: popping an
 * entry of that instant moves the chain's first event into its place, where it mostly stays the
 * earliest (one comparison with its children).
 *
 * The chain of an instant is found through a small table by the time's hash: a slot holds the
 * instant, the last key of its chain and the chain. A new entry takes its slot when the slot is
 * free or its chain empty, and becomes the chain's start (the last key is its own); an entry of
 * the slot's instant, popped, frees the slot if its chain is empty. So while a chain is not empty
 * some entry of its instant is in the heap with a key below all of the chain's (the one that took
 * the slot, or the chain event that took a popped entry's place), and the chain's first event is
 * in the heap before it is the earliest: the order of events is exactly a plain heap's
 * (EventHeap, against which EventQueue.test.ts checks it). Below `CHAIN_FROM` entries the heap is
 * shallow and the table is not used.
 *
 * Layout: an entry's time and key sit side by side (`hOrder`), and its kind and arguments side
 * by side (`hArgs`), so a level of the heap costs one or two cache lines. (A 4-ary heap, tried,
 * ran R1 about 6 % slower for no clear gain on large plants.)
 */
import { grown } from './grown.ts';
import type { MemoryBudget } from './ResourceLimit.ts';

const SEQ_BITS = 2 ** 44;
/** bytes per event across the heap's arrays, and per chained event */
const BYTES_PER_EVENT = 32;
const BYTES_PER_CHAINED = 24;
/** slots of the table from an instant to its chain */
const SLOT_BITS = 10;
/** an instant's slot: a multiplicative hash of its low 32 bits (written out where used: a call the JIT does not inline costs more) */
const HASH = 0x9e3779b1;
const SHIFT = 32 - SLOT_BITS;
/**
 * chained events held from the start: with the table, about 30 kB that every queue has whatever
 * its size, not charged to the budget (its growth is)
 */
const FIRST_CHAINED = 256;
/** entries in the heap from which events join chains: a smaller heap is cheaper to walk than the table */
const CHAIN_FROM = 16;

export class EventQueue {
  private cap: number;
  private size = 0;
  private entries = 0;
  private nextSeq = 0;
  /** entry i's time at 2i, its key (priority and sequence) at 2i + 1 */
  private hOrder: Float64Array;
  /** entry i's kind at 4i, its arguments at 4i + 1 and 4i + 2 */
  private hArgs: Int32Array;
  /** slot s: its instant (−1: free) at 2s, the last key of its chain (or of the entry that took the slot) at 2s + 1 */
  private readonly slots = new Float64Array(2 << SLOT_BITS).fill(-1);
  /** slot s's chain: its first event at 2s, its last at 2s + 1 (−1: empty) */
  private readonly chains = new Int32Array(2 << SLOT_BITS).fill(-1);
  /** chained events: the key of event e, its kind at 4e, arguments at 4e + 1 and 4e + 2, the next at 4e + 3 */
  /** slots taken */
  private taken = 0;
  private cKey: Float64Array;
  private cArgs: Int32Array;
  private cCap: number;
  private freeChained = -1;
  private usedChained = 0;

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
    this.cCap = FIRST_CHAINED;
    budget?.take(this.cap * BYTES_PER_EVENT, 'the event queue');
    this.hOrder = new Float64Array(2 * this.cap);
    this.hArgs = new Int32Array(4 * this.cap);
    this.cKey = new Float64Array(this.cCap);
    this.cArgs = new Int32Array(4 * this.cCap);
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
    const key = priority * SEQ_BITS + seq;
    this.size++;
    if (this.entries < CHAIN_FROM) {
      this.insert(time, key, kind, a, b);
      return;
    }
    const slots = this.slots;
    const s = Math.imul(time | 0, HASH) >>> SHIFT;
    const st = slots[2 * s];
    if (st === time && slots[2 * s + 1] < key) {
      this.chain(s, key, kind, a, b);
      return;
    }
    if (st === -1 || this.chains[2 * s] < 0) {
      // the slot is free, or its entry has no chain: it is this entry's
      if (st === -1) this.taken++;
      slots[2 * s] = time;
      slots[2 * s + 1] = key;
    }
    this.insert(time, key, kind, a, b);
  }

  /** Removes the earliest event into (time, kind, a, b, seq). Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.size--;
    const order = this.hOrder;
    const args = this.hArgs;
    const time = (this.time = order[0]);
    const key = order[1];
    this.seq = key < SEQ_BITS ? key : key % SEQ_BITS;
    this.kind = args[0];
    this.a = args[1];
    this.b = args[2];
    const slots = this.slots;
    const s = this.taken > 0 ? Math.imul(time | 0, HASH) >>> SHIFT : 0;
    if (this.taken > 0 && slots[2 * s] === time) {
      const e = this.chains[2 * s];
      if (e >= 0) {
        // the chain's first event takes the entry's place: its key is larger, so it sifts down
        const cArgs = this.cArgs;
        const next = cArgs[4 * e + 3];
        this.chains[2 * s] = next;
        if (next < 0) this.chains[2 * s + 1] = -1;
        const k = this.cKey[e];
        cArgs[4 * e + 3] = this.freeChained;
        this.freeChained = e;
        this.siftDown(time, k, cArgs[4 * e], cArgs[4 * e + 1], cArgs[4 * e + 2], this.entries);
        return true;
      }
      slots[2 * s] = -1;
      this.taken--;
    }
    const n = --this.entries;
    if (n > 0) this.siftDown(order[2 * n], order[2 * n + 1], args[4 * n], args[4 * n + 1], args[4 * n + 2], n);
    return true;
  }

  /** Appends an event to slot s's chain. */
  private chain(s: number, key: number, kind: number, a: number, b: number): void {
    let e = this.freeChained;
    if (e >= 0) this.freeChained = this.cArgs[4 * e + 3];
    else {
      if (this.usedChained === this.cCap) this.growChained();
      e = this.usedChained++;
    }
    const cArgs = this.cArgs;
    this.cKey[e] = key;
    cArgs[4 * e] = kind;
    cArgs[4 * e + 1] = a;
    cArgs[4 * e + 2] = b;
    cArgs[4 * e + 3] = -1;
    const last = this.chains[2 * s + 1];
    if (last < 0) this.chains[2 * s] = e;
    else cArgs[4 * last + 3] = e;
    this.chains[2 * s + 1] = e;
    this.slots[2 * s + 1] = key;
  }

  /** A new entry, sifted up from the heap's end. */
  private insert(time: number, key: number, kind: number, a: number, b: number): void {
    if (this.entries === this.cap) this.grow();
    const order = this.hOrder;
    const args = this.hArgs;
    let i = this.entries++;
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

  /** Puts the entry (t, k, kind, a, b) at the root of the heap of n entries and sifts it down. */
  private siftDown(t: number, k: number, kind: number, a: number, b: number, n: number): void {
    const order = this.hOrder;
    const args = this.hArgs;
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
    args[4 * i] = kind;
    args[4 * i + 1] = a;
    args[4 * i + 2] = b;
  }

  private grow(): void {
    const cap = this.cap * 2;
    this.budget?.take(this.cap * BYTES_PER_EVENT, `${cap.toLocaleString('en-US')} pending events`);
    this.hOrder = grown(this.hOrder, 2 * cap);
    this.hArgs = grown(this.hArgs, 4 * cap);
    this.cap = cap;
  }

  private growChained(): void {
    const cap = this.cCap * 2;
    this.budget?.take(this.cCap * BYTES_PER_CHAINED, `${cap.toLocaleString('en-US')} pending events of one instant`);
    this.cKey = grown(this.cKey, cap);
    this.cArgs = grown(this.cArgs, 4 * cap);
    this.cCap = cap;
  }
}
