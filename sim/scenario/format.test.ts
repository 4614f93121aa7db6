import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatCount, formatMargin, formatMoney, formatPercent, formatRate, formatSize, formatTime } from './format.ts';
import { parseQuantity, type Quantity } from './units.ts';

describe('quantities as people read them', () => {
  test('times pick a readable unit, without exponents or trailing zeros', () => {
    expect(formatTime(17.134e-6)).toBe('17.1 µs');
    expect(formatTime(0.0157)).toBe('15.7 ms');
    expect(formatTime(1e-4, { digits: 2 })).toBe('100 µs');
    expect(formatTime(999.96e-6)).toBe('1 ms');
    expect(formatTime(0)).toBe('0 s');
    expect(formatTime(12345)).toBe('12345 s');
    expect(formatTime(125e-6, { digits: 2 })).toBe('125 µs');
    expect(formatTime(-2.5e-6)).toBe('-2.5 µs');
    expect(formatTime(null)).toBe('—');
    expect(formatTime(Number.NaN, { empty: '–' })).toBe('–');
  });

  test('a fixed figure keeps its zeros, as a table column does ("60.40 us", the CLI’s)', () => {
    const cli = { digits: 4, fixed: true, ascii: true };
    expect(formatTime(60.4e-6, cli)).toBe('60.40 us');
    expect(formatTime(113.7e-6, cli)).toBe('113.7 us');
    expect(formatTime(0.9999996e-3, cli)).toBe('1000 us');
    expect(formatTime(3.5e-12, cli)).toBe('0.003500 ns');
    expect(formatRate(800e3, cli)).toBe('800.0 kb/s');
    expect(formatRate(200.04e6, cli)).toBe('200.0 Mb/s');
  });

  test('rates and sizes', () => {
    expect(formatRate(96e6)).toBe('96 Mb/s');
    expect(formatRate(600e6, { digits: 2 })).toBe('600 Mb/s');
    expect(formatRate(1.25e9)).toBe('1.25 Gb/s');
    expect(formatRate(0)).toBe('0 b/s');
    expect(formatSize(1500)).toBe('1.5 kB');
    expect(formatSize(64)).toBe('64 B');
    expect(formatSize(0)).toBe('0 B');
  });

  test('money, percentages, margins and counts', () => {
    expect(formatMoney(30000)).toBe('$30,000');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(-1234.4)).toBe('−$1,234');
    expect(formatMoney(1234.6, 'EUR')).toBe('1,235 EUR');
    expect(formatPercent(-0.52)).toBe('-52 %');
    expect(formatPercent(0.024)).toBe('2.4 %');
    expect(formatPercent(0.00123, { decimals: 2 })).toBe('0.12 %');
    expect(formatPercent(-0)).toBe('0.0 %');
    expect(formatMargin(0.74)).toBe('74 %');
    expect(formatMargin(-0.5)).toBe('−50 %');
    expect(formatMargin(-25)).toBe('< −999 %');
    expect(formatMargin(null, '–')).toBe('–');
    expect(formatCount(4_720_000)).toBe('4.72 M');
    expect(formatCount(268_100)).toBe('268.1 k');
    expect(formatCount(9999)).toBe('9999');
    expect(formatCount(2.5e9)).toBe('2.50 G');
  });
});

describe('a printed quantity parses back to its value (the formatter is the inverse of parseQuantity)', () => {
  const kinds: [Quantity, (v: number, o: { digits: number; fixed: boolean; ascii: boolean }) => string, number, number][] = [
    ['time', formatTime, 1e-13, 1e4],
    ['rate', formatRate, 1e-3, 1e14],
    ['size', formatSize, 1e-3, 1e12],
  ];
  test.each(kinds)('%s: to the precision printed, over 13+ decades, every style', (kind, format, lo, hi) => {
    fc.assert(
      fc.property(
        // uniform over the decades (fc.double crowds near 0)
        fc.integer({ min: 0, max: 1_000_000 }).map((i) => Math.log10(lo) + ((Math.log10(hi) - Math.log10(lo)) * i) / 1_000_000),
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.boolean(),
        (exponent, negative, digits, fixed, ascii) => {
          const value = (negative ? -1 : 1) * 10 ** exponent;
          const text = format(value, { digits, fixed, ascii });
          const back = parseQuantity(text, kind);
          // rounding to `digits` significant digits moves a value by at most half a unit of its last digit
          expect(Math.abs(back - value), `${value} → "${text}" → ${back}`).toBeLessThanOrEqual(Math.abs(value) * 0.5 * 10 ** (1 - digits) * (1 + 1e-9));
        },
      ),
      { numRuns: 2000, seed: 9 },
    );
  });

  test('a quantity written the way it prints reads back unchanged', () => {
    for (const [text, kind] of [
      ['250 µs', 'time'],
      ['1.5 ms', 'time'],
      ['12 ns', 'time'],
      ['1 Gb/s', 'rate'],
      ['2.5 Gb/s', 'rate'],
      ['100 Mb/s', 'rate'],
      ['1.5 kB', 'size'],
      ['64 B', 'size'],
    ] as const) {
      const format = kind === 'time' ? formatTime : kind === 'rate' ? formatRate : formatSize;
      expect(format(parseQuantity(text, kind))).toBe(text);
    }
  });
});
