/**
 * Mean waiting times against queueing theory. Each simulated mean is estimated over
 * independent replications; the test asks the whole 95 % confidence interval (Student's t)
 * to lie within ±2 % of the closed form.
 *
 * Formulas (λ arrival rate, S service time, ρ = λ E[S]):
 *  - M/M/1: Wq = ρ E[S] / (1 − ρ)                       Kleinrock, Queueing Systems I (1975), eq. 3.26
 *  - M/G/1 (Pollaczek–Khinchine): Wq = λ E[S²] / (2 (1 − ρ))   Kleinrock I, eq. 5.105
 *    (M/D/1: E[S²] = E[S]²; uniform S on [a, b]: E[S²] = (a² + ab + b²) / 3)
 *  - non-preemptive priority (Cobham 1954, "Priority assignment in waiting line problems",
 *    J. Oper. Res. Soc. Am. 2(1):70–76; Kleinrock, Queueing Systems II (1976), eq. 3.30):
 *    W_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), W0 = Σ λ_i E[S_i²] / 2, σ_k = Σ_{i ≤ k} ρ_i
 */
import { describe, expect, it } from 'vitest';
import { createSimApi, type ReplicationResult } from '../../sim/api/index.ts';
import { interval95 } from '../../sim/stats/confidence.ts';

const REPLICATIONS = 20;

function replicate(scenario: object): ReplicationResult[] {
  const api = createSimApi();
  const loaded = api.load({ scenario });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return Array.from({ length: REPLICATIONS }, (_, r) => api.runReplication(r));
}

function expectWithin2Percent(samples: number[], theory: number): void {
  const ci = interval95(samples)!;
  if (process.env.SHOW_CI) console.log(((ci[0] / theory - 1) * 100).toFixed(2), ((ci[1] / theory - 1) * 100).toFixed(2));
  expect(ci, `95 % CI [${ci[0]}, ${ci[1]}] vs ${theory}`).toBeDefined();
  expect(ci[0]).toBeGreaterThanOrEqual(theory * 0.98);
  expect(ci[1]).toBeLessThanOrEqual(theory * 1.02);
}

/** A Poisson source of tiny requests over 100 Gb/s links to a single-server compute node. */
function computeQueue(service: unknown, meanInterval: string) {
  return {
    format: 'netloom.scenario/v1',
    name: 'compute queue',
    nodes: [
      { id: 'SRC', type: 'sensor' },
      { id: 'GPU', type: 'compute', compute: { servers: 1, service } },
    ],
    links: [{ from: 'SRC', to: 'GPU', rate: '100 Gb/s', delay: '0 s', framing: 'ppp' }],
    flows: [{ id: 'req', from: 'SRC', to: 'GPU', size: '40 B', pattern: { type: 'poisson', interval: meanInterval }, response: { size: '40 B' } }],
    simulation: { duration: '120 s', warmup: '1 s', seed: 11 },
  };
}

const computeWait = (r: ReplicationResult) => {
  const gpu = 1;
  return (r.compute.waitSum[gpu] / r.compute.jobs[gpu]) * 1e-12;
};

describe('compute node against closed forms (λ = 1000/s, E[S] = 0.5 ms, ρ = 0.5)', () => {
  it('M/M/1: Wq = ρ E[S] / (1 − ρ) = 0.5 ms', () => {
    const reps = replicate(computeQueue({ dist: 'exponential', mean: '0.5 ms' }, '1 ms'));
    expectWithin2Percent(reps.map(computeWait), 0.5e-3);
  });

  it('M/D/1: Wq = λ E[S]² / (2 (1 − ρ)) = 0.25 ms', () => {
    const reps = replicate(computeQueue('0.5 ms', '1 ms'));
    expectWithin2Percent(reps.map(computeWait), 0.25e-3);
  });

  it('M/G/1 (uniform 0.2–0.8 ms), Pollaczek–Khinchine: Wq = λ E[S²] / (2 (1 − ρ)) = 0.28 ms', () => {
    const reps = replicate(computeQueue({ dist: 'uniform', min: '0.2 ms', max: '0.8 ms' }, '1 ms'));
    const es2 = (0.2e-3 ** 2 + 0.2e-3 * 0.8e-3 + 0.8e-3 ** 2) / 3;
    expectWithin2Percent(reps.map(computeWait), (1000 * es2) / (2 * 0.5));
  });
});

/**
 * Two Poisson classes of 1250 B packets meet at a 100 Mb/s switch port without framing
 * overhead, so S = 100 us exactly (M/D/1 with non-preemptive priority). Sources sit on
 * 100 Gb/s links: their own NIC adds a constant 0.1 us and (almost) never queues.
 */
function priorityPort(highPriority: boolean) {
  const noFraming = { overhead: '0 B' };
  return {
    format: 'netloom.scenario/v1',
    name: 'priority port',
    nodes: [
      { id: 'H', type: 'robot' },
      { id: 'L', type: 'camera' },
      { id: 'SW', type: 'switch', switch: { queueLimit: 100000 } },
      { id: 'SINK', type: 'compute' },
    ],
    links: [
      { from: 'H', to: 'SW', rate: '100 Gb/s', framing: noFraming },
      { from: 'L', to: 'SW', rate: '100 Gb/s', framing: noFraming },
      { from: 'SW', to: 'SINK', rate: '100 Mb/s', framing: noFraming },
    ],
    flows: [
      { id: 'high', from: 'H', to: 'SINK', size: '1250 B', priority: highPriority ? 7 : 0, pattern: { type: 'poisson', interval: `${1e6 / 3000} us` } },
      { id: 'low', from: 'L', to: 'SINK', size: '1250 B', priority: 0, pattern: { type: 'poisson', interval: '250 us' } },
    ],
    simulation: { duration: '60 s', warmup: '1 s', seed: 5 },
  };
}

describe('switch port against closed forms (S = 100 us, λ_high = 3000/s, λ_low = 4000/s)', () => {
  const fixed = 0.1e-6 + 100e-6; // source serialization at 100 Gb/s + the port's own 100 us
  const meanWait = (r: ReplicationResult, flow: number) => r.flows[flow].mean * 1e-12 - fixed;
  const S = 100e-6;
  const W0 = ((3000 + 4000) * S * S) / 2; // Σ λ_i E[S_i²] / 2 = 35 us

  it('FIFO (M/D/1, ρ = 0.7): Wq = W0 / (1 − ρ) for both classes', () => {
    const reps = replicate(priorityPort(false));
    expectWithin2Percent(
      reps.map((r) => meanWait(r, 0)),
      W0 / (1 - 0.7),
    );
    expectWithin2Percent(
      reps.map((r) => meanWait(r, 1)),
      W0 / (1 - 0.7),
    );
  });

  it('strict priority, non-preemptive (Cobham): W_high = W0 / (1 − ρ_h), W_low = W0 / ((1 − ρ_h)(1 − ρ))', () => {
    const reps = replicate(priorityPort(true));
    expectWithin2Percent(
      reps.map((r) => meanWait(r, 0)),
      W0 / (1 - 0.3),
    );
    expectWithin2Percent(
      reps.map((r) => meanWait(r, 1)),
      W0 / ((1 - 0.3) * (1 - 0.7)),
    );
  });
});
