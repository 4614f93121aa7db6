/**
 * End-to-end delay of one stream along its route, two ways, both sound; the smaller is the bound.
 *
 * Pay bursts only once (Le Boudec & Thiran, Network Calculus, Section 1.4.3, Theorem 1.4.6):
 * each port guarantees completion(x) ≤ t0 + β_h⁻¹(A[t0, a]) (analysePort), frames stay in
 * order within a stream, so chaining the ports gives, for the frames x_i..x_j of the stream,
 *   completion_n(x_j) ≤ max over i ≤ k_1 ≤ … ≤ j of  a_1(x_i) + Σ_h β_h⁻¹(frames k_{h-1}..k_h)
 * where each frame where two ports meet is counted twice: at every port but one (the
 * "exempt" one, chosen to minimise the bound) the service curve is reduced by one largest frame
 * l, [β_h − l]⁺ (the packetizer of Section 1.7; store-and-forward). Then
 *   delay ≤ Σ constants + h(α, ⊗_h β'_h).
 * Frames are measured in the stream's own unit, the largest wire bits a frame takes on any of
 * its links, so one arrival curve serves every port (β_h⁻¹ only grows with its argument).
 * The service curves bound the end of a frame's transmission, its gap included; the frame
 * reaches the next node earlier, at its last bit or its cut-through point: each hop's least
 * such `saving` comes off (the next hop's backlog starts at that arrival).
 *
 * Additive: the sum of the per-hop bounds, each with the burst the stream has accumulated so
 * far (what a per-port analysis gives; useful when cross traffic, not the burst, dominates).
 */
import type { Curve } from './Curve.ts';
import { convolve, packetized } from './convolve.ts';
import { delayBound, inverseAt } from './deviation.ts';

export interface PathHop {
  /** per-stream residual service curve at this port, null when none */
  service: Curve | null;
  /** per-hop delay bound (arrival to end of transmission), seconds */
  delay: number;
  /** propagation plus the next node's forwarding latency, seconds */
  constant: number;
  /** least seconds from a frame's handover to the end of its transmission (0 when left out) */
  saving?: number;
}

export interface PathBound {
  /** pay-bursts-only-once bound and additive bound, seconds (Infinity when none) */
  pboo: number;
  additive: number;
  /** the decomposition of the PBOO bound: per hop, the latency of its (packetized) service curve and the packetization share of it */
  latency: number[];
  packetization: number[];
  /** the burst term, paid once, at the bottleneck hop */
  burst: number;
  bottleneck: number;
}

/** `packed`: each hop's service less one frame (packetized), when the caller has them already (boundNetwork: once per stream, not per prefix). */
export function pathBound(alpha: Curve, hops: readonly PathHop[], frame: number, packed?: readonly (Curve | null)[]): PathBound {
  const n = hops.length;
  const constants = hops.reduce((s, h) => s + h.constant - (h.saving ?? 0), 0);
  const additive = hops.reduce((s, h) => s + h.delay + h.constant, 0);
  const none: PathBound = { pboo: Infinity, additive, latency: hops.map(() => 0), packetization: hops.map(() => 0), burst: 0, bottleneck: 0 };
  if (n === 0) return { ...none, pboo: 0, additive: 0 };
  if (hops.some((h) => !h.service)) return none;
  const services = hops.map((h) => h.service!);
  const packs = packed ?? packetizedAll(hops, frame);
  const plain = services.map((b) => inverseAt(b, 0));
  let best = none;
  for (let k = 0; k < n; k++) {
    const curves = services.map((b, h) => (h === k ? b : packs[h]!));
    const d = delayBound(alpha, convolve(curves));
    if (!(d + constants < best.pboo)) continue;
    const latency = curves.map((c) => inverseAt(c, 0));
    let bottleneck = 0;
    for (let h = 1; h < n; h++) if (curves[h].slope < curves[bottleneck].slope) bottleneck = h;
    best = {
      pboo: d + constants,
      additive,
      latency,
      packetization: latency.map((l, h) => l - plain[h]),
      burst: Math.max(0, d - latency.reduce((s, l) => s + l, 0)),
      bottleneck,
    };
  }
  return best;
}

/** Each hop's service less one frame of `frame` bits (null: no service). */
export function packetizedAll(hops: readonly PathHop[], frame: number): (Curve | null)[] {
  return hops.map((h) => h.service && packetized(h.service, frame));
}

/**
 * min(pboo, additive) of pathBound, to the last bit, without its decomposition: the delay up to each hop of a route,
 * which the fixed point needs for every prefix of every route (`packed` as for pathBound).
 */
export function pathDelay(alpha: Curve, hops: readonly PathHop[], packed: readonly (Curve | null)[]): number {
  const n = hops.length;
  let additive = 0;
  let constants = 0;
  for (const h of hops) {
    // summed in pathBound's order, to the last bit
    additive = additive + h.delay + h.constant;
    constants = constants + h.constant - (h.saving ?? 0);
  }
  if (n === 0) return 0;
  if (hops.some((h) => !h.service)) return additive;
  const curves = packed.slice(0, n) as Curve[];
  let pboo = Infinity;
  for (let k = 0; k < n; k++) {
    curves[k] = hops[k].service!;
    const d = delayBound(alpha, convolve(curves));
    if (d + constants < pboo) pboo = d + constants;
    curves[k] = packed[k]!;
  }
  return Math.min(pboo, additive);
}
