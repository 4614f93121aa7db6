/**
 * The reservations on one port over the hyperperiod H: disjoint intervals of [0, H), sorted,
 * each owned by a flow. Intervals that wrap past H are stored as two pieces.
 */

export interface Hit {
  /** how far the candidate must move later to clear the interval it hit */
  shift: number;
  owner: number;
}

export class Timeline {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly owners: number[] = [];

  constructor(readonly hyperperiod: number) {}

  get size(): number {
    return this.starts.length;
  }

  /** The first reservation [s, s + length) overlaps (s taken modulo H), or undefined when it is free. */
  hit(s: number, length: number): Hit | undefined {
    const H = this.hyperperiod;
    const a = ((s % H) + H) % H;
    const first = this.overlap(a, Math.min(H, a + length));
    if (first !== undefined) return { shift: this.ends[first] - a, owner: this.owners[first] };
    if (a + length > H) {
      const second = this.overlap(0, a + length - H);
      if (second !== undefined) return { shift: this.ends[second] + H - a, owner: this.owners[second] };
    }
    return undefined;
  }

  /** Reserves [s, s + length) modulo H for `owner`; the caller has checked it is free. */
  add(s: number, length: number, owner: number): void {
    const H = this.hyperperiod;
    const a = ((s % H) + H) % H;
    this.insert(a, Math.min(H, a + length), owner);
    if (a + length > H) this.insert(0, a + length - H, owner);
  }

  /** The intervals, in order. */
  intervals(): { start: number; end: number; owner: number }[] {
    return this.starts.map((start, i) => ({ start, end: this.ends[i], owner: this.owners[i] }));
  }

  /** Index of the interval overlapping [a, b), if any. */
  private overlap(a: number, b: number): number | undefined {
    const i = this.lastStartBefore(b);
    return i >= 0 && this.ends[i] > a ? i : undefined;
  }

  /** Index of the last interval starting before x (−1 if none). */
  private lastStartBefore(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private insert(a: number, b: number, owner: number): void {
    if (b <= a) return;
    const i = this.lastStartBefore(a) + 1;
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
    this.owners.splice(i, 0, owner);
  }
}
