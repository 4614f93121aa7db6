/**
 * TSN features against published results and closed forms.
 *
 * - Time-aware shaping: INET showcase "Time-Aware Shaping" (inet/showcases/tsn/trafficshaping/
 *   timeawareshaper, INET 4.6): 100 Mb/s links, a 1 ms cycle opening the high-priority gate for
 *   the first 20 us; 64 B high-priority frames sent every 1 ms arrive in their window ("green
 *   wave") and see 2 · 5.76 us + 2 · 0.05 us = 11.62 us whatever the best-effort load.
 * - Cut-through: INET showcase "Cut-Through Switching" (showcases/tsn/cutthroughswitching):
 *   store-and-forward = 3 · (transmission + propagation); cut-through = transmission +
 *   3 · propagation + 2 · cut-through delay (22 B: preamble and MAC header), 1000 B UDP payload,
 *   1 Gb/s.
 * - Frame preemption: INET showcase "Frame Preemption" (showcases/tsn/framepreemption):
 *   with a saturated 100 Mb/s link of 1200 B frames, high-priority delay ≈ 1.5 · tx with a
 *   priority queue and ≈ tx (+ FCS + IFG) with preemption.
 * - 802.3br details (one held frame, cut-through, CBS): preemption.test.ts.
 * - Credit-based shaping: 802.1Qav — a backlogged shaped class is served at its idle slope.
 * - 802.1CB: with one path down, the redundant copy gets every frame through.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';

const run = (s: object) => runScenario({ scenario: s });

function tas(gates: boolean) {
  return {
    format: 'netloom.scenario/v1',
    name: 'INET time-aware shaping showcase',
    nodes: [
      { id: 'client1', type: 'host' },
      { id: 'client2', type: 'plc' },
      {
        id: 'switch',
        type: 'switch',
        switch: { latency: '0 s' },
        ...(gates
          ? {
              tsn: {
                gates: {
                  cycle: '1 ms',
                  entries: [
                    { duration: '20 us', open: [4] },
                    { duration: '980 us', open: [0, 1, 2, 3, 5, 6, 7] },
                  ],
                },
              },
            }
          : {}),
      },
      { id: 'server', type: 'host' },
    ],
    links: ['client1', 'client2', 'server'].map((n) => ({ from: n, to: 'switch', rate: '100 Mb/s', delay: '50 ns' })),
    flows: [
      { id: 'best-effort', from: 'client1', to: 'server', size: '1500 B', priority: 0, pattern: { type: 'poisson', rate: '60 Mb/s' } },
      // 40 B IP packets: 64 B frames with the VLAN tag, 72 B with the preamble: 5.76 us at 100 Mb/s
      { id: 'high-priority', from: 'client2', to: 'server', size: '40 B', priority: 4, pattern: { type: 'periodic', period: '1 ms' } },
    ],
    simulation: { duration: '2 s', seed: 3 },
  };
}

describe('time-aware shaping (INET showcase)', () => {
  it('gives every high-priority frame exactly 2 · 5.76 us + 2 · 0.05 us = 11.62 us under 60 Mb/s of best effort', () => {
    const hp = run(tas(true)).flows[1];
    expect(hp.delivered).toBe(2000);
    expect(hp.latency!.min * 1e6).toBeCloseTo(11.62, 9);
    expect(hp.latency!.max * 1e6).toBeCloseTo(11.62, 9);
  });

  it('without gates the same frames wait behind best-effort frames (at most one: 1522 B + preamble + gap, 123.36 us)', () => {
    const hp = run(tas(false)).flows[1];
    expect(hp.latency!.min * 1e6).toBeCloseTo(11.62, 9);
    expect(hp.latency!.max * 1e6).toBeGreaterThan(100);
    expect(hp.latency!.max * 1e6).toBeLessThanOrEqual(11.62 + 123.36 + 1e-9);
  });
});

function cutThrough(on: boolean) {
  return {
    format: 'netloom.scenario/v1',
    name: 'INET cut-through showcase',
    nodes: [
      { id: 'device1', type: 'host' },
      { id: 'device2', type: 'host' },
      ...['switch1', 'switch2'].map((id) => ({ id, type: 'switch', switch: { latency: '0 s', ...(on ? { cutThrough: '14 B' } : {}) } })),
    ],
    links: [
      ['device1', 'switch1'],
      ['switch1', 'switch2'],
      ['switch2', 'device2'],
    ].map(([from, to]) => ({ from, to, rate: '1 Gb/s', delay: '100 ns' })),
    // 1000 B of UDP payload: a 1028 B IP packet, 1054 B on the wire
    flows: [{ id: 'udp', from: 'device1', to: 'device2', size: '1028 B', pattern: { type: 'periodic', period: '200 us' } }],
    simulation: { duration: '10 ms' },
  };
}

describe('cut-through switching (INET showcase)', () => {
  const tx = (1054 * 8) / 1e9;
  const prop = 100e-9;
  it('store-and-forward: 3 · (transmission + propagation)', () => {
    expect(run(cutThrough(false)).flows[0].latency!.max).toBeCloseTo(3 * (tx + prop), 14);
  });
  it('cut-through: transmission + 3 · propagation + 2 · 22 B', () => {
    const f = run(cutThrough(true)).flows[0];
    expect(f.latency!.min).toBeCloseTo(tx + 3 * prop + 2 * ((22 * 8) / 1e9), 14);
    expect(f.latency!.max).toBeCloseTo(f.latency!.min, 14);
  });
});

/** Cut-through into a faster link: 100 Mb/s in, 1 Gb/s out (gated or not). */
function speedUp(tsn: object | undefined) {
  return {
    format: 'netloom.scenario/v1',
    name: 'cut-through into a faster link',
    nodes: [
      { id: 'io', type: 'io' },
      { id: 'plc', type: 'plc' },
      { id: 'sw', type: 'switch', switch: { latency: '1 us', cutThrough: '64 B' }, ...(tsn ? { tsn } : {}) },
    ],
    links: [
      { from: 'io', to: 'sw', rate: '100 Mb/s', delay: '100 ns' },
      { from: 'sw', to: 'plc', rate: '1 Gb/s', delay: '100 ns' },
    ],
    flows: [{ id: 'state', from: 'io', to: 'plc', size: '500 B', priority: 5, pattern: { type: 'periodic', period: '100 us' } }],
    simulation: { duration: '10 ms' },
  };
}

describe('cut-through into a faster link', () => {
  // a 1 Gb/s transmission cannot end before the 100 Mb/s one feeding it: the frame's last bit
  // leaves the switch as it comes in, and reaches the PLC one propagation delay later
  const frame = 8 + 500 + 18 + 4; // preamble, packet, Ethernet header and FCS, VLAN tag
  const expected = (frame * 8) / 100e6 + 100e-9 + 100e-9;
  it.each([
    ['a plain port', undefined],
    ['a gated port (802.1Qbv, always open)', { gates: { cycle: '100 us', entries: [{ duration: '100 us', open: [0, 1, 2, 3, 4, 5, 6, 7] }] } }],
    ['a port with a credit-based shaper on another class', { cbs: { 6: { idleSlope: '50 Mb/s' } } }],
    ['a preempting port', { preemption: { express: [5] } }],
  ])('%s: 100 Mb/s transmission + 2 · propagation', (_name, tsn) => {
    const f = run(speedUp(tsn)).flows[0];
    expect(f.latency!.min).toBeCloseTo(expected, 14);
    expect(f.latency!.max).toBeCloseTo(expected, 14);
  });
});

function preemption(mode: 'priority' | 'preemption') {
  return {
    format: 'netloom.scenario/v1',
    name: 'INET frame preemption showcase',
    nodes: [
      { id: 'host1', type: 'host', nic: { queueLimit: 4 }, ...(mode === 'preemption' ? { tsn: { preemption: { express: [7] } } } : {}) },
      { id: 'host2', type: 'host' },
    ],
    links: [{ from: 'host1', to: 'host2', rate: '100 Mb/s', delay: '0 s' }],
    flows: [
      { id: 'background', from: 'host1', to: 'host2', size: '1200 B', priority: 0, pattern: { type: 'poisson', rate: '96 Mb/s' } },
      { id: 'ts', from: 'host1', to: 'host2', size: '1200 B', priority: 7, pattern: { type: 'periodic', period: '1 ms', offset: '0.37 ms' } },
    ],
    simulation: { duration: '5 s', seed: 2 },
  };
}

describe('frame preemption (INET showcase estimates)', () => {
  const tx = ((1200 + 22 + 8) * 8) / 100e6; // a tagged 1200 B packet with preamble: 98.4 us
  it('a priority queue: ≈ 1.5 · tx (half a background frame left, then its own)', () => {
    const ts = run(preemption('priority')).flows[1];
    expect(ts.lost).toBe(0);
    expect(ts.latency!.mean / (1.5 * tx)).toBeGreaterThan(0.97);
    expect(ts.latency!.mean / (1.5 * tx)).toBeLessThan(1.03);
  });
  it('preemption: ≈ tx, the background frame cut within a minimum fragment', () => {
    const ts = run(preemption('preemption')).flows[1];
    expect(ts.lost).toBe(0);
    expect(ts.latency!.mean).toBeGreaterThanOrEqual(tx);
    // at most a 64 B fragment, its mCRC and the gap before the express frame
    expect(ts.latency!.max).toBeLessThanOrEqual(tx + ((8 + 64 + 4 + 12) * 8) / 100e6 + 1e-12);
  });
});

describe('credit-based shaping (802.1Qav)', () => {
  it('serves a backlogged class at its idle slope (20 Mb/s of wire time) and leaves the rest to others', () => {
    const r = run({
      format: 'netloom.scenario/v1',
      name: 'cbs',
      nodes: [
        { id: 'A', type: 'host' },
        { id: 'B', type: 'host' },
        { id: 'S', type: 'switch', switch: { latency: '0 s', queueLimit: 100000 }, tsn: { cbs: { '5': { idleSlope: '20 Mb/s' } } } },
        { id: 'D', type: 'host' },
      ],
      links: [
        { from: 'A', to: 'S', rate: '1 Gb/s' },
        { from: 'B', to: 'S', rate: '1 Gb/s' },
        { from: 'S', to: 'D', rate: '100 Mb/s' },
      ],
      flows: [
        { id: 'shaped', from: 'A', to: 'D', size: '1000 B', priority: 5, pattern: { type: 'cbr', rate: '30 Mb/s' } },
        { id: 'be', from: 'B', to: 'D', size: '1500 B', priority: 0, pattern: { type: 'poisson', rate: '50 Mb/s' } },
      ],
      simulation: { duration: '4 s', seed: 1, drain: '0 s' },
    });
    // each 1000 B packet takes 1042 B of wire time (header, tag, FCS, preamble, gap)
    expect(r.flows[0].throughput / ((20e6 * 1000) / 1042)).toBeGreaterThan(0.995);
    expect(r.flows[0].throughput / ((20e6 * 1000) / 1042)).toBeLessThan(1.005);
    expect(r.flows[1].throughput / 50e6).toBeGreaterThan(0.98);
  });
});

function ring(redundant: boolean) {
  return {
    format: 'netloom.scenario/v1',
    name: 'frer ring',
    nodes: [{ id: 'T', type: 'plc' }, { id: 'L', type: 'drive' }, ...['S1', 'S2', 'S3', 'S4'].map((id) => ({ id, type: 'switch' }))],
    links: [
      { from: 'T', to: 'S1', rate: '1 Gb/s' },
      { from: 'S1', to: 'S2', rate: '1 Gb/s', failures: [{ from: '100 ms', to: '300 ms' }] },
      { from: 'S2', to: 'S4', rate: '1 Gb/s' },
      { from: 'S1', to: 'S3', rate: '1 Gb/s' },
      { from: 'S3', to: 'S4', rate: '1 Gb/s' },
      { from: 'S4', to: 'L', rate: '1 Gb/s' },
    ],
    flows: [
      {
        id: 'ctrl',
        from: 'T',
        to: 'L',
        size: '100 B',
        priority: 7,
        pattern: { type: 'periodic', period: '1 ms' },
        ...(redundant ? { frer: true } : {}),
        requirement: { loss: 0 },
      },
    ],
    simulation: { duration: '1 s', seed: 1 },
  };
}

describe('seamless redundancy (802.1CB) and link failures', () => {
  it('a link down for 200 ms loses the 200 frames sent meanwhile', () => {
    const f = run(ring(false)).flows[0];
    expect(f.lost).toBe(200);
    expect(f.verdict).toBe('fail');
  });
  it('replicated at S1 over a disjoint path and eliminated at S4, every frame arrives once', () => {
    const f = run(ring(true)).flows[0];
    expect(f.sent).toBe(1000);
    expect(f.delivered).toBe(1000);
    expect(f.verdict).toBe('pass');
  });
  it('a lossy link loses its share of frames (binomial, 4 standard deviations)', () => {
    const s = ring(false);
    s.links[1] = { from: 'S1', to: 'S2', rate: '1 Gb/s', loss: 0.05 } as never;
    const f = run({ ...s, simulation: { duration: '10 s', seed: 4 } }).flows[0];
    const n = f.sent;
    expect(Math.abs(f.lost - 0.05 * n)).toBeLessThan(4 * Math.sqrt(n * 0.05 * 0.95));
  });
});

describe('TAS, CBS and preemption combined on one port', () => {
  it('the scheduled class keeps its latency within a held fragment, the shaped class its slope, the preemptable rest fills the gaps', () => {
    const r = run({
      format: 'netloom.scenario/v1',
      name: 'combined shapers',
      nodes: [
        { id: 'A', type: 'plc' },
        { id: 'B', type: 'camera' },
        { id: 'C', type: 'host' },
        {
          id: 'S',
          type: 'switch',
          switch: { latency: '0 s', queueLimit: 100000 },
          tsn: {
            gates: {
              cycle: '1 ms',
              entries: [
                { duration: '20 us', open: [7] },
                { duration: '980 us', open: [0, 5] },
              ],
            },
            cbs: { '5': { idleSlope: '30 Mb/s' } },
            preemption: { express: [7, 5] },
          },
        },
        { id: 'D', type: 'host' },
      ],
      links: ['A', 'B', 'C'].map((n) => ({ from: n, to: 'S', rate: '1 Gb/s', delay: '0 s' })).concat([{ from: 'S', to: 'D', rate: '100 Mb/s', delay: '0 s' }]),
      flows: [
        { id: 'scheduled', from: 'A', to: 'D', size: '40 B', priority: 7, pattern: { type: 'periodic', period: '1 ms' } },
        { id: 'shaped', from: 'B', to: 'D', size: '1000 B', priority: 5, pattern: { type: 'cbr', rate: '40 Mb/s' } },
        { id: 'bulk', from: 'C', to: 'D', size: '1500 B', priority: 0, pattern: { type: 'poisson', rate: '40 Mb/s' } },
      ],
      simulation: { duration: '3 s', seed: 8, drain: '0 s' },
    });
    const [scheduled, shaped] = r.flows;
    // 72 B at 1 Gb/s then at 100 Mb/s, within the window. A preemptable frame caught by the gate
    // closing is held at once (cut: 4 B mCRC + 12 B gap) or, if less than a minimum fragment is
    // left, finishes: at most 64 B + 12 B gap before the scheduled frame
    const exact = (72 * 8) / 1e9 + (72 * 8) / 100e6;
    expect(scheduled.latency!.min).toBeCloseTo(exact, 14);
    expect(scheduled.latency!.max).toBeLessThanOrEqual(exact + ((64 + 12) * 8) / 100e6 + 1e-12);
    // the shaped class gets its idle slope (in wire time), less the closed 2 % of each cycle
    const slope = (30e6 * 1000) / 1042;
    expect(shaped.throughput / slope).toBeGreaterThan(0.97);
    expect(shaped.throughput / slope).toBeLessThan(1.005);
  });
});
