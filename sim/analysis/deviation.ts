/**
 * The two bounds of network calculus (Le Boudec & Thiran, Network Calculus, LNCS 2050):
 * the delay bound h(α, β), Theorem 1.4.2, and the backlog bound v(α, β), Theorem 1.4.1.
 * α is an arrival curve (non-decreasing), β a convex non-decreasing service curve with
 * β(0) = 0. Both are exact for piecewise-linear curves: the deviation is piecewise linear and
 * reaches its supremum at a breakpoint.
 */
import { curveAt, outgrows, type Curve } from './Curve.ts';

/** sup { u : β(u) ≤ y }: when a server with service curve β has served y (y ≤ 0 → its latency). */
export function inverseAt(beta: Curve, y: number): number {
  const { xs, ys } = beta;
  const v = Math.max(0, y);
  let i = xs.length - 1;
  while (i > 0 && ys[i] > v) i--;
  if (i === xs.length - 1) return beta.slope > 0 ? xs[i] + (v - ys[i]) / beta.slope : Infinity;
  return xs[i] + ((v - ys[i]) * (xs[i + 1] - xs[i])) / (ys[i + 1] - ys[i]);
}

/** First t with α(t) ≥ y, or undefined when α never reaches y. */
function reach(alpha: Curve, y: number): number | undefined {
  const { xs, ys } = alpha;
  if (ys[0] >= y) return 0;
  for (let i = 1; i < xs.length; i++) if (ys[i] >= y) return xs[i - 1] + ((y - ys[i - 1]) * (xs[i] - xs[i - 1])) / (ys[i] - ys[i - 1]);
  const last = xs.length - 1;
  return alpha.slope > 0 ? xs[last] + (y - ys[last]) / alpha.slope : undefined;
}

/** h(α, β) = sup_t [β⁻¹(α(t)) − t]: the largest delay (Theorem 1.4.2). Infinity when α outgrows β. */
export function delayBound(alpha: Curve, beta: Curve): number {
  if (outgrows(alpha.slope, beta.slope)) return Infinity;
  // at α's breakpoints and where α reaches β's (the largest of them: no need to put them in a set first)
  let d = 0;
  for (const t of alpha.xs) d = Math.max(d, inverseAt(beta, curveAt(alpha, t)) - t);
  for (const y of beta.ys) {
    const t = reach(alpha, y);
    if (t !== undefined) d = Math.max(d, inverseAt(beta, curveAt(alpha, t)) - t);
  }
  return d;
}

/** v(α, β) = sup_t [α(t) − β(t)]: the largest backlog (Theorem 1.4.1). Infinity when α outgrows β. */
export function backlogBound(alpha: Curve, beta: Curve): number {
  if (outgrows(alpha.slope, beta.slope)) return Infinity;
  let b = 0;
  for (const t of [...alpha.xs, ...beta.xs]) b = Math.max(b, curveAt(alpha, t) - curveAt(beta, t));
  return b;
}

/**
 * The longest backlogged period of a server with strict service curve β fed by α: the first
 * u > 0 with β(u) ≥ α(u) (Le Boudec & Thiran, Section 1.4: a backlog lasting u needs
 * β(u) < α(u)). β convex and α concave make β − α convex, so it is found on the breakpoints.
 * Infinity when β never catches up.
 */
export function backlogPeriod(alpha: Curve, beta: Curve): number {
  const xs = [...new Set([...alpha.xs, ...beta.xs])].filter((x) => x > 0).sort((a, b) => a - b);
  let px = 0;
  let pd = curveAt(beta, 0) - alpha.ys[0];
  for (const x of xs) {
    const d = curveAt(beta, x) - curveAt(alpha, x);
    if (d >= 0) return pd >= 0 ? px : px + (-pd * (x - px)) / (d - pd);
    px = x;
    pd = d;
  }
  const slope = beta.slope - alpha.slope;
  return slope > 0 ? px - pd / slope : Infinity;
}
