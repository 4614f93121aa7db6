import { describe, expect, it } from 'vitest';
import { CreditShaper } from './CreditShaper.ts';

const MS = 1e9; // picoseconds

describe('CreditShaper (802.1Qav)', () => {
  it('credit rises at the idle slope while waiting and falls at idle slope − rate while sending', () => {
    const s = new CreditShaper([undefined, undefined, undefined, undefined, undefined, 20e6], 100e6);
    s.advance(5, 0, 'waiting');
    s.advance(5, 1 * MS, 'sending'); // 1 ms sending: (20 − 100) Mb/s × 1 ms = −80 000 bits
    expect(s.creditBits(5)).toBeCloseTo(-80_000, 6);
    expect(s.eligible(5)).toBe(false);
    // back to 0 after 80 000 / 20 Mb/s = 4 ms of waiting
    expect(s.eligibleAt(5, 1 * MS)).toBe(5 * MS);
    s.advance(5, 5 * MS, 'waiting');
    expect(s.eligible(5)).toBe(true);
  });

  it('an empty queue loses positive credit and recovers negative credit only up to 0', () => {
    const s = new CreditShaper([10e6], 100e6);
    s.advance(0, 0, 'waiting');
    s.advance(0, 2 * MS, 'waiting');
    expect(s.creditBits(0)).toBeCloseTo(20_000, 6);
    s.emptied(0);
    expect(s.creditBits(0)).toBe(0);
    s.advance(0, 3 * MS, 'sending');
    s.advance(0, 100 * MS, 'idle');
    expect(s.creditBits(0)).toBe(0);
  });

  it('leaves classes without a shaper alone', () => {
    const s = new CreditShaper([undefined, 5e6], 100e6);
    expect(s.shaped(0)).toBe(false);
    expect(s.eligible(0)).toBe(true);
    expect(s.eligibleAt(0, 7)).toBe(7);
  });
});
