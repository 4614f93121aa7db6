import { describe, expect, test } from 'vitest';
import { inSlices } from './inSlices.ts';

describe('inSlices: work in slices under a time budget', () => {
  test('every item once, in order, with a yield each time a slice has used its budget', async () => {
    let t = 0;
    const seen: number[] = [];
    const yields: number[] = [];
    const items = Array.from({ length: 1000 }, (_, i) => i);
    // each item "takes" 0.1 ms: 64 items are 6.4 ms, so a budget of 10 ms yields after every 128 items
    await inSlices(items, (i) => ((t += 0.1), seen.push(i)), { budgetMs: 10, now: () => t, yieldNow: async () => void yields.push(seen.length) });
    expect(seen).toEqual(items);
    expect(yields).toEqual([128, 256, 384, 512, 640, 768, 896]);
  });

  test('work within the budget runs in one piece', async () => {
    let yields = 0;
    await inSlices([1, 2, 3], () => {}, { budgetMs: 1e9, yieldNow: async () => void yields++ });
    expect(yields).toBe(0);
  });
});
