/**
 * An 802.1Qbv gate control list seen from one port's clock: which traffic classes' gates are
 * open at an instant, when an open gate closes, and the first instant from which a frame of
 * a given transmission time fits in an open window (the guard band: a frame never overruns
 * its gate). All times are picoseconds of simulated (network) time; the port's own clock is
 * `offsetPs` ahead of it (time-synchronisation error).
 */
import type { GateModel } from '../../scenario/model.ts';

export class Gates {
  private readonly cycle: number;
  private readonly base: number;
  /** start of each entry within the cycle, and its mask */
  private readonly starts: Float64Array;
  private readonly masks: Uint8Array;

  constructor(g: GateModel, offsetPs: number) {
    this.cycle = g.cyclePs;
    this.base = g.basePs - offsetPs;
    this.starts = new Float64Array(g.entries.length);
    this.masks = new Uint8Array(g.entries.length);
    let t = 0;
    g.entries.forEach((e, i) => {
      this.starts[i] = t;
      this.masks[i] = e.mask;
      t += e.durationPs;
    });
  }

  /** Cycle start at or before t, and the index of the entry in force at t. */
  private locate(t: number): { cycleStart: number; entry: number } {
    const rel = t - this.base;
    const k = Math.floor(rel / this.cycle);
    const cycleStart = this.base + k * this.cycle;
    const phase = t - cycleStart;
    let entry = this.starts.length - 1;
    while (entry > 0 && this.starts[entry] > phase) entry--;
    return { cycleStart, entry };
  }

  isOpen(c: number, t: number): boolean {
    return ((this.masks[this.locate(t).entry] >> c) & 1) === 1;
  }

  /**
   * The first time ≥ t at which a frame of class c taking `durationPs` can start and end
   * before its gate closes; Infinity if no window of the list is long enough.
   */
  nextStart(c: number, t: number, durationPs: number): number {
    let { cycleStart, entry } = this.locate(t);
    const n = this.starts.length;
    // walk the entries from the one in force, over two cycles, merging adjacent open ones
    let openAt = -1;
    let closedSeen = false;
    for (let step = 0; step <= 2 * n; step++) {
      const start = cycleStart + this.starts[entry];
      const open = ((this.masks[entry] >> c) & 1) === 1;
      if (open && openAt < 0) openAt = Math.max(start, t);
      if (!open) {
        closedSeen = true;
        if (openAt >= 0 && start - openAt >= durationPs) return openAt;
        openAt = -1;
      }
      entry++;
      if (entry === n) {
        entry = 0;
        cycleStart += this.cycle;
      }
    }
    return closedSeen ? Infinity : t; // never closes: always open; otherwise no window is long enough
  }

  /** When the gate of class c, open at t, next closes (Infinity if it never does). */
  closeTime(c: number, t: number): number {
    let { cycleStart, entry } = this.locate(t);
    const n = this.starts.length;
    for (let step = 0; step <= n; step++) {
      entry++;
      if (entry === n) {
        entry = 0;
        cycleStart += this.cycle;
      }
      if (((this.masks[entry] >> c) & 1) === 0) return cycleStart + this.starts[entry];
    }
    return Infinity;
  }
}
