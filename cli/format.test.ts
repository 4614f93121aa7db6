import { describe, expect, it } from 'vitest';
import { colorFor } from './format.ts';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('colorFor', () => {
  it('colours a terminal, not a pipe, not a dumb terminal', () => {
    expect(colorFor(tty, {})).toBe(true);
    expect(colorFor(pipe, {})).toBe(false);
    expect(colorFor(tty, { TERM: 'dumb' })).toBe(false);
  });

  it('NO_COLOR set and not empty turns colour off (no-color.org)', () => {
    expect(colorFor(tty, { NO_COLOR: '1' })).toBe(false);
    expect(colorFor(tty, { NO_COLOR: '' })).toBe(true);
  });

  it('FORCE_COLOR decides when set, over NO_COLOR and a pipe, as in Node ("0" and "false" turn it off)', () => {
    expect(colorFor(pipe, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorFor(pipe, { FORCE_COLOR: '' })).toBe(true);
    expect(colorFor(tty, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(colorFor(tty, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorFor(tty, { FORCE_COLOR: 'false' })).toBe(false);
  });
});
