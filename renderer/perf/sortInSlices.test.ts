import { describe, expect, test } from 'vitest';
import { ranks, sortInSlices } from './sortInSlices.ts';

/** a small deterministic generator (mulberry32), so a failure replays */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
