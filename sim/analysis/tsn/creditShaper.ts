/**
 * 802.1Qav credit-based shaping as sim/net/tsn/CreditShaper.ts and TsnScheduler.ts do it: a
 * shaped class starts a frame (or a preempted rest) only with credit ≥ 0; credit rises at the
 * idle slope I while the class waits — whatever its gate, the engine's simplification of
 * 802.1Q-2018 §8.6.8.2 — falls at I − R while it sends, climbs back to 0 at most while idle,
 * and a positive credit is dropped when the queue empties. So a backlog starts with credit in
 * [lo, 0], lo = −(R − I)/R · l_max (one frame sent from credit ≥ 0).
 *
 * Service (after J. A. Ruiz De Azua, M. Boyer, "Complete modelling of AVB in network calculus
 * framework", RTNS 2014, derived for these semantics): over a backlogged interval [t0, t],
 * R·(sending time) = I (t − t0) + cr(t0) − cr(t). If cr(t) ≤ 0 the class got at least
 * I (t − t0) + lo. Otherwise let t1 be the last time credit rose through 0: in [t1, t] the class
 * was always eligible, so it sent whenever the port was available to it and not taken by
 * others, at least G(t − t1) bits (G: the class's service without the shaper, gate and
 * priority residual); and it got I (t1 − t0) + lo before t1. Hence the class is guaranteed
 *   β(t) = [ (λ_I ⊗ G)(t) − |lo| ]⁺,
 * a rate-I server in tandem with the gate and priority residual, less the credit deficit.
 *
 * Output, what lower classes see: credit rises at most at I when the class does not send and
 * falls at R − I when it does, so in any window of length t the class sends at most
 * I t + hi + |lo| bits, hi the largest credit; within a backlog, cr(t) ≤ I (t − t0) − β(t − t0),
 * so hi ≤ sup_{u ≤ U} [I u − β(u)], U the longest backlog.
 *
 * Cut classes: an engine fault (fixed: TsnScheduler.start now clears `heldClass` on resume)
 * once let a shaped class whose frame had been preempted gather credit while idle and burst at
 * line rate. analyseTsnPort still bounds what lower classes see of a class that can be cut by
 * its arrivals, not by this output curve: sound, if looser than it need be now.
 */
import { curveAt, rateLatency, tokenBucket, ZERO, type Curve } from '../Curve.ts';
import { convexResidual } from '../convexResidual.ts';
import { convolve } from '../convolve.ts';

/** |lo|, bits: the deficit one frame of `frameMax` wire bits leaves. */
export function creditDeficit(rate: number, idleSlope: number, frameMax: number): number {
  return ((rate - idleSlope) / rate) * frameMax;
}

/** The shaped class's service curve from G (the class's service without the shaper); null when nothing is left. */
export function shapedService(G: Curve, idleSlope: number, deficit: number): Curve | null {
  return convexResidual(convolve([rateLatency(idleSlope, 0), G]), deficit, ZERO);
}

/** Token bucket bounding what the class sends in any window (bits), given its service β over backlogs of at most U. */
export function shapedOutput(beta: Curve, idleSlope: number, deficit: number, U: number): Curve {
  let hi = 0;
  for (const x of [...beta.xs.filter((x) => x < U), U]) hi = Math.max(hi, idleSlope * x - curveAt(beta, x));
  return tokenBucket(hi + deficit, idleSlope);
}
