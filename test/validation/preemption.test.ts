/**
 * 802.1Qbu / 802.3br frame preemption in the engine against closed forms: a preemptable frame
 * crosses a cut-through switch whole (the receiving MAC merge sublayer reassembles it), the
 * preemptable MAC holds one frame at a time, an express frame still arriving cut-through cuts as
 * soon as it can end with its last bit, and a cut shaped (802.1Qav) frame does not gain credit.
 * Wire times follow 802.3: 8 B preamble, 4 B mCRC, 12 B gap, 8 B continuation preamble, a cut
 * only after minFragment − 4 = 60 B of frame data with as many left.
 */
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../sim/api/index.ts';

const run = (s: object) => runScenario({ scenario: s });

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
    nodes: [
      { id: 'h1', type: 'host', tsn: { preemption: { express: [7] } } },
      { id: 'h2', type: 'host' },
    ],
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
    nodes: [
      { id: 'h1', type: 'host', tsn: { cbs: { 5: { idleSlope: '11 Mb/s' } }, preemption: { express: [4] } } },
      { id: 'h2', type: 'host' },
    ],
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

describe('an express class whose gate opens while a preemptable frame is on the wire', () => {
  // 100 Mb/s, gates: class 0 alone for the first 100 us of each 1 ms, then every class. P
  // (1500 B, class 0) starts at 50 us; E (express, 100 B) is queued at 60 us, its gate shut. At
  // 100 us E's gate opens and it cuts P (617 B of it sent): mCRC and gap 1.28 us, then E's 130 B
  // in 10.4 us: out at 111.68 us, 51.68 us after it was queued (not after P's end at 172.4 us)
  const s = {
    format: 'netloom.scenario/v1',
    name: 'express gate opens mid-frame',
    nodes: [
      {
        id: 'h1',
        type: 'host',
        tsn: {
          preemption: { express: [7] },
          gates: {
            cycle: '1 ms',
            entries: [
              { duration: '100 us', open: [0] },
              { duration: '900 us', open: 'all' },
            ],
          },
        },
      },
      { id: 'h2', type: 'host' },
    ],
    links: [{ from: 'h1', to: 'h2', rate: '100 Mb/s', delay: '0 s' }],
    flows: [
      { id: 'E', from: 'h1', to: 'h2', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '1 ms', offset: '60 us' } },
      { id: 'P', from: 'h1', to: 'h2', size: '1500 B', priority: 0, pattern: { type: 'periodic', period: '1 ms', offset: '50 us' } },
    ],
    simulation: { duration: '5 ms' },
  };
  it('E cuts P as its gate opens: 51.68 us', () => {
    const [e, p] = run(s).flows;
    expect(e.latency!.max * 1e6).toBeCloseTo(100 - 60 + 1.28 + 10.4, 6);
    expect(p.lost).toBe(0);
  });
});
