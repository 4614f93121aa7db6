import { describe, expect, test } from 'vitest';
import { formatPercent, formatRate, formatTime } from './formatQuantity.ts';

describe('formatting', () => {
  test('times pick a readable unit, without exponents', () => {
    expect(formatTime(17.134e-6)).toBe('17.1 µs');
    expect(formatTime(0.0157)).toBe('15.7 ms');
    expect(formatTime(1e-4, 2)).toBe('100 µs');
    expect(formatTime(0)).toBe('0 s');
    expect(formatTime(null)).toBe('—');
  });

  test('rates and percentages', () => {
    expect(formatRate(96e6)).toBe('96 Mb/s');
    expect(formatRate(600e6, 2)).toBe('600 Mb/s');
    expect(formatPercent(-0.52)).toBe('-52 %');
    expect(formatPercent(0.024)).toBe('2.4 %');
  });
});
