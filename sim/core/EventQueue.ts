/**
 * A binary min-heap of events ordered by (time, priority, sequence), held in typed arrays.
 *
 * Each event carries a `kind` and two integer arguments, stored in the heap's own arrays so
 * that nothing is allocated per event and nothing is looked up indirectly. Sequence numbers
 * come from one counter, so events at the same instant and priority run in the order they
 * were scheduled (as in ns-3 and SimPy). A caller may reserve a sequence number now and
 * schedule the event later with it (`reserveSeq` + `pushWithSeq`): the event then runs
 * exactly where it would have, had it been scheduled at the moment of reservation.
 */
import { grown } from './grown.ts';
import type { MemoryBudget } from './ResourceLimit.ts';

const SEQ_BITS = 2 ** 44;
/** bytes per event across the heap's arrays */
const BYTES_PER_EVENT = 25;

export class EventQueue {
  private cap: number;
  private size = 0;
  private nextSeq = 0;
  private hTime: Float64Array;
  private hKey: Float64Array;
  private hKind: Uint8Array;
  private hA: Int32Array;
  private hB: Int32Array;

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
    this.hTime = new Float64Array(this.cap);
    this.hKey = new Float64Array(this.cap);
    this.hKind = new Uint8Array(this.cap);
    this.hA = new Int32Array(this.cap);
    this.hB = new Int32Array(this.cap);
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
    return this.size > 0 ? this.hTime[0] : Infinity;
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
    const hTime = this.hTime;
    const hKey = this.hKey;
    const hKind = this.hKind;
    const hA = this.hA;
    const hB = this.hB;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = hTime[p];
      if (pt < time || (pt === time && hKey[p] < key)) break;
      hTime[i] = pt;
      hKey[i] = hKey[p];
      hKind[i] = hKind[p];
      hA[i] = hA[p];
      hB[i] = hB[p];
      i = p;
    }
    hTime[i] = time;
    hKey[i] = key;
    hKind[i] = kind;
    hA[i] = a;
    hB[i] = b;
  }

  /** Removes the earliest event into (time, kind, a, b, seq). Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const hTime = this.hTime;
    const hKey = this.hKey;
    const hKind = this.hKind;
    const hA = this.hA;
    const hB = this.hB;
    this.time = hTime[0];
    const key0 = hKey[0];
    this.seq = key0 < SEQ_BITS ? key0 : key0 % SEQ_BITS;
    this.kind = hKind[0];
    this.a = hA[0];
    this.b = hB[0];
    const n = --this.size;
    if (n > 0) {
      const t = hTime[n];
      const k = hKey[n];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        let ct = hTime[c];
        let ck = hKey[c];
        const r = c + 1;
        if (r < n) {
          const rt = hTime[r];
          if (rt < ct || (rt === ct && hKey[r] < ck)) {
            c = r;
            ct = rt;
            ck = hKey[r];
          }
        }
        if (t < ct || (t === ct && k < ck)) break;
        hTime[i] = ct;
        hKey[i] = ck;
        hKind[i] = hKind[c];
        hA[i] = hA[c];
        hB[i] = hB[c];
        i = c;
      }
      hTime[i] = t;
      hKey[i] = k;
      hKind[i] = hKind[n];
      hA[i] = hA[n];
      hB[i] = hB[n];
    }
    return true;
  }

  private grow(): void {
    const cap = this.cap * 2;
    this.budget?.take(this.cap * BYTES_PER_EVENT, `${cap.toLocaleString('en-US')} pending events`);
    this.hTime = grown(this.hTime, cap);
    this.hKey = grown(this.hKey, cap);
    this.hKind = grown(this.hKind, cap);
    this.hA = grown(this.hA, cap);
    this.hB = grown(this.hB, cap);
    this.cap = cap;
  }
}
