import { describe, expect, it } from 'vitest';
import { parseQuantity } from './units.ts';

describe('parseQuantity', () => {
  it.each([
    ['1 Gb/s', 'rate', 1e9],
    ['100 Mbit/s', 'rate', 1e8],
    ['100 Mbps', 'rate', 1e8],
    ['2.5 Gbit/s', 'rate', 2.5e9],
    ['10 kb/s', 'rate', 1e4],
    ['1 MB/s', 'rate', 8e6],
    ['250 us', 'time', 250e-6],
    ['250 µs', 'time', 250e-6],
    ['250us', 'time', 250e-6],
    ['10s', 'time', 10],
    ['10 s', 'time', 10],
    ['1 ms', 'time', 1e-3],
    ['500 ns', 'time', 500e-9],
    ['2 min', 'time', 120],
    ['1500 B', 'size', 1500],
    ['1500 bytes', 'size', 1500],
    ['1.5e3 B', 'size', 1500],
    ['64 bits', 'size', 8],
    ['2 MB', 'size', 2e6],
    ['1 KiB', 'size', 1024],
    ['2 km', 'length', 2000],
    ['100 m', 'length', 100],
  ] as const)('%s as a %s', (text, kind, value) => {
    expect(parseQuantity(text, kind)).toBeCloseTo(value, 12 - Math.ceil(Math.log10(Math.abs(value))));
  });

  it.each([
    ['fast', 'rate', 'expected a data rate like "1 Gb/s", got "fast"'],
    ['100 Mb/s', 'time', 'expected a time like "250 us", got "100 Mb/s"'],
    ['10', 'time', 'expected a time like "250 us", got "10"'],
    ['', 'size', 'expected a size like "1500 B"'],
  ] as const)('rejects %j as a %s, saying what was expected', (text, kind, message) => {
    expect(() => parseQuantity(text, kind)).toThrow(message);
  });

  it('refuses a long text before parsing it, so a megabyte of digits costs no more than a short quantity', () => {
    // the number regex once backtracked quadratically: 100 kB of digits took 44 s, 1 MB would take hours
    for (const text of ['1'.repeat(1_000_000), `${'1'.repeat(1_000_000)} s`, 'K'.repeat(1_000_000) + 'bytes']) {
      expect(() => parseQuantity(text, 'time')).toThrow(/got a text of 100000\d characters/);
    }
    expect(parseQuantity(`${'0'.repeat(90)}5 ms`, 'time')).toBeCloseTo(5e-3, 15);
  });

  it('reads a text it has read before to the same value, per kind, and refuses a bad one every time', () => {
    expect(parseQuantity('3 m', 'length')).toBe(3);
    expect(parseQuantity('3 m', 'length')).toBe(3); // remembered
    expect(() => parseQuantity('3 m', 'time')).toThrow(/expected a time/); // "3 m" read as a length is no time
    expect(() => parseQuantity('3 parsecs', 'length')).toThrow(/got "3 parsecs"/);
    expect(() => parseQuantity('3 parsecs', 'length')).toThrow(/got "3 parsecs"/);
    // past the memory's bound (4,096 texts per kind) it starts again, and reads as it did
    for (let i = 0; i < 5000; i++) expect(parseQuantity(`${i} B`, 'size')).toBe(i);
    expect(parseQuantity('7 B', 'size')).toBe(7);
  });
});
