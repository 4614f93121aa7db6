/**
 * A periodic stream's arrivals as the staircase they are, not its concave hull: a unit of
 * `bits` every period T, each within a window of width w = hi − lo (phaseAligned.ts `Phased`),
 * so a closed window of length u holds at most ⌊(u + w)/T⌋ + 1 units. Concave curves (token
 * buckets, the hull of phaseAligned) let a second unit in right after the first; the
 * phase-aware bound (phaseAwareStart.ts) takes any non-decreasing curve and is much tighter
 * with this one. Each step is drawn as a ramp ending at the jump (0.1 ps wide): above the
 * staircase, so still an arrival curve. Streams without a period keep their token bucket.
 */
import { addCurves, type Curve } from '../Curve.ts';
import type { PortEntry } from '../analysePort.ts';

const RAMP = 1e-13;

function steps(bits: number, period: number, width: number, horizon: number): Curve {
  const xs = [0];
  const ys = [bits * (Math.floor(width / period) + 1)];
  for (let k = Math.floor(width / period) + 1; k * period - width <= horizon + period; k++) {
    const at = k * period - width;
    if (at - RAMP > xs[xs.length - 1]) {
      xs.push(at - RAMP);
      ys.push(ys[ys.length - 1]);
    }
    xs.push(at);
    ys.push(ys[ys.length - 1] + bits);
  }
  return { xs, ys, slope: bits / period };
}

/** The class's arrivals within `horizon`: per stream its staircase, or its token bucket. */
export function staircase(entries: readonly PortEntry[], members: readonly number[], horizon: number): Curve {
  return addCurves(
    ...members.map((i) => {
      const e = entries[i];
      return e.window ? steps(e.window.bits, e.window.period, e.window.hi - e.window.lo, horizon) : e.arrival!;
    }),
  );
}
