/**
 * The pending emissions of the periodic sources, one ring per period, kept out of the event
 * queue: a plant of thousands of cyclic flows otherwise keeps one event per flow in the heap,
 * and every pop walks its depth (log₂ of the flows) through memory no cache holds.
 *
 * A ring holds its flows' next emissions in the queue's own order (time, then sequence number),
 * and only its earliest one is an event in the queue, scheduled with that emission's sequence
 * number (`pushWithSeq`). The queue pops the same events in the same order as if each emission
 * were its own event: the order is total, and every emission in a ring comes after its head.
 *
 * A flow that emits now schedules its next emission one period ahead, and every other flow of the
 * period emitted at or before now, so the new emission is the ring's latest and is appended at its
 * tail. When it is not (a start or an offset past one period), `add` refuses it and it is
 * scheduled as an event of its own. The first emissions are scheduled together (`scheduleFirst`),
 * each ring's sorted into the queue's order: scheduled one by one, every one earlier than the
 * ring's latest was refused, and a plant's slow flows (a period longer than the run) kept one
 * event each in the queue for the whole run.
 *
 * A periodic flow's instants after its first (which its Source finds) are counted here too, from
 * a row of four numbers per flow: its Source object and the pattern it holds are not reached on
 * each emission (two cache misses or more each, on plants of thousands of flows).
 */
import type { EventQueue } from '../core/EventQueue.ts';
import type { FlowModel } from '../scenario/model.ts';

/** a periodic flow's period, offset, instants counted so far and end, at 4f + field */
const PERIOD = 0;
const OFFSET = 1;
const N = 2;
const STOP = 3;

export class PeriodicRings {
  /** the ring of each flow (−1: the flow is not periodic) */
  readonly ringOf: Int32Array;
  /** ring r's slots are [start[r], start[r + 1]); its head slot and how many it holds */
  private readonly start: Int32Array;
  private readonly head: Int32Array;
  private readonly count: Int32Array;
  /** per slot: the flow, and its emission's time at 2s and sequence number at 2s + 1 */
  private readonly flow: Int32Array;
  private readonly order: Float64Array;
  private readonly periodic: Float64Array;

  constructor(flows: readonly Pick<FlowModel, 'pattern' | 'stopPs'>[]) {
    const ringOfPeriod = new Map<number, number>();
    const members: number[] = [];
    this.ringOf = new Int32Array(flows.length).fill(-1);
    this.periodic = new Float64Array(4 * flows.length);
    for (let f = 0; f < flows.length; f++) {
      const { pattern, stopPs } = flows[f];
      if (pattern.type !== 'periodic') continue;
      const p = pattern.periodPs;
      this.periodic[4 * f + PERIOD] = p;
      this.periodic[4 * f + OFFSET] = pattern.offsetPs;
      this.periodic[4 * f + STOP] = stopPs;
      let r = ringOfPeriod.get(p);
      if (r === undefined) {
        r = members.length;
        ringOfPeriod.set(p, r);
        members.push(0);
      }
      this.ringOf[f] = r;
      members[r]++;
    }
    const rings = members.length;
    this.start = new Int32Array(rings + 1);
    for (let r = 0; r < rings; r++) this.start[r + 1] = this.start[r] + members[r];
    this.head = new Int32Array(rings);
    this.count = new Int32Array(rings);
    this.flow = new Int32Array(this.start[rings]);
    this.order = new Float64Array(2 * this.start[rings]);
  }

  /** Periodic flow f's first instant was the n-th of its pattern (its Source's `index()`). */
  startCount(f: number, n: number): void {
    this.periodic[4 * f + N] = n;
  }

  /** Periodic flow f's next instant, offset + n·period (Infinity from its stop on), as its Source would find it. */
  next(f: number): number {
    const s = this.periodic;
    const k = 4 * f;
    const t = s[k + OFFSET] + ++s[k + N] * s[k + PERIOD];
    return t < s[k + STOP] ? t : Infinity;
  }

  /**
   * Schedules flow f's next emission at t (Infinity: none) as an event of `kind` with payload
   * (f, 1) when it comes from a ring, (f, 0) when not, with the sequence number it would have as
   * an event pushed now. `fromRing`: the emission being run was its ring's earliest.
   */
  schedule(queue: EventQueue, kind: number, f: number, t: number, fromRing: boolean): void {
    const r = this.ringOf[f];
    if (r < 0) {
      if (t !== Infinity) queue.push(t, kind, f, 0);
      return;
    }
    if (fromRing) this.shift(r);
    // the ring's earliest emission is in the queue, unless it was just run or the ring was empty
    const idle = fromRing || this.count[r] === 0;
    if (t !== Infinity) {
      const seq = queue.reserveSeq();
      if (!this.add(f, t, seq)) queue.pushWithSeq(t, seq, kind, f, 0);
    }
    if (idle && this.count[r] > 0) queue.pushWithSeq(this.headTime(r), this.headSeq(r), kind, this.headFlow(r), 1);
  }

  /**
   * Schedules every flow's first emission (at `times[f]`, Infinity: none) on empty rings as
   * `schedule` would, flow by flow in order (the same sequence numbers), with each ring's sorted
   * into its ring.
   */
  scheduleFirst(queue: EventQueue, kind: number, times: ArrayLike<number>): void {
    const seqs = new Float64Array(times.length);
    const byRing: number[][] = Array.from({ length: this.head.length }, () => []);
    for (let f = 0; f < times.length; f++) {
      if (times[f] === Infinity) continue;
      seqs[f] = queue.reserveSeq();
      if (this.ringOf[f] >= 0) byRing[this.ringOf[f]].push(f);
      else queue.pushWithSeq(times[f], seqs[f], kind, f, 0);
    }
    for (let r = 0; r < byRing.length; r++) {
      // in flow order already, so a stable sort by time gives the queue's order (time, then sequence number)
      const flows = byRing[r].sort((f, g) => times[f] - times[g]);
      // emissions a period or more after the ring's earliest are events of their own: in the ring,
      // the ring's next emissions (a period after its earliest ones) would all come before them
      const until = flows.length > 0 ? times[flows[0]] + this.periodic[4 * flows[0] + PERIOD] : 0;
      for (const f of flows) if (times[f] >= until || !this.add(f, times[f], seqs[f])) queue.pushWithSeq(times[f], seqs[f], kind, f, 0);
      if (this.count[r] > 0) queue.pushWithSeq(this.headTime(r), this.headSeq(r), kind, this.headFlow(r), 1);
    }
  }

  /** The flow, time and sequence number of ring r's earliest emission (the ring is not empty). */
  private headFlow(r: number): number {
    return this.flow[this.start[r] + this.head[r]];
  }

  private headTime(r: number): number {
    return this.order[2 * (this.start[r] + this.head[r])];
  }

  private headSeq(r: number): number {
    return this.order[2 * (this.start[r] + this.head[r]) + 1];
  }

  /** Removes ring r's earliest emission (the one being run). */
  private shift(r: number): void {
    const h = this.head[r] + 1;
    this.head[r] = h === this.start[r + 1] - this.start[r] ? 0 : h;
    this.count[r]--;
  }

  /**
   * Appends flow f's next emission (at `time`, with sequence number `seq`) to its ring; false,
   * leaving the ring as it was, when it would not be the ring's latest in the queue's order.
   */
  add(f: number, time: number, seq: number): boolean {
    const r = this.ringOf[f];
    const s0 = this.start[r];
    const cap = this.start[r + 1] - s0;
    const n = this.count[r];
    let tail = this.head[r] + n;
    if (tail >= cap) tail -= cap;
    if (n > 0) {
      const last = 2 * (s0 + (tail === 0 ? cap - 1 : tail - 1));
      const lt = this.order[last];
      if (lt > time || (lt === time && this.order[last + 1] > seq)) return false;
    }
    this.flow[s0 + tail] = f;
    this.order[2 * (s0 + tail)] = time;
    this.order[2 * (s0 + tail) + 1] = seq;
    this.count[r] = n + 1;
    return true;
  }
}
