import { describe, expect, test } from 'vitest';
import { OVERSCAN, rowWindow } from './rowWindow.ts';

describe('rowWindow: the rows a scroll box of fixed-height rows shows', () => {
  test('at the top: the rows that fit in the box and the overscan below, the rest as empty height', () => {
    // 420 px of 30 px rows shows 14; 6 more below
    expect(rowWindow(14_600, 30, 0, 420)).toEqual({ from: 0, to: 20, padTop: 0, padBottom: (14_600 - 20) * 30 });
  });

  test('scrolled: the rows under the box, the overscan on both sides; the heights add up to the whole table', () => {
    const w = rowWindow(14_600, 30, 3000, 420); // row 100 at the top of the box
    expect(w).toEqual({ from: 100 - OVERSCAN, to: 100 + 14 + OVERSCAN, padTop: 94 * 30, padBottom: (14_600 - 120) * 30 });
    expect(w.padTop + (w.to - w.from) * 30 + w.padBottom).toBe(14_600 * 30);
  });

  test('at the bottom and past it (a table that shrank under the box): the last rows, nothing below', () => {
    expect(rowWindow(155, 30, 155 * 30 - 420, 420)).toEqual({ from: 141 - OVERSCAN, to: 155, padTop: 135 * 30, padBottom: 0 });
    const past = rowWindow(10, 30, 50_000, 420);
    expect(past).toEqual({ from: 10, to: 10, padTop: 300, padBottom: 0 });
  });

  test('a short table is drawn whole; an empty one draws nothing', () => {
    expect(rowWindow(5, 30, 0, 420)).toEqual({ from: 0, to: 5, padTop: 0, padBottom: 0 });
    expect(rowWindow(0, 30, 0, 420)).toEqual({ from: 0, to: 0, padTop: 0, padBottom: 0 });
  });

  test('however long the table, the rows drawn are bounded by the box', () => {
    for (const count of [100, 10_000, 1_000_000])
      for (const top of [0, 777, 29_999])
        expect(rowWindow(count, 30, top, 420).to - rowWindow(count, 30, top, 420).from).toBeLessThanOrEqual(14 + 1 + 2 * OVERSCAN);
  });
});
