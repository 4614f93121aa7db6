import { describe, expect, test } from 'vitest';
import { placeBoundLabel } from './placeBoundLabel.ts';

/** The extent [from, to] the label covers. */
const extent = (p: { x: number; anchor: 'start' | 'end' }, w: number) => (p.anchor === 'start' ? [p.x, p.x + w] : [p.x - w, p.x]);

describe('placeBoundLabel', () => {
  test('to the right of the marker when there is room', () => {
    expect(placeBoundLabel(100, 80, 46, 400)).toEqual({ x: 104, anchor: 'start' });
  });

  test('near the right edge (the requirement is the largest value on the axis): to the left of the marker, ending before it', () => {
    expect(placeBoundLabel(380, 80, 46, 400)).toEqual({ x: 376, anchor: 'end' });
  });

  test('no room on either side: moved inside the plot', () => {
    expect(placeBoundLabel(100, 120, 46, 200)).toEqual({ x: 80, anchor: 'start' });
  });

  test('inside the plot at any marker position and plot width, whenever the label is narrower than the plot', () => {
    for (const plot of [60, 90, 150, 300, 800]) {
      for (const w of [40, 80, 120]) {
        if (w > plot) continue;
        for (let m = 0; m <= plot; m += plot / 37) {
          const [a, b] = extent(placeBoundLabel(46 + m, w, 46, 46 + plot), w);
          expect(a).toBeGreaterThanOrEqual(46 - 1e-9);
          expect(b).toBeLessThanOrEqual(46 + plot + 1e-9);
        }
      }
    }
  });
});
