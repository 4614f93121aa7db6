/**
 * When a frame starts at a gated port, knowing in which part of the cycle it arrives
 * (phaseWindows) — the time-domain view of a TAS window that the phase-blind service curve
 * loses (a frame that arrives in its window is sent at once).
 *
 * Let x arrive at a, its class's backlog having begun at t0 = a − u (0 ≤ u ≤ U, U the longest
 * backlog the class can have). Before x starts, every moment of available time since t0
 * (Availability) went to the one blocking frame (at most `b0` of available time) or to frames
 * of the class ahead of x, which arrived in [t0, a]: at most α(u) − l_x bits. So
 *   start(x) ≤ sup { t : Γ(t) − Γ(a − u) ≤ b0 + (α(u) − l_x)/R } = Γ⁻¹(Γ(a − u) + b0 + Y(u)),
 * and start(x) − a ≤ F(a) = Γ⁻¹(Z(a)) − a with Z(a) = b0 + max_{0≤u≤U} [Γ(a − u) + Y(u)]
 * (Γ⁻¹ does not decrease). The inner maximum is exact: Γ(a − u) + Y(u) is piecewise linear in
 * u, so it peaks where a − u meets an interval's end or Y has a breakpoint. Z does not decrease
 * in a, so on [a1, a2] F ≤ Γ⁻¹(Z(a2)) − a1: a one-dimensional branch and bound over the arrival
 * phases, stopped at a tolerance or a budget, returns an upper bound of sup F.
 */
import { curveAt, type Curve } from '../Curve.ts';
import { gamma, gammaInverse, type Availability } from './Availability.ts';

const EPS = 1e-13; // 0.1 ps: never land just below a gap's level by rounding
const TOLERANCE = 1e-10;
const BUDGET = 400;

/** Y(u) = (α(u) − lx)/R in seconds of available time; `fluid` drops lx (the frame itself counted: its end, not its start). */
export function phaseAwareStart(av: Availability, b0: number, rate: number, alpha: Curve, lx: number, psi: readonly [number, number][], U: number): number {
  const Y = (u: number) => (curveAt(alpha, u) - lx) / rate;
  const breaks = alpha.xs.filter((x) => x > 0 && x < U);
  const C = av.cycle;
  const Z = (a: number): number => {
    let best = -Infinity;
    const at = (u: number) => {
      if (u < 0 || u > U) return;
      const v = gamma(av, a - u) + Y(u);
      if (v > best) best = v;
    };
    at(0);
    at(U);
    for (const x of breaks) at(x);
    // interval boundaries p in [a − U, a]: u = a − p
    for (let k = Math.floor((a - U) / C); k * C <= a; k++)
      for (let i = 0; i < av.starts.length; i++) {
        at(a - (k * C + av.starts[i]));
        at(a - (k * C + av.ends[i]));
      }
    return b0 + best;
  };
  const F = (a: number) => gammaInverse(av, Z(a) + EPS) - a;
  let best = 0;
  let evaluations = 0;
  type Box = { a1: number; a2: number; ub: number };
  const heap: Box[] = [];
  const push = (a1: number, a2: number) => {
    const ub = gammaInverse(av, Z(a2) + EPS) - a1;
    best = Math.max(best, F(a1), F(a2));
    evaluations += 3;
    heap.push({ a1, a2, ub });
  };
  for (const [a1, a2] of psi) push(a1, a2);
  while (heap.length > 0) {
    let i = 0;
    for (let j = 1; j < heap.length; j++) if (heap[j].ub > heap[i].ub) i = j;
    const box = heap[i];
    if (box.ub <= best + TOLERANCE || evaluations >= BUDGET || box.a2 - box.a1 < 1e-13) return Math.max(best, box.ub);
    heap.splice(i, 1);
    const mid = (box.a1 + box.a2) / 2;
    push(box.a1, mid);
    push(mid, box.a2);
  }
  return best;
}
