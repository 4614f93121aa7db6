import { describe, expect, test } from 'vitest';
import { inSlices } from './inSlices.ts';

describe('inSlices: work in slices under a time budget', () => {
  test('every item once, in order, with a yield each time a slice has used its budget', async () => {
    let t = 0;
    const seen: number[] = [];
    const yields: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // each item "takes" 0.125 ms (exact in binary), so a budget of 10 ms yields after every 80 items
    await inSlices(items, (i) => ((t += 0.125), seen.push(i)), { budgetMs: 10, now: () => t, yieldNow: async () => void yields.push(seen.length) });
    expect(seen).toEqual(items);
    expect(yields).toEqual([80, 160, 240, 320, 400, 480, 560, 640, 720, 800, 880, 960]);
  });

  test('slow items: a slice overruns its budget by at most a few items, not 64 (one took 68 ms on the steel works)', async () => {
    let t = 0;
    const slices: number[] = [];
    let start = 0;
    // each item takes 3 ms against a budget of 8 ms: a slice must end by its 4th item (12 ms), not after 64 (192 ms)
    await inSlices(
      Array.from({ length: 200 }, (_, i) => i),
      () => void (t += 3),
      {
        budgetMs: 8,
        now: () => t,
        yieldNow: async () => void (slices.push(t - start), (start = t)),
      },
    );
    expect(slices.length).toBeGreaterThan(10);
    expect(Math.max(...slices)).toBeLessThanOrEqual(12);
  });

  test('work within the budget runs in one piece', async () => {
    let yields = 0;
    await inSlices([1, 2, 3], () => {}, { budgetMs: 1e9, yieldNow: async () => void yields++ });
    expect(yields).toBe(0);
  });
});
