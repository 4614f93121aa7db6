/**
 * A binary min-heap of events ordered by (time, priority, sequence), held in typed arrays.
 *
 * Each event carries a `kind` and two integer arguments; nothing is allocated per event.
 * Sequence numbers come from one counter, so events at the same instant and priority run in
 * the order they were scheduled (as in ns-3 and SimPy). A caller may reserve a sequence
 * number now and schedule the event later with it (`reserveSeq` + `pushWithSeq`): the event
 * then runs exactly where it would have, had it been scheduled at the moment of reservation.
 */
const SEQ_BITS = 2 ** 44;

export class EventQueue {
  private cap: number;
  private size = 0;
  private nextSeq = 0;
  // heap order: (time, key) of each heap position, plus the slot holding its payload
  private hTime: Float64Array;
  private hKey: Float64Array;
  private hSlot: Int32Array;
  // payload slots and their free list
  private sKind: Uint8Array;
  private sA: Int32Array;
  private sB: Int32Array;
  private free: Int32Array;
  private freeTop: number;

  /** Fields of the event last popped. */
  time = 0;
  kind = 0;
  a = 0;
  b = 0;
  seq = 0;

  constructor(initialCapacity = 1024) {
    this.cap = initialCapacity;
    this.hTime = new Float64Array(initialCapacity);
    this.hKey = new Float64Array(initialCapacity);
    this.hSlot = new Int32Array(initialCapacity);
    this.sKind = new Uint8Array(initialCapacity);
    this.sA = new Int32Array(initialCapacity);
    this.sB = new Int32Array(initialCapacity);
    this.free = new Int32Array(initialCapacity);
    for (let i = 0; i < initialCapacity; i++) this.free[i] = initialCapacity - 1 - i;
    this.freeTop = initialCapacity;
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
    if (this.freeTop === 0) this.grow();
    const slot = this.free[--this.freeTop];
    this.sKind[slot] = kind;
    this.sA[slot] = a;
    this.sB[slot] = b;
    const key = priority * SEQ_BITS + seq;
    // sift up
    const hTime = this.hTime;
    const hKey = this.hKey;
    const hSlot = this.hSlot;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = hTime[p];
      if (pt < time || (pt === time && hKey[p] < key)) break;
      hTime[i] = pt;
      hKey[i] = hKey[p];
      hSlot[i] = hSlot[p];
      i = p;
    }
    hTime[i] = time;
    hKey[i] = key;
    hSlot[i] = slot;
  }

  /** Removes the earliest event into (time, kind, a, b, seq). Returns false when empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const hTime = this.hTime;
    const hKey = this.hKey;
    const hSlot = this.hSlot;
    const slot = hSlot[0];
    this.time = hTime[0];
    const key = hKey[0];
    this.seq = key < SEQ_BITS ? key : key % SEQ_BITS;
    this.kind = this.sKind[slot];
    this.a = this.sA[slot];
    this.b = this.sB[slot];
    this.free[this.freeTop++] = slot;
    const n = --this.size;
    if (n > 0) {
      const t = hTime[n];
      const k = hKey[n];
      const s = hSlot[n];
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
        hSlot[i] = hSlot[c];
        i = c;
      }
      hTime[i] = t;
      hKey[i] = k;
      hSlot[i] = s;
    }
    return true;
  }

  private grow(): void {
    const old = this.cap;
    const cap = old * 2;
    const f64 = (a: Float64Array) => {
      const n = new Float64Array(cap);
      n.set(a);
      return n;
    };
    const i32 = (a: Int32Array) => {
      const n = new Int32Array(cap);
      n.set(a);
      return n;
    };
    this.hTime = f64(this.hTime);
    this.hKey = f64(this.hKey);
    this.hSlot = i32(this.hSlot);
    const kind = new Uint8Array(cap);
    kind.set(this.sKind);
    this.sKind = kind;
    this.sA = i32(this.sA);
    this.sB = i32(this.sB);
    this.free = new Int32Array(cap);
    for (let i = 0; i < old; i++) this.free[i] = cap - 1 - i;
    this.freeTop = old;
    this.cap = cap;
  }
}
