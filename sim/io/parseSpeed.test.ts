import { describe, expect, it } from 'vitest';
import { parseSpeed, rateText } from './parseSpeed.ts';

describe('parseSpeed', () => {
  it.each([
    ['1G', 1e9],
    ['1000 Mb/s', 1e9],
    ['1 Gbps', 1e9],
    ['1 Gbit/s', 1e9],
    ['10GE', 1e10],
    ['1GbE', 1e9],
    ['GE', 1e9],
    ['FE', 1e8],
    ['1000BASE-T', 1e9],
    ['100BASE-TX', 1e8],
    ['10GBASE-SR', 1e10],
    ['2.5GBASE-T', 2.5e9],
    ['100M', 1e8],
    ['100 mbit', 1e8],
    ['10 Mb/s', 1e7],
  ])('reads "%s" as %d bit/s', (text, bps) => {
    expect(parseSpeed(text)).toBe(bps);
  });

  it('reads a bare number only in the unit the caller names (NetBox: kbit/s)', () => {
    expect(parseSpeed('1000000')).toBeUndefined();
    expect(parseSpeed('1000000', 1e3)).toBe(1e9);
  });

  it('gives undefined for what is no speed', () => {
    for (const t of ['fast', '', 'Gi1/0/1', '1 GHz']) expect(parseSpeed(t)).toBeUndefined();
  });

  it('writes the rate in the largest unit that keeps it whole', () => {
    expect([1e9, 1e8, 2.5e9, 1e10, 64e3, 1500].map(rateText)).toEqual(['1 Gb/s', '100 Mb/s', '2500 Mb/s', '10 Gb/s', '64 kb/s', '1500 b/s']);
  });
});
