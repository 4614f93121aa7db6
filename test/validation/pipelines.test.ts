/**
 * AI pipelines (issue 12 §1) against closed forms. Stochastic figures are estimated over
 * independent replications with fixed seeds; each test states its tolerance.
 *
 * Sources:
 *  - Tandem of M/M/1 stations with Poisson arrivals: by Burke's theorem (Burke 1956, "The output
 *    of a queuing system", Oper. Res. 4(6):699–704) each station sees Poisson arrivals, and by
 *    Jackson (1957, "Networks of waiting lines", Oper. Res. 5(4):518–521) the stations behave as
 *    independent M/M/1 queues: mean sojourn = Σ 1/(μ_i − λ), mean wait at i = ρ_i/(μ_i − λ).
 *  - Probabilistic routing (open Jackson network, Jackson 1957): a station fed a Bernoulli(p)
 *    split of a Poisson(λ) departure stream sees Poisson(pλ); the mean sojourn of a path is the sum
 *    of its stations' 1/(μ_i − λ_i) (routing is drawn independently of the sojourn so far).
 *  - M/D/c: Crommelin (1932), "Delay probability formulae when the holding times are constant",
 *    P.O. Elect. Engrs. J. 25:41–50, in the form of Tijms, "A First Course in Stochastic Models"
 *    (2003), §5.4: Wq = D Σ_{k≥1} e^{−kcρ} [Σ_{j≥kc} (kcρ)^j/j! − (1/ρ) Σ_{j≥kc+1} (kcρ)^j/j!].
 *    The helper is checked against Pollaczek–Khinchine's M/D/1 (Kleinrock I (1975), eq. 5.105).
 *  - Escalation shares: a Bernoulli(q) count over n items, q = p or the confidence distribution's
 *    CDF at the threshold (uniform: (x − a)/(b − a); empirical: the weight below x); the test
 *    allows 4 standard deviations, √(q(1 − q)/n).
 *  - Deterministic pipeline: store-and-forward hand sum, (size + 2 B PPP) · 8 / rate + delay per
 *    link, plus each stage's service, to the picosecond.
 */
import { describe, expect, it } from 'vitest';
import { createSimApi, type ReplicationResult } from '../../sim/api/index.ts';
import { interval95 } from '../../sim/stats/confidence.ts';
import type { PipelineStatsData } from '../../sim/stats/PipelineStats.ts';

const PS = 1e12;

function replicate(scenario: object, replications: number): ReplicationResult[] {
  const api = createSimApi();
  const loaded = api.load({ scenario });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  return Array.from({ length: replications }, (_, r) => api.runReplication(r));
}

const pipelineOf = (r: ReplicationResult): PipelineStatsData => r.pipelines![0];

/** mean latency of path p in one replication, less the mean network time of the legs it crossed (seconds) */
function sojourn(r: ReplicationResult, path: number, legs: number[]): number {
  const d = pipelineOf(r);
  const net = legs.reduce((s, l) => s + d.legs[l].sum / d.legs[l].count, 0);
  return (d.paths[path].sum / d.paths[path].items - net) / PS;
}

/** the 95 % confidence interval of the replications' estimates lies within ±tolerance of the closed form */
function expectWithin(samples: number[], theory: number, tolerance: number, what: string): void {
  const ci = interval95(samples)!;
  if (process.env.SHOW_CI) console.log(what, ci, theory);
  expect(ci, what).toBeDefined();
  expect(ci[0], `${what}: 95 % CI [${ci[0]}, ${ci[1]}] vs ${theory}`).toBeGreaterThanOrEqual(theory * (1 - tolerance));
  expect(ci[1], `${what}: 95 % CI [${ci[0]}, ${ci[1]}] vs ${theory}`).toBeLessThanOrEqual(theory * (1 + tolerance));
}

/** a Bernoulli share within 4 standard deviations of q */
function expectShare(escalated: number, n: number, q: number): void {
  const sd = Math.sqrt((q * (1 - q)) / n);
  if (process.env.SHOW_CI) console.log('share', escalated / n, q, sd);
  expect(Math.abs(escalated / n - q), `share ${escalated}/${n} vs ${q} (σ = ${sd})`).toBeLessThanOrEqual(4 * sd);
}

/**
 * A star of 100 Gb/s PPP links without delay around a switch SW, from SRC through compute nodes
 * N1… serving the stages to DST (40 B items cross a link in 3.36 ns; each leg's measured network
 * time is subtracted from the latency).
 */
function star(stages: object[], nodes: { id: string; servers?: number }[], pattern: object, duration: string) {
  const ids = ['SRC', ...nodes.map((n) => n.id), 'DST'];
  return {
    format: 'netloom.scenario/v1',
    name: 'pipeline star',
    nodes: [
      { id: 'SRC', type: 'sensor' },
      { id: 'SW', type: 'switch' },
      ...nodes.map((n) => ({ id: n.id, type: 'compute', compute: { servers: n.servers ?? 1, service: '1 ms' } })),
      { id: 'DST', type: 'plc' },
    ],
    links: ids.map((id) => ({ from: 'SW', to: id, rate: '100 Gb/s', delay: '0 s', framing: 'ppp' })),
    flows: [{ id: 'p', from: 'SRC', to: 'DST', size: '40 B', pattern, pipeline: stages }],
    simulation: { duration, warmup: '2 s', seed: 12 },
  };
}

const exp = (mean: string) => ({ dist: 'exponential', mean });

describe('pipelines against closed forms', () => {
  it('tandem of three M/M/1 stages (Jackson 1957, Burke 1956): mean sojourn Σ 1/(μ_i − λ) = 20 ms within ±3 %', () => {
    // λ = 100/s; μ = 200, 250, 400/s: 1/100 + 1/150 + 1/300 s = 20 ms
    const scenario = star(
      [
        { id: 'a', at: 'N1', service: exp('5 ms') },
        { id: 'b', at: 'N2', service: exp('4 ms') },
        { id: 'c', at: 'N3', service: exp('2.5 ms') },
      ],
      [{ id: 'N1' }, { id: 'N2' }, { id: 'N3' }],
      { type: 'poisson', interval: '10 ms' },
      '200 s',
    );
    const reps = replicate(scenario, 12);
    expectWithin(
      reps.map((r) => sojourn(r, 0, [0, 1, 2, 3])),
      0.02,
      0.03,
      'mean sojourn',
    );
    // and each stage's mean wait ρ_i/(μ_i − λ): 5, 2.667, 0.833 ms
    [5e-3, 0.4 / 150, 0.25 / 300].forEach((wq, k) =>
      expectWithin(
        reps.map((r) => pipelineOf(r).stages[k].waitSum / pipelineOf(r).stages[k].jobs / PS),
        wq,
        0.05,
        `stage ${k} mean wait`,
      ),
    );
  });

  it('probabilistic escalation (open Jackson network): mean sojourn per path within ±3 % (edge only), ±4 % (escalated); share within 4σ of p', () => {
    // λ = 200/s, detect μ1 = 400/s, p = 0.25 to verify μ2 = 100/s (λ2 = 50/s):
    // edge only 1/(400 − 200) = 5 ms; escalated 5 ms + 1/(100 − 50) = 25 ms
    const scenario = star(
      [
        { id: 'detect', at: 'N1', service: exp('2.5 ms'), escalate: { to: 'verify', probability: 0.25 } },
        { id: 'verify', at: 'N2', service: exp('10 ms') },
      ],
      [{ id: 'N1' }, { id: 'N2' }],
      { type: 'poisson', interval: '5 ms' },
      '300 s',
    );
    const reps = replicate(scenario, 12);
    // legs: 0 SRC→detect, 1 detect→DST, 2 detect→verify, 3 verify→DST; paths: [detect], [detect, verify]
    expectWithin(
      reps.map((r) => sojourn(r, 0, [0, 1])),
      0.005,
      0.03,
      'edge-only sojourn',
    );
    expectWithin(
      reps.map((r) => sojourn(r, 1, [0, 2, 3])),
      0.025,
      0.04,
      'escalated sojourn',
    );
    const items = reps.reduce((n, r) => n + pipelineOf(r).paths[0].items + pipelineOf(r).paths[1].items, 0);
    const escalated = reps.reduce((n, r) => n + pipelineOf(r).paths[1].items, 0);
    expectShare(escalated, items, 0.25);
  });

  it('M/D/c at one stage (Crommelin 1932): c = 2, D = 1 ms, ρ = 0.7, mean wait within ±3 %', () => {
    expect(mdcWait(1, 0.5, 1)).toBeCloseTo(0.5 / (2 * 0.5), 9); // Pollaczek–Khinchine M/D/1
    const scenario = star([{ id: 'infer', at: 'N1', service: '1 ms' }], [{ id: 'N1', servers: 2 }], { type: 'poisson', interval: `${1 / 1.4} ms` }, '100 s');
    const reps = replicate(scenario, 12);
    expectWithin(
      reps.map((r) => pipelineOf(r).stages[0].waitSum / pipelineOf(r).stages[0].jobs / PS),
      mdcWait(2, 0.7, 1e-3),
      0.03,
      'M/D/2 mean wait',
    );
  });

  it('confidence-threshold escalation: the share escalated is the confidence CDF at the threshold, within 4σ', () => {
    const run = (confidence: object, below: number) => {
      const scenario = star(
        [
          { id: 'small', at: 'N1', service: '10 us', escalate: { to: 'large', confidence, below } },
          { id: 'large', at: 'N2', service: '10 us' },
        ],
        [{ id: 'N1' }, { id: 'N2' }],
        { type: 'periodic', period: '1 ms' },
        '22 s',
      );
      const d = pipelineOf(replicate(scenario, 1)[0]);
      return [d.paths[1].items, d.paths[0].items + d.paths[1].items];
    };
    // uniform on [0.5, 1] below 0.6: (0.6 − 0.5)/0.5 = 0.2
    const [u, nu] = run({ dist: 'uniform', min: 0.5, max: 1 }, 0.6);
    expect(nu).toBe(20000);
    expectShare(u, nu, 0.2);
    // empirical {0.1: 1, 0.5: 2, 0.9: 1} below 0.6: 3/4
    const [e, ne] = run({ dist: 'empirical', values: [0.1, 0.5, 0.9], weights: [1, 2, 1] }, 0.6);
    expectShare(e, ne, 0.75);
  });

  it('a deterministic pipeline takes the hand sum of transmissions, delays and services, to the picosecond', () => {
    // SRC –1 Gb/s, 1 us– SW –100 Mb/s, 2 us– GW (an NPU), SW –1 Gb/s, 3 us– EDGE, SW –100 Mb/s, 4 us– DST
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'deterministic pipeline',
      nodes: [
        { id: 'SRC', type: 'camera' },
        { id: 'SW', type: 'switch' },
        { id: 'GW', type: 'gateway', compute: { service: '1 ms' } },
        { id: 'EDGE', type: 'compute' },
        { id: 'DST', type: 'plc' },
      ],
      links: [
        { from: 'SRC', to: 'SW', rate: '1 Gb/s', delay: '1 us', framing: 'ppp' },
        { from: 'SW', to: 'GW', rate: '100 Mb/s', delay: '2 us', framing: 'ppp' },
        { from: 'SW', to: 'EDGE', rate: '1 Gb/s', delay: '3 us', framing: 'ppp' },
        { from: 'SW', to: 'DST', rate: '100 Mb/s', delay: '4 us', framing: 'ppp' },
      ],
      flows: [
        {
          id: 'p',
          from: 'SRC',
          to: 'DST',
          size: '1400 B',
          pattern: { type: 'periodic', period: '20 ms' },
          pipeline: [
            { id: 'pre', at: 'GW', size: '1000 B' },
            { id: 'detect', at: 'EDGE', service: '5 ms', size: '100 B' },
          ],
        },
      ],
      simulation: { duration: '1 s', seed: 1 },
    };
    const r = replicate(scenario, 1)[0];
    const gb = 8000; // ps per byte at 1 Gb/s
    const mb = 80000; // at 100 Mb/s
    const us = 1e6;
    const legs = [
      1402 * gb + 1 * us + 1402 * mb + 2 * us, // SRC → SW → GW
      1002 * mb + 2 * us + 1002 * gb + 3 * us, // GW → SW → EDGE
      102 * gb + 3 * us + 102 * mb + 4 * us, // EDGE → SW → DST
    ];
    const services = [1e9, 5e9]; // pre: the gateway's own service, 1 ms; detect: 5 ms
    const expected = legs[0] + services[0] + legs[1] + services[1] + legs[2];
    const d = pipelineOf(r);
    expect(d.legs.map((l) => l.sum / l.count)).toEqual(legs);
    expect(d.stages.map((s) => [s.waitSum, s.serviceSum / s.jobs])).toEqual([
      [0, services[0]],
      [0, services[1]],
    ]);
    expect(r.flows[0].delivered).toBe(50);
    expect(r.flows[0].min).toBe(expected);
    expect(r.flows[0].max).toBe(expected);
    expect(pipelineOf(r).paths[0].max).toBe(expected);
  });
});

/** M/D/c mean wait (Crommelin 1932; Tijms 2003, §5.4), D the service time, ρ = λD/c < 1. */
function mdcWait(c: number, rho: number, d: number): number {
  let total = 0;
  for (let k = 1; k < 400; k++) {
    const a = k * c * rho;
    total += poissonTail(a, k * c) - poissonTail(a, k * c + 1) / rho;
  }
  return d * total;
}

/** P(X ≥ n) for X ~ Poisson(a), summed in log space */
function poissonTail(a: number, n: number): number {
  let s = 0;
  let logTerm = -a + n * Math.log(a) - logFactorial(n);
  for (let j = n; j < n + 2000; j++) {
    const t = Math.exp(logTerm);
    s += t;
    if (t < 1e-18 && j > a) break;
    logTerm += Math.log(a) - Math.log(j + 1);
  }
  return s;
}

function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}
