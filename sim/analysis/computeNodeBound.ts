/**
 * Worst-case time a request spends in a compute node (sim/compute/ComputeNodes.ts): c servers,
 * requests queued per model (FIFO in a queue), dynamic batching per queue (an idle server takes
 * up to m waiting requests of one queue as soon as m wait, or when the oldest has waited the
 * timeout τ; among ready queues the one with the oldest request), a batch taking at most
 * S_B = S_max + (m − 1)·perItem.
 *
 * Call a request eligible τ after it arrives (at once when m = 1): while one waits, no server
 * idles (its queue is ready). For request x arriving at a, eligible at t1 = a + τ_x, let t0 be
 * the last instant before t1 when no eligible request waited. From t0 on every server is busy
 * or starts a batch at once, so the j-th batch after t0 starts by t0 + ⌈j/c⌉·S_B.
 *  - One queue: each batch before x's takes exactly m requests (one taking fewer would have
 *    emptied the queue: a later t0), all arrived in [t0 − τ, a] with x: N ≤ α(v), v = t1 − t0,
 *    so x is in batch ⌊(N − 1)/m⌋ + 1 and
 *      delay ≤ τ + S_B + sup_v ( ⌈(⌊(α(v) − 1)/m⌋ + 1)/c⌉·S_B − v ).
 *  - Several queues: batches of other queues may take requests younger than x, but each
 *    batch before x's has a head request that arrived in [t0 − τ_max, t1) (after t1 x's queue
 *    is ready and older heads go first): at most α_all(v + τ_max) − 1 batches, so
 *      delay ≤ τ_x + S_B + sup_v ( ⌈α_all(v + τ_max)/c⌉·S_B − v ),  S_B the largest of any queue.
 * Requests arrive with a token bucket (burst, rate) in requests; Infinity when the node can
 * fall behind for good.
 */
import { maxOf } from '../core/extrema.ts';
export interface QueueSpec {
  batchMax: number;
  /** seconds */
  timeout: number;
  /** largest batch service time, seconds */
  batchService: number;
}

export interface ComputeSpec extends QueueSpec {
  servers: number;
}

/** One queue: the node's requests all batch together. */
export function computeNodeBound(spec: ComputeSpec, burst: number, rate: number): number {
  const { servers: c, batchMax: m, batchService: S } = spec;
  const tau = m > 1 ? spec.timeout : 0;
  if (rate * S >= c * m) return Infinity;
  let worst = -Infinity;
  // batch j first holds x when α(v) ≥ (j − 1)·m + 1; within a round of c batches the first is the worst
  for (let j = 1; ; j += c) {
    const need = (j - 1) * m + 1 - burst;
    if (need > 0 && rate === 0) break;
    const v = need > 0 ? need / rate : 0;
    const d = Math.ceil(j / c) * S - v;
    if (d <= worst && need > 0) break; // from here on each round adds S_B but needs c·m/r ≥ S_B more time
    worst = Math.max(worst, d);
  }
  return tau + S + Math.max(0, worst);
}

/** Several queues (models) sharing the servers: the bound for a request of queue `own`. */
export function multiQueueBound(servers: number, queues: readonly QueueSpec[], own: number, burst: number, rate: number): number {
  const S = maxOf(queues.map((q) => q.batchService));
  const tauOf = (q: QueueSpec) => (q.batchMax > 1 ? q.timeout : 0);
  const tauMax = maxOf(queues.map(tauOf));
  if (rate * S >= servers) return Infinity;
  // α_all(v + τ_max) = burst + rate (v + τ_max); batch j first reaches x when that is ≥ j
  const b = burst + rate * tauMax;
  let worst = -Infinity;
  for (let j = 1; ; j += servers) {
    const need = j - b;
    if (need > 0 && rate === 0) break;
    const v = need > 0 ? need / rate : 0;
    const d = Math.ceil(j / servers) * S - v;
    if (d <= worst && need > 0) break;
    worst = Math.max(worst, d);
  }
  return tauOf(queues[own]) + S + Math.max(0, worst);
}
