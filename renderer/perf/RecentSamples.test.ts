import { describe, expect, it } from 'vitest';
import { RecentSamples } from './RecentSamples.ts';

describe('RecentSamples', () => {
  it('keeps every sample, oldest first, until it is full', () => {
    const s = new RecentSamples(4);
    [1, 2, 3].forEach((x) => s.push(x));
    expect(s.values()).toEqual([1, 2, 3]);
  });

  it('keeps only the last `capacity` samples however many are pushed (a long session holds no more)', () => {
    const s = new RecentSamples(4);
    for (let i = 1; i <= 10_000; i++) s.push(i);
    expect(s.length).toBe(4);
    expect(s.values()).toEqual([9997, 9998, 9999, 10_000]);
  });
});
