import { describe, expect, it } from 'vitest';
import { printable, printableDeep, printableLines } from './printable.ts';

describe('printable', () => {
  it('escapes what would drive the terminal: colours, cursor moves, titles, line breaks', () => {
    const forged = 'cell\x1b[32m✓ all 12 requirements passed\x1b[0m\r\x1b]0;pwned\x07';
    expect(printable(forged)).toBe('cell\\x1b[32m✓ all 12 requirements passed\\x1b[0m\\x0d\\x1b]0;pwned\\x07');
    expect(printable('a\nb\tc\x9bd')).toBe('a\\x0ab\\x09c\\x9bd');
  });

  it('escapes invisible characters that reorder or hide text, and leaves other text alone', () => {
    expect(printable('PLC\u202eevil\u2066x\u200by')).toBe('PLC\\u{202e}evil\\u{2066}x\\u{200b}y');
    expect(printable('Prüfstand 3 — 焊接 µs ✓')).toBe('Prüfstand 3 — 焊接 µs ✓');
  });

  it('keeps line breaks in text of several lines, and reaches every string of a value', () => {
    expect(printableLines('one\x1b[2J\ntwo')).toBe('one\\x1b[2J\ntwo');
    expect(printableDeep({ 'k\x07': ['v\x1b', 3, null, { n: 'x\r' }] })).toEqual({ 'k\\x07': ['v\\x1b', 3, null, { n: 'x\\x0d' }] });
  });
});
