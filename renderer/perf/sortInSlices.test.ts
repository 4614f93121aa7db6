import { describe, expect, test } from 'vitest';
import { Mulberry32 } from '../../sim/core/mulberry32.ts';
import { ranks, sortInSlices } from './sortInSlices.ts';

/** a seeded generator, so a failure replays */
const random = (seed: number) => {
  const g = new Mulberry32(seed);
  return () => g.next();
};

describe('sortInSlices: a stable sort in slices', () => {
  test.each([0, 1, 2, 3, 17, 1000, 4097])('%i items with many ties: the order of Array.prototype.sort (stable) with the same comparison', async (n) => {
    const rnd = random(n + 1);
    const keys = Array.from({ length: n }, () => Math.floor(rnd() * 10)); // ten values: ties everywhere
    const compare = (a: number, b: number) => keys[a] - keys[b];
    const simple = Array.from({ length: n }, (_, i) => i).sort(compare);
    let t = 0;
    let yields = 0;
    const order = await sortInSlices(n, compare, { budgetMs: 2, now: () => t++, yieldNow: async () => void yields++ });
    expect([...order]).toEqual(simple);
    if (n >= 1000) expect(yields).toBeGreaterThan(10);
  });

  test('ranks: each index its place', () => {
    expect([...ranks(Uint32Array.from([2, 0, 1]))]).toEqual([1, 2, 0]);
  });
});
