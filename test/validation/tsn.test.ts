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
 * - Preemption into a cut-through switch: a preemptable frame is forwarded whole (closed form).
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
        ...(gates ? { tsn: { gates: { cycle: '1 ms', entries: [{ duration: '20 us', open: [4] }, { duration: '980 us', open: [0, 1, 2, 3, 5, 6, 7] }] } } } : {}),
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

/** A preempting host into a cut-through switch: 1500 B background cut by 100 B express frames. */
function preemptIntoCutThrough() {
  return {
    format: 'netloom.scenario/v1',
    name: 'preemption into a cut-through switch',
    nodes: [
      { id: 'h1', type: 'host', tsn: { preemption: { express: [7] } } },
      { id: 'sw', type: 'switch', switch: { latency: '0 s', cutThrough: '64 B' } },
      { id: 'h2', type: 'host' },
    ],
    links: [
      { from: 'h1', to: 'sw', rate: '100 Mb/s', delay: '100 ns' },
      { from: 'sw', to: 'h2', rate: '100 Mb/s', delay: '100 ns' },
    ],
    flows: [
      { id: 'bg', from: 'h1', to: 'h2', size: '1500 B', priority: 0, pattern: { type: 'periodic', period: '500 us' } },
      { id: 'hp', from: 'h1', to: 'h2', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '100 us', offset: '30 us' } },
    ],
    simulation: { duration: '10 ms' },
  };
}

describe('preemption into a cut-through switch', () => {
  // 802.3br: the receiving MAC merge sublayer reassembles a preempted frame before the bridge
  // sees it, so a preemptable frame crosses a cut-through switch whole; express frames still cut
  // through. Wire times at 100 Mb/s: 0.08 us per byte.
  const us = (bytes: number) => bytes * 0.08;
  const [bg, hp] = run(preemptIntoCutThrough()).flows;
  it('every frame arrives exactly once', () => {
    expect([bg.sent, bg.delivered, hp.sent, hp.delivered]).toEqual([20, 20, 100, 100]);
  });
  it('the background frame: cut at 30 us and at 130 us by express frames, then forwarded whole', () => {
    // h1: 8 + 1522 B from 0; cut at 30 us (367 B of frame sent) + mCRC and gap; express 130 B + gap;
    // resumed 8 + 1155 B from 42.64 us; cut at 130 us (1084 B sent, 71 ≥ 60 left) + mCRC and gap;
    // express again; resumed 8 + 71 B from 142.64 us: last bit at 148.96 us, at sw 149.06 us;
    // sw sends the whole 1530 B (122.4 us) and it reaches h2 0.1 us later
    const resumed = 130 + us(4 + 12) + us(130 + 12);
    const expected = resumed + us(8 + 71) + 0.1 + us(1530) + 0.1;
    expect(bg.latency!.min * 1e6).toBeCloseTo(expected, 6);
    expect(bg.latency!.max * 1e6).toBeCloseTo(expected, 6);
  });
  it('an express frame on an idle line cuts through: 8 + 64 B in, its 130 B out, 2 · propagation', () => {
    expect(hp.latency!.min * 1e6).toBeCloseTo(us(8 + 64) + us(130) + 0.2, 6);
  });
});

describe('preemption: one preemptable frame at a time (802.3br)', () => {
  // 100 Mb/s, 0.08 us per byte. A (class 4) starts at 0; express E (130 B with preamble) every
  // 40 us from 20 us cuts it four times; B (class 5) arrives at 25 us but the preemptable MAC
  // finishes A first. Each cut: mCRC + gap (16 B), E + gap (142 B), then A resumes behind an 8 B
  // preamble; a cut needs 60 B sent and 60 B left.
  const us = (bytes: number) => bytes * 0.08;
  const s = {
    format: 'netloom.scenario/v1',
    name: 'two preemptable classes',
    nodes: [{ id: 'h1', type: 'host', tsn: { preemption: { express: [7] } } }, { id: 'h2', type: 'host' }],
    links: [{ from: 'h1', to: 'h2', rate: '100 Mb/s', delay: '0 s' }],
    flows: [
      { id: 'A', from: 'h1', to: 'h2', size: '1500 B', priority: 4, pattern: { type: 'periodic', period: '1 ms' } },
      { id: 'E', from: 'h1', to: 'h2', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '40 us', offset: '20 us' } },
      { id: 'B', from: 'h1', to: 'h2', size: '1500 B', priority: 5, pattern: { type: 'periodic', period: '1 ms', offset: '25 us' } },
    ],
    simulation: { duration: '1 ms' },
  };
  const [a, e, b] = run(s).flows;
  it('the held frame is not lost when a higher preemptable class is waiting', () => {
    expect([a.delivered, e.delivered, b.delivered]).toEqual([1, 25, 1]);
    expect(a.lost + b.lost).toBe(0);
  });
  it('A resumes after every cut and ends after its last 8 + 278 B', () => {
    // cuts at 20, 60, 100, 140 us; after the first, 1522 − 242 B are left, 334 B more go out
    // between cuts: 278 B after the fourth
    expect(a.latency!.max).toBeCloseTo((140 + us(16) + us(142) + us(8 + 278)) * 1e-6, 12);
  });
  it('B starts only after A, and an express frame cuts it after its first 60 B', () => {
    // B from 175.52 + gap; E at 180 us waits until 60 B of B are out, then mCRC + gap, then itself
    const aEnd = 140 + us(16) + us(142) + us(8 + 278);
    const bStart = aEnd + us(12);
    expect(e.latency!.max).toBeCloseTo((bStart + us(8 + 60) + us(16) + us(130) - 180) * 1e-6, 12);
  });
});

describe('preemption by an express frame still arriving cut-through', () => {
  // E (100 B, express) comes in at 100 Mb/s, P (1500 B) at 1 Gb/s, both at 0 into a cut-through
  // switch whose 1 Gb/s egress preempts. P goes out from 0.576 us (8 + 64 B in); E's 130 B take
  // 1.04 us there and cannot end before its last bit is in at 10.4 us: it cuts P at 9.36 us, after
  // the 16 B of mCRC and gap (0.128 us), and is out at 10.528 us (not after P's 12.8 us)
  const s = {
    format: 'netloom.scenario/v1',
    name: 'express arriving cut-through',
    nodes: [
      { id: 'a', type: 'host' },
      { id: 'b', type: 'host' },
      { id: 'sw', type: 'switch', switch: { latency: '0 s', cutThrough: '64 B' }, tsn: { preemption: { express: [7] } } },
      { id: 'd', type: 'host' },
    ],
    links: [
      { from: 'a', to: 'sw', rate: '100 Mb/s', delay: '0 s' },
      { from: 'b', to: 'sw', rate: '1 Gb/s', delay: '0 s' },
      { from: 'sw', to: 'd', rate: '1 Gb/s', delay: '0 s' },
    ],
    flows: [
      { id: 'E', from: 'a', to: 'd', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '1 ms' } },
      { id: 'P', from: 'b', to: 'd', size: '1500 B', priority: 0, pattern: { type: 'periodic', period: '1 ms' } },
    ],
    simulation: { duration: '5 ms' },
  };
  it('cuts the preemptable frame as soon as it can end with its last bit: 10.528 us', () => {
    const e = run(s).flows[0];
    expect(e.latency!.max * 1e6).toBeCloseTo(10.4 - 1.04 + 0.128 + 1.04, 6);
  });
});

describe('preemption and credit-based shaping on one port', () => {
  // a shaped class (idle slope 11 of 100 Mb/s) sends bursts of three 1500 B frames: each frame
  // and gap (1542 B, 123.36 us) costs credit recovered in 123.36 · 100/11 = 1121.45 us
  const s = (express: boolean) => ({
    format: 'netloom.scenario/v1',
    name: 'shaped and cut',
    nodes: [{ id: 'h1', type: 'host', tsn: { cbs: { 5: { idleSlope: '11 Mb/s' } }, preemption: { express: [4] } } }, { id: 'h2', type: 'host' }],
    links: [{ from: 'h1', to: 'h2', rate: '100 Mb/s', delay: '0 s' }],
    flows: [
      { id: 'S', from: 'h1', to: 'h2', size: '1500 B', priority: 5, pattern: { type: 'burst', period: '4 ms', count: 3, spacing: '0 s' } },
      ...(express ? [{ id: 'X', from: 'h1', to: 'h2', size: '100 B', priority: 4, pattern: { type: 'periodic', period: '16 ms', offset: '4010 us' } }] : []),
    ],
    simulation: { duration: '16 ms' },
  });
  const spacing = (123.36 * 100) / 11;
  it('the bursts are spaced by the idle slope: mean latency 122.4 us + 1121.45 us', () => {
    expect(run(s(false)).flows[0].latency!.mean * 1e6).toBeCloseTo(122.4 + spacing, 6);
  });
  it('an express frame cutting a shaped frame delays it; later bursts are not sent back to back', () => {
    // a resumed frame is not one that waited: the class's credit restarts from where the cut left it
    expect(run(s(true)).flows[0].latency!.mean * 1e6).toBeGreaterThanOrEqual(122.4 + spacing);
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
    flows: [{ id: 'ctrl', from: 'T', to: 'L', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '1 ms' }, ...(redundant ? { frer: true } : {}), requirement: { loss: 0 } }],
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
            gates: { cycle: '1 ms', entries: [{ duration: '20 us', open: [7] }, { duration: '980 us', open: [0, 5] }] },
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
