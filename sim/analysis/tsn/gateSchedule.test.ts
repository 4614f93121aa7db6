import { describe, expect, it } from 'vitest';
import { gateAt, gateSchedule, longestWindow, overlap } from './gateSchedule.ts';

const us = 1e-6;
const PS = 1e-12;
// 1 ms cycle: class 7 alone for 20 us, then 7 and 5 for 30 us, then everything but 7 for 950 us
const g = gateSchedule({
  cyclePs: 1e9,
  basePs: 0,
  syncErrorPs: 0,
  entries: [
    { durationPs: 20e6, mask: 1 << 7 },
    { durationPs: 30e6, mask: (1 << 7) | (1 << 5) },
    { durationPs: 950e6, mask: 0x7f },
  ],
});

describe('a gate control list read per class', () => {
  it('merges adjacent open entries, also across the end of the cycle (as Gates.nextStart does)', () => {
    expect(g.windows[7]).toEqual([{ open: 0, close: 50 * us }]);
    expect(g.windows[5][0].open).toBeCloseTo(20 * us, 15);
    expect(g.windows[5][0].close).toBeCloseTo(1000 * us, 15); // 20..1000 us: the last entry and the second are adjacent
    expect(g.windows[0]).toEqual([{ open: 50 * us, close: 1000 * us }]);
    expect(g.alwaysOpen.slice(0, 7)).toEqual([false, false, false, false, false, false, false]);
    const wrap = gateSchedule({
      cyclePs: 1e9,
      basePs: 0,
      syncErrorPs: 0,
      entries: [
        { durationPs: 100e6, mask: 1 },
        { durationPs: 800e6, mask: 2 },
        { durationPs: 100e6, mask: 1 },
      ],
    });
    // times are whole picoseconds scaled once (1.1e9 ps · 1e-12), not sums of floats: compare to the picosecond
    expect(wrap.windows[0]).toHaveLength(1);
    expect(wrap.windows[0][0].open).toBeCloseTo(900 * us, 15);
    expect(wrap.windows[0][0].close).toBeCloseTo(1100 * us, 15);
    expect(Math.round(wrap.windows[0][0].close / PS)).toBe(1.1e9);
  });

  it('says how long a gate stays open, or how long ago it closed', () => {
    // class 0 closed at 1000 us of the previous cycle (its window is 50..1000 us)
    const closed = gateAt(g, 0, 10 * us);
    expect(closed.open).toBe(false);
    expect(!closed.open && closed.ago).toBeCloseTo(10 * us, 15);
    const st = gateAt(g, 5, 50 * us);
    expect(st.open && st.left).toBeCloseTo(950 * us, 12);
    // opens at 0: not open *across* 0 (no frame of class 7 can be on the wire from before), closed since 50 us of the cycle before
    const opening = gateAt(g, 7, 0);
    expect(opening.open).toBe(false);
    expect(!opening.open && opening.ago).toBeCloseTo(950 * us, 15);
    // closes at 50 us: closed 0 ago, or open with nothing left (the same frame on the wire), whichever way the sums round
    const closing = gateAt(g, 7, 50 * us);
    expect(closing.open ? closing.left : closing.ago).toBeCloseTo(0, 15);
    const after = gateAt(g, 7, 60 * us);
    expect(!after.open && after.ago).toBeCloseTo(10 * us, 15);
  });

  it('knows which classes share time and the longest window', () => {
    expect(overlap(g, 7, 5)).toBe(true);
    expect(overlap(g, 7, 0)).toBe(false);
    expect(longestWindow(g, 7)).toBeCloseTo(50 * us, 15);
  });
});
