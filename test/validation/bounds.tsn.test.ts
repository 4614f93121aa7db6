/**
 * Network-calculus bounds on TSN ports against closed forms, each checked three ways: the
 * analysis gives the closed form (to a few picoseconds of rounding slack), the simulator never
 * exceeds it, and where the case is built for it the simulator comes close. Point-to-point
 * framing (no preamble or gap) keeps the gate and shaper arithmetic readable: a 998 B packet
 * is a 1000 B frame, 80 us at 100 Mb/s and 8 us at 1 Gb/s. Preemption and cut-through need
 * Ethernet: a tagged packet gets 22 B of header, tag and FCS, then 8 B of preamble and 12 B
 * of gap on the wire. The networks on which the simulator once exceeded the bound:
 * bounds.tsnCounterexamples.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { BoundsReport } from '../../sim/analysis/index.ts';
import type { Report } from '../../sim/api/index.ts';
import { bound, both, simMax } from './boundsAndSim.ts';

const us = 1e-6;
/** the bounds carry 1 ps of slack per frame and hop for the engine's rounding */
const SLACK = 1e-9;

function expectClosedForm(b: BoundsReport, r: Report, id: string, closedForm: number): void {
  const f = bound(b, id);
  expect(f.status).toBe('bounded');
  expect(f.delay! - closedForm).toBeGreaterThanOrEqual(0);
  expect(f.delay! - closedForm).toBeLessThan(SLACK);
  expect(simMax(r, id)).toBeLessThanOrEqual(f.delay!);
}

describe('TSN bounds against closed forms', () => {
  // 802.1Qbv, a class with an exclusive window (L. Zhao, P. Pop, S. Craciunas, "Worst-case latency
  // analysis for IEEE 802.1Qbv time sensitive networks using network calculus", IEEE Access 6, 2018):
  // a class whose gate is open for W of every cycle C, no other gate open then, and whose frames
  // of l bits must end before the close (the guard band l/R), can start frames during W' = W − l/R
  // of each cycle: a rate-latency service of rate R·W'/C and latency C − W'. One frame per cycle
  // (burst l) starts by C − W' and is out l/R later: C − W + 2 l/R. Here C = 1 ms, W = 200 us,
  // l = 1000 B at 100 Mb/s = 80 us: 800 + 160 = 960 us, after 8 us on the 1 Gb/s first link.
  // The other classes share the remaining 800 us, less their own guard band (1500 B = 120 us): the
  // best-effort frame (one per 300 us) starts by C − (800 − 120) = 320 us and is out 120 us later.
  // A period of 999 us sweeps the scheduled frame across the cycle, 1 us further each time.
  it('802.1Qbv exclusive window: C − W + 2 l/R = 1000 − 200 + 2 · 80 = 960 us (+ 8 us), reached within 1 us', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'time-aware shaper, exclusive window',
      nodes: [
        {
          id: 'SW',
          type: 'switch',
          switch: { latency: '0 s' },
          tsn: {
            gates: {
              cycle: '1 ms',
              entries: [
                { duration: '200 us', open: [7] },
                { duration: '800 us', open: [0, 1, 2, 3, 4, 5, 6] },
              ],
            },
          },
        },
        { id: 'CAM', type: 'io' },
        { id: 'BE', type: 'host' },
        { id: 'PLC', type: 'plc' },
      ],
      links: [
        { from: 'CAM', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
        { from: 'BE', to: 'SW', rate: '1 Gb/s', framing: 'ppp' },
        { from: 'SW', to: 'PLC', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: [
        { id: 'scheduled', from: 'CAM', to: 'PLC', size: '998 B', priority: 7, pattern: { type: 'periodic', period: '999 us' } },
        { id: 'best-effort', from: 'BE', to: 'PLC', size: '1498 B', priority: 0, pattern: { type: 'cbr', rate: '40 Mb/s' } },
      ],
      simulation: { duration: '1 s' },
    };
    const { bounds, sim } = both(scenario);
    expectClosedForm(bounds, sim, 'scheduled', 8 * us + (1000 - 200) * us + 2 * 80 * us);
    expectClosedForm(bounds, sim, 'best-effort', 12 * us + (1000 - (800 - 120)) * us + 120 * us);
    expect(simMax(sim, 'scheduled')).toBeGreaterThan(966.9 * us);
    expect(simMax(sim, 'best-effort')).toBeGreaterThan(451 * us);
    const hop = bound(bounds, 'scheduled').hops[1];
    expect(hop.tsn).toEqual(['802.1Qbv']);
    expect(hop.terms.find((t) => t.term.startsWith('gate'))!.seconds).toBeCloseTo(880 * us, 9); // C − W'
    expect(hop.terms.find((t) => t.term.startsWith('guard band'))!.seconds).toBeCloseTo(80 * us, 9);
  });

  // 802.1Qav (J. A. Ruiz De Azua, M. Boyer, "Complete modelling of AVB in network calculus
  // framework", RTNS 2014): the highest class, shaped at idle slope I on a port of rate R, is a
  // rate-latency server I·[t − T]⁺ with T = (c_max − c_min)/I: c_max = I·l_L/R, the credit it gains
  // while one lower frame l_L blocks it, and c_min = −(R − I)·l/R, what sending one of its own
  // frames from credit 0 costs. A burst of b bits then starts its last frame by T + (b − l)/I.
  // Here R = 100 Mb/s, I = 20 Mb/s, l = 1000 B, l_L = 1502 B (120.16 us), three frames at once:
  // T = 120.16 + 320 = 440.16 us, + 2 · 8000 bit / 20 Mb/s = 800 us, + l/R = 80 us, + 8 us.
  it('802.1Qav: T + (b − l)/I + l/R = 120.16 + 320 + 800 + 80 = 1320.16 us (+ 8 us)', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'credit-based shaper',
      nodes: [
        { id: 'SW', type: 'switch', switch: { latency: '0 s' }, tsn: { cbs: { 6: { idleSlope: '20 Mb/s' } } } },
        ...['A', 'B', 'C', 'BE'].map((id) => ({ id, type: 'io' })),
        { id: 'PLC', type: 'plc' },
      ],
      links: [
        ...['A', 'B', 'C', 'BE'].map((d) => ({ from: d, to: 'SW', rate: '1 Gb/s', framing: 'ppp' })),
        { from: 'SW', to: 'PLC', rate: '100 Mb/s', framing: 'ppp' },
      ],
      flows: [
        ...['A', 'B', 'C'].map((d) => ({ id: d, from: d, to: 'PLC', size: '998 B', priority: 6, pattern: { type: 'periodic', period: '2 ms' } })),
        { id: 'best-effort', from: 'BE', to: 'PLC', size: '1500 B', priority: 0, pattern: { type: 'cbr', rate: '40 Mb/s', offset: '1 us' } },
      ],
      simulation: { duration: '1 s' },
    };
    const { bounds, sim } = both(scenario);
    for (const id of ['A', 'B', 'C']) expectClosedForm(bounds, sim, id, 8 * us + 120.16 * us + 320 * us + 800 * us + 80 * us);
    // the last of the three is served at the idle slope: 2 frames of 400 us of credit ahead of it
    expect(Math.max(...['A', 'B', 'C'].map((id) => simMax(sim, id)))).toBeGreaterThan(888 * us);
    const terms = bound(bounds, 'A').hops[1].terms;
    expect(terms.find((t) => t.term.startsWith('credit deficit'))!.seconds).toBeCloseTo(320 * us, 9);
    expect(terms.find((t) => t.source === 'strict priority')!.seconds).toBeCloseTo(120.16 * us, 9);
  });

  // 802.1Qbu / 802.3br (IEEE 802.3-2018 Clause 99, MAC merge): a preemptable frame is cut only after
  // minFragment − 4 = 60 B of it have gone and when at least 60 B are left, so the longest piece an
  // express frame may wait for is a frame of 2 · 60 − 1 = 119 B that cannot be cut: with preamble
  // and gap 8 + 119 + 12 = 139 B, 11.12 us at 100 Mb/s, instead of a whole 1542 B frame (123.36 us;
  // Le Boudec & Thiran, Section 1.3.2, non-preemptive priority). The express frame (100 B: 130 B
  // with preamble, 10.4 us) then goes out: 11.12 + 10.4 = 21.52 us, after 1.04 us on its 1 Gb/s
  // link. A 97 B background packet makes exactly that 119 B frame; the express period of 997 us
  // sweeps across the background.
  it('802.1Qbu: an express frame waits for one 139 B fragment: 1.04 + 11.12 + 10.4 = 22.56 us, reached within 0.03 us', () => {
    const scenario = (preempt: boolean) => ({
      format: 'netloom.scenario/v1',
      name: 'frame preemption',
      nodes: [
        { id: 'SW', type: 'switch', switch: { latency: '0 s' }, ...(preempt ? { tsn: { preemption: { express: [7], minFragment: '64 B' } } } : {}) },
        { id: 'CTRL', type: 'plc' },
        { id: 'BULK', type: 'host' },
        { id: 'DRIVE', type: 'drive' },
      ],
      links: [
        { from: 'CTRL', to: 'SW', rate: '1 Gb/s' },
        { from: 'BULK', to: 'SW', rate: '1 Gb/s' },
        { from: 'SW', to: 'DRIVE', rate: '100 Mb/s' },
      ],
      flows: [
        { id: 'bulk', from: 'BULK', to: 'DRIVE', size: '1500 B', priority: 0, pattern: { type: 'cbr', rate: '30 Mb/s' } },
        { id: 'short', from: 'BULK', to: 'DRIVE', size: '97 B', priority: 0, pattern: { type: 'cbr', rate: '30 Mb/s' } },
        { id: 'ctrl', from: 'CTRL', to: 'DRIVE', size: '100 B', priority: 7, pattern: { type: 'periodic', period: '997 us' } },
      ],
      simulation: { duration: '2 s' },
    });
    const wire = (bytes: number) => (bytes * 8) / 100e6;
    const preempted = both(scenario(true));
    expectClosedForm(preempted.bounds, preempted.sim, 'ctrl', 1.04 * us + wire(8 + 119 + 12) + wire(130));
    expect(simMax(preempted.sim, 'ctrl')).toBeGreaterThan(22.53 * us);
    const term = bound(preempted.bounds, 'ctrl').hops[1].terms.find((t) => t.source === '802.1Qbu')!;
    expect(term.seconds).toBeCloseTo(wire(139), 9);
    expect(term.term).toMatch(/139 B/);
    // the same port without preemption: one whole lower-priority frame
    const whole = both(scenario(false));
    expectClosedForm(whole.bounds, whole.sim, 'ctrl', 1.04 * us + wire(1500 + 22 + 8 + 12) + wire(130));
  });

  // Cut-through (INET showcase "Cut-Through Switching", showcases/tsn/cutthroughswitching): a lone
  // frame through n cut-through switches arrives after one transmission, n + 1 propagation delays
  // and, per switch, the time its first bytes take (here preamble + 64 B = 72 B, 0.576 us at
  // 1 Gb/s) plus the switch latency. 1028 B packets are 1054 B on the wire (8.432 us); 3 switches
  // of 0.5 us, 100 ns links: 8.432 + 4 · 0.1 + 3 · (0.576 + 0.5) = 12.06 us, exactly what the
  // simulator gives: nothing else is on the way. Store-and-forward: 4 · 8.432 + 0.4 + 1.5 us.
  it('cut-through tandem, a lone flow: 8.432 + 4 · 0.1 + 3 · (0.576 + 0.5) = 12.06 us, reached exactly', () => {
    const scenario = (cutThrough: boolean) => ({
      format: 'netloom.scenario/v1',
      name: 'cut-through tandem',
      nodes: [
        { id: 'd1', type: 'host' },
        { id: 'd2', type: 'host' },
        ...['s1', 's2', 's3'].map((id) => ({ id, type: 'switch', switch: { latency: '500 ns', ...(cutThrough ? { cutThrough: '64 B' } : {}) } })),
      ],
      links: [
        ['d1', 's1'],
        ['s1', 's2'],
        ['s2', 's3'],
        ['s3', 'd2'],
      ].map(([from, to]) => ({ from, to, rate: '1 Gb/s', delay: '100 ns' })),
      flows: [{ id: 'udp', from: 'd1', to: 'd2', size: '1028 B', pattern: { type: 'periodic', period: '200 us' } }],
      simulation: { duration: '10 ms' },
    });
    const ct = both(scenario(true));
    const closedForm = 8.432 * us + 4 * 0.1 * us + 3 * (0.576 + 0.5) * us;
    expectClosedForm(ct.bounds, ct.sim, 'udp', closedForm);
    expect(simMax(ct.sim, 'udp')).toBeCloseTo(closedForm, 12);
    expect(bound(ct.bounds, 'udp').minDelay).toBeCloseTo(closedForm, 8);
    expect(
      bound(ct.bounds, 'udp')
        .hops.slice(0, 3)
        .every((h) => h.terms.some((t) => t.source === 'cut-through')),
    ).toBe(true);
    const sf = both(scenario(false));
    expectClosedForm(sf.bounds, sf.sim, 'udp', 4 * 8.432 * us + 4 * 0.1 * us + 3 * 0.5 * us);
  });

  // 802.3br holds one preempted frame at a time (TsnScheduler `kick`): a preemptable frame may start when only a minimum
  // fragment fits before its gate closes, and is then held until the gate reopens; meanwhile no other preemptable frame
  // starts. Class 0 (bulk, preemptable) may use W = 8 us of each C = 250 us cycle, class 4 (ctrl, preemptable too) is
  // never gated. A bulk frame started at W − (8 + 64) B = 7.424 us is held at W and resumes at C: ctrl, behind it, waits
  // for the gap C − W, the room of a minimum fragment (8 + 64 B, 0.576 us) and the whole bulk frame with every cut it may
  // get (heldFrames.ts: 522 B + 8 + 12 = 542 B and up to ⌊522/60⌋ − 1 = 7 cuts of 4 + 12 + 8 B: 710 B, 5.68 us). Then its
  // own 64 B frame (72 B on the wire: 0.576 us), once over each 1 Gb/s link:
  //   2 · 0.576 + (250 − 8) + 0.576 + 5.68 = 249.408 us.
  // Before, the bound counted one bulk frame (542 B, 4.336 us): 5.488 us, while the simulator reaches 247.2 us (bulk's
  // period of 999 us sweeps its frames across the window's end).
  it('802.3br holds one frame: C − W + (8 + minFragment)/R + whole cut frame/R + 2 l/R = 249.408 us, reached within 2.2 us', () => {
    const scenario = {
      format: 'netloom.scenario/v1',
      name: 'held preemptable frame',
      nodes: [
        {
          id: 'SW',
          type: 'switch',
          switch: { latency: '0 s' },
          tsn: {
            gates: {
              cycle: '250 us',
              entries: [
                { duration: '8 us', open: 'all' },
                { duration: '242 us', open: [1, 2, 3, 4, 5, 6, 7] },
              ],
            },
            preemption: { express: [7], minFragment: '64 B' },
          },
        },
        { id: 'BULK', type: 'host' },
        { id: 'CTRL', type: 'plc' },
        { id: 'DRIVE', type: 'drive' },
      ],
      links: [
        { from: 'BULK', to: 'SW', rate: '1 Gb/s' },
        { from: 'CTRL', to: 'SW', rate: '1 Gb/s' },
        { from: 'SW', to: 'DRIVE', rate: '1 Gb/s' },
      ],
      flows: [
        { id: 'bulk', from: 'BULK', to: 'DRIVE', size: '500 B', priority: 0, pattern: { type: 'periodic', period: '999 us' } },
        { id: 'ctrl', from: 'CTRL', to: 'DRIVE', size: '40 B', priority: 4, pattern: { type: 'periodic', period: '125 us', offset: '7 us' } },
      ],
      simulation: { duration: '300 ms' },
    };
    const { bounds, sim } = both(scenario);
    const wire = (bytes: number) => (bytes * 8) / 1e9;
    expectClosedForm(bounds, sim, 'ctrl', 2 * wire(72) + (250 - 8) * us + wire(8 + 64) + wire(542 + 7 * 24));
    expect(simMax(sim, 'ctrl')).toBeGreaterThan(247.2 * us);
    const term = bound(bounds, 'ctrl').hops[1].terms.find((t) => t.source === '802.1Qbu')!;
    expect(term.term).toMatch(/one preempted frame at a time/);
    expect(term.seconds).toBeCloseTo((250 - 8) * us + wire(8 + 64) + wire(710), 9);
  });
});
