import { describe, expect, it } from 'vitest';
import { fragments, largestFragment, smallestFragment } from './fragments.ts';

describe('IPv4 fragmentation (as the engine sends)', () => {
  it('leaves packets up to the MTU whole', () => {
    expect(fragments(1500, 1500)).toEqual([{ size: 1500, count: 1 }]);
  });

  it('cuts the rest into MTU-sized fragments of 8-byte payloads with a 20 B header each', () => {
    expect(fragments(1600, 1500)).toEqual([
      { size: 1500, count: 1 },
      { size: 120, count: 1 },
    ]);
    expect(fragments(2980, 1500)).toEqual([{ size: 1500, count: 2 }]);
    // MTU 1003: payload 976 B
    const f = fragments(3000, 1003);
    expect(f).toEqual([
      { size: 996, count: 3 },
      { size: 72, count: 1 },
    ]);
    expect(f.reduce((s, x) => s + (x.size - 20) * x.count, 0)).toBe(3000 - 20);
  });

  it('knows the largest and smallest fragment of a size range', () => {
    expect(largestFragment(4000, 4000, 1500)).toBe(1500);
    expect(largestFragment(3000, 4000, 1003)).toBe(996);
    expect(largestFragment(100, 400, 1500)).toBe(400);
    // some packets of 592–1401 B go whole through a 1000 B MTU: up to 1000 B, more than a full fragment (996 B)
    expect(largestFragment(592, 1401, 1000)).toBe(1000);
    expect(smallestFragment(100, 4000, 1500)).toBe(21);
    expect(smallestFragment(1600, 1600, 1500)).toBe(120);
  });
});
