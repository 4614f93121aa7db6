import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from './extrema.ts';

describe('maxOf / minOf', () => {
  it('agree with Math.max / Math.min, empty lists included', () => {
    for (const list of [[], [3], [1, -2, 7.5, 7.4], [-Infinity, 0]]) {
      expect(maxOf(list)).toBe(Math.max(...list));
      expect(minOf(list)).toBe(Math.min(...list));
    }
    expect(maxOf([1, Number.NaN, 2])).toBeNaN();
  });

  it('take a list far longer than the argument limit of Math.max(...list)', () => {
    const long = Float64Array.from({ length: 1_000_000 }, (_, i) => (i * 7919) % 1_000_003);
    expect(() => Math.max(...long)).toThrow(RangeError);
    expect(maxOf(long)).toBe(1_000_002);
    expect(minOf(long)).toBe(0);
  });
});
