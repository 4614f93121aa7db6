/**
 * Concatenation of servers: the min-plus convolution of convex service curves that start at 0
 * (Le Boudec & Thiran, Network Calculus, Theorem 1.4.6). For convex piecewise-linear curves the
 * convolution puts the pieces of all curves end to end in order of increasing slope (ibid.,
 * Chapter 3): latencies add and the slowest rate governs, which is why a flow crossing a
 * tandem "pays its burst only once".
 */
import type { Curve } from './Curve.ts';
import { minOf } from '../core/extrema.ts';

interface Pieces {
  latency: number;
  pieces: { length: number; slope: number }[];
  slope: number;
}

/** Splits a convex non-decreasing curve with c(0) = 0 into its latency and its rising pieces. */
function pieces(c: Curve): Pieces {
  const { xs, ys } = c;
  let k = 0;
  while (k + 1 < xs.length && ys[k + 1] <= 0) k++;
  const out: Pieces = { latency: xs[k], pieces: [], slope: c.slope };
  for (let i = k; i + 1 < xs.length; i++) out.pieces.push({ length: xs[i + 1] - xs[i], slope: (ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) });
  return out;
}

export function convolve(curves: readonly Curve[]): Curve {
  const ps = curves.map(pieces);
  const latency = ps.reduce((s, p) => s + p.latency, 0);
  const slope = minOf(ps.map((p) => p.slope));
  const all = ps.flatMap((p) => p.pieces).filter((p) => p.slope < slope && p.length > 0);
  all.sort((a, b) => a.slope - b.slope);
  const xs = [0];
  const ys = [0];
  if (latency > 0) {
    xs.push(latency);
    ys.push(0);
  }
  let x = latency;
  let y = 0;
  for (const p of all) {
    x += p.length;
    y += p.length * p.slope;
    xs.push(x);
    ys.push(y);
  }
  return { xs, ys, slope };
}

/**
 * [β(t) − l]⁺: what a server with service curve β guarantees when its output is counted in
 * whole packets of at most l (the packetizer, Le Boudec & Thiran Section 1.7). β is convex,
 * non-decreasing, β(0) = 0.
 */
export function packetized(beta: Curve, l: number): Curve {
  if (l <= 0) return beta;
  const { xs, ys } = beta;
  let i = xs.length - 1;
  while (i > 0 && ys[i] > l) i--;
  let t: number;
  if (ys[i] > l) t = xs[i];
  else if (i === xs.length - 1) t = beta.slope > 0 ? xs[i] + (l - ys[i]) / beta.slope : Infinity;
  else t = xs[i] + ((l - ys[i]) * (xs[i + 1] - xs[i])) / (ys[i + 1] - ys[i]);
  if (!Number.isFinite(t)) return { xs: [0], ys: [0], slope: 0 };
  const outX = [0];
  const outY = [0];
  if (t > 0) {
    outX.push(t);
    outY.push(0);
  }
  for (let j = 0; j < xs.length; j++)
    if (xs[j] > t) {
      outX.push(xs[j]);
      outY.push(ys[j] - l);
    }
  return { xs: outX, ys: outY, slope: beta.slope };
}
