import { describe, expect, it } from 'vitest';
import { Gates } from './Gates.ts';

const US = 1e6; // picoseconds
// cycle 1 ms: class 7 open for 100 us, then classes 0..6 for 900 us
const gcl = {
  cyclePs: 1000 * US,
  basePs: 0,
  syncErrorPs: 0,
  entries: [
    { durationPs: 100 * US, mask: 0x80 },
    { durationPs: 900 * US, mask: 0x7f },
  ],
};

describe('Gates', () => {
  it('opens and closes each class by the list, cycle after cycle', () => {
    const g = new Gates(gcl, 0);
    expect(g.isOpen(7, 0)).toBe(true);
    expect(g.isOpen(0, 0)).toBe(false);
    expect(g.isOpen(7, 150 * US)).toBe(false);
    expect(g.isOpen(0, 150 * US)).toBe(true);
    expect(g.isOpen(7, 1050 * US)).toBe(true);
    expect(g.closeTime(7, 20 * US)).toBe(100 * US);
    expect(g.closeTime(0, 500 * US)).toBe(1000 * US);
  });

  it('starts a frame only where it ends before its gate closes (guard band)', () => {
    const g = new Gates(gcl, 0);
    expect(g.nextStart(7, 50 * US, 40 * US)).toBe(50 * US); // fits: ends at 90 us
    expect(g.nextStart(7, 70 * US, 40 * US)).toBe(1000 * US); // would overrun: next window
    expect(g.nextStart(0, 10 * US, 120 * US)).toBe(100 * US); // waits for its gate
    expect(g.nextStart(0, 950 * US, 120 * US)).toBe(1100 * US); // not enough left in this window
    expect(g.nextStart(7, 0, 200 * US)).toBe(Infinity); // never fits
  });

  it('merges adjacent open entries and windows across the cycle boundary', () => {
    const g = new Gates(
      {
        ...gcl,
        entries: [
          { durationPs: 300 * US, mask: 1 },
          { durationPs: 400 * US, mask: 2 },
          { durationPs: 300 * US, mask: 1 },
        ],
      },
      0,
    );
    expect(g.nextStart(0, 800 * US, 450 * US)).toBe(800 * US); // 800 → 1300 us is one open stretch
    expect(g.closeTime(0, 800 * US)).toBe(1300 * US);
  });

  it('shifts the whole schedule by the port clock offset', () => {
    const g = new Gates(gcl, 5 * US); // the port's clock runs 5 us ahead
    expect(g.isOpen(7, 96 * US)).toBe(false);
    expect(g.isOpen(7, 994 * US)).toBe(false);
    expect(g.isOpen(7, 996 * US)).toBe(true);
  });
});
