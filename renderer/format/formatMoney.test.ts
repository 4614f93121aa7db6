import { describe, expect, test } from 'vitest';
import { formatMargin, formatMoney } from './formatMoney.ts';

describe('formatMoney', () => {
  test('dollars with thousands separators, other currencies after the figure', () => {
    expect(formatMoney(30000)).toBe('$30,000');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(1234.6, 'EUR')).toBe('1,235 EUR');
  });
});

describe('formatMargin', () => {
  test('percent with a real minus; far-off failures clamp as in the CLI', () => {
    expect(formatMargin(0.74)).toBe('74 %');
    expect(formatMargin(0.052)).toBe('5.2 %');
    expect(formatMargin(-0.5)).toBe('−50 %');
    expect(formatMargin(-25)).toBe('< −999 %');
    expect(formatMargin(null)).toBe('—');
  });
});
